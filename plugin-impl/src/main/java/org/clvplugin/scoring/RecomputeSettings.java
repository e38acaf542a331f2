package org.clvplugin.scoring;

import org.clvplugin.api.ClvSettings;
import org.clvplugin.api.PeriodUnit;
import org.clvplugin.api.host.CountingRules;

/**
 * What one recompute uses: which orders count, the purchase model (fixed, or chosen by the backtest), the time
 * unit of the summaries, the CLV settings (whose horizon is also that of the expected orders on the card), the
 * share of the history (from the first order to the as-of date) the backtest holds out, and the minimum number of
 * repeat customers to fit the models.
 */
public record RecomputeSettings(CountingRules rules, ModelChoice.Setting model, PeriodUnit unit, ClvSettings clv,
                                double holdoutShare, int minimumRepeatCustomers) {

    /** Below this many contacts with a repeat purchase the models are not fitted by default. */
    public static final int DEFAULT_MINIMUM_REPEAT_CUSTOMERS = 20;

    public RecomputeSettings {
        if (!(holdoutShare > 0 && holdoutShare < 1)) {
            throw new IllegalArgumentException("holdoutShare must be between 0 and 1, was " + holdoutShare);
        }
        if (minimumRepeatCustomers < 5) {
            throw new IllegalArgumentException("minimumRepeatCustomers must be at least 5 (the models have four "
                    + "parameters), was " + minimumRepeatCustomers);
        }
    }

    public static RecomputeSettings defaults(CountingRules rules) {
        return new RecomputeSettings(rules, ModelChoice.Setting.AUTOMATIC, PeriodUnit.WEEK,
                ClvSettings.of(12, 0.01, 1.0, PeriodUnit.WEEK), 0.25, DEFAULT_MINIMUM_REPEAT_CUSTOMERS);
    }
}
