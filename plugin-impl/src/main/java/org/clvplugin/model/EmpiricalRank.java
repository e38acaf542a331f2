package org.clvplugin.model;

import java.util.Arrays;

/**
 * Where each value stands among all: the share of values strictly below it plus half the share equal to it (so
 * ties stand together, in the middle of their run), between 0 and 1.
 */
public final class EmpiricalRank {

    private EmpiricalRank() {
    }

    public static double[] shares(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int below = lowerBound(sorted, values[i]);
            int equal = lowerBound(sorted, Math.nextUp(values[i])) - below;
            out[i] = (below + equal / 2.0) / values.length;
        }
        return out;
    }

    private static int lowerBound(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
