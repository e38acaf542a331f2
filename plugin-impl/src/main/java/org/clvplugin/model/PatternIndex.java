package org.clvplugin.model;

import java.util.Arrays;

/**
 * Assigns a dense index to each distinct (count, time, time) triple, with how many rows share it. Customers with
 * identical (x, t_x, T) contribute identical likelihood terms and predictions, so fitting and scoring work on the
 * distinct patterns only, each weighted by its number of customers.
 *
 * <p>Open addressing on primitive arrays: no boxing, so ten million rows index in a fraction of a second.
 */
final class PatternIndex {

    private int[] table;
    private int mask;
    private int[] count;
    private double[] first;
    private double[] second;
    private long[] weight;
    private int size;

    PatternIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
        table = new int[capacity];
        Arrays.fill(table, -1);
        mask = capacity - 1;
        int initial = Math.max(16, Math.min(expected, 1 << 16));
        count = new int[initial];
        first = new double[initial];
        second = new double[initial];
        weight = new long[initial];
    }

    /** The index of the triple, adding it if new, and counts one more row for it. */
    int add(int c, double a, double b) {
        int slot = hash(c, a, b) & mask;
        while (true) {
            int index = table[slot];
            if (index < 0) {
                index = append(c, a, b);
                table[slot] = index;
                if (size * 2 > table.length) {
                    rehash();
                }
                weight[index]++;
                return index;
            }
            if (count[index] == c && first[index] == a && second[index] == b) {
                weight[index]++;
                return index;
            }
            slot = (slot + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    int count(int index) {
        return count[index];
    }

    double first(int index) {
        return first[index];
    }

    double second(int index) {
        return second[index];
    }

    long weight(int index) {
        return weight[index];
    }

    private int append(int c, double a, double b) {
        if (size == count.length) {
            int capacity = size * 2;
            count = Arrays.copyOf(count, capacity);
            first = Arrays.copyOf(first, capacity);
            second = Arrays.copyOf(second, capacity);
            weight = Arrays.copyOf(weight, capacity);
        }
        count[size] = c;
        first[size] = a;
        second[size] = b;
        return size++;
    }

    private void rehash() {
        table = new int[table.length * 2];
        Arrays.fill(table, -1);
        mask = table.length - 1;
        for (int i = 0; i < size; i++) {
            int slot = hash(count[i], first[i], second[i]) & mask;
            while (table[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = i;
        }
    }

    private static int hash(int c, double a, double b) {
        // +0.0 normalises -0.0 so that equal values hash alike.
        long h = c * 0x9E3779B97F4A7C15L;
        h ^= Double.doubleToLongBits(a + 0.0) * 0xC2B2AE3D27D4EB4FL;
        h = Long.rotateLeft(h, 31) ^ Double.doubleToLongBits(b + 0.0) * 0x165667B19E3779F9L;
        h ^= h >>> 29;
        return (int) (h ^ (h >>> 32));
    }
}
