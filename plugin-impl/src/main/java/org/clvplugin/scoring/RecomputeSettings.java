package org.clvplugin.scoring;

import org.clvplugin.api.ClvSettings;
import org.clvplugin.api.PeriodUnit;
import org.clvplugin.api.PurchaseModelType;
import org.clvplugin.api.host.CountingRules;

/**
 * What one recompute uses: which orders count, the purchase model, the time unit of the summaries, the CLV
 * settings, the horizon of the expected-purchases figure (in weeks), and the share of the history (from the first
 * order to the as-of date) the backtest holds out.
 */
public record RecomputeSettings(CountingRules rules, PurchaseModelType model, PeriodUnit unit, ClvSettings clv,
                                double predictionWeeks, double holdoutShare) {

    public RecomputeSettings {
        if (!(holdoutShare > 0 && holdoutShare < 1)) {
            throw new IllegalArgumentException("holdoutShare must be between 0 and 1, was " + holdoutShare);
        }
    }

    public static RecomputeSettings defaults(CountingRules rules) {
        return new RecomputeSettings(rules, PurchaseModelType.BG_NBD, PeriodUnit.WEEK,
                ClvSettings.of(12, 0.01, 1.0, PeriodUnit.WEEK), 52, 0.25);
    }
}
