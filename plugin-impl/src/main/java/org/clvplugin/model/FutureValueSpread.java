package org.clvplugin.model;

import org.hipparchus.special.Gamma;

/**
 * The spread of a customer's future spend given that at least one purchase happens, on the log scale.
 *
 * <p>Given n future purchases, Gamma-Gamma makes their total S_n = (gamma + x zbar) G / H with
 * G ~ Gamma(n p) and H ~ Gamma(q + p x) independent (the posterior of the customer's spend rate), so
 * ln S_n - ln(gamma + x zbar) has mean psi(n p) - psi(q + p x) and variance psi'(n p) + psi'(q + p x).
 * Mixing over the purchase-count distribution given n &gt; 0 (law of total variance) gives a mean and variance of
 * the log that depend on x and T only, not on zbar: one computation serves every customer of an (x, T) group.
 */
record FutureValueSpread(double logMean, double logVariance, double probabilityNone) {

    static FutureValueSpread of(CountDistribution counts, int x, GammaGamma spend) {
        double none = counts.probability(0);
        double some = 1 - none;
        if (some <= 0) {
            return new FutureValueSpread(0, 0, 1);
        }
        double shapeH = spend.q() + spend.p() * x;
        double meanH = Gamma.digamma(shapeH);
        double varH = Gamma.trigamma(shapeH);
        double[] moments = new double[2];
        double[] head = counts.head();
        for (int n = 1; n < head.length; n++) {
            addTerm(moments, head[n] / some, n * spend.p(), meanH, varH);
        }
        addTerm(moments, counts.tail() / some, counts.tailCount() * spend.p(), meanH, varH);
        double mean = moments[0];
        return new FutureValueSpread(mean, Math.max(0, moments[1] - mean * mean), none);
    }

    /** Adds the first two moments of ln(G / H) with G ~ Gamma(shape), weighted. */
    private static void addTerm(double[] moments, double weight, double shape, double meanH, double varH) {
        if (weight == 0) {
            return;
        }
        double m = Gamma.digamma(shape) - meanH;
        moments[0] += weight * m;
        moments[1] += weight * (Gamma.trigamma(shape) + varH + m * m);
    }
}
