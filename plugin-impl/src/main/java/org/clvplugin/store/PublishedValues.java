package org.clvplugin.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clvplugin.tiers.TierState;

/** Reads what readers may see: rows of the published run only. */
public final class PublishedValues {

    private final PluginStore store;

    public PublishedValues(PluginStore store) {
        this.store = store;
    }

    /**
     * The card query: one contact's row in the published run, one primary-key look-up in one statement. Plain
     * JDBC: it runs for every card, and a Hibernate session cost it about half again in time and allocations.
     */
    public Optional<SnapshotRow> ofContact(String partyId) {
        return Optional.ofNullable(ofContacts(List.of(partyId)).get(partyId));
    }

    /** The rows of several contacts in the published run, by party id, in one statement (a page, a search). */
    public Map<String, SnapshotRow> ofContacts(Collection<String> partyIds) {
        return rowsOf("(SELECT RUN_ID FROM CLV_PUBLISHED)", null, partyIds);
    }

    /** The rows of several contacts in a kept run (the list's trend reads the run before its own). */
    public Map<String, SnapshotRow> ofContactsInRun(long runId, Collection<String> partyIds) {
        return rowsOf("?", runId, partyIds);
    }

    private Map<String, SnapshotRow> rowsOf(String run, Long runId, Collection<String> partyIds) {
        Map<String, SnapshotRow> rows = new HashMap<>();
        if (partyIds.isEmpty()) {
            return rows;
        }
        String sql = "SELECT " + SnapshotRow.COLUMNS + " FROM CLV_SNAPSHOT WHERE RUN_ID = " + run
                + " AND PARTY_ID IN (" + String.join(", ", Collections.nCopies(partyIds.size(), "?")) + ")";
        try (Connection c = store.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (runId != null) {
                s.setLong(i++, runId);
            }
            for (String id : partyIds) {
                s.setString(i++, id);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    SnapshotRow row = SnapshotRow.read(rs);
                    rows.put(row.partyId(), row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the values of contacts " + partyIds + " failed: "
                    + e.getMessage(), e);
        }
        return rows;
    }

    /** Every contact's tier state in the published run (empty before the first run), for hysteresis. */
    public Map<String, TierState> tierStates() {
        Map<String, TierState> states = new HashMap<>();
        String sql = "SELECT s.PARTY_ID, s.TIER_KEY, s.TIER_RUNS, s.TIER_RUNS_BELOW, s.TIER_SINCE, s.TIER_BELOW_SINCE"
                + " FROM CLV_SNAPSHOT s"
                + " WHERE s.RUN_ID = (SELECT p.RUN_ID FROM CLV_PUBLISHED p) AND s.TIER_KEY IS NOT NULL";
        streamRun(sql, "the published tiers", rs -> states.put(rs.getString(1), new TierState(rs.getString(2),
                rs.getInt(3), rs.getInt(4), day(rs.getDate(5)), day(rs.getDate(6)))));
        return states;
    }

    /**
     * The published run's tier basis per contact with orders (predicted CLV or historical value; percentiles are
     * computed from the CLV), for previewing a policy.
     */
    public double[] basisValues(org.clvplugin.tiers.TierBasis basis) {
        String column = basis == org.clvplugin.tiers.TierBasis.HISTORICAL_VALUE ? "HISTORICAL_VALUE" : "CLV";
        String sql = "SELECT s." + column + " FROM CLV_SNAPSHOT s"
                + " WHERE s.RUN_ID = (SELECT p.RUN_ID FROM CLV_PUBLISHED p) AND s.ORDERS > 0";
        double[][] values = {new double[1024]};
        int[] n = {0};
        streamRun(sql, "the published values", rs -> {
            if (n[0] == values[0].length) {
                values[0] = java.util.Arrays.copyOf(values[0], n[0] * 2);
            }
            values[0][n[0]++] = rs.getDouble(1);
        });
        double[] exact = java.util.Arrays.copyOf(values[0], n[0]);
        return basis == org.clvplugin.tiers.TierBasis.CLV_PERCENTILE
                ? org.clvplugin.tiers.TierPreview.percentiles(exact) : exact;
    }

    /** Contacts per tier in the published run (contacts without a tier under {@code noTier}). */
    public Map<String, Long> tierCounts(String noTier) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        store.fromTransaction(s -> s.createSelectionQuery("select r.tierKey, count(r) from SnapshotRow r where "
                + "r.runId = (select p.runId from PublishedRun p) group by r.tierKey", Object[].class)
                .getResultList()).forEach(row -> counts.put(row[0] == null ? noTier : (String) row[0],
                (Long) row[1]));
        return counts;
    }

    /**
     * Which of a run's contacts a list shows; null parts are not applied. {@code text} matches the contact's name (as
     * the run wrote it) or party id, ignoring case; the value and churn-risk bounds are inclusive (a churn-risk bound
     * leaves out contacts without a churn estimate).
     */
    public record Filter(String text, String tier, String segment, Double minClv, Double maxClv,
                         Double minChurnRisk, Double maxChurnRisk, String owner, LocalDate firstOrderFrom) {
        public static final Filter NONE = new Filter(null, null, null, null, null, null, null, null, null);

        /** The filter's conditions with their parameters, in the order they apply. */
        private List<Condition> conditions() {
            List<Condition> all = new ArrayList<>();
            if (text != null) {
                // Matched as typed: the LIKE wildcards in it are escaped.
                all.add(new Condition("(lower(r.contactName) like :text escape '!' or lower(r.partyId) like :text "
                        + "escape '!')", "text", "%" + text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!")
                        .replace("%", "!%").replace("_", "!_") + "%"));
            }
            add(all, "r.tierKey = :tier", "tier", tier);
            add(all, "r.segment = :segment", "segment", segment);
            add(all, "r.clv >= :minClv", "minClv", minClv);
            add(all, "r.clv <= :maxClv", "maxClv", maxClv);
            add(all, "(1 - r.probabilityAlive) >= :minChurnRisk", "minChurnRisk", minChurnRisk);
            add(all, "(1 - r.probabilityAlive) <= :maxChurnRisk", "maxChurnRisk", maxChurnRisk);
            add(all, "r.ownerPartyId = :owner", "owner", owner);
            add(all, "r.firstOrderDate >= :firstOrderFrom", "firstOrderFrom", firstOrderFrom);
            return all;
        }

        private static void add(List<Condition> all, String hql, String parameter, Object value) {
            if (value != null) {
                all.add(new Condition(hql, parameter, value));
            }
        }
    }

    /** One condition of a filter: HQL with one named parameter. */
    private record Condition(String hql, String parameter, Object value) {
    }

    /**
     * The orders a list can take, highest first but for VALUE_ASCENDING; ties by party id. Churn risk and value at
     * risk (CLV x churn risk) leave out contacts without a churn estimate, last order those without an order: a list
     * in such an order holds only the contacts it can rank.
     */
    public enum Order {
        VALUE("r.clv", true, null), VALUE_ASCENDING("r.clv", false, null),
        BOUGHT("r.historicalValue", true, null),
        CHURN_RISK("(1 - r.probabilityAlive)", true, "r.probabilityAlive is not null"),
        VALUE_AT_RISK("(r.clv * (1 - r.probabilityAlive))", true, "r.probabilityAlive is not null"),
        LAST_ORDER("r.lastOrderDate", true, "r.lastOrderDate is not null");

        private final String expression;
        private final boolean descending;
        private final String rankable;

        Order(String expression, boolean descending, String rankable) {
            this.expression = expression;
            this.descending = descending;
            this.rankable = rankable;
        }

        /** The row's place in this order, as a cursor keeps it (a day as its epoch day). */
        public double valueOf(SnapshotRow r) {
            return switch (this) {
                case VALUE, VALUE_ASCENDING -> r.clv();
                case BOUGHT -> r.historicalValue();
                case CHURN_RISK -> 1 - r.probabilityAlive();
                case VALUE_AT_RISK -> r.clv() * (1 - r.probabilityAlive());
                case LAST_ORDER -> r.lastOrderDate().toEpochDay();
            };
        }

        private Object parameter(double value) {
            return this == LAST_ORDER ? LocalDate.ofEpochDay((long) value) : value;
        }
    }

    /**
     * One page of a run's contacts in the order (by value it reads the (run, CLV, party) index), after the row at
     * ({@code after}, afterParty) when given, filtered.
     */
    public List<SnapshotRow> page(long runId, Filter filter, Order order, Double after, String afterParty,
                                  int limit) {
        StringBuilder hql = new StringBuilder("from SnapshotRow r where r.runId = :run").append(where(filter))
                .append(order.rankable == null ? "" : " and " + order.rankable);
        String e = order.expression;
        if (after != null) {
            hql.append(" and (").append(e).append(order.descending ? " < :after" : " > :after").append(" or (")
                    .append(e).append(" = :after and r.partyId > :afterParty))");
        }
        hql.append(" order by ").append(e).append(order.descending ? " desc" : "").append(", r.partyId");
        return store.fromTransaction(s -> {
            var q = s.createSelectionQuery(hql.toString(), SnapshotRow.class).setParameter("run", runId);
            bind(filter, q);
            if (after != null) {
                q.setParameter("after", order.parameter(after)).setParameter("afterParty", afterParty);
            }
            return q.setMaxResults(limit).getResultList();
        });
    }

    /** How many of a run's contacts the filter lets through and the order can rank. */
    public long count(long runId, Filter filter, Order order) {
        String hql = "select count(r) from SnapshotRow r where r.runId = :run" + where(filter)
                + (order.rankable == null ? "" : " and " + order.rankable);
        return store.fromTransaction(s -> {
            var q = s.createSelectionQuery(hql, Long.class).setParameter("run", runId);
            bind(filter, q);
            return q.getSingleResult();
        });
    }

    private static String where(Filter f) {
        return f.conditions().stream().map(c -> " and " + c.hql()).collect(java.util.stream.Collectors.joining());
    }

    private static void bind(Filter f, org.hibernate.query.SelectionQuery<?> q) {
        f.conditions().forEach(c -> q.setParameter(c.parameter(), c.value()));
    }

    /** One contact's figures as the dashboard reads them; P(alive) null where the run has no churn estimate. */
    public record Figures(int orders, int frequency, double historicalValue, double clv, Double probabilityAlive,
                          java.time.LocalDate firstOrder, String tierKey, String segment) {
    }

    /** Visits every contact of a run (one streamed read). */
    public void forEachInRun(long runId, java.util.function.Consumer<Figures> visitor) {
        String sql = "SELECT ORDERS, FREQUENCY, HISTORICAL_VALUE, CLV, PROBABILITY_ALIVE, FIRST_ORDER_DATE, TIER_KEY,"
                + " SEGMENT FROM CLV_SNAPSHOT WHERE RUN_ID = ?";
        streamRun(sql, "run " + runId, rs -> visitor.accept(new Figures(rs.getInt(1), rs.getInt(2),
                rs.getDouble(3), rs.getDouble(4), optionalDouble(rs, 5), day(rs.getDate(6)), rs.getString(7),
                rs.getString(8))), runId);
    }

    /**
     * A contact's tier, value, chance of being active (null without a churn estimate) and segment in a run: what
     * follow-up rules compare.
     */
    public record Standing(String partyId, String ownerPartyId, String tierKey, double clv, Double probabilityAlive,
                           String segment) {
    }

    /**
     * Visits every contact of a run with its standing (one streamed read of the columns needed). Owners, tier keys
     * and segments are shared strings: a million contacts hold a handful of distinct ones.
     */
    public void forEachStanding(long runId, java.util.function.Consumer<Standing> visitor) {
        Map<String, String> shared = new HashMap<>();
        String sql = "SELECT PARTY_ID, OWNER_PARTY_ID, TIER_KEY, CLV, PROBABILITY_ALIVE, SEGMENT FROM CLV_SNAPSHOT"
                + " WHERE RUN_ID = ?";
        streamRun(sql, "run " + runId, rs -> {
            String owner = rs.getString(2);
            String tier = rs.getString(3);
            String segment = rs.getString(6);
            visitor.accept(new Standing(rs.getString(1), owner == null ? null : shared.computeIfAbsent(owner, k -> k),
                    tier == null ? null : shared.computeIfAbsent(tier, k -> k), rs.getDouble(4), optionalDouble(rs, 5),
                    segment == null ? null : shared.computeIfAbsent(segment, k -> k)));
        }, runId);
    }

    private static Double optionalDouble(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    /** The id of the published run, if a run was ever published. */
    public Optional<Long> publishedRunId() {
        return Optional.ofNullable(store.fromTransaction(s -> {
            PublishedRun pointer = s.find(PublishedRun.class, PublishedRun.SLOT);
            return pointer == null ? null : pointer.runId();
        }));
    }

    /** A contact's rows in the given runs, oldest run first: one primary-key look-up per run. */
    public List<SnapshotRow> inRuns(List<Long> runIds, String partyId) {
        if (runIds.isEmpty()) {
            return List.of();
        }
        return store.fromTransaction(s -> s.createSelectionQuery(
                "from SnapshotRow r where r.runId in :runs and r.partyId = :party order by r.runId",
                SnapshotRow.class).setParameter("runs", runIds).setParameter("party", partyId).getResultList());
    }

    /** One change of tier, as the history shows it. */
    public record TierChange(long runId, java.time.Instant changedAt, String fromTier, String toTier,
                             String reason) {
    }

    /** A contact's tier changes in succeeded runs, oldest first. */
    public List<TierChange> tierChanges(String partyId) {
        return store.fromTransaction(s -> s.createSelectionQuery(
                "select c.runId, c.changedAt, c.fromTier, c.toTier, c.reason from TierChangeRecord c, RunRecord r"
                        + " where c.runId = r.id and r.state = 'SUCCEEDED' and c.partyId = :party order by c.id",
                Object[].class).setParameter("party", partyId).getResultList().stream()
                .map(row -> new TierChange((Long) row[0], (java.time.Instant) row[1], (String) row[2],
                        (String) row[3], (String) row[4])).toList());
    }

    /** One row of a streamed read. */
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * Streams the rows of one run (a cursor in a read-only transaction). The run's rows are one range of the
     * primary key; PostgreSQL is told to read that range rather than scan the table, whose size grows with the runs
     * kept (measured with 10 runs: 0.7 s instead of 3.5 s for the tier states), and not to compile the query.
     */
    private void streamRun(String sql, String what, RowReader reader, Object... parameters) {
        try (Connection c = store.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            if (store.database() == StoreDatabase.POSTGRESQL) {
                try (Statement hint = c.createStatement()) {
                    hint.execute("SET LOCAL enable_seqscan = off");
                    hint.execute("SET LOCAL jit = off");
                }
            }
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
            c.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("reading " + what + " failed: " + e.getMessage(), e);
        }
    }

    private static java.time.LocalDate day(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** How many contacts the published run holds. */
    public long contacts() {
        return store.fromTransaction(s -> s.createSelectionQuery(
                "select count(*) from SnapshotRow r where r.runId = (select p.runId from PublishedRun p)",
                Long.class).getSingleResult());
    }
}
