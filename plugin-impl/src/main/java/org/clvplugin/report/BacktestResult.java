package org.clvplugin.report;

import java.util.List;

/**
 * The backtest's comparison, or the reason it could not be made (then the errors are null and no groups).
 * {@code model} and its errors are those of the best candidate; {@code candidates} has every model tried.
 * {@code contacts} were compared, a sample of the {@code contactsInCalibration} on a large host.
 */
public record BacktestResult(int contacts, int contactsInCalibration, double holdoutPeriods, String model,
                             Errors modelPurchases, Errors formulaPurchases, Errors modelValue, Errors formulaValue,
                             List<FrequencyGroup> byFrequency, List<Candidate> candidates, String notRun) {

    public BacktestResult {
        byFrequency = byFrequency == null ? List.of() : List.copyOf(byFrequency);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** One method's errors on one quantity. */
    public record Errors(double meanAbsoluteError, double totalPredicted, double totalActual,
                         double relativeErrorOfTotal, double rankCorrelation) {
    }

    /**
     * The contacts who made {@code frequency} repeat purchases in the calibration part (the last group: that many or
     * more) and their mean holdout purchases: actual, by the model, by the formula. Where a model's errors hide.
     */
    public record FrequencyGroup(int frequency, boolean orMore, int contacts, double actual, double model,
                                 double formula) {
    }

    /** One candidate purchase model's holdout figures, or why it could not be fitted on the calibration part. */
    public record Candidate(String model, Errors purchases, Errors value, String notFitted) {
        public boolean fitted() {
            return notFitted == null;
        }
    }

    public static BacktestResult skipped(String reason) {
        return new BacktestResult(0, 0, 0, null, null, null, null, null, List.of(), List.of(), reason);
    }

    /** True when the model's per-contact purchase error is below the formula's. */
    public boolean modelBeatsFormula() {
        return notRun == null && modelPurchases.meanAbsoluteError() < formulaPurchases.meanAbsoluteError();
    }
}
