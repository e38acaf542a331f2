package org.clvplugin.model;

/**
 * The NBD: counts of a Poisson process over time t whose rate is Gamma(r, alpha) distributed,
 * P(n) = Gamma(r + n) / (Gamma(r) n!) (alpha / (alpha + t))^r (t / (alpha + t))^n. Probabilities are generated
 * by the ratio recursion in log space, so a large r does not underflow the first terms.
 */
final class NegativeBinomialCounts {

    private final double r;
    private final double logSuccess;
    private double[] logP = new double[16];
    private int known;

    NegativeBinomialCounts(double r, double alpha, double t) {
        this.r = r;
        this.logSuccess = Math.log(t / (alpha + t));
        logP[0] = r * Math.log(alpha / (alpha + t));
        known = 1;
    }

    double probability(int n) {
        while (known <= n) {
            if (known == logP.length) {
                logP = java.util.Arrays.copyOf(logP, known * 2);
            }
            logP[known] = logP[known - 1] + Math.log((r + known - 1) / known) + logSuccess;
            known++;
        }
        return Math.exp(logP[n]);
    }

    /** The most likely count: the distribution decreases beyond it. */
    double mode() {
        double p = Math.exp(logSuccess);
        return Math.max(0, (r - 1) * p / (1 - p));
    }
}
