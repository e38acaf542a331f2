package org.clvplugin.model;

import org.clvplugin.api.PurchaseModelType;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;

/**
 * Pareto/NBD (Schmittlein, Morrison &amp; Colombo 1987; expressions from Fader &amp; Hardie 2005, "A note on
 * deriving the Pareto/NBD model and related expressions"): purchase rate lambda ~ Gamma(r, alpha), exponential
 * lifetime with rate mu ~ Gamma(s, beta).
 */
public record ParetoNbd(double r, double alpha, double s, double beta) implements PurchaseModel {

    private static final GaussIntegrator LIFETIME_RULE = new GaussIntegratorFactory().legendre(64, 0, 1);

    public ParetoNbd {
        ModelParameters.requirePositive(PurchaseModelType.PARETO_NBD, r, alpha, s, beta);
    }

    @Override
    public PurchaseModelType type() {
        return PurchaseModelType.PARETO_NBD;
    }

    @Override
    public double[] parameters() {
        return new double[] {r, alpha, s, beta};
    }

    @Override
    public ParetoNbd withParameters(double[] p) {
        return new ParetoNbd(p[0], p[1], p[2], p[3]);
    }

    /** 1 / (1 + s / (r + s + x) (alpha + T)^(r + x) (beta + T)^s A0) (Fader &amp; Hardie 2005, eq. 18). */
    @Override
    public double probabilityAlive(int x, double tx, double age) {
        double logOdds = Math.log(s / (r + s + x)) + (r + x) * Math.log(alpha + age) + s * Math.log(beta + age)
                + logA0(x, tx, age);
        return BetaGeometricProcess.logistic(logOdds);
    }

    /**
     * ln A0, where A0 = F(t_x) - F(T) and F(t) = 2F1(r+s+x, k; r+s+x+1; |alpha-beta| / (m + t)) / (m + t)^(r+s+x)
     * with m = max(alpha, beta) and k = s + 1 when alpha &ge; beta, r + x otherwise.
     */
    double logA0(int x, double tx, double age) {
        return logDifference(logF(r, alpha, s, beta, x, tx), logF(r, alpha, s, beta, x, age));
    }

    /** ln(F(t_x) - F(T)) from ln F(t_x) and ln F(T); negative infinity when t_x = T. */
    static double logDifference(double atRecency, double atAge) {
        double diff = atAge - atRecency;
        return diff >= 0 ? Double.NEGATIVE_INFINITY : atRecency + Math.log(-Math.expm1(diff));
    }

    /** ln F(t) of {@link #logA0}. */
    static double logF(double r, double alpha, double s, double beta, int x, double t) {
        double rsx = r + s + x;
        double shifted = Math.max(alpha, beta) + t;
        double k = alpha >= beta ? s + 1 : r + x;
        return Hypergeometric2F1.logValue(rsx, k, rsx + 1, Math.abs(alpha - beta) / shifted)
                - rsx * Math.log(shifted);
    }

    /**
     * (r + x)(beta + T) / ((alpha + T)(s - 1)) [1 - ((beta + T) / (beta + T + t))^(s - 1)], written with expm1 so
     * that s near 1 is exact (its limit is (r + x)/(alpha + T) (beta + T) ln((beta + T + t) / (beta + T))).
     */
    @Override
    public double expectedPurchasesIfAlive(int x, double age, double t) {
        double betaT = beta + age;
        double u = Math.log(betaT / (betaT + t));
        double sm1 = s - 1;
        double lifetimeFactor = Math.abs(sm1) < 1e-12 ? -u : -Math.expm1(sm1 * u) / sm1;
        return (r + x) / (alpha + age) * betaT * lifetimeFactor;
    }

    /**
     * Given alive at T, lambda ~ Gamma(r + x, alpha + T) and the remaining lifetime tau is Pareto II with
     * P(tau &gt; u) = ((beta + T) / (beta + T + u))^s. The count is NBD over min(tau, t): the survivor term is
     * closed form and the lifetime ending inside (0, t) is integrated by 64-point Gauss-Legendre quadrature.
     */
    @Override
    public CountDistribution purchaseDistributionIfAlive(int x, double age, double t) {
        double rx = r + x;
        double alphaT = alpha + age;
        double betaT = beta + age;
        double survives = Math.pow(betaT / (betaT + t), s);
        int nodes = LIFETIME_RULE.getNumberOfPoints();
        NegativeBinomialCounts[] ended = new NegativeBinomialCounts[nodes];
        double[] weight = new double[nodes];
        for (int i = 0; i < nodes; i++) {
            double u = LIFETIME_RULE.getPoint(i) * t;
            ended[i] = new NegativeBinomialCounts(rx, alphaT, u);
            weight[i] = LIFETIME_RULE.getWeight(i) * t * s / betaT * Math.pow(betaT / (betaT + u), s + 1);
        }
        NegativeBinomialCounts full = new NegativeBinomialCounts(rx, alphaT, t);
        CountDistribution.Builder pmf = new CountDistribution.Builder();
        boolean more = true;
        while (more) {
            double p = survives * full.probability();
            full.advance();
            for (int i = 0; i < nodes; i++) {
                p += weight[i] * ended[i].probability();
                ended[i].advance();
            }
            more = pmf.add(p, full.mode());
        }
        return pmf.build(expectedPurchasesIfAlive(x, age, t));
    }
}
