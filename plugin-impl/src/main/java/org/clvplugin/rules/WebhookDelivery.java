package org.clvplugin.rules;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.clvplugin.api.FieldError;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A WEBHOOK action: the event POSTed as JSON to the rule's URL, signed ({@link WebhookSignature}) with the rule's
 * secret, with the idempotency key in a header and in the body's {@code id} so a receiver can drop a repeat. The
 * address is checked again before each delivery (a name can be re-pointed at a private address); redirects are
 * not followed. 2xx is delivered; 408, 429, 5xx and network failures are tried again; other answers are refused.
 */
public final class WebhookDelivery {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient client;
    private final Supplier<Set<String>> allowList;
    private final Function<Long, Optional<String>> secrets;

    /** @param secrets a rule's webhook secret, opened; throws IllegalArgumentException when it cannot be opened */
    public WebhookDelivery(Supplier<Set<String>> allowList, Function<Long, Optional<String>> secrets) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        this.allowList = allowList;
        this.secrets = secrets;
    }

    /**
     * A webhook as sent, or why it was not: the headers (the signature among them), the body, and the receiver's
     * status; {@code notSent} says why nothing left (a refused address, no secret), {@code failed} why no answer came.
     */
    public record Sent(String url, Map<String, String> headers, String body, Integer status, String notSent,
                       String failed) {
    }

    DeliveryOutcome deliver(Outbox.Entry entry, Action action, JsonNode event, Instant now) {
        Sent sent = send(entry.ruleId(), action.url(), body(entry, event), entry.idempotencyKey(), now);
        if (sent.notSent() != null) {
            return DeliveryOutcome.refused(sent.notSent());
        }
        if (sent.failed() != null) {
            return DeliveryOutcome.retry(sent.failed());
        }
        int status = sent.status();
        if (status >= 200 && status < 300) {
            return DeliveryOutcome.delivered();
        }
        String answer = "the receiver answered HTTP " + status;
        if (status == 408 || status == 429 || status >= 500) {
            return DeliveryOutcome.retry(answer);
        }
        return DeliveryOutcome.refused(answer + (status >= 300 && status < 400 ? " (redirects are not followed)"
                : " (not tried again: fix the receiver or the rule, then retry)"));
    }

    /**
     * Sends a sample event to a rule's URL as a real one would go, signed with its secret, and tells what went and
     * what came back; nothing is queued or retried. {@code type} is {@code clv.rule.test}, the contact a made-up one.
     */
    public Sent test(Rule rule, Instant now) {
        ObjectNode event = JSON.createObjectNode();
        String key = "clv-test-" + java.util.UUID.randomUUID();
        event.put("id", key);
        event.put("type", "clv.rule.test");
        event.put("firedAt", now.toString());
        event.set("rule", JSON.createObjectNode().put("id", rule.id()).put("name", rule.name()));
        event.set("contact", JSON.createObjectNode().put("partyId", "TEST").put("name", "A test contact")
                .putNull("ownerPartyId"));
        ObjectNode change = JSON.createObjectNode().put("trigger", rule.trigger().kind().name())
                .put("key", rule.trigger().kind() + ":0>0").put("fromRun", 0).put("toRun", 0);
        change.putNull("before");
        change.putNull("after");
        event.set("transition", change);
        event.put("run", 0);
        return send(rule.id(), rule.action().url(), event.toString(), key, now);
    }

    private Sent send(long ruleId, String url, String json, String idempotencyKey, Instant now) {
        Optional<String> refused = new WebhookTargets(allowList.get()).refusal(url).map(FieldError::message);
        if (refused.isPresent()) {
            return new Sent(url, Map.of(), json, null, "not sent: " + refused.get(), null);
        }
        String secret;
        try {
            secret = secrets.apply(ruleId).orElse(null);
        } catch (IllegalArgumentException e) {
            return new Sent(url, Map.of(), json, null, e.getMessage(), null);
        }
        if (secret == null) {
            return new Sent(url, Map.of(), json, null, "the rule has no webhook secret to sign with; set one", null);
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "clv-plugin-webhook");
        headers.put(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
        headers.put(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body));
        headers.put(WebhookSignature.IDEMPOTENCY_HEADER, idempotencyKey);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Sent(url, headers, json, status, null, null);
        } catch (IOException e) {
            return new Sent(url, headers, json, null, null, unreachable(url, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sent(url, headers, json, null, null, "interrupted while sending");
        }
    }

    /**
     * Why the receiver could not be reached, in words an admin can act on (not the Java exception's name): the
     * connection refused or timed out, no answer in time, a name that does not resolve, a secure connection that
     * failed.
     */
    static String unreachable(String url, IOException e) {
        String host = URI.create(url).getHost();
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? "" : " (" + e.getMessage() + ")";
        if (e instanceof java.net.http.HttpConnectTimeoutException) {
            return "no connection to " + host + " within 5 s";
        } else if (e instanceof java.net.http.HttpTimeoutException) {
            return host + " did not answer within " + TIMEOUT.toSeconds() + " s";
        } else if (e instanceof java.net.ConnectException) {
            return host + " refused the connection (nothing listens there, or a firewall says no)";
        } else if (e instanceof java.net.UnknownHostException) {
            return "the name " + host + " does not resolve";
        } else if (e instanceof javax.net.ssl.SSLException) {
            return "the secure connection to " + host + " failed" + detail;
        }
        return "the connection to " + host + " failed" + detail;
    }

    /** The event with the idempotency key as its id, a type, and when it fired. */
    static String body(Outbox.Entry entry, JsonNode event) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", entry.idempotencyKey());
        body.put("type", "clv.rule.fired");
        body.put("firedAt", entry.createdAt().toString());
        body.setAll((ObjectNode) event);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event is always JSON", e);
        }
    }
}
