package org.clvplugin.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

class InFlightLimitTest {

    /** A response that records its status, headers and body. */
    private static final class Answer {
        final HttpServletResponse response = mock(HttpServletResponse.class);
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Answer() throws Exception {
            when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }
            });
        }
    }

    /** A request that is worked on until {@code release}: it says so on {@code inside} when it begins. */
    private static FilterChain heldUntil(CountDownLatch inside, CountDownLatch release) {
        return (req, res) -> {
            inside.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private static InFlightLimit limit(Map<String, String> parameters) {
        FilterConfig config = mock(FilterConfig.class);
        parameters.forEach((k, v) -> when(config.getInitParameter(k)).thenReturn(v));
        InFlightLimit limit = new InFlightLimit();
        limit.init(config);
        return limit;
    }

    @Test
    void beyondTheRequestsAtOnceAndTheQueueAnAnswerIsAFast503WithRetryAfter() throws Exception {
        InFlightLimit limit = limit(Map.of("permits", "1", "queue", "1", "waitMillis", "60000"));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FilterChain slow = heldUntil(inside, release);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Answer first = new Answer();
            Future<?> working = pool.submit(() -> {
                limit.doFilter(mock(HttpServletRequest.class), first.response, slow);
                return null;
            });
            assertTrue(inside.await(10, TimeUnit.SECONDS));
            FilterChain quick = mock(FilterChain.class);
            Answer queued = new Answer();
            Future<?> waiting = pool.submit(() -> {
                limit.doFilter(mock(HttpServletRequest.class), queued.response, quick);
                return null;
            });
            for (int i = 0; i < 500 && limit.waiting() < 1; i++) {
                Thread.sleep(10);
            }
            assertEquals(1, limit.waiting(), "the second request waits its turn");
            // One works, one waits (the queue holds one): the third is answered at once, without waiting its turn.
            Answer shed = new Answer();
            FilterChain never = mock(FilterChain.class);
            limit.doFilter(mock(HttpServletRequest.class), shed.response, never);
            verify(shed.response).setStatus(503);
            verify(shed.response).setHeader("Retry-After", "1");
            verify(shed.response).setContentType("application/problem+json");
            verify(never, never()).doFilter(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
            String problem = shed.body.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(problem.contains("\"type\":\"https://clvplugin.org/problems/busy\""), problem);
            assertTrue(problem.contains("\"status\":503"), problem);

            release.countDown();
            working.get(10, TimeUnit.SECONDS);
            waiting.get(10, TimeUnit.SECONDS);
            verify(quick).doFilter(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
            verify(queued.response, never()).setStatus(503);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aRequestWaitsAtMostItsTimeThenIsAnswered503AndTheLimitRecovers() throws Exception {
        InFlightLimit limit = limit(Map.of("permits", "1", "queue", "5", "waitMillis", "50"));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> working = pool.submit(() -> {
                limit.doFilter(mock(HttpServletRequest.class), new Answer().response, heldUntil(inside, release));
                return null;
            });
            assertTrue(inside.await(10, TimeUnit.SECONDS));
            Answer late = new Answer();
            limit.doFilter(mock(HttpServletRequest.class), late.response, mock(FilterChain.class));
            verify(late.response).setStatus(503);
            release.countDown();
            working.get(10, TimeUnit.SECONDS);
            FilterChain after = mock(FilterChain.class);
            Answer ok = new Answer();
            limit.doFilter(mock(HttpServletRequest.class), ok.response, after);
            verify(after).doFilter(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
            verify(ok.response, never()).setStatus(503);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aParameterThatIsNotAPositiveWholeNumberLeavesTheDefault() {
        InFlightLimit limit = limit(Map.of("permits", "-3", "queue", "many"));
        assertEquals(InFlightLimit.DEFAULT_PERMITS, limit.limit());
    }
}
