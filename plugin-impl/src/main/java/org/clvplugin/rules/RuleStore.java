package org.clvplugin.rules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clvplugin.store.PluginStore;
import org.clvplugin.store.RuleRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The rules in CLV_RULE (trigger, filter and action as JSON) and when each fired for a contact (CLV_OUTBOX). */
public final class RuleStore {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final PluginStore store;
    private final Clock clock;

    public RuleStore(PluginStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Saves a new rule (id null) or replaces a saved one; returns it with its id. Validation is the caller's. */
    public Rule save(Rule rule) {
        return save(rule, null);
    }

    /**
     * Saves the rule and, unless {@code sealedSecret} is null (then the stored one is kept), its webhook secret,
     * sealed by a {@link SecretBox}.
     */
    public Rule save(Rule rule, String sealedSecret) {
        Instant now = clock.instant();
        long id = store.fromTransaction(s -> {
            RuleRecord r = rule.id() == null ? new RuleRecord(now) : s.find(RuleRecord.class, rule.id());
            if (r == null || r.deleted()) {
                throw new IllegalArgumentException("no rule " + rule.id());
            }
            r.update(rule.name(), rule.enabled(), json(rule.trigger()), json(rule.filter()), json(rule.action()),
                    rule.cooldownHours(), rule.maxPerRun(), now);
            if (sealedSecret != null) {
                r.sealSecret(sealedSecret);
            }
            if (rule.id() == null) {
                s.persist(r);
            }
            s.flush();
            return r.id();
        });
        return find(id).orElseThrow();
    }

    /** A rule that exists and is not deleted. */
    public Optional<Rule> find(long id) {
        return Optional.ofNullable(store.fromTransaction(s -> s.find(RuleRecord.class, id)))
                .filter(r -> !r.deleted()).map(RuleStore::rule);
    }

    /**
     * Deletes a rule: hidden, never fires again, and its actions not yet delivered are given up (DEAD, "the rule
     * was deleted") in the same transaction; delivered and dead ones stay as history. False when there is no such
     * rule.
     */
    public boolean delete(long id) {
        return store.fromTransaction(s -> {
            RuleRecord r = s.find(RuleRecord.class, id);
            if (r == null || r.deleted()) {
                return false;
            }
            r.delete(clock.instant());
            s.createNativeMutationQuery("UPDATE CLV_OUTBOX SET STATE = 'DEAD', NEXT_ATTEMPT_AT = NULL, LAST_ERROR = "
                    + "'the rule was deleted' WHERE RULE_ID = :rule AND STATE IN ('PENDING', 'SENDING')")
                    .setParameter("rule", id).executeUpdate();
            return true;
        });
    }

    /** The rule's sealed webhook secret, if it has one. */
    public Optional<String> sealedSecret(long id) {
        return Optional.ofNullable(store.fromTransaction(s -> {
            RuleRecord r = s.find(RuleRecord.class, id);
            return r == null ? null : r.secretCipher();
        }));
    }

    /** Every rule not deleted, oldest first. */
    public List<Rule> all() {
        return store.fromTransaction(s -> s.createSelectionQuery("from RuleRecord where deletedAt is null order by id",
                RuleRecord.class)
                .getResultList()).stream().map(RuleStore::rule).toList();
    }

    /** When each rule last fired for each contact since an instant: "ruleId|partyId" to the instant. */
    public Map<String, Instant> firedSince(Instant since) {
        Map<String, Instant> last = new HashMap<>();
        String sql = "SELECT RULE_ID, PARTY_ID, MAX(CREATED_AT) FROM CLV_OUTBOX WHERE CREATED_AT >= ?"
                + " GROUP BY RULE_ID, PARTY_ID";
        try (Connection c = store.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    last.put(rs.getLong(1) + "|" + rs.getString(2), rs.getTimestamp(3).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading when the rules last fired failed: " + e.getMessage(), e);
        }
        return last;
    }

    private static Rule rule(RuleRecord r) {
        try {
            return new Rule(r.id(), r.name(), r.enabled(), JSON.readValue(r.triggerSpec(), Trigger.class),
                    r.filterSpec() == null ? RuleFilter.NONE : JSON.readValue(r.filterSpec(), RuleFilter.class),
                    JSON.readValue(r.actionSpec(), Action.class), r.cooldownHours(), r.maxPerRun());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rule " + r.id() + " is stored in a form this version cannot read: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rule could not be written as JSON", e);
        }
    }
}
