package org.clvplugin.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

import org.clvplugin.tiers.TierState;

/**
 * Writes a run's snapshot rows on one connection: by binary COPY on PostgreSQL ({@link PostgresCopy}), in JDBC
 * batches of 2,000 elsewhere, committing as it goes: rows of a run that is not yet published are invisible to
 * readers, so committing early costs nothing and keeps transactions small.
 */
public final class SnapshotWriter implements AutoCloseable {

    private static final int BATCH = 2_000;
    /** The longest name kept (the column's length); a longer one is cut. */
    static final int NAME_LENGTH = 255;

    private static final String INSERT = "INSERT INTO CLV_SNAPSHOT (" + SnapshotRow.COLUMNS + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(SnapshotRow.COLUMNS.split(",").length, "?")) + ")";

    /**
     * One contact's row of a run: its order history, the model's prediction, its RFM scores and segment, its tier
     * state ({@link TierState#NONE} until the tier is decided) with the amount to the next tier, and its owner and
     * name in the host (null when none). Built in parts so that no call passes two dozen figures by position.
     */
    public record Row(String partyId, History history, Prediction prediction, RfmScores rfm, TierState tier,
                      double tierMissing, String ownerPartyId, String contactName) {

        /** A contact without orders: zeros, no prediction beyond them, no tier. */
        public static Row withoutOrders(String partyId) {
            return new Row(partyId, History.NONE, Prediction.NONE, RfmScores.NONE, TierState.NONE, 0, null, null);
        }

        /** The same figures with the tier decided. */
        public Row withTier(TierState decided, double missing) {
            return new Row(partyId, history, prediction, rfm, decided, missing, ownerPartyId, contactName);
        }

        /** The same figures with the contact's owner and name, as the host's directory gives them. */
        public Row withContact(String owner, String name) {
            return new Row(partyId, history, prediction, rfm, tier, tierMissing, owner,
                    name == null || name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH));
        }

        public String tierKey() {
            return tier.tierKey();
        }
    }

    /** What the contact bought: counts, recency and age in the run's periods, values, first and last order. */
    public record History(int orders, int frequency, double recency, double age, double monetaryValue,
                          double historicalValue, LocalDate firstOrder, LocalDate lastOrder) {
        static final History NONE = new History(0, 0, 0, 0, 0, 0, null, null);
    }

    /**
     * The run's prediction: expected purchases and order value, CLV with its interval, the formula's figures;
     * P(alive) (with the model it comes from) and the interval are null where the run has no estimate of them.
     */
    public record Prediction(double expectedPurchases, Double probabilityAlive, String aliveModel,
                             double expectedOrderValue, double clv, Double clvLow, Double clvHigh,
                             double purchasesInHorizon, double discountFactor, double formulaClv) {
        static final Prediction NONE = new Prediction(0, null, null, 0, 0, null, null, 0, 1, 0);
    }

    /** RFM scores 1 to 5 (0 for a contact without orders) and the R-F segment (null without orders). */
    public record RfmScores(String segment, int recency, int frequency, int monetary) {
        static final RfmScores NONE = new RfmScores(null, 0, 0, 0);
    }

    private static final String TIER_CHANGE_COLUMNS = "CLV_TIER_HISTORY (PARTY_ID, RUN_ID, FROM_TIER, TO_TIER, "
            + "REASON, CHANGED_AT)";
    private static final String TIER_CHANGE = "INSERT INTO " + TIER_CHANGE_COLUMNS + " VALUES (?, ?, ?, ?, ?, ?)";

    private final long runId;
    private final Connection connection;
    private final PreparedStatement insert;
    /** Tier changes go through a connection of their own: a COPY holds the snapshot connection until it ends. */
    private final Connection historyConnection;
    private final PreparedStatement tierChange;
    private int pendingChanges;
    private final java.time.Instant now = java.time.Instant.now();
    /**
     * On PostgreSQL the rows and the tier changes go through COPY, several times faster than batched inserts
     * (a first run, where every contact enters a tier, writes as many changes as rows); null elsewhere.
     */
    private final PostgresCopy copy;
    private final PostgresCopy tierChangeCopy;
    private int pending;
    private long written;

    public SnapshotWriter(PluginStore store, long runId) throws SQLException {
        this.runId = runId;
        this.connection = store.dataSource().getConnection();
        connection.setAutoCommit(false);
        this.insert = connection.prepareStatement(INSERT);
        this.historyConnection = store.dataSource().getConnection();
        historyConnection.setAutoCommit(false);
        this.tierChange = historyConnection.prepareStatement(TIER_CHANGE);
        this.copy = PostgresCopy.open(connection, "CLV_SNAPSHOT (" + SnapshotRow.COLUMNS + ")");
        this.tierChangeCopy = PostgresCopy.open(historyConnection, TIER_CHANGE_COLUMNS);
    }

    /** Records a change of tier in this run (shown only once the run is published). */
    public void recordTierChange(String partyId, String from, String to, String reason) {
        String shortReason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        try {
            if (tierChangeCopy != null) {
                tierChangeCopy.row(partyId, runId, from, to, shortReason, now);
                return;
            }
            tierChange.setString(1, partyId);
            tierChange.setLong(2, runId);
            tierChange.setString(3, from);
            tierChange.setString(4, to);
            tierChange.setString(5, shortReason);
            tierChange.setTimestamp(6, java.sql.Timestamp.from(now));
            tierChange.addBatch();
            if (++pendingChanges == BATCH) {
                tierChange.executeBatch();
                historyConnection.commit();
                pendingChanges = 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("recording the tier change of contact " + partyId + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** Adds one row; a database error is thrown unchecked, naming the contact. */
    public void write(Row r) {
        try {
            add(r);
        } catch (SQLException e) {
            throw new IllegalStateException("writing the snapshot of contact " + r.partyId() + " failed: "
                    + e.getMessage(), e);
        }
    }

    private void add(Row r) throws SQLException {
        requireValid(r);
        if (copy != null) {
            History h = r.history();
            Prediction f = r.prediction();
            copy.row(runId, r.partyId(), h.orders(), h.frequency(), h.recency(), h.age(), h.monetaryValue(),
                    h.historicalValue(), h.firstOrder(), h.lastOrder(), f.expectedPurchases(), f.probabilityAlive(),
                    f.expectedOrderValue(), f.clv(), f.clvLow(), f.clvHigh(), f.purchasesInHorizon(),
                    f.discountFactor(), f.formulaClv(), r.tierKey(), r.rfm().segment(), score(r.rfm().recency()),
                    score(r.rfm().frequency()), score(r.rfm().monetary()), r.tier().runsInTier(),
                    r.tier().runsBelow(), r.tier().inTierSince(), r.tier().belowSince(), r.tierMissing(),
                    r.ownerPartyId(), f.aliveModel(), r.contactName());
            written++;
            return;
        }
        int p = 1;
        insert.setLong(p++, runId);
        History h = r.history();
        Prediction f = r.prediction();
        insert.setString(p++, r.partyId());
        insert.setInt(p++, h.orders());
        insert.setInt(p++, h.frequency());
        for (double v : new double[] {h.recency(), h.age(), h.monetaryValue(), h.historicalValue()}) {
            insert.setDouble(p++, v);
        }
        setDate(p++, h.firstOrder());
        setDate(p++, h.lastOrder());
        for (Double v : figures(f)) {
            if (v == null) {
                insert.setNull(p++, Types.DOUBLE);
            } else {
                insert.setDouble(p++, v);
            }
        }
        insert.setString(p++, r.tierKey());
        insert.setString(p++, r.rfm().segment());
        for (int score : new int[] {r.rfm().recency(), r.rfm().frequency(), r.rfm().monetary()}) {
            if (score == 0) {
                insert.setNull(p++, Types.SMALLINT);
            } else {
                insert.setShort(p++, (short) score);
            }
        }
        insert.setInt(p++, r.tier().runsInTier());
        insert.setInt(p++, r.tier().runsBelow());
        setDate(p++, r.tier().inTierSince());
        setDate(p++, r.tier().belowSince());
        insert.setDouble(p++, r.tierMissing());
        insert.setString(p++, r.ownerPartyId());
        insert.setString(p++, f.aliveModel());
        insert.setString(p, r.contactName());
        insert.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    /** The prediction's figures in the table's column order (nulls where the run has no estimate). */
    private static Double[] figures(Prediction f) {
        return new Double[] {f.expectedPurchases(), f.probabilityAlive(), f.expectedOrderValue(), f.clv(),
            f.clvLow(), f.clvHigh(), f.purchasesInHorizon(), f.discountFactor(), f.formulaClv()};
    }

    private static void requireValid(Row r) {
        for (Double v : figures(r.prediction())) {
            if (v != null && (!Double.isFinite(v) || v < 0)) {
                throw new IllegalArgumentException("contact " + r.partyId() + ": a figure is " + v
                        + "; values must be finite and not negative");
            }
        }
    }

    private static Short score(int rfm) {
        return rfm == 0 ? null : (short) rfm;
    }

    private void setDate(int index, LocalDate day) throws SQLException {
        if (day == null) {
            insert.setNull(index, Types.DATE);
        } else {
            insert.setDate(index, Date.valueOf(day));
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            connection.commit();
            written += pending;
            pending = 0;
        }
    }

    public long written() {
        return written + pending;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
            if (copy != null) {
                copy.finish();
            }
            connection.commit();
            if (tierChangeCopy != null) {
                tierChangeCopy.finish();
            }
            tierChange.executeBatch();
            historyConnection.commit();
        } finally {
            insert.close();
            tierChange.close();
            connection.close();
            historyConnection.close();
        }
    }
}
