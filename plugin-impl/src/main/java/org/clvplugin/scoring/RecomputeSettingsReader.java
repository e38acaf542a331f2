package org.clvplugin.scoring;

import java.util.Optional;
import java.util.function.Function;

import org.clvplugin.api.ClvSettings;
import org.clvplugin.api.PeriodUnit;
import org.clvplugin.api.host.CountingRules;

/**
 * The model settings of a recompute, from the settings table with their defaults: {@code model.purchase}
 * (auto), {@code model.timeUnit} (week), {@code clv.horizonMonths} (12),
 * {@code clv.monthlyDiscount} (0.01), {@code clv.margin} (1.0), {@code backtest.holdoutShare} (0.25),
 * {@code model.minimumRepeatCustomers} (20). A value that does not parse or is out of range is refused with the
 * setting's name.
 */
public final class RecomputeSettingsReader {

    public static final String PURCHASE_MODEL = "model.purchase";
    public static final String TIME_UNIT = "model.timeUnit";
    public static final String HORIZON_MONTHS = "clv.horizonMonths";
    public static final String MONTHLY_DISCOUNT = "clv.monthlyDiscount";
    public static final String MARGIN = "clv.margin";
    public static final String HOLDOUT_SHARE = "backtest.holdoutShare";
    public static final String MINIMUM_REPEAT_CUSTOMERS = "model.minimumRepeatCustomers";

    private RecomputeSettingsReader() {
    }

    /** @param settings the stored value of a setting, by key ({@code SettingsRepository::get}) */
    public static RecomputeSettings read(Function<String, Optional<String>> settings, CountingRules rules) {
        RecomputeSettings d = RecomputeSettings.defaults(rules);
        ModelChoice.Setting model = value(settings, PURCHASE_MODEL, ModelChoice.Setting::parse, d.model());
        PeriodUnit unit = value(settings, TIME_UNIT, PeriodUnit::parse, d.unit());
        int months = value(settings, HORIZON_MONTHS, Integer::parseInt, d.clv().horizonMonths());
        double discount = value(settings, MONTHLY_DISCOUNT, Double::parseDouble, d.clv().monthlyDiscountRate());
        double margin = value(settings, MARGIN, Double::parseDouble, d.clv().margin());
        double holdout = value(settings, HOLDOUT_SHARE, Double::parseDouble, d.holdoutShare());
        int minimumRepeat = value(settings, MINIMUM_REPEAT_CUSTOMERS, Integer::parseInt, d.minimumRepeatCustomers());
        if (minimumRepeat < 5) {
            throw new IllegalArgumentException("setting " + MINIMUM_REPEAT_CUSTOMERS + ": must be at least 5 (the "
                    + "models have four parameters), was " + minimumRepeat);
        }
        ClvSettings clv;
        try {
            clv = ClvSettings.of(months, discount, margin, unit);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("settings clv.*: " + e.getMessage(), e);
        }
        try {
            return new RecomputeSettings(rules, model, unit, clv, holdout, minimumRepeat);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("setting " + HOLDOUT_SHARE + ": " + e.getMessage(), e);
        }
    }

    static <T> T value(Function<String, Optional<String>> settings, String key, Function<String, T> parse,
                       T fallback) {
        return settings.apply(key).map(text -> {
            try {
                return parse.apply(text.trim());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("setting " + key + ": '" + text + "' cannot be used ("
                        + e.getMessage() + ")", e);
            }
        }).orElse(fallback);
    }
}
