package org.clvplugin.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clvplugin.store.OutboxWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a run's firings to CLV_OUTBOX on the connection of the transaction that publishes the run: a crash
 * can neither lose them nor leave them for a run that was never published. Each carries the event the dispatcher
 * delivers and an idempotency key that makes a second delivery harmless.
 */
public final class OutboxEntries {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutboxEntries() {
    }

    public static void write(Connection c, long runId, RuleEvaluator.Evaluation evaluation, Map<Long, Rule> rules,
                             Instant now) throws SQLException {
        List<OutboxWriter.Entry> entries = new ArrayList<>(evaluation.firings().size());
        for (RuleEvaluator.Firing f : evaluation.firings()) {
            Rule rule = rules.get(f.ruleId());
            String party = f.transition().partyId();
            entries.add(new OutboxWriter.Entry(f.ruleId(), runId, party, f.transitionKey(),
                    rule.action().kind().name(), json(event(rule, f)),
                    idempotencyKey(f.ruleId(), party, f.transitionKey())));
        }
        OutboxWriter.write(c, entries, now);
    }

    /** The same key for the same rule, contact and transition, whoever computes it. */
    static String idempotencyKey(long ruleId, String partyId, String transitionKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((ruleId + "\n" + partyId + "\n" + transitionKey)
                    .getBytes(StandardCharsets.UTF_8));
            return "clv-" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The event as delivered: rule, contact, transition with the values before and after, and the run. */
    static Map<String, Object> event(Rule rule, RuleEvaluator.Firing f) {
        Transition t = f.transition();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("rule", Map.of("id", rule.id(), "name", rule.name()));
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("partyId", t.partyId());
        contact.put("name", t.name());
        contact.put("ownerPartyId", t.ownerPartyId());
        event.put("contact", contact);
        Map<String, Object> transition = new LinkedHashMap<>();
        transition.put("trigger", rule.trigger().kind().name());
        transition.put("key", f.transitionKey());
        transition.put("fromRun", t.fromRunId());
        transition.put("toRun", t.toRunId());
        transition.put("before", t.before());
        transition.put("after", t.after());
        event.put("transition", transition);
        event.put("run", t.toRunId());
        return event;
    }

    private static String json(Map<String, Object> event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event could not be written as JSON", e);
        }
    }
}
