package org.clvplugin.model;

import org.clvplugin.api.PurchaseModelType;

/**
 * A fitted purchase-count model ("buy till you die"): while alive a customer buys at a Poisson rate; at some point
 * the customer silently drops out. Times are in the unit of the data the model was fitted on.
 *
 * <p>Every model here factors the conditional expectation as P(alive | x, t_x, T) times an expectation given
 * alive that depends on x and T only. Scoring caches the second factor per (x, T), which is what makes scoring
 * millions of customers cheap.
 */
public interface PurchaseModel {

    PurchaseModelType type();

    /** The parameters in the order of {@link PurchaseModelType#parameterNames()}. */
    double[] parameters();

    /** The same model with other parameter values (used for the parameter-uncertainty derivatives). */
    PurchaseModel withParameters(double[] parameters);

    /** P(alive at T | x, t_x, T). */
    double probabilityAlive(int x, double tx, double age);

    /**
     * d ln P(alive) / d(parameters), for the parameter-uncertainty part of the CLV interval. The default takes
     * forward differences; models with a closed form override it.
     */
    default double[] logProbabilityAliveGradient(int x, double tx, double age) {
        double[] params = parameters();
        double[] gradient = new double[params.length];
        double logAt = Math.log(probabilityAlive(x, tx, age));
        for (int j = 0; j < params.length; j++) {
            double[] moved = params.clone();
            double h = 1e-6 * params[j];
            moved[j] += h;
            gradient[j] = (Math.log(withParameters(moved).probabilityAlive(x, tx, age)) - logAt) / h;
        }
        return gradient;
    }

    /** E[X(T, T + t) | alive at T, x, T]: expected purchases in the next t given the customer is still alive. */
    double expectedPurchasesIfAlive(int x, double age, double t);

    /** P(X(T, T + t) = n | alive at T, x, T) for n = 0, 1, ..., summing to 1 within 1e-10. */
    CountDistribution purchaseDistributionIfAlive(int x, double age, double t);

    /** E[X(T, T + t) | x, t_x, T]: the conditional expected number of purchases in the next t. */
    default double expectedPurchases(int x, double tx, double age, double t) {
        return probabilityAlive(x, tx, age) * expectedPurchasesIfAlive(x, age, t);
    }

    /** P(X(T, T + t) = n | x, t_x, T). */
    default double probabilityOfPurchases(int n, int x, double tx, double age, double t) {
        double alive = probabilityAlive(x, tx, age);
        double ifAlive = alive * purchaseDistributionIfAlive(x, age, t).probability(n);
        return n == 0 ? 1 - alive + ifAlive : ifAlive;
    }

    /** E[X(t)] for a customer just acquired (unconditional expectation). */
    default double expectedPurchasesOfNewCustomer(double t) {
        return expectedPurchases(0, 0, 0, t);
    }
}
