package org.clvplugin.rest;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Bounds the API's work in flight: at most {@code permits} requests are worked on at once (fewer than the
 * database pool's connections: more would only wait for one, and each waiting one holds a thread and memory), at
 * most {@code queue} more wait for a turn, each at most {@code waitMillis}; any other request is answered at once
 * with 503 problem details and {@code Retry-After}. A flood then costs a bounded number of threads, and the
 * requests taken are answered in time instead of all of them late. Init parameters of the filter in web.xml.
 */
public final class InFlightLimit implements Filter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(InFlightLimit.class);
    static final int DEFAULT_PERMITS = 12;
    static final int DEFAULT_QUEUE = 64;
    static final long DEFAULT_WAIT_MILLIS = 1_000;
    static final String RETRY_AFTER_SECONDS = "1";

    private final OccasionalWarning shed = new OccasionalWarning(LOG);
    private Semaphore permits;
    private int limit;
    private int queue;
    private long waitMillis;
    private final AtomicInteger waiting = new AtomicInteger();

    @Override
    public void init(FilterConfig config) {
        limit = positive(config, "permits", DEFAULT_PERMITS);
        permits = new Semaphore(limit, true);
        queue = positive(config, "queue", DEFAULT_QUEUE);
        waitMillis = positive(config, "waitMillis", (int) DEFAULT_WAIT_MILLIS);
        LOG.info("API work in flight bounded: {} at once, {} waiting at most {} ms, others 503", limit, queue,
                waitMillis);
    }

    /** How many requests are worked on at once. */
    int limit() {
        return limit;
    }

    /** How many requests wait for a turn now. */
    int waiting() {
        return waiting.get();
    }

    private static int positive(FilterConfig config, String name, int otherwise) {
        String value = config.getInitParameter(name);
        if (value == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the default taken
        }
        LOG.error("setting not applied: filter parameter {} = '{}' is not a positive whole number; using {}", name,
                value, otherwise);
        return otherwise;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!turn()) {
            shed.warn("API busy: a request was answered 503 (" + limit + " at once and " + queue
                    + " waiting is the limit)");
            busy((HttpServletResponse) response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    /** True once this request may be worked on; false when the queue is full or its wait ran out. */
    private boolean turn() {
        if (permits.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    private static void busy(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        Problem.of("busy", "Service busy", 503, "the server is answering as many requests as it can; try again in a "
                + "second").writeTo(response);
    }
}
