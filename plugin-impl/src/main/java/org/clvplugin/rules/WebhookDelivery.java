package org.clvplugin.rules;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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

    DeliveryOutcome deliver(Outbox.Entry entry, Action action, JsonNode event, Instant now) {
        Optional<String> refused = new WebhookTargets(allowList.get()).refusal(action.url()).map(FieldError::message);
        if (refused.isPresent()) {
            return DeliveryOutcome.refused("not sent: " + refused.get());
        }
        String secret;
        try {
            secret = secrets.apply(entry.ruleId()).orElse(null);
        } catch (IllegalArgumentException e) {
            return DeliveryOutcome.refused(e.getMessage());
        }
        if (secret == null) {
            return DeliveryOutcome.refused("the rule has no webhook secret to sign with; set one");
        }
        byte[] body = body(entry, event).getBytes(StandardCharsets.UTF_8);
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(action.url())).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "clv-plugin-webhook")
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
                .header(WebhookSignature.IDEMPOTENCY_HEADER, entry.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        int status;
        try {
            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return DeliveryOutcome.retry(unreachable(action.url(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.retry("interrupted while sending");
        }
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
