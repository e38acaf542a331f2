package org.clvplugin.scoring;

import java.time.Clock;
import java.time.LocalDate;

import org.clvplugin.api.PurchaseModelType;
import org.clvplugin.model.ClvScorer;
import org.clvplugin.model.FittedPurchaseModel;
import org.clvplugin.model.FittedSpendModel;
import org.clvplugin.model.FormulaClv;
import org.clvplugin.model.ModelFitException;
import org.clvplugin.model.ModelFitting;
import org.clvplugin.model.Rfm;
import org.clvplugin.model.ScoreTable;
import org.clvplugin.model.SummaryTable;
import org.clvplugin.report.RunReport;
import org.clvplugin.store.SnapshotWriter;
import org.clvplugin.tiers.TierState;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a run computes per summary row, apart from tiers: the fitted model's scores (or the formula model's when the
 * data cannot support a fit), the churn estimate of one-time buyers where the model has none, the formula's CLV and
 * expected orders over the horizon, the RFM scores, and from them the contact's snapshot row. {@link Recompute}
 * reads, tiers, writes and publishes around it.
 *
 * @param model          the model's scores, or null for the formula model
 * @param oneTimeBuyers  the churn estimate of contacts without a repeat purchase, or null (formula model)
 * @param report         the fit as the run's report gives it
 */
record ContactScores(SummaryTable table, ScoreTable model, String modelKey, OneTimeBuyerChurn oneTimeBuyers,
                     double[] formula, double[] formulaPurchases, int[] rfmRecency, int[] rfmFrequency,
                     int[] rfmMonetary, RunReport.Fit report) {

    private static final Logger LOG = LoggerFactory.getLogger(ContactScores.class);

    /** Why a run on the formula model shows no likely range. */
    static final String FORMULA_INTERVAL_REASON = "the formula model has no distribution of future purchases, so "
            + "there is no likely range to show";

    /** The CLV of each summary row: the model's, or the formula's. */
    double[] clv() {
        return model == null ? formula : model.clvValues();
    }

    /** Fits the model of {@code type} (with Gamma-Gamma) and scores every row; the formula model when it cannot. */
    static ContactScores of(long runId, RecomputeSettings settings, PurchaseModelType type, SummaryTable table,
                            Clock clock) {
        FormulaClv formulaClv = new FormulaClv(settings.clv());
        double[] formula = formulaClv.values(table);
        double horizon = settings.clv().horizonPeriods();
        double[] formulaPurchases = new double[table.size()];
        double[] sinceLast = new double[table.size()];
        double[] purchaseDays = new double[table.size()];
        double[] orderValue = new double[table.size()];
        double totalOrderValue = 0;
        for (int i = 0; i < table.size(); i++) {
            formulaPurchases[i] = formulaClv.expectedPurchases(table.frequency(i), table.age(i), horizon);
            sinceLast[i] = table.age(i) - table.recency(i);
            purchaseDays[i] = table.frequency(i) + 1;
            orderValue[i] = table.historicalValue(i) / purchaseDays[i];
            totalOrderValue += orderValue[i];
        }
        // What "spend against the base" on the card compares with.
        double meanOrderValue = table.size() == 0 ? 0 : totalOrderValue / table.size();
        int[] r = Rfm.reversedScores(sinceLast);
        int[] f = Rfm.scores(purchaseDays);
        int[] m = Rfm.scores(orderValue);
        try {
            MinimumData.require(table, settings.minimumRepeatCustomers());
            long fitStarted = clock.millis();
            FittedPurchaseModel purchase = ModelFitting.fitPurchaseModel(type, table);
            long purchaseFitted = clock.millis();
            FittedSpendModel spend = ModelFitting.fitGammaGamma(table);
            long spendFitted = clock.millis();
            ScoreTable scored = new ClvScorer(purchase, spend, settings.clv(), horizon).score(table);
            LOG.info("run {}: {} fitted on {} contacts in {} ms ({} iterations), gamma-gamma in {} ms, scored in {} ms",
                    runId, type.key(), table.size(), purchaseFitted - fitStarted, purchase.fit().iterations(),
                    spendFitted - purchaseFitted, clock.millis() - spendFitted);
            OneTimeBuyerChurn oneTime = OneTimeBuyerChurn.forModel(type, table);
            return new ContactScores(table, scored, type.key(), oneTime, formula, formulaPurchases, r, f, m,
                    new RunReport.Fit(type.key(), meanOrderValue, purchase.fit(), spend.fit(), oneTime.report(), null,
                            null, null));
        } catch (ModelFitException e) {
            return new ContactScores(table, null, "formula", null, formula, formulaPurchases, r, f, m,
                    new RunReport.Fit("formula", meanOrderValue, null, null, null, e.getMessage(),
                            OneTimeBuyerChurn.FORMULA_REASON, FORMULA_INTERVAL_REASON));
        }
    }

    /** The snapshot row of summary row {@code i}, before its tier is applied. */
    SnapshotWriter.Row row(int i, RecomputeSettings settings, LocalDate asOf) {
        SummaryTable t = table;
        double daysPerUnit = settings.unit().days();
        LocalDate first = asOf.minusDays(Math.round(t.age(i) * daysPerUnit));
        LocalDate last = first.plusDays(Math.round(t.recency(i) * daysPerUnit));
        var history = new SnapshotWriter.History(t.orders(i), t.frequency(i), t.recency(i), t.age(i),
                t.monetaryValue(i), t.historicalValue(i), first, last);
        int r = rfmRecency[i];
        int f = rfmFrequency[i];
        var rfm = new SnapshotWriter.RfmScores(Rfm.segment(r, f), r, f, rfmMonetary[i]);
        return new SnapshotWriter.Row(t.id(i), history, prediction(i, settings), rfm, TierState.NONE, 0, null,
                null);
    }

    private SnapshotWriter.Prediction prediction(int i, RecomputeSettings settings) {
        SummaryTable t = table;
        double formulaClv = formula[i];
        if (model == null) {
            // The formula model: its own rate over the horizon, no churn estimate and no interval (null).
            double orderValue = t.historicalValue(i) / (t.frequency(i) + 1);
            double purchases = formulaPurchases[i];
            double undiscounted = settings.clv().margin() * orderValue * purchases;
            return new SnapshotWriter.Prediction(purchases, null, null, orderValue, formulaClv, null, null, purchases,
                    undiscounted > 0 ? Math.min(1, formulaClv / undiscounted) : 1, formulaClv);
        }
        var p = model.prediction(i);
        Double alive = p.probabilityAlive();
        String aliveModel = modelKey;
        if (oneTimeBuyers.applies(t.frequency(i))) {
            alive = oneTimeBuyers.probabilityAlive(t.age(i));
            aliveModel = oneTimeBuyers.modelKey();
        }
        return new SnapshotWriter.Prediction(p.explanation().expectedPurchases(), alive, aliveModel,
                p.expectedOrderValue(), p.clv(), p.clvLow(), p.clvHigh(), p.explanation().expectedPurchases(),
                p.explanation().discountFactor(), formulaClv);
    }
}
