package org.clvplugin.schedule;

import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;

import org.clvplugin.store.RunRecord;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;

/**
 * The recompute on a Quartz schedule: a cron expression (default nightly at 02:00 in the server's zone), on
 * demand, never two at once. A missed time (the host was down) fires once when the scheduler is back and then
 * follows the schedule; the job asks Quartz to recover it if its node dies. Changing the cron reschedules at once.
 * This store is in memory (one node); the clustered JDBC store for PostgreSQL is still to come.
 */
public final class RecomputeScheduler implements AutoCloseable {

    public static final String DEFAULT_CRON = "0 0 2 * * ?";

    private static final JobKey JOB = JobKey.jobKey("recompute", "clv");
    private static final TriggerKey SCHEDULE = TriggerKey.triggerKey("recompute-schedule", "clv");
    /** Quartz keeps schedulers by name in the JVM: each needs its own. */
    private static final java.util.concurrent.atomic.AtomicInteger INSTANCES = new java.util.concurrent.atomic.AtomicInteger();

    /** What a request to recompute now got: a new run started, or the run already in progress. */
    public record Triggered(boolean started, Long runningRunId) {
    }

    private final Scheduler scheduler;
    private final RecomputeService service;
    private final ZoneId zone;

    private RecomputeScheduler(Scheduler scheduler, RecomputeService service, ZoneId zone) {
        this.scheduler = scheduler;
        this.service = service;
        this.zone = zone;
    }

    /** A started scheduler with the recompute on {@code cron} in {@code zone}. */
    public static RecomputeScheduler start(RecomputeService service, String cron, ZoneId zone)
            throws SchedulerException {
        requireValid(cron);
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "clv-" + INSTANCES.incrementAndGet());
        p.setProperty("org.quartz.threadPool.threadCount", "2");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
        scheduler.getContext().put(RecomputeJob.SERVICE, service);
        JobDetail job = JobBuilder.newJob(RecomputeJob.class).withIdentity(JOB).storeDurably().requestRecovery()
                .build();
        scheduler.addJob(job, true);
        RecomputeScheduler s = new RecomputeScheduler(scheduler, service, zone);
        scheduler.scheduleJob(s.cronTrigger(cron));
        scheduler.start();
        return s;
    }

    /** The next scheduled run, if any. */
    public Optional<Date> nextRun() throws SchedulerException {
        Trigger t = scheduler.getTrigger(SCHEDULE);
        return Optional.ofNullable(t == null ? null : t.getNextFireTime());
    }

    /** Starts a recompute now, unless one is running: then says which. */
    public Triggered triggerNow(String by) throws SchedulerException {
        Optional<RunRecord> running = service.running();
        if (running.isPresent() || !scheduler.getCurrentlyExecutingJobs().isEmpty()) {
            return new Triggered(false, running.map(RunRecord::id).orElse(null));
        }
        scheduler.triggerJob(JOB, new org.quartz.JobDataMap(java.util.Map.of(RecomputeJob.TRIGGERED_BY, by)));
        return new Triggered(true, null);
    }

    /** Replaces the schedule; an invalid expression is refused and the schedule kept. */
    public void reschedule(String cron) throws SchedulerException {
        requireValid(cron);
        scheduler.rescheduleJob(SCHEDULE, cronTrigger(cron));
    }

    /** Refuses an expression Quartz cannot parse, with its reason. */
    public static void requireValid(String cron) {
        try {
            new CronExpression(cron);
        } catch (java.text.ParseException | RuntimeException e) {
            throw new IllegalArgumentException("schedule.cron: '" + cron + "' is not a valid Quartz cron expression ("
                    + e.getMessage() + "); for example '0 0 2 * * ?' is every night at 02:00");
        }
    }

    private Trigger cronTrigger(String cron) {
        return TriggerBuilder.newTrigger().withIdentity(SCHEDULE).forJob(JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Override
    public void close() throws SchedulerException {
        scheduler.shutdown(true);
    }
}
