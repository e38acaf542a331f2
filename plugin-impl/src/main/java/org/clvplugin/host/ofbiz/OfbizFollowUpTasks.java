package org.clvplugin.host.ofbiz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.clvplugin.api.host.FollowUpSink;
import org.clvplugin.api.host.FollowUpTask;

/**
 * Follow-up tasks stored as OFBiz stores its own: a WORK_EFFORT of type TASK, status CAL_NEEDS_ACTION, assigned
 * to the owner by a WORK_EFFORT_PARTY_ASSIGNMENT in role CAL_OWNER with status PRTYASGN_ASSIGNED (what OFBiz's
 * createWorkEffort does for its quickAssignPartyId), and the contact linked in role CONTACT.
 *
 * <p>The task's id is derived from the delivery's idempotency key, so a second delivery of the same firing meets
 * the primary key of the first task instead of creating another: the task exists once even when the dispatcher
 * died between creating it and recording that it did.
 */
public final class OfbizFollowUpTasks implements FollowUpSink {

    /** WORK_EFFORT_NAME's length (OFBiz type "name"). */
    public static final int NAME_LENGTH = 100;
    /** DESCRIPTION's length (OFBiz type "description"). */
    public static final int DESCRIPTION_LENGTH = 255;

    private final DataSource db;

    public OfbizFollowUpTasks(DataSource db) {
        this.db = db;
    }

    /** WORK_EFFORT_ID is an OFBiz "id", 20 characters: "CLV" and 17 hex digits of a hash of the key. */
    public static String workEffortId(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "CLV" + HexFormat.of().withUpperCase().formatHex(hash).substring(0, 17);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    @Override
    public boolean createTask(FollowUpTask task) {
        String id = workEffortId(task.key());
        Timestamp now = Timestamp.from(task.createdAt());
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (exists(c, id)) {
                    c.rollback();
                    return false;
                }
                insertTask(c, id, task, now);
                assign(c, id, task.ownerPartyId(), "CAL_OWNER", "PRTYASGN_ASSIGNED", now);
                if (!task.contactPartyId().equals(task.ownerPartyId())) {
                    assign(c, id, task.contactPartyId(), "CONTACT", null, now);
                }
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                if (exists(c, id)) {
                    return false; // another node delivered the same firing at the same moment
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the task could not be written to OFBiz's WORK_EFFORT: " + e.getMessage(),
                    e);
        }
    }

    /** Whether OFBiz holds the task with this id. */
    public static boolean exists(DataSource db, String id) {
        try (Connection c = db.getConnection()) {
            return exists(c, id);
        } catch (SQLException e) {
            throw new IllegalStateException("OFBiz's WORK_EFFORT could not be read: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM WORK_EFFORT WHERE WORK_EFFORT_ID = ?")) {
            s.setString(1, id);
            try (var rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insertTask(Connection c, String id, FollowUpTask task, Timestamp now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO WORK_EFFORT (WORK_EFFORT_ID, WORK_EFFORT_TYPE_ID,"
                + " CURRENT_STATUS_ID, LAST_STATUS_UPDATE, WORK_EFFORT_NAME, DESCRIPTION, ESTIMATED_START_DATE,"
                + " ESTIMATED_COMPLETION_DATE, SOURCE_REFERENCE_ID, CREATED_DATE, LAST_MODIFIED_DATE,"
                + " LAST_UPDATED_STAMP, LAST_UPDATED_TX_STAMP, CREATED_STAMP, CREATED_TX_STAMP)"
                + " VALUES (?, 'TASK', 'CAL_NEEDS_ACTION', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setTimestamp(2, now);
            s.setString(3, cut(task.subject(), NAME_LENGTH));
            s.setString(4, task.description() == null || task.description().isEmpty() ? null
                    : cut(task.description(), DESCRIPTION_LENGTH));
            s.setTimestamp(5, now);
            s.setTimestamp(6, Timestamp.from(task.due()));
            s.setString(7, task.key());
            for (int i = 8; i <= 13; i++) {
                s.setTimestamp(i, now);
            }
            s.executeUpdate();
        }
    }

    private static void assign(Connection c, String id, String partyId, String role, String status, Timestamp now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO WORK_EFFORT_PARTY_ASSIGNMENT (WORK_EFFORT_ID,"
                + " PARTY_ID, ROLE_TYPE_ID, FROM_DATE, STATUS_ID, STATUS_DATE_TIME, LAST_UPDATED_STAMP,"
                + " LAST_UPDATED_TX_STAMP, CREATED_STAMP, CREATED_TX_STAMP) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, partyId);
            s.setString(3, role);
            s.setTimestamp(4, now);
            s.setString(5, status);
            s.setTimestamp(6, status == null ? null : now);
            for (int i = 7; i <= 10; i++) {
                s.setTimestamp(i, now);
            }
            s.executeUpdate();
        }
    }

    /** OFBiz's columns are short: a longer text is cut with an ellipsis rather than refused. */
    public static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
