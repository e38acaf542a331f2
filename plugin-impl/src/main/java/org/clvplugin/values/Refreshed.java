package org.clvplugin.values;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read again once it is older than a given age: a setting used on every request takes effect within that
 * age of being saved, on every node, without a read per request.
 */
public final class Refreshed<T> implements Supplier<T> {

    private final Supplier<T> source;
    private final Duration maxAge;
    private final Clock clock;
    private volatile T value;
    private volatile Instant readAt = Instant.MIN;

    public Refreshed(Supplier<T> source, Duration maxAge, Clock clock) {
        this.source = source;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public T get() {
        Instant now = clock.instant();
        if (value == null || now.isAfter(readAt.plus(maxAge))) {
            value = source.get();
            readAt = now;
        }
        return value;
    }
}
