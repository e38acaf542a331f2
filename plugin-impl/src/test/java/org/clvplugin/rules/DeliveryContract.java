package org.clvplugin.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.api.host.FollowUpSink;
import org.clvplugin.host.ofbiz.OfbizContactDirectory;
import org.clvplugin.host.ofbiz.OfbizFollowUpTasks;
import org.clvplugin.host.ofbiz.OfbizTables;
import org.clvplugin.store.AuditRepository;
import org.clvplugin.store.PluginStore;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.store.RunRepository;
import org.clvplugin.store.SettingsRepository;
import org.clvplugin.store.TierPolicyRepository;
import org.clvplugin.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Delivery of the outbox against real tables (OFBiz's WORK_EFFORT for tasks) and a real HTTP receiver on loopback:
 * exactly one task when the dispatcher dies between creating it and recording it, signatures a receiver can check,
 * retries with backoff, the dead letter and an admin's retry, and refusals that are not retried. H2 and PostgreSQL.
 */
abstract class DeliveryContract {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    private static final String SECRET = "a-webhook-secret-of-some-length";
    private static final Trigger UP = new Trigger(Trigger.Kind.TIER_UPGRADED, null, null, null, null);
    private static final Map<String, String> TIER_NAMES = Map.of("SILVER", "Silver", "GOLD", "Gold");

    /** What a process's death looks like to the code that was running: nothing after it runs. */
    private static final class Crash extends Error {
    }

    abstract DataSource database();

    private DataSource db;
    private PluginStore store;
    private final TestClock clock = new TestClock(T0);
    private final SecretBox box = new SecretBox(SecretBox.newKey());
    private final Set<String> allowed = new HashSet<>();
    private DeliveryPolicy policy = DeliveryPolicy.DEFAULT;
    private RuleStore rules;
    private Outbox outbox;

    @BeforeEach
    void open() throws Exception {
        db = database();
        try (Connection c = db.getConnection()) {
            OfbizTables.create(c);
        }
        store = PluginStore.open(db);
        rules = new RuleStore(store, clock);
        outbox = new Outbox(db);
    }

    @AfterEach
    void close() {
        if (store != null) { // null when the database was not there and the test was skipped
            store.close();
        }
    }

    private OutboxDispatcher dispatcher(FollowUpSink sink) {
        return new OutboxDispatcher(outbox, rules, new TaskDelivery(sink),
                new WebhookDelivery(() -> Set.copyOf(allowed), id -> rules.sealedSecret(id).map(box::open)),
                () -> policy, () -> TIER_NAMES, clock);
    }

    private OutboxDispatcher dispatcher() {
        return dispatcher(new OfbizFollowUpTasks(db));
    }

    private Rule task(String subject, String description) {
        return rules.save(new Rule(null, "tasks", true, UP, null, new Action(Action.Kind.TASK, subject, description,
                3, null), 0, null));
    }

    private Rule webhook(String url, String secret) {
        return rules.save(new Rule(null, "hook", true, UP, null, new Action(Action.Kind.WEBHOOK, null, null, null,
                url), 0, null), secret == null ? null : box.seal(secret));
    }

    /** Enqueues the rule's action for each contact ("party:owner", no owner after the colon for none). */
    private void enqueue(Rule rule, String... contacts) throws Exception {
        List<RuleEvaluator.Firing> firings = new ArrayList<>();
        for (String c : contacts) {
            String[] p = c.split(":", -1);
            Transition t = new Transition(p[0], "Name " + p[0], p[1].isEmpty() ? null : p[1], 1, 2,
                    new ContactState("SILVER", 1, 150.5, .9, "LOYAL"), new ContactState("GOLD", 2, 612.25, .83,
                    "CHAMPIONS"));
            firings.add(new RuleEvaluator.Firing(rule.id(), t.key(UP.kind()), t));
        }
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            OutboxEntries.write(c, 2, new RuleEvaluator.Evaluation(firings, Map.of(), Map.of()),
                    Map.of(rule.id(), rule), clock.instant());
            c.commit();
        }
    }

    private List<Outbox.Firing> firings(Rule rule) {
        return outbox.firings(rule.id(), 100);
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aTaskIsCreatedOnceForTheOwnerEvenWhenTheDispatcherDiesBeforeRecordingIt() throws Exception {
        Rule rule = task("Call {name}: now {tier}", "Was {previousTier} ({previousClv}), now {clv}; P(alive) "
                + "{probabilityAlive}");
        enqueue(rule, "P1:REP_A");
        OfbizFollowUpTasks ofbiz = new OfbizFollowUpTasks(db);
        FollowUpSink diesAfterCreating = task -> {
            ofbiz.createTask(task);
            throw new Crash();
        };
        assertThrows(Crash.class, () -> dispatcher(diesAfterCreating).deliverDue(Duration.ofMinutes(1)));
        assertEquals(1, count("SELECT COUNT(*) FROM WORK_EFFORT"), "the task was created before the crash");
        assertEquals(List.of("SENDING"), firings(rule).stream().map(Outbox.Firing::state).toList(),
                "claimed, and its delivery never recorded");
        enqueue(rule, "P2:REP_B");

        // The process restarts: a new dispatcher. P1 is still claimed until its lease ends.
        OutboxDispatcher restarted = dispatcher();
        assertEquals(1, restarted.deliverDue(Duration.ofMinutes(1)).delivered(), "P2");
        clock.advance(OutboxDispatcher.LEASE.plusSeconds(1));
        OutboxDispatcher.Pass again = restarted.deliverDue(Duration.ofMinutes(1));
        assertEquals(1, again.alreadyDone(), "P1 delivered again, and its task found by the idempotency key");
        assertEquals(0, again.delivered());
        assertEquals(2, count("SELECT COUNT(*) FROM WORK_EFFORT"), "one task per firing, not one per delivery");
        assertEquals(List.of("DELIVERED", "DELIVERED"), firings(rule).stream().map(Outbox.Firing::state).toList());
        assertEquals(0, restarted.deliverDue(Duration.ofMinutes(1)).handled(), "nothing is left");

        String key = OutboxEntries.idempotencyKey(rule.id(), "P1", "TIER_UPGRADED:1>2");
        String id = OfbizFollowUpTasks.workEffortId(key);
        assertEquals(20, id.length(), "an OFBiz id");
        try (Connection c = db.getConnection(); var s = c.prepareStatement("SELECT WORK_EFFORT_TYPE_ID,"
                + " CURRENT_STATUS_ID, WORK_EFFORT_NAME, DESCRIPTION, ESTIMATED_COMPLETION_DATE, SOURCE_REFERENCE_ID"
                + " FROM WORK_EFFORT WHERE WORK_EFFORT_ID = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("TASK", rs.getString(1));
                assertEquals("CAL_NEEDS_ACTION", rs.getString(2));
                assertEquals("Call Name P1: now Gold", rs.getString(3));
                assertEquals("Was Silver (150.50), now 612.25; P(alive) 83%", rs.getString(4));
                assertEquals(T0.plus(Duration.ofDays(3)), rs.getTimestamp(5).toInstant(), "due in three days");
                assertEquals(key, rs.getString(6));
            }
        }
        try (Connection c = db.getConnection(); var s = c.prepareStatement("SELECT PARTY_ID, ROLE_TYPE_ID, STATUS_ID"
                + " FROM WORK_EFFORT_PARTY_ASSIGNMENT WHERE WORK_EFFORT_ID = ? ORDER BY ROLE_TYPE_ID")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(List.of("REP_A", "CAL_OWNER", "PRTYASGN_ASSIGNED"),
                        List.of(rs.getString(1), rs.getString(2), rs.getString(3)), "assigned to the owner");
                assertTrue(rs.next());
                assertEquals(List.of("P1", "CONTACT"), List.of(rs.getString(1), rs.getString(2)), "about the contact");
                assertNull(rs.getString(3));
                assertFalse(rs.next());
            }
        }
    }

    @Test
    void aWebhookIsSignedSoThatTheReceiverCanVerifyIt() throws Exception {
        try (Receiver receiver = new Receiver()) {
            allowed.add(receiver.hostAndPort());
            Rule rule = webhook(receiver.url(), SECRET);
            enqueue(rule, "P1:REP_A");
            assertEquals(1, dispatcher().deliverDue(Duration.ofMinutes(1)).delivered());
            assertEquals(1, receiver.requests().size());
            Receiver.Request r = receiver.requests().get(0);
            String timestamp = r.header(WebhookSignature.TIMESTAMP_HEADER);
            String signature = r.header(WebhookSignature.SIGNATURE_HEADER);
            assertEquals(Long.toString(T0.getEpochSecond()), timestamp);
            assertTrue(WebhookSignature.verify(SECRET, timestamp, signature, r.body(), T0, Duration.ofMinutes(5)),
                    "the receiver checks the signature with the rule's secret");
            assertFalse(WebhookSignature.verify("another-secret-entirely", timestamp, signature, r.body(), T0,
                    Duration.ofMinutes(5)));
            byte[] changed = new String(r.body(), StandardCharsets.UTF_8).replace("GOLD", "PLATINUM")
                    .getBytes(StandardCharsets.UTF_8);
            assertFalse(WebhookSignature.verify(SECRET, timestamp, signature, changed, T0, Duration.ofMinutes(5)),
                    "a changed body");
            assertFalse(WebhookSignature.verify(SECRET, timestamp, signature, r.body(), T0.plus(Duration.ofHours(1)),
                    Duration.ofMinutes(5)), "a replay an hour later");
            JsonNode body = new ObjectMapper().readTree(r.body());
            String key = OutboxEntries.idempotencyKey(rule.id(), "P1", "TIER_UPGRADED:1>2");
            assertEquals(key, body.get("id").asText());
            assertEquals(key, r.header(WebhookSignature.IDEMPOTENCY_HEADER));
            assertEquals("application/json", r.header("Content-Type"));
            assertEquals("P1", body.get("contact").get("partyId").asText());
            assertEquals("GOLD", body.get("transition").get("after").get("tierKey").asText());
            assertEquals("SILVER", body.get("transition").get("before").get("tierKey").asText());
            assertEquals(rule.id(), body.get("rule").get("id").asLong());
            assertEquals(2, body.get("run").asLong());
            assertEquals("DELIVERED", firings(rule).get(0).state());
            assertEquals(fieldsOf(org.clvplugin.rest.WebhookEvent.class, ""), fieldsOf(body, ""),
                    "the body has exactly the fields the OpenAPI document describes");

            // The receivers' checks docs/webhooks.md shows, in Java and in Python, on the request as it came.
            assertTrue(WebhookReceiverExample.verified(SECRET, timestamp, signature, r.body(), T0));
            assertFalse(WebhookReceiverExample.verified(SECRET, timestamp, signature, changed, T0));
            assertFalse(WebhookReceiverExample.verified(SECRET, timestamp, signature, r.body(),
                    T0.plus(Duration.ofMinutes(6))), "too old");
            assertEquals("True", python(timestamp, signature, r.body(), T0));
            assertEquals("False", python(timestamp, signature, changed, T0));
            assertEquals("False", python(timestamp, signature, r.body(), T0.plus(Duration.ofMinutes(6))));
        }
    }

    /** Runs the Python check of docs/webhooks.md on a request; what it printed. */
    private static String python(String timestamp, String signature, byte[] body, java.time.Instant now)
            throws Exception {
        Process p = new ProcessBuilder("python3", "-c", WebhookDocsTest.pythonExample() + "\nimport sys\n"
                + "print(verified(sys.argv[1], sys.argv[2], sys.argv[3], sys.stdin.buffer.read(), float(sys.argv[4])))",
                SECRET, timestamp, signature, Long.toString(now.getEpochSecond())).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(body);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    /** The paths of a record's components, nested records followed ("transition.after.clv"). */
    private static java.util.Set<String> fieldsOf(Class<?> record, String at) {
        java.util.Set<String> paths = new java.util.TreeSet<>();
        for (java.lang.reflect.RecordComponent c : record.getRecordComponents()) {
            paths.add(at + c.getName());
            if (c.getType().isRecord()) {
                paths.addAll(fieldsOf(c.getType(), at + c.getName() + "."));
            }
        }
        return paths;
    }

    /** The paths of a JSON object's fields, nested objects followed. */
    private static java.util.Set<String> fieldsOf(JsonNode node, String at) {
        java.util.Set<String> paths = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(name -> {
            paths.add(at + name);
            if (node.get(name).isObject()) {
                paths.addAll(fieldsOf(node.get(name), at + name + "."));
            }
        });
        return paths;
    }

    @Test
    void aTestWebhookGoesSignedAsARealOneAndSaysWhatWentAndWhatCameBackQueueingNothing() throws Exception {
        try (Receiver receiver = new Receiver()) {
            Rule rule = webhook(receiver.url(), SECRET);
            WebhookDelivery delivery = new WebhookDelivery(() -> Set.copyOf(allowed),
                    id -> rules.sealedSecret(id).map(box::open));
            WebhookDelivery.Sent refused = delivery.test(rule, T0);
            assertTrue(refused.notSent().startsWith("not sent: the host "), "a loopback receiver not allowed yet: "
                    + refused);
            assertEquals(0, receiver.requests().size());

            allowed.add(receiver.hostAndPort());
            WebhookDelivery.Sent sent = delivery.test(rule, T0);
            assertEquals(204, sent.status(), "the test receiver's answer");
            assertEquals(1, receiver.requests().size());
            Receiver.Request r = receiver.requests().get(0);
            assertEquals(sent.headers().get(WebhookSignature.SIGNATURE_HEADER),
                    r.header(WebhookSignature.SIGNATURE_HEADER), "the signature shown is the one sent");
            assertEquals(sent.body(), new String(r.body(), StandardCharsets.UTF_8));
            assertTrue(WebhookReceiverExample.verified(SECRET, r.header(WebhookSignature.TIMESTAMP_HEADER),
                    r.header(WebhookSignature.SIGNATURE_HEADER), r.body(), T0), "a receiver's check passes");
            assertEquals("clv.rule.test", new ObjectMapper().readTree(r.body()).get("type").asText());
            assertEquals(List.of(), firings(rule), "nothing queued");

            receiver.answer(503);
            assertEquals(503, delivery.test(rule, T0).status(), "the receiver's answer, not retried");
            assertEquals(2, receiver.requests().size());
        }
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffThenDeadLetteredAndAnAdminsRetryDeliversIt() throws Exception {
        policy = new DeliveryPolicy(3, Duration.ofSeconds(60));
        try (Receiver receiver = new Receiver()) {
            receiver.answer(503);
            allowed.add(receiver.hostAndPort());
            Rule rule = webhook(receiver.url(), SECRET);
            enqueue(rule, "P1:REP_A");
            OutboxDispatcher dispatcher = dispatcher();

            assertEquals(1, dispatcher.deliverDue(Duration.ofMinutes(1)).retrying());
            Outbox.Firing first = firings(rule).get(0);
            assertEquals("PENDING", first.state());
            assertEquals(1, first.attempts());
            assertTrue(first.lastError().contains("HTTP 503") && first.lastError().contains("attempt 1 of 3"),
                    first.lastError());
            long wait = Duration.between(T0, first.nextAttemptAt()).toSeconds();
            assertTrue(wait >= 60 && wait <= 66, "the first retry after 60 s and up to a tenth more: " + wait);
            assertEquals(0, dispatcher.deliverDue(Duration.ofMinutes(1)).handled(), "not due yet");

            clock.advance(Duration.ofSeconds(70));
            assertEquals(1, dispatcher.deliverDue(Duration.ofMinutes(1)).retrying());
            Outbox.Firing second = firings(rule).get(0);
            long doubled = Duration.between(clock.instant(), second.nextAttemptAt()).toSeconds();
            assertTrue(doubled >= 120 && doubled <= 132, "the wait doubles: " + doubled);

            clock.advance(Duration.ofSeconds(140));
            assertEquals(1, dispatcher.deliverDue(Duration.ofMinutes(1)).dead());
            Outbox.Firing dead = firings(rule).get(0);
            assertEquals("DEAD", dead.state());
            assertEquals(3, dead.attempts());
            assertTrue(dead.lastError().contains("attempt 3 of 3, the last"), dead.lastError());
            assertEquals(List.of(dead), outbox.deadLetters(10));
            clock.advance(Duration.ofDays(1));
            assertEquals(0, dispatcher.deliverDue(Duration.ofMinutes(1)).handled(), "a dead action stays dead");
            assertEquals(3, receiver.requests().size());

            receiver.answer(200);
            assertTrue(outbox.retry(dead.entryId(), clock.instant()), "an admin's retry");
            assertEquals(0, firings(rule).get(0).attempts(), "attempts counted afresh");
            assertEquals(1, dispatcher.deliverDue(Duration.ofMinutes(1)).delivered());
            assertEquals("DELIVERED", firings(rule).get(0).state());
            assertEquals(4, receiver.requests().size());
            assertFalse(outbox.retry(dead.entryId(), clock.instant()), "only a dead action can be retried");
            assertEquals(List.of(), outbox.deadLetters(10));
        }
    }

    @Test
    void whatRetryingCannotMendIsDeadAtOnce() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.answer(400);
            allowed.add(receiver.hostAndPort());
            Rule refusedByReceiver = webhook(receiver.url(), SECRET);
            Rule noSecret = webhook(receiver.url(), null);
            Rule toLoopback = webhook(receiver.url(), SECRET);
            Rule tasks = task("Call {name}", null);
            enqueue(refusedByReceiver, "P1:REP_A");
            enqueue(noSecret, "P1:REP_A");
            enqueue(tasks, "P2:");
            OutboxDispatcher dispatcher = dispatcher();
            assertEquals(3, dispatcher.deliverDue(Duration.ofMinutes(1)).dead());
            assertTrue(firings(refusedByReceiver).get(0).lastError().contains("HTTP 400"));
            assertTrue(firings(noSecret).get(0).lastError().contains("no webhook secret"));
            assertTrue(firings(tasks).get(0).lastError().contains("has no owner"));
            assertEquals(1, receiver.requests().size(), "only the first reached the receiver");
            assertEquals(0, count("SELECT COUNT(*) FROM WORK_EFFORT"));

            // Switched off after firing: its queued actions stop too.
            Rule off = task("Call {name}", null);
            enqueue(off, "P4:REP_A");
            rules.save(new Rule(off.id(), off.name(), false, off.trigger(), null, off.action(), 0, null));
            assertEquals(1, dispatcher.deliverDue(Duration.ofMinutes(1)).dead());
            assertTrue(firings(off).get(0).lastError().startsWith("the rule was switched off"));
            assertEquals(0, count("SELECT COUNT(*) FROM WORK_EFFORT"));

            // The address is checked again at delivery: the allow-list no longer lets it through.
            allowed.clear();
            enqueue(toLoopback, "P3:REP_A");
            assertEquals(1, dispatcher.deliverDue(Duration.ofMinutes(1)).dead());
            Outbox.Firing refused = firings(toLoopback).get(0);
            assertTrue(refused.lastError().startsWith("not sent: the host 127.0.0.1 is a special-purpose address"),
                    refused.lastError());
            assertEquals(1, refused.attempts());
            assertEquals(1, receiver.requests().size(), "nothing was sent to a refused address");
        }
    }

    @Test
    void aSecretSealedWithAnotherKeyIsReportedNotSent() throws Exception {
        try (Receiver receiver = new Receiver()) {
            allowed.add(receiver.hostAndPort());
            Rule rule = rules.save(new Rule(null, "hook", true, UP, null, new Action(Action.Kind.WEBHOOK, null, null,
                    null, receiver.url()), 0, null), new SecretBox(SecretBox.newKey()).seal(SECRET));
            enqueue(rule, "P1:REP_A");
            assertEquals(1, dispatcher().deliverDue(Duration.ofMinutes(1)).dead());
            assertTrue(firings(rule).get(0).lastError().contains("set the rule's secret again"));
            assertEquals(0, receiver.requests().size());
        }
    }

    private RuleAdmin admin() {
        return new RuleAdmin(rules, outbox, box, new TierPolicyRepository(store,
                new SettingsRepository(store, clock), clock), new RunRepository(store, clock, 5),
                new PublishedValues(store), new OfbizContactDirectory(db, List.of("CUSTOMER")),
                () -> Set.copyOf(allowed), new AuditRepository(store), clock);
    }

    @Test
    void aRuleWhoseTargetIsNowRefusedCanBeSwitchedOffAndARuleCanBeDeletedKeepingItsFirings() throws Exception {
        RuleAdmin admin = admin();
        allowed.add("hooks.example.test");
        Rule hook = admin.save(new Rule(null, "hook", true, UP, null, new Action(Action.Kind.WEBHOOK, null, null,
                null, "https://hooks.example.test/clv"), 0, null), SECRET, "admin");
        allowed.clear(); // the host no longer resolves or is no longer allowed: the rule can still be switched off
        Rule off = admin.save(new Rule(hook.id(), hook.name(), false, UP, null, hook.action(), 0, null), null,
                "admin");
        assertFalse(off.enabled());
        var on = assertThrows(InvalidFieldsException.class, () -> admin.save(new Rule(hook.id(), hook.name(), true,
                UP, null, hook.action(), 0, null), null, "admin"));
        assertEquals("action.url", on.errors().get(0).field(), "switched on, its target is judged again");

        Rule tasks = task("Call {name}", null);
        enqueue(tasks, "P1:REP_A");
        assertEquals(1, dispatcher().deliverDue(Duration.ofMinutes(1)).delivered());
        enqueue(tasks, "P2:REP_A");
        assertTrue(admin.delete(tasks.id(), "admin"));
        assertTrue(rules.find(tasks.id()).isEmpty());
        assertEquals(List.of(off.id()), rules.all().stream().map(Rule::id).toList(), "hidden from the rules");
        List<Outbox.Firing> kept = firings(tasks);
        assertEquals(2, kept.size(), "its firings stay as history");
        assertTrue(kept.stream().anyMatch(f -> f.state().equals("DELIVERED")));
        assertTrue(kept.stream().anyMatch(f -> f.state().equals("DEAD")
                && f.lastError().equals("the rule was deleted")),
                kept.toString());
        assertEquals(0, dispatcher().deliverDue(Duration.ofMinutes(1)).delivered(), "nothing more is sent");
        assertEquals(1, count("SELECT COUNT(*) FROM WORK_EFFORT"));
        assertFalse(admin.delete(tasks.id(), "admin"), "deleted once");
        assertThrows(IllegalArgumentException.class, () -> rules.save(new Rule(tasks.id(), "back", true, UP, null,
                tasks.action(), 0, null)), "a deleted rule is not saved again");
        assertEquals(1, count("SELECT COUNT(*) FROM CLV_AUDIT WHERE ACTION_NAME = 'RULE_DELETED' AND BEFORE_STATE "
                + "LIKE '%Call {name}%'"), "audited with what it was");
    }

    @Test
    void aWebhookRuleNeedsASecretWhichIsStoredSealedKeptAndNeverAudited() throws Exception {
        RuleAdmin admin = admin();
        allowed.add("hooks.example.test");
        Rule hook = new Rule(null, "hook", true, UP, null, new Action(Action.Kind.WEBHOOK, null, null, null,
                "https://hooks.example.test/clv"), 0, null);
        var none = assertThrows(InvalidFieldsException.class, () -> admin.save(hook, null, "admin"));
        assertEquals("secret", none.errors().get(0).field());
        var tooShort = assertThrows(InvalidFieldsException.class, () -> admin.save(hook, "short", "admin"));
        assertTrue(tooShort.errors().get(0).message().startsWith("16 to 256 characters"));
        assertEquals(List.of(), rules.all(), "nothing saved");

        Rule saved = admin.save(hook, SECRET, "admin");
        assertTrue(admin.hasSecret(saved.id()));
        String sealed = rules.sealedSecret(saved.id()).orElseThrow();
        assertFalse(sealed.contains(SECRET), "stored sealed");
        assertEquals(SECRET, box.open(sealed));
        admin.save(new Rule(saved.id(), "renamed", true, UP, null, hook.action(), 0, null), null, "admin");
        assertEquals(sealed, rules.sealedSecret(saved.id()).orElseThrow(), "kept when none is sent");
        admin.save(new Rule(saved.id(), "renamed", true, UP, null, hook.action(), 0, null),
                "another-secret-of-length", "admin");
        assertEquals("another-secret-of-length", box.open(rules.sealedSecret(saved.id()).orElseThrow()));
        assertFalse(admin.hasSecret(admin.save(new Rule(null, "task", true, UP, null, new Action(Action.Kind.TASK,
                "Call {name}", null, 1, null), 0, null), null, "admin").id()), "a task needs none");
        assertEquals(0, count("SELECT COUNT(*) FROM CLV_AUDIT WHERE DETAIL LIKE '%secret-of%' OR BEFORE_STATE LIKE"
                + " '%secret-of%' OR AFTER_STATE LIKE '%secret-of%'"), "the audit never holds a secret");
        assertEquals(2, count("SELECT COUNT(*) FROM CLV_AUDIT WHERE DETAIL LIKE '%(new webhook secret)'"),
                "the two saves that set a secret say so");
    }

    @Test
    void twoDispatchersNeverClaimTheSameAction() throws Exception {
        Rule rule = task("Call {name}", null);
        enqueue(rule, "P1:REP_A");
        long id = firings(rule).get(0).entryId();
        Instant now = clock.instant();
        assertTrue(outbox.claim(id, now, now.plus(OutboxDispatcher.LEASE)));
        assertFalse(outbox.claim(id, now, now.plus(OutboxDispatcher.LEASE)), "held by the first");
        assertEquals(List.of(), outbox.due(now, 10));
        Instant later = now.plus(OutboxDispatcher.LEASE);
        assertEquals(1, outbox.due(later, 10).size(), "due again when the lease ends (its dispatcher died)");
        assertTrue(outbox.claim(id, later, later.plus(OutboxDispatcher.LEASE)));
        assertEquals(2, firings(rule).get(0).attempts());
    }
}
