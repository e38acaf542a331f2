package org.clvplugin.model;

import java.util.Arrays;

/**
 * Assigns a dense index to each distinct (count, time, time) triple, with how many rows share it. Customers with
 * identical (x, t_x, T) contribute identical likelihood terms and predictions, so fitting and scoring work on the
 * distinct patterns only, each weighted by its number of customers.
 *
 * <p>Open addressing on one primitive array holding each slot's key and index side by side (three longs, so a
 * probe usually costs one cache miss): ten million rows index in well under a second, with no boxing.
 */
final class PatternIndex {

    private static final int SLOT = 3;

    private long[] slots;
    private int mask;
    private int[] count;
    private double[] first;
    private double[] second;
    private long[] weight;
    private int size;

    PatternIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
        slots = new long[capacity * SLOT];
        mask = capacity - 1;
        int initial = Math.max(16, Math.min(expected, 1 << 16));
        count = new int[initial];
        first = new double[initial];
        second = new double[initial];
        weight = new long[initial];
    }

    /** The index of the triple, adding it if new, and counts one more row for it. */
    int add(int c, double a, double b) {
        // +0.0 turns -0.0 into 0.0, so that equal values have equal bits.
        long aBits = Double.doubleToLongBits(a + 0.0);
        long bBits = Double.doubleToLongBits(b + 0.0);
        int slot = hash(c, aBits, bBits) & mask;
        while (true) {
            int at = slot * SLOT;
            long tag = slots[at + 2];
            if (tag == 0) {
                int index = append(c, a, b);
                slots[at] = aBits;
                slots[at + 1] = bBits;
                slots[at + 2] = ((long) c << 32) | (index + 1L);
                if (size * 2 > mask + 1) {
                    rehash();
                }
                weight[index]++;
                return index;
            }
            if ((int) (tag >>> 32) == c && slots[at] == aBits && slots[at + 1] == bBits) {
                int index = (int) tag - 1;
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
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = (slots.length / SLOT) - 1;
        for (int at = 0; at < old.length; at += SLOT) {
            if (old[at + 2] == 0) {
                continue;
            }
            int slot = hash((int) (old[at + 2] >>> 32), old[at], old[at + 1]) & mask;
            while (slots[slot * SLOT + 2] != 0) {
                slot = (slot + 1) & mask;
            }
            System.arraycopy(old, at, slots, slot * SLOT, SLOT);
        }
    }

    private static int hash(int c, long aBits, long bBits) {
        long h = c * 0x9E3779B97F4A7C15L;
        h ^= aBits * 0xC2B2AE3D27D4EB4FL;
        h = Long.rotateLeft(h, 31) ^ bBits * 0x165667B19E3779F9L;
        h ^= h >>> 29;
        return (int) (h ^ (h >>> 32));
    }
}
