package org.clvplugin.standalone.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks an account for 15 minutes after 5 sign-in attempts in a row that did not succeed, so that passwords cannot
 * be guessed by trying; a successful sign-in clears the count. An attempt is counted before its password is checked,
 * atomically, so attempts sent in parallel cannot pass the limit. Only existing accounts are counted: the table is
 * bounded by the accounts, whatever names an anonymous caller sends, and a lock that has run out is dropped. Kept in
 * memory: a restart forgets it.
 */
final class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private record Attempts(int count, Instant lockedUntil) {
    }

    private final ConcurrentHashMap<String, Attempts> attempts = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Counts an attempt on the account; false (not counted) when the account is locked. */
    boolean tryAttempt(String account) {
        boolean[] allowed = {false};
        attempts.compute(account, (key, a) -> {
            Instant now = clock.instant();
            if (a != null && a.lockedUntil() != null && now.isBefore(a.lockedUntil())) {
                return a;
            }
            int count = a == null || a.lockedUntil() != null ? 1 : a.count() + 1;
            allowed[0] = true;
            return new Attempts(count, count >= MAX_FAILURES ? now.plus(LOCK) : null);
        });
        return allowed[0];
    }

    /** The attempt succeeded: the account's count starts again. */
    void succeeded(String account) {
        attempts.remove(account);
    }

    /** How many accounts have attempts counted (for tests of the bound). */
    int tracked() {
        return attempts.size();
    }
}
