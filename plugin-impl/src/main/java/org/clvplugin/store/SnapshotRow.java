package org.clvplugin.store;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One contact's figures in one run (CLV_SNAPSHOT). Written in JDBC batches by {@link SnapshotWriter}; mapped here
 * so that Hibernate validates the table and reads single rows for the card.
 */
@Entity
@Table(name = "CLV_SNAPSHOT")
@IdClass(SnapshotRow.Key.class)
public class SnapshotRow {

    /** The composite key (run, party). */
    public record Key(long runId, String partyId) implements Serializable {
        public Key() {
            this(0, null);
        }
    }

    @Id
    @Column(name = "RUN_ID")
    private long runId;

    @Id
    @Column(name = "PARTY_ID", length = 20)
    private String partyId;

    @Column(name = "ORDERS", nullable = false) private int orders;
    @Column(name = "FREQUENCY", nullable = false) private int frequency;
    @Column(name = "RECENCY", nullable = false) private double recency;
    @Column(name = "AGE", nullable = false) private double age;
    @Column(name = "MONETARY_VALUE", nullable = false) private double monetaryValue;
    @Column(name = "HISTORICAL_VALUE", nullable = false) private double historicalValue;
    @Column(name = "FIRST_ORDER_DATE") private LocalDate firstOrderDate;
    @Column(name = "LAST_ORDER_DATE") private LocalDate lastOrderDate;
    @Column(name = "EXPECTED_PURCHASES", nullable = false) private double expectedPurchases;
    @Column(name = "PROBABILITY_ALIVE", nullable = false) private double probabilityAlive;
    @Column(name = "EXPECTED_ORDER_VALUE", nullable = false) private double expectedOrderValue;
    @Column(name = "CLV", nullable = false) private double clv;
    @Column(name = "CLV_LOW", nullable = false) private double clvLow;
    @Column(name = "CLV_HIGH", nullable = false) private double clvHigh;
    @Column(name = "PURCHASES_IN_HORIZON", nullable = false) private double purchasesInHorizon;
    @Column(name = "DISCOUNT_FACTOR", nullable = false) private double discountFactor;
    @Column(name = "FORMULA_CLV", nullable = false) private double formulaClv;
    @Column(name = "TIER_KEY", length = 20) private String tierKey;
    @Column(name = "SEGMENT", length = 30) private String segment;
    @Column(name = "RFM_RECENCY") private Short rfmRecency;
    @Column(name = "RFM_FREQUENCY") private Short rfmFrequency;
    @Column(name = "RFM_MONETARY") private Short rfmMonetary;
    @Column(name = "TIER_RUNS", nullable = false) private int tierRuns;
    @Column(name = "TIER_RUNS_BELOW", nullable = false) private int tierRunsBelow;
    @Column(name = "TIER_SINCE") private LocalDate tierSince;
    @Column(name = "TIER_BELOW_SINCE") private LocalDate tierBelowSince;
    @Column(name = "TIER_MISSING", nullable = false) private double tierMissing;
    @Column(name = "OWNER_PARTY_ID", length = 20) private String ownerPartyId;

    protected SnapshotRow() {
    }

    public long runId() {
        return runId;
    }

    public String partyId() {
        return partyId;
    }

    public int orders() {
        return orders;
    }

    public LocalDate firstOrderDate() {
        return firstOrderDate;
    }

    /** Expected orders over the CLV horizon (the explanation's first factor). */
    public double purchasesInHorizon() {
        return purchasesInHorizon;
    }

    public double discountFactor() {
        return discountFactor;
    }

    public LocalDate tierSince() {
        return tierSince;
    }

    public double historicalValue() {
        return historicalValue;
    }

    public double expectedPurchases() {
        return expectedPurchases;
    }

    public double probabilityAlive() {
        return probabilityAlive;
    }

    public double expectedOrderValue() {
        return expectedOrderValue;
    }

    public double clv() {
        return clv;
    }

    public double clvLow() {
        return clvLow;
    }

    public double clvHigh() {
        return clvHigh;
    }

    public double formulaClv() {
        return formulaClv;
    }

    public LocalDate lastOrderDate() {
        return lastOrderDate;
    }

    public String segment() {
        return segment;
    }

    public String tierKey() {
        return tierKey;
    }

    public String ownerPartyId() {
        return ownerPartyId;
    }

    /** How much of the tier basis the contact lacks for the next tier (0 at the top). */
    public double tierMissing() {
        return tierMissing;
    }

    /** Recency, frequency and monetary scores, 1 to 5; null for a contact without orders. */
    public Short[] rfm() {
        return new Short[] {rfmRecency, rfmFrequency, rfmMonetary};
    }
}
