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

    static FutureValueSpread of(double[] pmfIfAlive, int x, GammaGamma spend) {
        double none = pmfIfAlive[0];
        double some = 1 - none;
        if (some <= 0) {
            return new FutureValueSpread(0, 0, 1);
        }
        double shapeH = spend.q() + spend.p() * x;
        double meanH = Gamma.digamma(shapeH);
        double varH = Gamma.trigamma(shapeH);
        double mean = 0;
        double second = 0;
        for (int n = 1; n < pmfIfAlive.length; n++) {
            double w = pmfIfAlive[n] / some;
            if (w == 0) {
                continue;
            }
            double m = Gamma.digamma(n * spend.p()) - meanH;
            double v = Gamma.trigamma(n * spend.p()) + varH;
            mean += w * m;
            second += w * (v + m * m);
        }
        return new FutureValueSpread(mean, Math.max(0, second - mean * mean), none);
    }
}
