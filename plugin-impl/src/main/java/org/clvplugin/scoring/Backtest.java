package org.clvplugin.scoring;

import java.util.ArrayList;
import java.util.List;

import org.clvplugin.api.ClvSettings;
import org.clvplugin.api.PurchaseModelType;
import org.clvplugin.model.CalibrationHoldout;
import org.clvplugin.model.EmpiricalRank;
import org.clvplugin.model.FittedPurchaseModel;
import org.clvplugin.model.FittedSpendModel;
import org.clvplugin.model.FormulaClv;
import org.clvplugin.model.GammaGamma;
import org.clvplugin.model.ModelFitException;
import org.clvplugin.model.ModelFitting;
import org.clvplugin.model.PurchaseModel;
import org.clvplugin.model.SummaryTable;
import org.clvplugin.report.BacktestResult;

/**
 * The backtest on the host's own data: the candidate purchase models are fitted on the history before a split
 * date and their predictions for the held-out period are compared with what the contacts then did, side by side
 * with the formula baseline. Per contact purchases and value (undiscounted, before margin) are compared by mean
 * absolute error, the totals by their relative error, and the ordering by Spearman's rank correlation. The model
 * with the best holdout score is the one {@link ModelChoice} picks.
 *
 * <p>It is skipped only for what it knows: too little data, or a model that the data cannot support. Anything
 * else is a fault and is thrown, so that the run fails with it instead of reporting "skipped".
 *
 * <p>On a large host it compares the models on a deterministic sample of {@link #MAXIMUM_CONTACTS} calibration
 * contacts: errors averaged over that many contacts are precise to well under the differences that decide, and
 * fitting three candidates on a million contacts would not fit in a run's time.
 */
public final class Backtest {

    /** Frequency groups 0 to 6, then 7 or more. */
    static final int LAST_GROUP = 7;
    /** The most calibration contacts the models are compared on. */
    public static final int MAXIMUM_CONTACTS = 100_000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Backtest.class);

    private Backtest() {
    }

    /**
     * @param split          the calibration summaries up to the split day and each contact's holdout figures
     * @param holdoutPeriods the length of the holdout, in the summaries' time unit
     * @param candidates     the purchase models to compare (one for a fixed model)
     * @param minimumRepeatCustomers the minimum data to fit, as in the run
     */
    public static BacktestResult run(CalibrationHoldout whole, double holdoutPeriods, List<PurchaseModelType> candidates,
                             ClvSettings settings, int minimumRepeatCustomers) {
        CalibrationHoldout split = whole.sample(MAXIMUM_CONTACTS);
        SummaryTable table = split.calibration();
        FittedSpendModel spend;
        try {
            MinimumData.require(table, minimumRepeatCustomers);
            spend = ModelFitting.fitGammaGamma(table);
        } catch (ModelFitException e) {
            return BacktestResult.skipped("the models could not be fitted on the calibration part: " + e.getMessage());
        }
        int n = table.size();
        FormulaClv formula = new FormulaClv(settings);
        double[] formulaPurchases = new double[n];
        double[] formulaValue = new double[n];
        for (int i = 0; i < n; i++) {
            formulaPurchases[i] = formula.expectedPurchases(table.frequency(i), table.age(i), holdoutPeriods);
            formulaValue[i] = formulaPurchases[i] * table.historicalValue(i) / (table.frequency(i) + 1);
        }
        List<BacktestResult.Candidate> tried = new ArrayList<>();
        double[] bestPurchases = null;
        BacktestResult.Candidate best = null;
        for (PurchaseModelType type : candidates) {
            FittedPurchaseModel purchase;
            long start = System.nanoTime();
            try {
                purchase = ModelFitting.fitPurchaseModel(type, table);
            } catch (ModelFitException e) {
                LOG.info("backtest: {} not fitted on {} contacts: {}", type.key(), n, e.getMessage());
                tried.add(new BacktestResult.Candidate(type.key(), null, null, e.getMessage()));
                continue;
            }
            LOG.info("backtest: {} fitted on {} contacts in {} ms", type.key(), n,
                    (System.nanoTime() - start) / 1_000_000);
            double[] purchases = new double[n];
            double[] value = new double[n];
            predict(purchase.model(), spend.model(), table, holdoutPeriods, purchases, value);
            BacktestResult.Candidate c = new BacktestResult.Candidate(type.key(), errors(purchases, split.holdoutPurchases()),
                    errors(value, split.holdoutValue()), null);
            tried.add(c);
            if (best == null || ModelChoice.better(c, best)) {
                best = c;
                bestPurchases = purchases;
            }
        }
        if (best == null) {
            return new BacktestResult(n, whole.calibration().size(), holdoutPeriods, null, null, null, null, null, List.of(),
                    tried,
                    "no purchase model could be fitted on the calibration part: " + tried.get(0).notFitted());
        }
        return new BacktestResult(n, whole.calibration().size(), holdoutPeriods, best.model(), best.purchases(),
                errors(formulaPurchases, split.holdoutPurchases()), best.value(),
                errors(formulaValue, split.holdoutValue()),
                byFrequency(table, split.holdoutPurchases(), bestPurchases, formulaPurchases), tried, null);
    }

    private static void predict(PurchaseModel model, GammaGamma gg, SummaryTable table, double holdoutPeriods,
                                double[] purchases, double[] value) {
        for (int i = 0; i < table.size(); i++) {
            int x = table.frequency(i);
            purchases[i] = model.expectedPurchases(x, table.recency(i), table.age(i), holdoutPeriods);
            value[i] = purchases[i] * gg.expectedSpend(x, table.monetaryValue(i));
        }
    }

    static List<BacktestResult.FrequencyGroup> byFrequency(SummaryTable table, double[] actual, double[] model, double[] formula) {
        int[] contacts = new int[LAST_GROUP + 1];
        double[][] sums = new double[3][LAST_GROUP + 1];
        for (int i = 0; i < table.size(); i++) {
            int g = Math.min(table.frequency(i), LAST_GROUP);
            contacts[g]++;
            sums[0][g] += actual[i];
            sums[1][g] += model[i];
            sums[2][g] += formula[i];
        }
        List<BacktestResult.FrequencyGroup> groups = new ArrayList<>();
        for (int g = 0; g <= LAST_GROUP; g++) {
            if (contacts[g] > 0) {
                groups.add(new BacktestResult.FrequencyGroup(g, g == LAST_GROUP, contacts[g], sums[0][g] / contacts[g],
                        sums[1][g] / contacts[g], sums[2][g] / contacts[g]));
            }
        }
        return groups;
    }

    static BacktestResult.Errors errors(double[] predicted, double[] actual) {
        double absolute = 0;
        double totalPredicted = 0;
        double totalActual = 0;
        for (int i = 0; i < predicted.length; i++) {
            absolute += Math.abs(predicted[i] - actual[i]);
            totalPredicted += predicted[i];
            totalActual += actual[i];
        }
        double relative = totalActual == 0 ? 0 : (totalPredicted - totalActual) / totalActual;
        return new BacktestResult.Errors(absolute / predicted.length, totalPredicted, totalActual, relative,
                spearman(predicted, actual));
    }

    /**
     * Spearman's rank correlation (average ranks for ties); 0 when either side is constant. The empirical rank
     * shares are the average ranks shifted and scaled, which leaves the correlation unchanged.
     */
    static double spearman(double[] a, double[] b) {
        double[] ra = EmpiricalRank.shares(a);
        double[] rb = EmpiricalRank.shares(b);
        double meanA = 0;
        double meanB = 0;
        for (int i = 0; i < ra.length; i++) {
            meanA += ra[i] / ra.length;
            meanB += rb[i] / rb.length;
        }
        double cov = 0;
        double varA = 0;
        double varB = 0;
        for (int i = 0; i < ra.length; i++) {
            cov += (ra[i] - meanA) * (rb[i] - meanB);
            varA += (ra[i] - meanA) * (ra[i] - meanA);
            varB += (rb[i] - meanB) * (rb[i] - meanB);
        }
        return varA == 0 || varB == 0 ? 0 : cov / Math.sqrt(varA * varB);
    }
}
