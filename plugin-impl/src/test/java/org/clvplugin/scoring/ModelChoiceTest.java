package org.clvplugin.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.clvplugin.api.ClvSettings;
import org.clvplugin.api.PeriodUnit;
import org.clvplugin.api.PurchaseModelType;
import org.clvplugin.model.CalibrationHoldout;
import org.clvplugin.model.SummaryTable;
import org.clvplugin.model.TransactionSummarizer;
import org.clvplugin.model.io.SummaryCsvReader;
import org.clvplugin.model.io.TransactionFileReader;
import org.clvplugin.testsupport.SharedData;
import org.clvplugin.report.BacktestResult;
import org.junit.jupiter.api.Test;

/** The model choice by backtest, and the churn estimate of one-time buyers under BG/NBD. */
class ModelChoiceTest {

    private static BacktestResult.Candidate candidate(String model, double mae, double totalError) {
        return new BacktestResult.Candidate(model, new BacktestResult.Errors(mae, 0, 0, totalError, 0), null, null);
    }

    @Test
    void theLowerErrorPerContactWinsAndATieGoesToTheSmallerErrorOfTheTotal() {
        assertTrue(ModelChoice.better(candidate("a", 0.70, 0.30), candidate("b", 0.80, 0.01)));
        assertFalse(ModelChoice.better(candidate("a", 0.80, 0.01), candidate("b", 0.70, 0.30)));
        // Within half a percent the error per contact is a tie: the total decides.
        assertTrue(ModelChoice.better(candidate("a", 0.801, 0.02), candidate("b", 0.800, -0.10)));
        assertFalse(ModelChoice.better(candidate("a", 0.800, -0.10), candidate("b", 0.801, 0.02)));
    }

    @Test
    void theSettingIsAutoOrAFixedModelAndNamesWhatItAccepts() {
        assertTrue(ModelChoice.Setting.parse(" Auto ").auto());
        assertEquals(3, ModelChoice.Setting.parse("auto").candidates().size());
        assertEquals(List.of(PurchaseModelType.MBG_NBD), ModelChoice.Setting.parse("MBG/NBD").candidates());
        assertEquals("unknown purchase model 'gamma': use auto, bgnbd, mbgnbd or paretonbd",
                assertThrows(IllegalArgumentException.class, () -> ModelChoice.Setting.parse("gamma")).getMessage());
        ModelChoice.Decision fixed = ModelChoice.decide(ModelChoice.Setting.parse("paretonbd"),
                BacktestResult.skipped("whatever"));
        assertEquals(PurchaseModelType.PARETO_NBD, fixed.model());
        assertEquals("fixed by the setting model.purchase", fixed.reason());
        ModelChoice.Decision blind = ModelChoice.decide(ModelChoice.Setting.AUTOMATIC,
                BacktestResult.skipped("the history is too short to hold part of it out"));
        assertEquals(PurchaseModelType.BG_NBD, blind.model());
        assertTrue(blind.reason().contains("the backtest could not compare the models (the history is too short"),
                blind.reason());
    }

    /** CDNOW's classic split: each candidate is fitted on the calibration part and the best holdout score wins. */
    @Test
    void onCdnowAutoComparesTheThreeModelsAndSaysWhyTheWinnerWon() throws IOException {
        TransactionSummarizer summarizer = new TransactionSummarizer(LocalDate.of(1997, 9, 30), PeriodUnit.WEEK);
        TransactionFileReader.read(SharedData.file("data/CDNOW_sample.txt"), summarizer);
        CalibrationHoldout split = summarizer.summarize();
        BacktestResult result = Backtest.run(split, 39, ModelChoice.Setting.AUTOMATIC.candidates(),
                ClvSettings.of(12, 0, 1, PeriodUnit.WEEK), 20);
        assertNull(result.notRun());
        assertEquals(List.of("bgnbd", "mbgnbd", "paretonbd"),
                result.candidates().stream().map(BacktestResult.Candidate::model).toList());
        BacktestResult.Candidate best = result.candidates().stream()
                .min(java.util.Comparator.comparingDouble(c -> c.purchases().meanAbsoluteError())).orElseThrow();
        assertEquals(best.model(), result.model());
        assertEquals(best.purchases(), result.modelPurchases(), "the headline figures are the winner's");
        ModelChoice.Decision d = ModelChoice.decide(ModelChoice.Setting.AUTOMATIC, result);
        assertEquals(best.model(), d.model().key());
        for (BacktestResult.Candidate c : result.candidates()) {
            assertTrue(d.reason().contains(c.model()), d.reason());
        }
    }

    @Test
    void tooLittleDataSkipsTheBacktestButAnyOtherFaultIsThrown() throws IOException {
        TransactionSummarizer summarizer = new TransactionSummarizer(LocalDate.of(1997, 9, 30), PeriodUnit.WEEK);
        TransactionFileReader.read(SharedData.file("data/CDNOW_sample.txt"), summarizer);
        CalibrationHoldout split = summarizer.summarize();
        ClvSettings clv = ClvSettings.of(12, 0, 1, PeriodUnit.WEEK);
        BacktestResult thin = Backtest.run(split, 39, List.of(PurchaseModelType.BG_NBD), clv, 100_000);
        assertTrue(thin.notRun().startsWith("the models could not be fitted on the calibration part: too little "
                + "data to fit"), thin.notRun());
        // Holdout figures that do not match the contacts are a fault, not "too little data".
        CalibrationHoldout broken = new CalibrationHoldout(split.calibration(), new double[3], new double[3],
                split.acquiredInHoldout());
        assertThrows(ArrayIndexOutOfBoundsException.class,
                () -> Backtest.run(broken, 39, List.of(PurchaseModelType.BG_NBD), clv, 20));
    }

    @Test
    void underBgNbdAOneTimeBuyerLongAgoIsAtClearlyHigherChurnRiskThanOneWhoBoughtLastWeek() throws IOException {
        SummaryTable cdnow = SummaryCsvReader.read(SharedData.file("data/cdnow_customers_summary.csv"));
        OneTimeBuyerChurn churn = OneTimeBuyerChurn.forModel(PurchaseModelType.BG_NBD, cdnow);
        assertTrue(churn.applies(0));
        assertFalse(churn.applies(1), "repeat buyers keep BG/NBD's own P(alive)");
        assertEquals("mbgnbd", churn.modelKey());
        double lastWeek = churn.probabilityAlive(1);
        double eighteenMonths = churn.probabilityAlive(78);
        assertTrue(lastWeek < 1 && eighteenMonths < lastWeek - 0.1,
                "P(alive) bought once last week " + lastWeek + ", 18 months ago " + eighteenMonths);
        OneTimeBuyerChurn pareto = OneTimeBuyerChurn.forModel(PurchaseModelType.PARETO_NBD, cdnow);
        assertFalse(pareto.applies(0), "Pareto/NBD's own P(alive) already falls for one-time buyers");
    }
}
