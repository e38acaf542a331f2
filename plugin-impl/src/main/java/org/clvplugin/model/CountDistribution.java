package org.clvplugin.model;

import java.util.Arrays;

/**
 * A distribution of purchase counts: P(N = n) term by term for n = 0 .. head.length - 1, and, only for customers
 * expected to buy tens of thousands of times in the horizon, the probability left beyond {@link #MAX_TERMS}
 * placed at that tail's conditional mean. This bounds memory while keeping the total and the mean right.
 *
 * @param head          P(N = n) for n = 0, 1, ...
 * @param tail          probability beyond the head (0 unless the head was cut at MAX_TERMS)
 * @param tailCount     where the tail probability is placed
 */
public record CountDistribution(double[] head, double tail, double tailCount) {

    static final int MAX_TERMS = 100_000;
    private static final double NEGLIGIBLE = 1e-10;

    public double probability(int n) {
        double p = n < head.length ? head[n] : 0;
        return tail > 0 && n == tailCount ? p + tail : p;
    }

    public double total() {
        double sum = tail;
        for (double p : head) {
            sum += p;
        }
        return sum;
    }

    public double mean() {
        double sum = tail * tailCount;
        for (int n = 0; n < head.length; n++) {
            sum += n * head[n];
        }
        return sum;
    }

    /** Collects terms until the tail beyond the mode is below 1e-10, or MAX_TERMS are held. */
    static final class Builder {
        private double[] terms = new double[16];
        private int size;
        private double total;
        private double mean;

        /** Adds P(N = n) for the next n; true while more terms are needed. */
        boolean add(double probability, double mode) {
            if (size == terms.length) {
                terms = Arrays.copyOf(terms, size * 2);
            }
            terms[size] = probability;
            total += probability;
            mean += size * probability;
            size++;
            return !(1 - total < NEGLIGIBLE && size > mode) && size < MAX_TERMS;
        }

        /** The distribution, given the exact mean for placing a cut tail. */
        CountDistribution build(double exactMean) {
            double left = 1 - total;
            double[] head = Arrays.copyOf(terms, size);
            if (size < MAX_TERMS || left < NEGLIGIBLE) {
                return new CountDistribution(head, 0, 0);
            }
            return new CountDistribution(head, left, Math.max(size, Math.rint((exactMean - mean) / left)));
        }
    }
}
