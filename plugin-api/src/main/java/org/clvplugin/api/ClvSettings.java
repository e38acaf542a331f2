package org.clvplugin.api;

/**
 * How customer lifetime value is computed from the fitted models.
 *
 * @param horizonMonths        CLV horizon, in whole months (monthly steps)
 * @param monthlyDiscountRate  discount rate per month (0.01 = 1 %); cash flows of month k are divided by (1 + d)^k
 * @param margin               share of revenue that is profit, in [0, 1]
 * @param periodsPerMonth      length of one month in the data's time unit (default 365.25 / 12 days)
 * @param intervalLow          lower quantile of the CLV interval (default 0.10)
 * @param intervalHigh         upper quantile of the CLV interval (default 0.90)
 */
public record ClvSettings(int horizonMonths, double monthlyDiscountRate, double margin, double periodsPerMonth,
                          double intervalLow, double intervalHigh) {

    public ClvSettings {
        if (horizonMonths < 1 || horizonMonths > 1200) {
            throw new IllegalArgumentException("horizonMonths must be between 1 and 1200, was " + horizonMonths);
        }
        if (!(monthlyDiscountRate >= 0 && monthlyDiscountRate < 1)) {
            throw new IllegalArgumentException("monthlyDiscountRate must be in [0, 1), was " + monthlyDiscountRate);
        }
        if (!(margin >= 0 && margin <= 1)) {
            throw new IllegalArgumentException("margin must be in [0, 1], was " + margin);
        }
        if (!(periodsPerMonth > 0 && Double.isFinite(periodsPerMonth))) {
            throw new IllegalArgumentException("periodsPerMonth must be positive, was " + periodsPerMonth);
        }
        if (!(intervalLow > 0 && intervalLow < intervalHigh && intervalHigh < 1)) {
            throw new IllegalArgumentException("the interval needs 0 < low < high < 1, was "
                    + intervalLow + " and " + intervalHigh);
        }
    }

    /** 12 months, the given discount and margin, months of 365.25 / 12 days, P10-P90. */
    public static ClvSettings of(int horizonMonths, double monthlyDiscountRate, double margin, PeriodUnit unit) {
        return new ClvSettings(horizonMonths, monthlyDiscountRate, margin, unit.perMonth(), 0.10, 0.90);
    }

    public ClvSettings withPeriodsPerMonth(double periods) {
        return new ClvSettings(horizonMonths, monthlyDiscountRate, margin, periods, intervalLow, intervalHigh);
    }

    /** The whole horizon in the data's time unit. */
    public double horizonPeriods() {
        return horizonMonths * periodsPerMonth;
    }
}
