package org.clvplugin.host.ofbiz.component;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.clvplugin.api.host.ApiUser;

/**
 * Short-lived tokens that carry an OFBiz user's identity and CLV permissions from an OFBiz screen (where OFBiz has
 * signed the user in and checked CLV_VIEW or CLV_ADMIN) to the plugin's API in the /clv webapp, which has its own
 * session: {@code clv1.<payload>.<HMAC-SHA256>}, the payload holding user, party, role and expiry.
 */
final class CardTokens {

    static final String PREFIX = "clv1.";
    static final Duration LIFETIME = Duration.ofHours(12);
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;
    private final Clock clock;

    /** @param secret the host's key; the tokens are signed with a key derived from it for this use only */
    CardTokens(byte[] secret, Clock clock) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("clv card tokens".getBytes(StandardCharsets.US_ASCII));
            this.key = sha.digest(secret);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
        this.clock = clock;
    }

    String mint(String userLoginId, String partyId, boolean admin) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        String payload = ENCODE.encodeToString(String.join("\n", userLoginId, partyId == null ? "" : partyId,
                admin ? "admin" : "viewer", Long.toString(expires)).getBytes(StandardCharsets.UTF_8));
        return PREFIX + payload + "." + sign(payload);
    }

    /** The user of a token signed with this key and not expired; empty otherwise. */
    Optional<ApiUser> verify(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = token.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 2 || !MessageDigest.isEqual(sign(parts[0]).getBytes(StandardCharsets.US_ASCII),
                parts[1].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] fields;
        try {
            fields = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (fields.length != 4 || !fields[3].matches("[0-9]{1,12}")
                || Long.parseLong(fields[3]) < clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        Set<String> permissions = fields[2].equals("admin") ? ApiUser.admin() : ApiUser.viewer();
        return Optional.of(new ApiUser(fields[0], permissions, fields[1].isEmpty() ? null : fields[1]));
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return ENCODE.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }
}
