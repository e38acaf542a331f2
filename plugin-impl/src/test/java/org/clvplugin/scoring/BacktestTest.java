package org.clvplugin.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.clvplugin.api.ClvSettings;
import org.clvplugin.api.PeriodUnit;
import org.clvplugin.api.PurchaseModelType;
import org.clvplugin.model.CalibrationHoldout;
import org.clvplugin.model.TransactionSummarizer;
import org.clvplugin.model.io.TransactionFileReader;
import org.clvplugin.testsupport.SharedData;
import org.clvplugin.report.BacktestResult;
import org.junit.jupiter.api.Test;

class BacktestTest {

    /**
     * CDNOW's classic split (Fader, Hardie &amp; Lee 2005): calibration to 1997-09-30, 39 weeks of holdout. The
     * model must beat the formula baseline on holdout purchases per contact.
     */
    @Test
    void onCdnowTheModelBeatsTheFormula() throws Exception {
        TransactionSummarizer summarizer = new TransactionSummarizer(LocalDate.of(1997, 9, 30), PeriodUnit.WEEK);
        TransactionFileReader.read(SharedData.file("data/CDNOW_sample.txt"), summarizer);
        CalibrationHoldout split = summarizer.summarize();
        BacktestResult result = Backtest.run(split, 39, List.of(PurchaseModelType.BG_NBD),
                ClvSettings.of(12, 0, 1, PeriodUnit.WEEK), 20);
        assertNull(result.notRun());
        assertEquals(2357, result.contacts());
        // Predicted total: the published 1653.42 is E[X(39)] summed over the same customers.
        assertEquals(1653.42, result.modelPurchases().totalPredicted(), 0.5);
        assertTrue(result.modelBeatsFormula(), result.toString());
        assertEquals(8, result.byFrequency().size(), "groups 0 to 6 and 7+");
        assertEquals(result.contacts(), result.byFrequency().stream().mapToInt(BacktestResult.FrequencyGroup::contacts).sum());
        assertEquals(result.modelPurchases().totalActual(), result.byFrequency().stream()
                .mapToDouble(g -> g.actual() * g.contacts()).sum(), 1e-6);
        assertEquals(result.modelPurchases().totalPredicted(), result.byFrequency().stream()
                .mapToDouble(g -> g.model() * g.contacts()).sum(), 1e-6);
        BacktestResult.FrequencyGroup none = result.byFrequency().get(0);
        assertTrue(Math.abs(none.model() - none.actual()) < Math.abs(none.formula() - none.actual()),
                "one-time buyers: the formula over-predicts them most " + none);
        assertTrue(Math.abs(result.modelPurchases().relativeErrorOfTotal())
                < Math.abs(result.formulaPurchases().relativeErrorOfTotal()), result.toString());
        assertTrue(result.modelValue().meanAbsoluteError() < result.formulaValue().meanAbsoluteError(),
                result.toString());
        // Both rank contacts about equally well (Spearman about 0.45): the gain is in the size of the predictions.
        assertEquals(result.formulaPurchases().rankCorrelation(), result.modelPurchases().rankCorrelation(), 0.05);
        System.out.println("CDNOW backtest: " + result);
    }

    @Test
    void spearmanOfKnownOrders() {
        assertEquals(1, Backtest.spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 30, 40}), 1e-12);
        assertEquals(-1, Backtest.spearman(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1}), 1e-12);
        assertEquals(0, Backtest.spearman(new double[] {1, 1, 1}, new double[] {1, 2, 3}), 1e-12);
        var e = Backtest.errors(new double[] {1, 2}, new double[] {2, 2});
        assertEquals(0.5, e.meanAbsoluteError(), 1e-12);
        assertEquals(-0.25, e.relativeErrorOfTotal(), 1e-12);
    }
}
