package org.clvplugin.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.clvplugin.store.RunRepository;
import org.junit.jupiter.api.Test;

class RecomputeSchedulerTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final JobStore MEMORY = new JobStore.InMemory();

    /** Counts calls; one claimed run at a time, each blocked until released. */
    static final class FakeRecompute implements RecomputeService {
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean running;
        volatile String lastBy;
        volatile boolean fail;
        private long lastId;
        private Long active;

        @Override
        public synchronized RunRepository.Claim claim(String triggeredBy) {
            if (active != null) {
                return new RunRepository.Claim(active, false);
            }
            active = ++lastId;
            lastBy = triggeredBy;
            return new RunRepository.Claim(active, true);
        }

        @Override
        public void recompute(long claimedRunId) {
            calls.incrementAndGet();
            running = true;
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                synchronized (this) {
                    active = null;
                }
                running = false;
            }
            if (fail) {
                throw new IllegalStateException("the host database went away");
            }
        }

        @Override
        public synchronized void cancel(long claimedRunId, String reason) {
            active = null;
        }
    }

    @Test
    void theScheduleFollowsItsCronAndReschedulesWithoutARestart() throws Exception {
        try (RecomputeScheduler s = RecomputeScheduler.start(new FakeRecompute(), RecomputeScheduler.DEFAULT_CRON,
                UTC, MEMORY)) {
            ZonedDateTime next = s.nextRun().orElseThrow().toInstant().atZone(UTC);
            assertEquals(2, next.getHour());
            assertEquals(0, next.getMinute());
            s.reschedule("0 30 3 * * ?");
            ZonedDateTime moved = s.nextRun().orElseThrow().toInstant().atZone(UTC);
            assertEquals(3, moved.getHour());
            assertEquals(30, moved.getMinute());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> s.reschedule("every night"));
            assertTrue(e.getMessage().startsWith("schedule.cron: 'every night' is not a valid Quartz cron expression"),
                    e.getMessage());
            assertEquals(moved.toInstant(), s.nextRun().orElseThrow().toInstant(),
                    "a refused change keeps the schedule");
        }
        assertThrows(IllegalArgumentException.class,
                () -> RecomputeScheduler.start(new FakeRecompute(), "* *", UTC, MEMORY));
    }

    @Test
    void aScheduleThatNeverFiresIsRefusedAndAStoredOneDoesNotStopTheStart() throws Exception {
        for (String never : new String[] {"0 0 2 31 2 ?", "0 0 2 1 1 ? 2020"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CronSchedules.requireValid(never));
            assertEquals("schedule.cron: '" + never + "' never fires from now on; for example '0 0 2 * * ?' is every "
                    + "night at 02:00", e.getMessage());
        }
        try (RecomputeScheduler s = RecomputeScheduler.startFromSetting(new FakeRecompute(), "0 0 2 31 2 ?", UTC,
                MEMORY)) {
            assertTrue(s.settingNotApplied().orElseThrow().contains("never fires"));
            ZonedDateTime next = s.nextRun().orElseThrow().toInstant().atZone(UTC);
            assertEquals(2, next.getHour(), "the default schedule runs instead");
            s.reschedule("0 30 3 * * ?");
            assertTrue(s.settingNotApplied().isEmpty(), "a schedule saved since is the one running");
        }
        try (RecomputeScheduler s = RecomputeScheduler.startFromSetting(new FakeRecompute(), "0 30 3 * * ?", UTC,
                MEMORY)) {
            assertTrue(s.settingNotApplied().isEmpty());
            assertEquals(3, s.nextRun().orElseThrow().toInstant().atZone(UTC).getHour());
        }
    }

    @Test
    void theRunDueAfterAnInstantComesFromTheCronEvenBeforeTheTriggerStarted() throws Exception {
        try (RecomputeScheduler s = RecomputeScheduler.start(new FakeRecompute(), RecomputeScheduler.DEFAULT_CRON,
                java.time.ZoneId.of("Europe/Oslo"), MEMORY)) {
            java.time.Instant threeDaysAgo = java.time.Instant.parse("2026-11-20T12:00:00Z");
            assertEquals(java.time.Instant.parse("2026-11-21T01:00:00Z"), s.scheduledAfter(threeDaysAgo).orElseThrow(),
                    "02:00 in Oslo is 01:00 UTC in winter");
            s.reschedule("0 30 * * * ?");
            assertEquals(java.time.Instant.parse("2026-11-20T12:30:00Z"), s.scheduledAfter(threeDaysAgo).orElseThrow());
        }
    }

    @Test
    void onDemandRunsOnceAndASecondRequestMeanwhileIsAnsweredNotQueued() throws Exception {
        FakeRecompute fake = new FakeRecompute();
        try (RecomputeScheduler s = RecomputeScheduler.start(fake, RecomputeScheduler.DEFAULT_CRON, UTC, MEMORY)) {
            RunRepository.Claim first = s.triggerNow("admin");
            assertTrue(first.started());
            assertTrue(fake.started.await(10, TimeUnit.SECONDS));
            RunRepository.Claim second = s.triggerNow("admin again");
            assertFalse(second.started(), "never two at once");
            assertEquals(first.runId(), second.runId(), "the answer names the run in progress");
            fake.release.countDown();
            waitUntil(() -> !fake.running);
            assertEquals(1, fake.calls.get());
            assertEquals("admin", fake.lastBy);
        }
    }

    @Test
    void aFailingRunDoesNotStopTheScheduler() throws Exception {
        FakeRecompute fake = new FakeRecompute();
        fake.fail = true;
        fake.release.countDown();
        try (RecomputeScheduler s = RecomputeScheduler.start(fake, RecomputeScheduler.DEFAULT_CRON, UTC, MEMORY)) {
            s.triggerNow("first");
            waitUntil(() -> fake.calls.get() == 1 && !fake.running);
            Thread.sleep(200);
            assertTrue(s.triggerNow("second").started());
            waitUntil(() -> fake.calls.get() == 2);
            assertTrue(s.nextRun().isPresent());
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(condition.getAsBoolean(), "condition not reached within 10 s");
    }

    @Test
    void deliveryRunsEveryFewSecondsAndDoesNotHoldBackARecompute() throws Exception {
        FakeRecompute recompute = new FakeRecompute();
        CountDownLatch twice = new CountDownLatch(2);
        CountDownLatch releaseDelivery = new CountDownLatch(1);
        AtomicInteger deliveries = new AtomicInteger();
        try (RecomputeScheduler s = RecomputeScheduler.start(recompute, RecomputeScheduler.DEFAULT_CRON, UTC,
                MEMORY)) {
            s.scheduleDelivery(() -> {
                deliveries.incrementAndGet();
                twice.countDown();
                if (twice.getCount() == 0) {
                    try {
                        releaseDelivery.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }, java.time.Duration.ofSeconds(1));
            assertTrue(twice.await(10, TimeUnit.SECONDS), "delivered twice: " + deliveries.get());
            // The delivery job is running now (held): a recompute still starts.
            assertTrue(s.triggerNow("admin").started());
            assertTrue(recompute.started.await(10, TimeUnit.SECONDS));
            recompute.release.countDown();
            releaseDelivery.countDown();
            s.scheduleDelivery(deliveries::incrementAndGet, java.time.Duration.ofSeconds(1));
        }
    }
}
