package org.clvplugin.api;

/**
 * The parts a predicted CLV is the product of, for a person to read:
 * {@code clv = expectedPurchases x expectedOrderValue x margin x discountFactor}.
 *
 * @param expectedPurchases  expected orders over the CLV horizon (already weighted by the chance of being active)
 * @param expectedOrderValue expected value of one future order
 * @param margin             share of the order value counted as profit
 * @param discountFactor     present value of one expected order relative to its face value (1 when no discount)
 * @param probabilityAlive   chance that the contact is still an active customer
 * @param horizonMonths      the CLV horizon
 * @param monthlyDiscountRate the discount rate per month
 * @param clv                the product, the predicted CLV
 */
public record ClvExplanation(double expectedPurchases, double expectedOrderValue, double margin,
                             double discountFactor, double probabilityAlive, int horizonMonths,
                             double monthlyDiscountRate, double clv) {

    /** The value before discounting: orders x order value x margin. */
    public double undiscountedValue() {
        return expectedPurchases * expectedOrderValue * margin;
    }
}
