package org.clvplugin.model;

import org.hipparchus.special.Beta;

/**
 * BG/BB, the discrete-time model (Fader, Hardie &amp; Shang 2010, "Customer-base analysis in a discrete-time
 * noncontractual setting", Marketing Science 29(6)): at each of n transaction opportunities an alive customer
 * transacts with probability p ~ Beta(alpha, beta) and, before each next opportunity, drops out with probability
 * theta ~ Beta(gamma, delta). Summaries are (x transactions, t_x the last opportunity with one, n opportunities).
 */
public record BgBb(double alpha, double beta, double gamma, double delta) {

    public BgBb {
        for (double v : new double[] {alpha, beta, gamma, delta}) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("bgbb parameters must be finite numbers > 0, were " + alpha
                        + ", " + beta + ", " + gamma + ", " + delta);
            }
        }
    }

    /**
     * ln L(x, t_x, n) with L = B(alpha+x, beta+n-x)/B(alpha,beta) B(gamma, delta+n)/B(gamma,delta)
     * + sum_{i=0}^{n-t_x-1} B(alpha+x, beta+t_x-x+i)/B(alpha,beta) B(gamma+1, delta+t_x+i)/B(gamma,delta)
     * (eq. 5 of the paper), summed in log space.
     */
    public double logLikelihood(int x, int tx, int n) {
        double base = Beta.logBeta(alpha, beta) + Beta.logBeta(gamma, delta);
        double log = aliveThroughout(x, n) - base;
        for (int i = 0; i <= n - tx - 1; i++) {
            double term = Beta.logBeta(alpha + x, beta + tx - x + i) + Beta.logBeta(gamma + 1, delta + tx + i) - base;
            double max = Math.max(log, term);
            log = max + Math.log1p(Math.exp(Math.min(log, term) - max));
        }
        return log;
    }

    /** P(alive at opportunity n + 1 | x, t_x, n) (eq. 11 of the paper). */
    public double probabilityAlive(int x, int tx, int n) {
        double base = Beta.logBeta(alpha, beta) + Beta.logBeta(gamma, delta);
        double alive = Beta.logBeta(alpha + x, beta + n - x) + Beta.logBeta(gamma, delta + n + 1) - base;
        return Math.exp(alive - logLikelihood(x, tx, n));
    }

    private double aliveThroughout(int x, int n) {
        return Beta.logBeta(alpha + x, beta + n - x) + Beta.logBeta(gamma, delta + n);
    }
}
