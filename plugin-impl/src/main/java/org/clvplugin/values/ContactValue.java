package org.clvplugin.values;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Everything the contact card shows, in one answer. Parts that do not apply are null: no prediction, tier or RFM
 * for a contact without orders, nothing but the contact for one that no published run has scored yet.
 *
 * @param status     what the figures are: SCORED, NO_ORDERS, NOT_SCORED_YET (a contact newer than the published
 *                   run), or NO_PUBLISHED_RUN
 * @param run        the run the figures come from, or null before the first run
 * @param freshness  whether a newer run was due by now, or null before the first run
 */
public record ContactValue(String partyId, String name, String ownerPartyId, Status status, RunContext run,
                           Freshness freshness, String currency, int orders, LocalDate firstOrderDate,
                           LocalDate lastOrderDate, double historicalValue, Prediction prediction, TierView tier,
                           RfmView rfm, Explanation explanation) {

    public enum Status { SCORED, NO_ORDERS, NOT_SCORED_YET, NO_PUBLISHED_RUN }

    /**
     * The model's figures: CLV over the horizon with its P10-P90 interval; expected orders over the prediction
     * horizon, the expected value of one order, and the chance the contact is still active.
     */
    public record Prediction(double clv, double clvLow, double clvHigh, double expectedOrders,
                             double predictionWeeks, double expectedOrderValue, double probabilityAlive,
                             String model) {
    }

    /**
     * The tier, its colour, and the next tier with the amount of the basis missing to reach it and how far the
     * contact has come from the tier's threshold to the next one, 0 to 1 (both null at the top).
     */
    public record TierView(String key, String name, String colour, LocalDate since, String basis, String nextKey,
                           String nextName, Double missingToNext, Double progressToNext) {
    }

    /**
     * Whether the values are older than the schedule: {@code stale} once the first scheduled run after this one's
     * publication plus an hour's grace ({@code dueBy}) has passed without a newer run; dueBy is null without a
     * schedule.
     */
    public record Freshness(boolean stale, Instant dueBy) {
    }

    /** Recency, frequency and monetary quintile scores (1-5) and the segment. */
    public record RfmView(int recency, int frequency, int monetary, String segment) {
    }

    /**
     * Why the value is what it is: clv = expectedOrders x expectedOrderValue x margin x discountFactor, over
     * {@code horizonMonths}, with the sentence the card shows.
     */
    public record Explanation(double expectedOrders, double expectedOrderValue, double margin,
                              double discountFactor, int horizonMonths, double monthlyDiscount,
                              double undiscountedValue, double clv, String text) {
    }
}
