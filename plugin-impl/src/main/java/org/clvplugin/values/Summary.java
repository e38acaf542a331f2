package org.clvplugin.values;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures for the published run: contacts per tier and segment, the CLV distribution, totals and
 * KPIs, acquisition cohorts, and the trend over the runs kept.
 *
 * @param histogram CLV in equal bins from 0 to {@code histogramTop} (about the 99th percentile), and the number
 *                  of contacts above it
 */
public record Summary(long runId, Instant publishedAt, String currency, long contacts, long contactsWithOrders,
                      double totalClv, double totalHistoricalValue, Kpis kpis, Map<String, Long> perTier,
                      Map<String, Long> perSegment, Histogram histogram, String cohortPeriod, List<Cohort> cohorts,
                      List<TrendPoint> trend) {

    /**
     * @param repeatPurchaseRate share of contacts with orders who bought more than once
     * @param expectedChurn      expected share of contacts with orders no longer active (1 - mean P(alive)) over
     *                           those with a churn estimate; null when none has one
     * @param withoutChurnEstimate contacts with orders left out of expectedChurn: the run has no churn estimate
     *                           for them (the formula model), so their risk is unknown, not 0 %
     * @param averageOrderValue  historical value per order
     * @param purchaseFrequency  orders per contact with orders
     */
    public record Kpis(double repeatPurchaseRate, Double expectedChurn, long withoutChurnEstimate,
                       double averageOrderValue, double purchaseFrequency) {
    }

    /**
     * Contacts by predicted value on a log scale: {@code counts[i]} contacts from {@code edges[i]} (included) to
     * {@code edges[i + 1]}; {@code edges[0]} is 0, the others 1, 2 and 5 times powers of ten, the last above the
     * largest value.
     */
    public record Histogram(double[] edges, long[] counts) {
    }

    /**
     * Contacts whose first order fell in one month or quarter ("2024-03", "2024-Q1"); shareAlive is the mean
     * P(alive) of those with a churn estimate, null when none has one.
     */
    public record Cohort(String period, long contacts, double averageHistoricalValue, double averageClv,
                         Double shareAlive) {
    }

    /** A succeeded run: total predicted CLV and contacts per tier. */
    public record TrendPoint(long runId, Instant publishedAt, Double totalClv, Map<String, Long> perTier) {
    }
}
