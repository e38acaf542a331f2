package org.clvplugin.model;

import org.clvplugin.api.PurchaseModelType;

/**
 * BG/NBD (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way", Marketing Science 24(2)):
 * purchase rate lambda ~ Gamma(r, alpha), drop-out after each repeat purchase with p ~ Beta(a, b).
 */
public record BgNbd(double r, double alpha, double a, double b) implements PurchaseModel {

    public BgNbd {
        ModelParameters.requirePositive(PurchaseModelType.BG_NBD, r, alpha, a, b);
    }

    @Override
    public PurchaseModelType type() {
        return PurchaseModelType.BG_NBD;
    }

    @Override
    public double[] parameters() {
        return new double[] {r, alpha, a, b};
    }

    @Override
    public BgNbd withParameters(double[] p) {
        return new BgNbd(p[0], p[1], p[2], p[3]);
    }

    /** 1 / (1 + [x &gt; 0] a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x)) (eq. 13 of the paper). */
    @Override
    public double probabilityAlive(int x, double tx, double age) {
        if (x == 0) {
            return 1;
        }
        return BetaGeometricProcess.logistic(BetaGeometricProcess.logOddsDead(r, alpha, a, b + x - 1, x, tx, age));
    }

    @Override
    public double[] logProbabilityAliveGradient(int x, double tx, double age) {
        if (x == 0) {
            return new double[4];
        }
        return BetaGeometricProcess.logAliveGradient(r, alpha, a, b + x - 1, x, tx, age,
                probabilityAlive(x, tx, age));
    }

    @Override
    public double expectedPurchasesIfAlive(int x, double age, double t) {
        return BetaGeometricProcess.expectedPurchases(r + x, alpha + age, a, b + x, t);
    }

    @Override
    public CountDistribution purchaseDistributionIfAlive(int x, double age, double t) {
        return BetaGeometricProcess.purchaseDistribution(r + x, alpha + age, a, b + x, t);
    }
}
