package org.clvplugin.model;

/**
 * The log-likelihood of BG/NBD and MBG/NBD on compressed patterns, with its analytic gradient.
 *
 * <p>Per customer (Fader, Hardie &amp; Lee 2005, eq. 6; Batislam et al. 2007), with k = 0 for BG/NBD and 1 for
 * MBG/NBD: ln Gamma(r + x) - ln Gamma(r) + r ln alpha + ln B(a, b + x + k) - ln B(a, b) - (r + x) ln(alpha + T)
 * + ln(1 + [x + k &gt; 0] a / (b + x + k - 1) ((alpha + T) / (alpha + t_x))^(r + x)). The last term is evaluated
 * as a soft-plus of its log, so that x in the thousands or T in the thousands of days cannot overflow.
 */
final class BetaGeometricLikelihood extends PurchaseLikelihood {

    private final int shift;

    private BetaGeometricLikelihood(Patterns patterns, int shift) {
        super(patterns);
        this.shift = shift;
    }

    static BetaGeometricLikelihood bgNbd(Patterns patterns) {
        return new BetaGeometricLikelihood(patterns, 0);
    }

    static BetaGeometricLikelihood mbgNbd(Patterns patterns) {
        return new BetaGeometricLikelihood(patterns, 1);
    }

    @Override
    public double evaluate(double[] params, double[] gradient) {
        double r = params[0];
        double alpha = params[1];
        double a = params[2];
        double b = params[3];
        RisingFactorialTable ofR = new RisingFactorialTable(r, maxFrequency);
        RisingFactorialTable ofB = new RisingFactorialTable(b, maxFrequency + shift);
        RisingFactorialTable ofAB = new RisingFactorialTable(a + b, maxFrequency + shift);
        double logAlpha = Math.log(alpha);
        double[] logShifted = new double[patterns.times.length];
        double[] invShifted = new double[patterns.times.length];
        for (int k = 0; k < logShifted.length; k++) {
            logShifted[k] = Math.log(alpha + patterns.times[k]);
            invShifted[k] = 1 / (alpha + patterns.times[k]);
        }
        // ln(a / (b + x + k - 1)) per count, for the drop-out odds.
        double[] logDropOdds = new double[maxFrequency + 1];
        for (int x = 0; x <= maxFrequency; x++) {
            logDropOdds[x] = x + shift > 0 ? Math.log(a / (b + x + shift - 1)) : 0;
        }
        int[] xs = patterns.x;
        int[] recencyIndex = patterns.recencyIndex;
        int[] ageIndex = patterns.ageIndex;
        double[] weight = patterns.weight;
        return ParallelSum.sum(patterns.size(), 4, gradient, (i, g) -> {
            int x = xs[i];
            int xk = x + shift;
            double w = weight[i];
            double logAlphaT = logShifted[ageIndex[i]];
            double value = ofR.logRatio[x] + r * logAlpha + ofB.logRatio[xk] - ofAB.logRatio[xk]
                    - (r + x) * logAlphaT;
            double deadShare = 0;
            double logGap = 0;
            double bShifted = b + xk - 1;
            if (xk > 0) {
                logGap = logAlphaT - logShifted[recencyIndex[i]];
                double logOdds = logDropOdds[x] + (r + x) * logGap;
                // softplus(z) = ln(1 + e^z); its derivative is the logistic function.
                if (logOdds > 0) {
                    double e = Math.exp(-logOdds);
                    value += logOdds + Math.log1p(e);
                    deadShare = 1 / (1 + e);
                } else {
                    double e = Math.exp(logOdds);
                    value += Math.log1p(e);
                    deadShare = e / (1 + e);
                }
            }
            if (g != null) {
                double invAlphaT = invShifted[ageIndex[i]];
                g[0] += w * (ofR.digammaDifference[x] + logAlpha - logAlphaT + deadShare * logGap);
                g[1] += w * (r / alpha - (r + x) * invAlphaT
                        + (xk > 0 ? deadShare * (r + x) * (invAlphaT - invShifted[recencyIndex[i]]) : 0));
                g[2] += w * (-ofAB.digammaDifference[xk] + deadShare / a);
                g[3] += w * (ofB.digammaDifference[xk] - ofAB.digammaDifference[xk]
                        - (xk > 0 ? deadShare / bShifted : 0));
            }
            return w * value;
        });
    }
}
