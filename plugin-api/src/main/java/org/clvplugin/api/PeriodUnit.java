package org.clvplugin.api;

/**
 * The unit in which customer ages, recencies and horizons are measured. Model parameters with a time dimension
 * (alpha, beta, gamma of the rates) are in this unit, and so is the log-likelihood.
 */
public enum PeriodUnit {
    DAY(1.0),
    WEEK(7.0),
    /** A calendar-average month: 365.25 / 12 = 30.4375 days. */
    MONTH(365.25 / 12.0);

    private final double days;

    PeriodUnit(double days) {
        this.days = days;
    }

    public double days() {
        return days;
    }

    /** Converts a number of days to this unit. */
    public double fromDays(double dayCount) {
        return dayCount / days;
    }

    /** How many of this unit make one average month (365.25 / 12 days). */
    public double perMonth() {
        return MONTH.days / days;
    }

    /** Parses "day", "week" or "month" (any case, singular or plural). */
    public static PeriodUnit parse(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (t.endsWith("S")) {
            t = t.substring(0, t.length() - 1);
        }
        for (PeriodUnit unit : values()) {
            if (unit.name().equals(t)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("unknown time unit '" + text + "': use day, week or month");
    }
}
