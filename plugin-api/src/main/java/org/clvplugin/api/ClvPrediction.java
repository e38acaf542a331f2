package org.clvplugin.api;

/**
 * What the models say about one customer.
 *
 * @param customerId         the contact
 * @param expectedPurchases  expected purchases over the prediction horizon
 * @param probabilityAlive   chance the customer is still active
 * @param expectedOrderValue expected value of a future order
 * @param clv                discounted CLV over the CLV horizon, with margin
 * @param clvLow             lower end of the CLV interval (P10 by default)
 * @param clvHigh            upper end of the CLV interval (P90 by default)
 * @param historicalValue    what the customer has bought so far (calibration period)
 * @param explanation        the CLV broken into its factors
 */
public record ClvPrediction(String customerId, double expectedPurchases, double probabilityAlive,
                            double expectedOrderValue, double clv, double clvLow, double clvHigh,
                            double historicalValue, ClvExplanation explanation) {
}
