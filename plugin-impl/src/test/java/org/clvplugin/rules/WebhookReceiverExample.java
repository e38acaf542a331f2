package org.clvplugin.rules;

// docs/webhooks.md shows this class as the Java receiver's check; WebhookDocsTest keeps the two the same.
// --- example ---
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Checks a CLV webhook: the signature over the timestamp and the body, and a timestamp at most 5 minutes old. */
public final class WebhookReceiverExample {

    public static boolean verified(String secret, String timestamp, String signature, byte[] body, Instant now)
            throws Exception {
        if (timestamp == null || signature == null || !timestamp.matches("[0-9]{1,12}")
                || Math.abs(now.getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
        String expected = "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        // A constant-time comparison: the time taken says nothing about how much of the signature matched.
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
