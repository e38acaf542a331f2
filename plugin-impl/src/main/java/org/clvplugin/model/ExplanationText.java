package org.clvplugin.model;

import java.util.Locale;

import org.clvplugin.api.ClvExplanation;

/**
 * The explanation of a CLV in plain English, for the command line and logs. (The contact card renders the same
 * figures in the reader's language.)
 */
public final class ExplanationText {

    private ExplanationText() {
    }

    /**
     * For example: "About 1.56 orders in the next 12 months x USD 24.66 per order x 100% margin = USD 38.52;
     * discounted at 1% a month that is worth USD 36.28 today. Chance the contact is still active: 73%."
     */
    public static String of(ClvExplanation e, String currency) {
        // No churn estimate (NaN) is said as such, never as a number.
        String alive = Double.isNaN(e.probabilityAlive()) ? "not estimated by this model"
                : percent(e.probabilityAlive());
        String discount = e.monthlyDiscountRate() == 0 ? "with no discounting"
                : String.format(Locale.ROOT, "discounted at %s a month", percent(e.monthlyDiscountRate()));
        return String.format(Locale.ROOT, "About %.2f orders in the next %d months x %s %.2f per order x %s margin "
                        + "= %s %.2f; %s that is worth %s %.2f today. Chance the contact is still active: %s.",
                e.expectedPurchases(), e.horizonMonths(), currency, e.expectedOrderValue(), percent(e.margin()),
                currency, e.undiscountedValue(), discount, currency, e.clv(), alive);
    }

    private static String percent(double share) {
        double p = share * 100;
        return (p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f", p) : String.format(Locale.ROOT, "%.1f", p))
                + "%";
    }
}
