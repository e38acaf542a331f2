package org.clvplugin.scoring;

import java.util.Optional;
import java.util.function.Function;

import org.clvplugin.api.ClvSettings;
import org.clvplugin.api.PeriodUnit;
import org.clvplugin.api.RefusedValueException;
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
            throw RefusedValueException.of("atLeast", "must be at least 5 (the models have four parameters), was "
                    + minimumRepeat, "min", 5).at(MINIMUM_REPEAT_CUSTOMERS);
        }
        // Checked here, each by its key, before ClvSettings checks them again without knowing the settings' names.
        within(HORIZON_MONTHS, months, 1, 1200, true);
        within(MARGIN, margin, 0, 1, true);
        within(MONTHLY_DISCOUNT, discount, 0, 1, false);
        if (!(holdout > 0 && holdout < 1)) {
            throw RefusedValueException.of("share", "a share above 0 and below 1, was " + holdout, "value", holdout)
                    .at(HOLDOUT_SHARE);
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

    /** A number from min to max (max itself only when it is included), refused by its setting's key. */
    private static void within(String key, double value, double min, double max, boolean maxIncluded) {
        if (!(value >= min && (maxIncluded ? value <= max : value < max))) {
            throw RefusedValueException.of(maxIncluded ? "range" : "rangeBelow", "from " + min + (maxIncluded
                    ? " to " : " to below ") + max + ", was " + value, "min", min, "max", max, "value", value).at(key);
        }
    }

    /**
     * The setting's value as {@code parse} reads it, or the fallback without one; a value that cannot be used is
     * refused naming the setting, with a code (a number that is none, or one of the reader's own refusals).
     */
    static <T> T value(Function<String, Optional<String>> settings, String key, Function<String, T> parse,
                       T fallback) {
        return settings.apply(key).map(text -> {
            try {
                return parse.apply(text.trim());
            } catch (RefusedValueException e) {
                throw e.at(key);
            } catch (NumberFormatException e) {
                throw RefusedValueException.of("number", "'" + text + "' is not a number", "value", text).at(key);
            } catch (RuntimeException e) {
                throw RefusedValueException.of("setting.choice", "'" + text + "' cannot be used (" + e.getMessage()
                        + ")", "value", text).at(key);
            }
        }).orElse(fallback);
    }
}
