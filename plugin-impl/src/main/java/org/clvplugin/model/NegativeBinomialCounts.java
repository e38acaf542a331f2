package org.clvplugin.model;

/**
 * The NBD: counts of a Poisson process over time t whose rate is Gamma(r, alpha) distributed,
 * P(n) = Gamma(r + n) / (Gamma(r) n!) (alpha / (alpha + t))^r (t / (alpha + t))^n. Walks n = 0, 1, 2, ... by the
 * ratio recursion in log space, so a large r does not underflow the first terms and nothing is stored.
 */
final class NegativeBinomialCounts {

    private final double r;
    private final double logSuccess;
    private final double success;
    private double logP;
    private int n;

    NegativeBinomialCounts(double r, double alpha, double t) {
        this.r = r;
        this.success = t / (alpha + t);
        this.logSuccess = Math.log(success);
        this.logP = r * Math.log(alpha / (alpha + t));
    }

    /** P(N = n) for the current n. */
    double probability() {
        return Math.exp(logP);
    }

    /** Moves to n + 1. */
    void advance() {
        n++;
        logP += Math.log((r + n - 1) / n) + logSuccess;
    }

    /** The mean, r t / alpha. */
    double mean() {
        return r * success / (1 - success);
    }

    /** The most likely count: the distribution decreases beyond it. */
    double mode() {
        return Math.max(0, (r - 1) * success / (1 - success));
    }
}
