package org.clvplugin.model;

import org.hipparchus.special.Gamma;

/**
 * The Gamma-Gamma log-likelihood of the repeat buyers' mean spend (Fader, Hardie &amp; Lee 2005b, eq. 4), with its
 * analytic gradient: ln Gamma(p x + q) - ln Gamma(p x) - ln Gamma(q) + q ln gamma + (p x - 1) ln zbar + p x ln x
 * - (p x + q) ln(gamma + x zbar). Terms that depend on x only are computed once per distinct x.
 */
final class GammaGammaLikelihood implements LogLikelihood {

    private final int[] frequency;
    private final double[] meanSpend;
    private final double[] logMeanSpend;
    private final int maxFrequency;

    /**
     * Keeps the customers with x &gt; 0 and zbar &gt; 0 only: one-time buyers carry no information on repeat spend,
     * and repeat purchases that were all free (possible in host data) have no place in a Gamma distribution.
     */
    GammaGammaLikelihood(SummaryTable table) {
        int repeat = 0;
        for (int i = 0; i < table.size(); i++) {
            if (counts(table, i)) {
                repeat++;
            }
        }
        frequency = new int[repeat];
        meanSpend = new double[repeat];
        logMeanSpend = new double[repeat];
        int j = 0;
        int max = 0;
        for (int i = 0; i < table.size(); i++) {
            if (counts(table, i)) {
                frequency[j] = table.frequency(i);
                meanSpend[j] = table.monetaryValue(i);
                logMeanSpend[j] = Math.log(meanSpend[j]);
                max = Math.max(max, frequency[j]);
                j++;
            }
        }
        maxFrequency = max;
    }

    private static boolean counts(SummaryTable table, int i) {
        return table.frequency(i) > 0 && table.monetaryValue(i) > 0;
    }

    @Override
    public int dimension() {
        return 3;
    }

    @Override
    public double observations() {
        return frequency.length;
    }

    double[] meanSpend() {
        return meanSpend;
    }

    @Override
    public double evaluate(double[] params, double[] gradient) {
        double p = params[0];
        double q = params[1];
        double gamma = params[2];
        double logGammaQ = Gamma.logGamma(q);
        double digammaQ = Gamma.digamma(q);
        double logScale = Math.log(gamma);
        // Per distinct x: ln Gamma(px + q) - ln Gamma(px) + px ln x, and the digammas of the gradient.
        double[] countTerm = new double[maxFrequency + 1];
        double[] digammaSum = new double[maxFrequency + 1];
        double[] digammaShape = new double[maxFrequency + 1];
        for (int x = 1; x <= maxFrequency; x++) {
            double px = p * x;
            countTerm[x] = Gamma.logGamma(px + q) - Gamma.logGamma(px) + px * Math.log(x);
            if (gradient != null) {
                digammaSum[x] = Gamma.digamma(px + q);
                digammaShape[x] = Gamma.digamma(px);
            }
        }
        return ParallelSum.sum(frequency.length, 3, gradient, (i, g) -> {
            int x = frequency[i];
            double px = p * x;
            double total = gamma + x * meanSpend[i];
            double logTotal = Math.log(total);
            double value = countTerm[x] - logGammaQ + q * logScale + (px - 1) * logMeanSpend[i]
                    - (px + q) * logTotal;
            if (g != null) {
                g[0] += x * (digammaSum[x] - digammaShape[x] + Math.log(x) + logMeanSpend[i] - logTotal);
                g[1] += digammaSum[x] - digammaQ + logScale - logTotal;
                g[2] += q / gamma - (px + q) / total;
            }
            return value;
        });
    }
}
