package org.clvplugin.values;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Everything the contact card shows, in one answer. Parts that do not apply are null: no prediction, tier or RFM
 * for a contact without orders, nothing but the contact for one that no published run has scored yet.
 *
 * @param ownerName  the owner's name in the host, or null (no owner, or one the host does not name)
 * @param status     what the figures are: SCORED, NO_ORDERS, NOT_SCORED_YET (a contact newer than the published
 *                   run), or NO_PUBLISHED_RUN
 * @param run        the run the figures come from, or null before the first run
 * @param freshness  whether a newer run was due by now, or null before the first run
 */
public record ContactValue(String partyId, String name, String ownerPartyId, String ownerName, Status status,
                           RunContext run,
                           Freshness freshness, String currency, int orders, LocalDate firstOrderDate,
                           LocalDate lastOrderDate, double historicalValue, Prediction prediction, TierView tier,
                           RfmView rfm, Explanation explanation) {

    public enum Status { SCORED, NO_ORDERS, NOT_SCORED_YET, NO_PUBLISHED_RUN }

    /**
     * The model's figures: CLV over the horizon with its P10-P90 interval; expected orders and the expected value
     * of one order over the same horizon ({@code horizonMonths}, as in the explanation); the chance the contact is
     * still active and the churn risk, exact complements rounded alike (to 0.1 %). A figure the run could not
     * estimate is null, with the reason beside it: no interval for the formula model, no churn estimate for the
     * formula model (or for one-time buyers when the companion of BG/NBD could not be fitted).
     *
     * @param aliveModel the model the chance of being active comes from: the run's, or for one-time buyers under
     *                   BG/NBD (whose structure puts it at 1 for them) MBG/NBD fitted in the same run
     * @param churnNote  why there is no churn estimate, or where it comes from when not from the run's model
     */
    public record Prediction(double clv, Double clvLow, Double clvHigh, String intervalUnavailable,
                             double expectedOrders, int horizonMonths, double expectedOrderValue,
                             Double probabilityAlive, Double churnRisk, String aliveModel, String churnNote,
                             String model) {
    }

    /**
     * The tier, its colour, and the next tier with the amount of the basis missing to reach it and how far the
     * contact has come from the tier's threshold to the next one, 0 to 1 (both null at the top); {@code rank} is the
     * tier's place in the policy (1 the lowest, {@code tiers} the top, 0 no tier).
     */
    public record TierView(String key, String name, String colour, LocalDate since, String basis, String nextKey,
                           String nextName, Double missingToNext, Double progressToNext, int rank, int tiers) {
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
     * {@code horizonMonths}, the drivers behind it, and the same in an English sentence (the card says it in the
     * reader's language).
     */
    public record Explanation(double expectedOrders, double expectedOrderValue, double margin,
                              double discountFactor, int horizonMonths, double monthlyDiscount,
                              double undiscountedValue, double clv, Drivers drivers, String text) {
    }

    /**
     * What drives the value, for words: how often the contact bought (purchase days over the weeks since the first
     * order), how long since the last order against the contact's own rhythm (the mean gap between its purchase
     * days; null for a contact who bought once), and its mean order against the run's mean order. {@code agreement}
     * compares the RFM segment (recency against all contacts) with the model's churn risk (recency against the
     * contact's own rhythm): AGREE, ACTIVE_SEGMENT_LIKELY_LOST (the segment sounds active, the churn risk is 50 % or
     * more), QUIET_SEGMENT_LIKELY_ACTIVE (the segment sounds lapsed, the churn risk is under 25 %), or null without
     * a churn estimate or a repeat purchase (no rhythm of its own to judge against).
     */
    public record Drivers(int purchaseDays, double weeksAsCustomer, double weeksSinceLastOrder, Double usualGapWeeks,
                          Double gapRatio, double orderValue, double baseOrderValue, String agreement) {
    }
}
