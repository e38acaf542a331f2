package org.clvplugin.rest;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;

/**
 * A warning logged at most once a minute with how many times it happened since: what an operator needs to know
 * when the server sheds load or the database is gone, without a log line for every one of thousands of requests.
 */
final class OccasionalWarning {

    private static final long INTERVAL_NANOS = 60_000_000_000L;

    private final Logger log;
    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - INTERVAL_NANOS);
    private final AtomicLong since = new AtomicLong();

    OccasionalWarning(Logger log) {
        this.log = log;
    }

    void warn(String message) {
        long count = since.incrementAndGet();
        long now = System.nanoTime();
        long last = lastLogged.get();
        if (now - last >= INTERVAL_NANOS && lastLogged.compareAndSet(last, now)) {
            since.addAndGet(-count);
            log.warn("{} ({} time(s) in the last minute)", message, count);
        }
    }
}
