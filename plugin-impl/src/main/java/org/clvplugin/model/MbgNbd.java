package org.clvplugin.model;

import org.clvplugin.api.PurchaseModelType;

/**
 * MBG/NBD (Batislam, Denizel &amp; Filiztekin 2007): as BG/NBD, but a customer may also drop out right after the
 * first purchase, so one-time buyers are not assumed alive.
 */
public record MbgNbd(double r, double alpha, double a, double b) implements PurchaseModel {

    public MbgNbd {
        ModelParameters.requirePositive(PurchaseModelType.MBG_NBD, r, alpha, a, b);
    }

    @Override
    public PurchaseModelType type() {
        return PurchaseModelType.MBG_NBD;
    }

    @Override
    public double[] parameters() {
        return new double[] {r, alpha, a, b};
    }

    @Override
    public MbgNbd withParameters(double[] p) {
        return new MbgNbd(p[0], p[1], p[2], p[3]);
    }

    /** 1 / (1 + a / (b + x) ((alpha + T) / (alpha + t_x))^(r + x)). */
    @Override
    public double probabilityAlive(int x, double tx, double age) {
        return BetaGeometricProcess.logistic(BetaGeometricProcess.logOddsDead(r, alpha, a, b + x, x, tx, age));
    }

    @Override
    public double[] logProbabilityAliveGradient(int x, double tx, double age) {
        return BetaGeometricProcess.logAliveGradient(r, alpha, a, b + x, x, tx, age, probabilityAlive(x, tx, age));
    }

    @Override
    public double expectedPurchasesIfAlive(int x, double age, double t) {
        return BetaGeometricProcess.expectedPurchases(r + x, alpha + age, a, b + x + 1, t);
    }

    @Override
    public CountDistribution purchaseDistributionIfAlive(int x, double age, double t) {
        return BetaGeometricProcess.purchaseDistribution(r + x, alpha + age, a, b + x + 1, t);
    }
}
