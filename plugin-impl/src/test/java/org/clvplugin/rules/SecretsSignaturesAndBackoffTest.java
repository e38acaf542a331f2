package org.clvplugin.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.clvplugin.api.host.FollowUpTask;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The parts of delivery that need no database: sealed secrets, signatures, the backoff, the task's text. */
class SecretsSignaturesAndBackoffTest {

    @Test
    void aSecretIsSealedSoThatOnlyTheSameKeyOpensItAndAnyChangeIsRefused() {
        SecretBox box = new SecretBox(SecretBox.newKey());
        String sealed = box.seal("whsec-example-0123456789");
        assertFalse(sealed.contains("whsec"), sealed);
        assertNotEquals(sealed, box.seal("whsec-example-0123456789"), "a fresh nonce each time");
        assertEquals("whsec-example-0123456789", box.open(sealed));
        var other = assertThrows(IllegalArgumentException.class, () -> new SecretBox(SecretBox.newKey()).open(sealed));
        assertTrue(other.getMessage().contains("set the rule's secret again"));
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThrows(IllegalArgumentException.class, () -> box.open(tampered));
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(new byte[16]), "AES-256 only");
    }

    @Test
    void theSignatureIsHmacSha256OverTimestampDotBodyAsDocumented() {
        byte[] body = "{\"id\":\"clv-1\"}".getBytes(StandardCharsets.UTF_8);
        // Computed independently: python3 -c "import hmac,hashlib; print(hmac.new(b'whsec-example-0123456789',
        // b'1700000000.{\"id\":\"clv-1\"}', hashlib.sha256).hexdigest())"
        String expected = "v1=e51fe1fde6436cdff4f9bbc27574138d86d8c0b54ea4e3cda0c6ac935404a42a";
        assertEquals(expected, WebhookSignature.sign("whsec-example-0123456789", 1_700_000_000L, body));
        Instant sent = Instant.ofEpochSecond(1_700_000_000L);
        assertTrue(WebhookSignature.verify("whsec-example-0123456789", "1700000000", expected, body,
                sent.plusSeconds(100), Duration.ofMinutes(5)));
        assertFalse(WebhookSignature.verify("whsec-example-0123456789", "1700000001", expected, body, sent,
                Duration.ofMinutes(5)), "the timestamp is signed too");
        assertFalse(WebhookSignature.verify("whsec-example-0123456789", "17e8", expected, body, sent,
                Duration.ofMinutes(5)));
        assertFalse(WebhookSignature.verify("whsec-example-0123456789", null, expected, body, sent,
                Duration.ofMinutes(5)));
    }

    @Test
    void theWaitDoublesUpToSixHoursWithAtMostATenthAddedAtRandom() {
        DeliveryPolicy p = new DeliveryPolicy(8, Duration.ofSeconds(30));
        for (int attempt = 1; attempt <= 30; attempt++) {
            long base = Math.min(30L << Math.min(attempt - 1, 20), 6 * 3600);
            long wait = p.backoff(attempt).toMillis();
            assertTrue(wait >= base * 1000 && wait <= base * 1100, "attempt " + attempt + ": " + wait);
        }
        assertFalse(p.exhausted(7));
        assertTrue(p.exhausted(8));
        assertThrows(IllegalArgumentException.class, () -> new DeliveryPolicy(0, Duration.ofSeconds(30)));
        assertThrows(IllegalArgumentException.class, () -> new DeliveryPolicy(3, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new DeliveryPolicy(3, Duration.ofHours(7)));
    }

    @Test
    void aTasksTextComesFromTheTemplatesWithTheEventsValues() throws Exception {
        Transition t = new Transition("CD7", "Ada <b>Lovelace</b>", "REP_ANNA", 6, 7,
                new ContactState("SILVER", 1, 180.0, 0.91, "LOYAL"), new ContactState("GOLD", 2, 1234.5, 0.875,
                "CHAMPIONS"));
        Rule rule = new Rule(3L, "welcome", true, new Trigger(Trigger.Kind.TIER_UPGRADED, null, null, null, null),
                null, new Action(Action.Kind.TASK, "Call {name} ({partyId}): {previousTier} to {tier}",
                "CLV {previousClv} -> {clv}, alive {probabilityAlive}, {segment}, run {run}, owner {owner}", 5, null),
                0, null);
        var event = new ObjectMapper().valueToTree(OutboxEntries.event(rule,
                new RuleEvaluator.Firing(3, t.key(Trigger.Kind.TIER_UPGRADED), t)));
        Instant now = Instant.parse("2026-11-30T10:00:00Z");
        FollowUpTask task = TaskDelivery.task("k", rule.action(), event, Map.of("GOLD", "Gold", "SILVER", "Silver"),
                now);
        assertEquals("Call Ada <b>Lovelace</b> (CD7): Silver to Gold", task.subject(), "text, never markup");
        assertEquals("CLV 180.00 -> 1234.50, alive 88%, CHAMPIONS, run 7, owner REP_ANNA", task.description());
        assertEquals(now.plus(Duration.ofDays(5)), task.due());
        assertEquals("REP_ANNA", task.ownerPartyId());
        assertEquals("CD7", task.contactPartyId());
        FollowUpTask unnamed = TaskDelivery.task("k", rule.action(), event, Map.of(), now);
        assertTrue(unnamed.subject().endsWith("SILVER to GOLD"), "a tier no longer in the policy shows its key");
    }

    @Test
    void aReceiverThatCannotBeReachedIsSaidInWordsNotAsAJavaException() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/hook";
        java.io.IOException refused = assertThrows(java.io.IOException.class, () -> java.net.http.HttpClient
                .newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()));
        assertEquals("127.0.0.1 refused the connection (nothing listens there, or a firewall says no)",
                WebhookDelivery.unreachable(url, refused));
        assertEquals("hooks.example.com did not answer within 15 s", WebhookDelivery.unreachable(
                "https://hooks.example.com/x", new java.net.http.HttpTimeoutException("request timed out")));
        assertEquals("the name nowhere.invalid does not resolve", WebhookDelivery.unreachable(
                "https://nowhere.invalid/x", new java.net.UnknownHostException("nowhere.invalid")));
        assertFalse(WebhookDelivery.unreachable("https://h.example/x", new javax.net.ssl.SSLHandshakeException(
                "PKIX path building failed")).contains("javax."), "no class names");
    }
}
