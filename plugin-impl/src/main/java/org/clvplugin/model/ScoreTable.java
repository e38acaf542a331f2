package org.clvplugin.model;

import org.clvplugin.api.ClvExplanation;
import org.clvplugin.api.ClvPrediction;
import org.clvplugin.api.ClvSettings;

/** Scores of every customer of a summary table, column-wise; {@link #prediction(int)} gives one as a record. */
public final class ScoreTable {

    final double[] expectedPurchases;
    final double[] probabilityAlive;
    final double[] expectedOrderValue;
    final double[] clv;
    final double[] clvLow;
    final double[] clvHigh;
    final double[] purchasesInClvHorizon;
    final double[] discountFactor;
    private final SummaryTable customers;
    private final ClvSettings settings;

    ScoreTable(SummaryTable customers, ClvSettings settings) {
        int n = customers.size();
        this.customers = customers;
        this.settings = settings;
        expectedPurchases = new double[n];
        probabilityAlive = new double[n];
        expectedOrderValue = new double[n];
        clv = new double[n];
        clvLow = new double[n];
        clvHigh = new double[n];
        purchasesInClvHorizon = new double[n];
        discountFactor = new double[n];
    }

    public int size() {
        return clv.length;
    }

    public String id(int i) {
        return customers.id(i);
    }

    public double expectedPurchases(int i) {
        return expectedPurchases[i];
    }

    public double probabilityAlive(int i) {
        return probabilityAlive[i];
    }

    public double expectedOrderValue(int i) {
        return expectedOrderValue[i];
    }

    public double clv(int i) {
        return clv[i];
    }

    public double clvLow(int i) {
        return clvLow[i];
    }

    public double clvHigh(int i) {
        return clvHigh[i];
    }

    /** Every customer's CLV, in row order (a copy). */
    public double[] clvValues() {
        return clv.clone();
    }

    public double totalClv() {
        double sum = 0;
        for (double v : clv) {
            sum += v;
        }
        return sum;
    }

    public ClvPrediction prediction(int i) {
        ClvExplanation explanation = new ClvExplanation(purchasesInClvHorizon[i], expectedOrderValue[i],
                settings.margin(), discountFactor[i], probabilityAlive[i], settings.horizonMonths(),
                settings.monthlyDiscountRate(), clv[i]);
        return new ClvPrediction(id(i), expectedPurchases[i], probabilityAlive[i], expectedOrderValue[i], clv[i],
                clvLow[i], clvHigh[i], customers.historicalValue(i), explanation);
    }
}
