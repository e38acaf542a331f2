package org.clvplugin.model;

import java.util.stream.IntStream;

/**
 * Sums a per-item quantity and its gradient over many items, splitting large ranges across the common fork-join
 * pool. Chunks are fixed in size, so the result does not depend on the number of threads.
 */
final class ParallelSum {

    private static final int CHUNK = 16_384;

    /** Adds item {@code i}'s value to {@code gradient} (may be null) and returns its value. */
    @FunctionalInterface
    interface Term {
        double add(int i, double[] gradient);
    }

    private ParallelSum() {
    }

    static double sum(int items, int dimension, double[] gradient, Term term) {
        int chunks = (items + CHUNK - 1) / CHUNK;
        double[][] partial = new double[chunks][dimension + 1];
        IntStream range = IntStream.range(0, chunks);
        (chunks > 1 ? range.parallel() : range).forEach(c -> {
            double[] acc = partial[c];
            double[] g = gradient == null ? null : new double[dimension];
            double value = 0;
            int end = Math.min(items, (c + 1) * CHUNK);
            for (int i = c * CHUNK; i < end; i++) {
                value += term.add(i, g);
            }
            acc[dimension] = value;
            if (g != null) {
                System.arraycopy(g, 0, acc, 0, dimension);
            }
        });
        double total = 0;
        if (gradient != null) {
            java.util.Arrays.fill(gradient, 0);
        }
        for (double[] acc : partial) {
            total += acc[dimension];
            if (gradient != null) {
                for (int j = 0; j < dimension; j++) {
                    gradient[j] += acc[j];
                }
            }
        }
        return total;
    }
}
