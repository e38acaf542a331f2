package org.clvplugin.model;

/**
 * The Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005, "RFM and CLV", JMR 42(4); Colombo &amp; Jiang 1999):
 * a customer's transaction values are Gamma(p, nu) with nu ~ Gamma(q, gamma) across customers. The mean spend is
 * finite only for q &gt; 1, which every instance guarantees.
 */
public record GammaGamma(double p, double q, double gamma) {

    public GammaGamma {
        if (!(p > 0 && gamma > 0) || Double.isInfinite(p) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gammagamma parameters p and gamma must be finite numbers > 0, were "
                    + p + " and " + gamma);
        }
        if (!(q > 1) || Double.isInfinite(q)) {
            throw new IllegalArgumentException("gammagamma parameter q must be > 1 (otherwise the mean spend is "
                    + "infinite), was " + q);
        }
    }

    public double[] parameters() {
        return new double[] {p, q, gamma};
    }

    /** p gamma / (q - 1): the expected transaction value of a customer we know nothing about. */
    public double populationMeanSpend() {
        return p * gamma / (q - 1);
    }

    /**
     * E[M | x, zbar] = (gamma + x zbar) p / (p x + q - 1): a weighted mean of the population mean and the customer's
     * own mean of x repeat transactions.
     */
    public double expectedSpend(int x, double zbar) {
        return (gamma + x * zbar) * p / (p * x + q - 1);
    }
}
