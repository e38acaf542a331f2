package org.clvplugin.model;

import java.util.stream.IntStream;

/**
 * The Pareto/NBD log-likelihood on compressed patterns (Fader &amp; Hardie 2005, eq. 22), with its analytic
 * gradient: ln Gamma(r + x) - ln Gamma(r) + r ln alpha + s ln beta
 * + ln[(alpha + T)^-(r+x) (beta + T)^-s + s / (r + s + x) A0], summed in log space, A0 = F(t_x) - F(T).
 *
 * <p>F depends on a pattern only through (x, t): order data has day resolution, so hundreds of thousands of
 * patterns share a few tens of thousands of distinct (x, t) pairs. F and its gradient (the costly 2F1 series) are
 * computed once per pair, and each pattern combines two of them.
 */
final class ParetoNbdLikelihood extends PurchaseLikelihood {

    private final int[] pairX;
    private final double[] pairTime;
    private final int[] recencyPair;
    private final int[] agePair;

    ParetoNbdLikelihood(Patterns patterns) {
        super(patterns);
        int n = patterns.size();
        PatternIndex pairs = new PatternIndex(Math.min(2 * n, 1 << 16));
        recencyPair = new int[n];
        agePair = new int[n];
        for (int i = 0; i < n; i++) {
            recencyPair[i] = pairs.add(patterns.x[i], patterns.recency[i], 0);
            agePair[i] = pairs.add(patterns.x[i], patterns.age[i], 0);
        }
        pairX = new int[pairs.size()];
        pairTime = new double[pairs.size()];
        for (int k = 0; k < pairX.length; k++) {
            pairX[k] = pairs.count(k);
            pairTime[k] = pairs.first(k);
        }
    }

    @Override
    public double evaluate(double[] params, double[] gradient) {
        double r = params[0];
        double alpha = params[1];
        double s = params[2];
        double beta = params[3];
        if (!(r > 0 && alpha > 0 && s > 0 && beta > 0 && Double.isFinite(r + alpha + s + beta))) {
            return Double.NEGATIVE_INFINITY;
        }
        double[] logF = new double[pairX.length];
        double[] dLogF = gradient == null ? null : new double[4 * pairX.length];
        IntStream.range(0, pairX.length).parallel().forEach(k -> logF[k] =
                ParetoNbdDropoutTerm.logF(r, alpha, s, beta, pairX[k], pairTime[k], dLogF, 4 * k));
        double[] times = patterns.times;
        double[] logAlphaT = new double[times.length];
        double[] logBetaT = new double[times.length];
        for (int k = 0; k < times.length; k++) {
            logAlphaT[k] = Math.log(alpha + times[k]);
            logBetaT[k] = Math.log(beta + times[k]);
        }
        RisingFactorialTable ofR = new RisingFactorialTable(r, maxFrequency);
        double logAlpha = Math.log(alpha);
        double logBeta = Math.log(beta);
        double constant = r * logAlpha + s * logBeta;
        return ParallelSum.sum(patterns.size(), 4, gradient, (i, g) -> {
            int x = patterns.x[i];
            int age = patterns.ageIndex[i];
            double rsx = r + s + x;
            int atRecency = recencyPair[i];
            int atAge = agePair[i];
            double survivor = -(r + x) * logAlphaT[age] - s * logBetaT[age];
            double died = Math.log(s / rsx) + ParetoNbd.logDifference(logF[atRecency], logF[atAge]);
            double max = Math.max(survivor, died);
            double logSum = max + Math.log1p(Math.exp(Math.min(survivor, died) - max));
            double w = patterns.weight[i];
            if (g != null) {
                // d ln(e^survivor + e^died) = (share alive) d survivor + (share dropped out) d died.
                double dead = Math.exp(died - logSum);
                double alive = 1 - dead;
                double alphaT = alpha + patterns.age[i];
                double betaT = beta + patterns.age[i];
                g[0] += w * (ofR.digammaDifference[x] + logAlpha - alive * logAlphaT[age] - dead / rsx);
                g[1] += w * (r / alpha - alive * (r + x) / alphaT);
                g[2] += w * (logBeta - alive * logBetaT[age] + dead * (1 / s - 1 / rsx));
                g[3] += w * (s / beta - alive * s / betaT);
                if (dead > 0) {
                    // + dead * d ln A0, with d ln(F1 - F2) = (d ln F1 - q d ln F2) / (1 - q), q = F2 / F1.
                    double gap = logF[atAge] - logF[atRecency];
                    double q = Math.exp(gap);
                    double scale = w * dead / -Math.expm1(gap);
                    for (int j = 0; j < 4; j++) {
                        g[j] += scale * (dLogF[4 * atRecency + j] - q * dLogF[4 * atAge + j]);
                    }
                }
            }
            return w * (ofR.logRatio[x] + constant + logSum);
        });
    }
}
