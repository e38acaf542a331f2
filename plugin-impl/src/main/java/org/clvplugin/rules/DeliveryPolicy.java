package org.clvplugin.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.clvplugin.api.RefusedValueException;

/**
 * How often an action is tried and how long between tries: the wait doubles from {@code firstRetry} after each
 * failed attempt, up to six hours, plus up to a tenth at random so that many actions failing at once (a receiver
 * down) do not all come back at the same second. After {@code maxAttempts} the action is dead-lettered.
 */
public record DeliveryPolicy(int maxAttempts, Duration firstRetry) {

    public static final Duration LONGEST_WAIT = Duration.ofHours(6);
    public static final DeliveryPolicy DEFAULT = new DeliveryPolicy(8, Duration.ofSeconds(30));

    public DeliveryPolicy {
        if (maxAttempts < 1 || maxAttempts > 50) {
            throw RefusedValueException.of("range", "1 to 50, was " + maxAttempts, "min", 1, "max", 50, "value",
                    maxAttempts).at("rules.maxAttempts");
        }
        if (firstRetry.isNegative() || firstRetry.isZero() || firstRetry.compareTo(LONGEST_WAIT) > 0) {
            throw RefusedValueException.of("range", "1 to " + LONGEST_WAIT.toSeconds() + " seconds, was "
                    + firstRetry.toSeconds(), "min", 1, "max", LONGEST_WAIT.toSeconds(), "value", firstRetry.toSeconds())
                    .at("rules.firstRetrySeconds");
        }
    }

    /** The wait before the next try after {@code attempts} failed ones (1 for the first failure). */
    public Duration backoff(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        return wait.plusMillis((long) (wait.toMillis() * 0.1 * ThreadLocalRandom.current().nextDouble()));
    }

    public Instant nextAttempt(int attempts, Instant now) {
        return now.plus(backoff(attempts));
    }

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
