package org.clvplugin.model;

import org.clvplugin.api.ClvSettings;

/**
 * The transparent baseline of the seed material: CLV = average order value x purchase frequency x expected
 * customer lifespan, with the same margin, horizon and monthly discounting as the model CLV so the two compare.
 *
 * <ul>
 *   <li>average order value = historical value / purchase days (x + 1);</li>
 *   <li>purchase frequency = purchase days (x + 1) / the customer's age T, with T at least one month (a customer
 *       acquired yesterday is not assumed to buy daily);</li>
 *   <li>expected lifespan = a number of months set by the admin (default: the whole horizon, i.e. no churn);
 *       month k of the horizon counts in full while k &le; lifespan, in part for the month the lifespan ends.</li>
 * </ul>
 * Every customer is assumed to go on buying at the observed rate; that is exactly what the purchase models do
 * not assume, and why the backtest compares the two.
 */
public final class FormulaClv {

    private final ClvSettings settings;
    private final double lifespanMonths;

    public FormulaClv(ClvSettings settings, double lifespanMonths) {
        if (!(lifespanMonths >= 0) || Double.isInfinite(lifespanMonths)) {
            throw new IllegalArgumentException("the expected lifespan must be a number of months >= 0, was "
                    + lifespanMonths);
        }
        this.settings = settings;
        this.lifespanMonths = lifespanMonths;
    }

    /** The baseline with no churn within the horizon. */
    public FormulaClv(ClvSettings settings) {
        this(settings, settings.horizonMonths());
    }

    /** Purchases per time unit: (x + 1) / max(T, one month). */
    public double purchaseFrequency(int x, double age) {
        return (x + 1) / Math.max(age, settings.periodsPerMonth());
    }

    /** Expected purchases over the next t: the observed rate, for as long as the lifespan lasts. */
    public double expectedPurchases(int x, double age, double t) {
        double activeTime = Math.min(t, lifespanMonths * settings.periodsPerMonth());
        return purchaseFrequency(x, age) * activeTime;
    }

    /** The formula CLV of one customer. */
    public double value(int x, double age, double historicalValue) {
        double orderValue = historicalValue / (x + 1);
        double perMonth = purchaseFrequency(x, age) * settings.periodsPerMonth();
        double discount = 1 + settings.monthlyDiscountRate();
        double factor = 1;
        double months = 0;
        for (int k = 1; k <= settings.horizonMonths(); k++) {
            factor /= discount;
            months += Math.max(0, Math.min(1, lifespanMonths - (k - 1))) * factor;
        }
        return settings.margin() * orderValue * perMonth * months;
    }

    public double[] values(SummaryTable data) {
        double[] out = new double[data.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = value(data.frequency(i), data.age(i), data.historicalValue(i));
        }
        return out;
    }
}
