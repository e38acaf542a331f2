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
    @Column(name = "PROBABILITY_ALIVE") private Double probabilityAlive;
    @Column(name = "EXPECTED_ORDER_VALUE", nullable = false) private double expectedOrderValue;
    @Column(name = "CLV", nullable = false) private double clv;
    @Column(name = "CLV_LOW") private Double clvLow;
    @Column(name = "CLV_HIGH") private Double clvHigh;
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
    /** The contact's name as the host gave it when the run wrote the row (null for a party that is no contact). */
    @Column(name = "CONTACT_NAME", length = 255) private String contactName;
    @Column(name = "ALIVE_MODEL", length = 20) private String aliveModel;

    protected SnapshotRow() {
    }

    /** The table's columns in one order: what {@link #read} takes and what {@link SnapshotWriter} writes. */
    static final String COLUMNS = "RUN_ID, PARTY_ID, ORDERS, FREQUENCY, RECENCY, AGE, MONETARY_VALUE, "
            + "HISTORICAL_VALUE, FIRST_ORDER_DATE, LAST_ORDER_DATE, EXPECTED_PURCHASES, PROBABILITY_ALIVE, "
            + "EXPECTED_ORDER_VALUE, CLV, CLV_LOW, CLV_HIGH, PURCHASES_IN_HORIZON, DISCOUNT_FACTOR, FORMULA_CLV, "
            + "TIER_KEY, SEGMENT, RFM_RECENCY, RFM_FREQUENCY, RFM_MONETARY, TIER_RUNS, TIER_RUNS_BELOW, TIER_SINCE, "
            + "TIER_BELOW_SINCE, TIER_MISSING, OWNER_PARTY_ID, ALIVE_MODEL, CONTACT_NAME";

    /** A row read with plain JDBC ({@link #COLUMNS} in that order): the card's hot path skips a session. */
    static SnapshotRow read(java.sql.ResultSet rs) throws java.sql.SQLException {
        SnapshotRow r = new SnapshotRow();
        int c = 1;
        r.runId = rs.getLong(c++);
        r.partyId = rs.getString(c++);
        r.orders = rs.getInt(c++);
        r.frequency = rs.getInt(c++);
        r.recency = rs.getDouble(c++);
        r.age = rs.getDouble(c++);
        r.monetaryValue = rs.getDouble(c++);
        r.historicalValue = rs.getDouble(c++);
        r.firstOrderDate = rs.getObject(c++, LocalDate.class);
        r.lastOrderDate = rs.getObject(c++, LocalDate.class);
        r.expectedPurchases = rs.getDouble(c++);
        r.probabilityAlive = optional(rs, c++);
        r.expectedOrderValue = rs.getDouble(c++);
        r.clv = rs.getDouble(c++);
        r.clvLow = optional(rs, c++);
        r.clvHigh = optional(rs, c++);
        r.purchasesInHorizon = rs.getDouble(c++);
        r.discountFactor = rs.getDouble(c++);
        r.formulaClv = rs.getDouble(c++);
        r.tierKey = rs.getString(c++);
        r.segment = rs.getString(c++);
        r.rfmRecency = score(rs, c++);
        r.rfmFrequency = score(rs, c++);
        r.rfmMonetary = score(rs, c++);
        r.tierRuns = rs.getInt(c++);
        r.tierRunsBelow = rs.getInt(c++);
        r.tierSince = rs.getObject(c++, LocalDate.class);
        r.tierBelowSince = rs.getObject(c++, LocalDate.class);
        r.tierMissing = rs.getDouble(c++);
        r.ownerPartyId = rs.getString(c++);
        r.aliveModel = rs.getString(c++);
        r.contactName = rs.getString(c);
        return r;
    }

    private static Double optional(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static Short score(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        short s = rs.getShort(column);
        return rs.wasNull() ? null : s;
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

    /** Repeat purchase days (x). */
    public int frequency() {
        return frequency;
    }

    /** First to last purchase day (t_x), in the run's time unit. */
    public double recency() {
        return recency;
    }

    /** First purchase day to the as-of date (T), in the run's time unit. */
    public double age() {
        return age;
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

    /** P(alive), or null where the run has no churn estimate for the contact. */
    public Double probabilityAlive() {
        return probabilityAlive;
    }

    /** The model P(alive) comes from, or null without one. */
    public String aliveModel() {
        return aliveModel;
    }

    public double expectedOrderValue() {
        return expectedOrderValue;
    }

    public double clv() {
        return clv;
    }

    /** The interval's ends, or null where the run's model gives no interval. */
    public Double clvLow() {
        return clvLow;
    }

    public Double clvHigh() {
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

    public String contactName() {
        return contactName;
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
