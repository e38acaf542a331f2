package org.clvplugin.model;

import java.util.Arrays;

/**
 * Discrete-time summaries for BG/BB: per pattern, x transactions, t_x the last opportunity with one, n
 * opportunities, and how many customers share the pattern.
 */
public final class DiscreteSummary {

    final int[] frequency;
    final int[] recency;
    final int[] periods;
    final double[] weight;

    private DiscreteSummary(Builder b) {
        frequency = Arrays.copyOf(b.frequency, b.size);
        recency = Arrays.copyOf(b.recency, b.size);
        periods = Arrays.copyOf(b.periods, b.size);
        weight = Arrays.copyOf(b.weight, b.size);
    }

    public int size() {
        return frequency.length;
    }

    public double customers() {
        double sum = 0;
        for (double w : weight) {
            sum += w;
        }
        return sum;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects patterns, refusing impossible ones with the row and field named. */
    public static final class Builder {
        private int[] frequency = new int[16];
        private int[] recency = new int[16];
        private int[] periods = new int[16];
        private double[] weight = new double[16];
        private int size;

        public Builder add(int x, int tx, int n, double customers) {
            String row = "row " + (size + 1);
            if (n < 1) {
                throw new InvalidSummaryException(row + ": periods n must be >= 1, was " + n);
            }
            if (x < 0 || x > tx) {
                throw new InvalidSummaryException(row + ": frequency x must be between 0 and recency t_x = " + tx
                        + ", was " + x);
            }
            if (tx > n) {
                throw new InvalidSummaryException(row + ": recency t_x = " + tx + " is greater than periods n = " + n);
            }
            if (x == 0 && tx != 0) {
                throw new InvalidSummaryException(row + ": recency t_x must be 0 when frequency x is 0, was " + tx);
            }
            if (!(customers > 0) || Double.isInfinite(customers)) {
                throw new InvalidSummaryException(row + ": weight must be a positive number, was " + customers);
            }
            if (size == frequency.length) {
                frequency = Arrays.copyOf(frequency, size * 2);
                recency = Arrays.copyOf(recency, size * 2);
                periods = Arrays.copyOf(periods, size * 2);
                weight = Arrays.copyOf(weight, size * 2);
            }
            frequency[size] = x;
            recency[size] = tx;
            periods[size] = n;
            weight[size] = customers;
            size++;
            return this;
        }

        public DiscreteSummary build() {
            return new DiscreteSummary(this);
        }
    }
}
