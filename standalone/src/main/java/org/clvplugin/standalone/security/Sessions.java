package org.clvplugin.standalone.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.clvplugin.api.host.ApiUser;

/** Signed-in users by session id, in memory, each with its CSRF token; a session ends after 8 idle hours. */
final class Sessions {

    static final Duration IDLE = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    record Session(String id, ApiUser user, String csrfToken, Instant lastUsed) {
    }

    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    Session open(ApiUser user) {
        Session s = new Session(randomId(), user, randomId(), clock.instant());
        sessions.put(s.id(), s);
        return s;
    }

    Optional<Session> find(String id) {
        Session s = sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        if (clock.instant().isAfter(s.lastUsed().plus(IDLE))) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session touched = new Session(s.id(), s.user(), s.csrfToken(), clock.instant());
        sessions.put(id, touched);
        return Optional.of(touched);
    }

    void close(String id) {
        sessions.remove(id);
    }

    static String randomId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
