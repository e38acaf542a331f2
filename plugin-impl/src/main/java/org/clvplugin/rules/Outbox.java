package org.clvplugin.rules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The delivery state of the actions in CLV_OUTBOX. An action is PENDING until it is due; a dispatcher claims it
 * (SENDING, with a lease: if the dispatcher dies, the action is due again when the lease ends), then records it
 * DELIVERED, PENDING again with a later attempt, or DEAD. Claiming is one conditional update, so two dispatchers
 * (two nodes of a cluster) never deliver the same action at once.
 */
public final class Outbox {

    /** An action to deliver, as the dispatcher reads it. */
    public record Entry(long entryId, long ruleId, long runId, String partyId, String transitionKey,
                        String actionKind, String payload, String idempotencyKey, int attempts, Instant createdAt) {
    }

    /** One action of a rule: what fired, for whom, and how its delivery went. */
    public record Firing(long entryId, long ruleId, long runId, String partyId, String transitionKey,
                         String actionKind, String state, int attempts, Instant createdAt, Instant nextAttemptAt,
                         Instant deliveredAt, String lastError) {
    }

    /** A firing with the event it carries. */
    public record Logged(Firing firing, String payload) {
    }

    private static final String FIRING_COLUMNS = "SELECT ENTRY_ID, RULE_ID, RUN_ID, PARTY_ID, TRANSITION_KEY,"
            + " ACTION_KIND, STATE, ATTEMPTS, CREATED_AT, NEXT_ATTEMPT_AT, DELIVERED_AT, LAST_ERROR, PAYLOAD"
            + " FROM CLV_OUTBOX";

    private final DataSource db;

    public Outbox(DataSource db) {
        this.db = db;
    }

    /** Up to {@code limit} actions due at {@code now}: pending ones, and claimed ones whose lease ran out. */
    public List<Entry> due(Instant now, int limit) {
        String sql = "SELECT ENTRY_ID, RULE_ID, RUN_ID, PARTY_ID, TRANSITION_KEY, ACTION_KIND, PAYLOAD,"
                + " IDEMPOTENCY_KEY, ATTEMPTS, CREATED_AT FROM CLV_OUTBOX WHERE STATE IN ('PENDING', 'SENDING')"
                + " AND NEXT_ATTEMPT_AT <= ? ORDER BY NEXT_ATTEMPT_AT, ENTRY_ID FETCH FIRST " + limit + " ROWS ONLY";
        List<Entry> due = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    due.add(new Entry(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                            rs.getTimestamp(10).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw failure("reading the due actions", e);
        }
        return due;
    }

    /** Claims a due action until {@code leaseEnd}, counting the attempt; false when another dispatcher has it. */
    public boolean claim(long entryId, Instant now, Instant leaseEnd) {
        return update("UPDATE CLV_OUTBOX SET STATE = 'SENDING', ATTEMPTS = ATTEMPTS + 1, NEXT_ATTEMPT_AT = ?"
                + " WHERE ENTRY_ID = ? AND STATE IN ('PENDING', 'SENDING') AND NEXT_ATTEMPT_AT <= ?",
                Timestamp.from(leaseEnd), entryId, Timestamp.from(now)) == 1;
    }

    public void delivered(long entryId, Instant at) {
        update("UPDATE CLV_OUTBOX SET STATE = 'DELIVERED', DELIVERED_AT = ?, NEXT_ATTEMPT_AT = NULL, LAST_ERROR = NULL"
                + " WHERE ENTRY_ID = ?", Timestamp.from(at), entryId);
    }

    public void retryAt(long entryId, Instant next, String error) {
        update("UPDATE CLV_OUTBOX SET STATE = 'PENDING', NEXT_ATTEMPT_AT = ?, LAST_ERROR = ? WHERE ENTRY_ID = ?",
                Timestamp.from(next), cut(error), entryId);
    }

    public void dead(long entryId, String error) {
        update("UPDATE CLV_OUTBOX SET STATE = 'DEAD', NEXT_ATTEMPT_AT = NULL, LAST_ERROR = ? WHERE ENTRY_ID = ?",
                cut(error), entryId);
    }

    /** A dead action back to PENDING, due now, with its attempts counted afresh; false unless it was DEAD. */
    public boolean retry(long entryId, Instant now) {
        return update("UPDATE CLV_OUTBOX SET STATE = 'PENDING', ATTEMPTS = 0, NEXT_ATTEMPT_AT = ?"
                + " WHERE ENTRY_ID = ? AND STATE = 'DEAD'", Timestamp.from(now), entryId) == 1;
    }

    public Optional<Firing> firing(long entryId) {
        return firings(FIRING_COLUMNS + " WHERE ENTRY_ID = ?", entryId).stream().findFirst();
    }

    /** A rule's firings, newest first. */
    public List<Firing> firings(long ruleId, int limit) {
        return ofRule(ruleId, limit).stream().map(Logged::firing).toList();
    }

    /** A rule's firings with their events, newest first. */
    public List<Logged> ofRule(long ruleId, int limit) {
        return logged(FIRING_COLUMNS + " WHERE RULE_ID = ? ORDER BY ENTRY_ID DESC FETCH FIRST " + Math.max(1, limit)
                + " ROWS ONLY", ruleId);
    }

    /** The dead actions of every rule, newest first: what an admin looks at and retries. */
    public List<Firing> deadLetters(int limit) {
        return dead(limit).stream().map(Logged::firing).toList();
    }

    /** The dead actions with their events, newest first. */
    public List<Logged> dead(int limit) {
        return logged(FIRING_COLUMNS + " WHERE STATE = 'DEAD' ORDER BY ENTRY_ID DESC FETCH FIRST "
                + Math.max(1, limit) + " ROWS ONLY", null);
    }

    /** One contact's actions with their events, newest first: the follow-ups its card shows. */
    public List<Logged> ofContact(String partyId, int limit) {
        return logged(FIRING_COLUMNS + " WHERE PARTY_ID = ? ORDER BY ENTRY_ID DESC FETCH FIRST " + Math.max(1, limit)
                + " ROWS ONLY", partyId);
    }

    private List<Firing> firings(String sql, Object parameter) {
        return logged(sql, parameter).stream().map(Logged::firing).toList();
    }

    private List<Logged> logged(String sql, Object parameter) {
        List<Logged> firings = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setObject(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    firings.add(new Logged(new Firing(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), instant(rs, 9),
                            instant(rs, 10), instant(rs, 11), rs.getString(12)), rs.getString(13)));
                }
            }
        } catch (SQLException e) {
            throw failure("reading the firings", e);
        }
        return firings;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private int update(String sql, Object... values) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failure("recording a delivery", e);
        }
    }

    private static String cut(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 1999) + "\u2026";
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException(what + " in CLV_OUTBOX failed: " + e.getMessage(), e);
    }
}
