package org.clvplugin.values;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Amounts as the API gives them: rounded half-up to the currency's minor units (13990.93, not 13990.929999999978),
 * two decimals for a code Java does not know. What the UI formats is this figure.
 */
public final class Money {

    private Money() {
    }

    public static double round(double amount, String currency) {
        if (!Double.isFinite(amount)) {
            return amount;
        }
        return BigDecimal.valueOf(amount).setScale(minorDigits(currency), RoundingMode.HALF_UP).doubleValue();
    }

    /** As {@link #round(double, String)}; null stays null (an amount the run could not estimate). */
    public static Double round(Double amount, String currency) {
        return amount == null ? null : round(amount.doubleValue(), currency);
    }

    static int minorDigits(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException | NullPointerException e) {
            return 2; // an unknown code: cents, the most common minor unit
        }
    }
}
