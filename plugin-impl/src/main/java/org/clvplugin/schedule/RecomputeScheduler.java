package org.clvplugin.schedule;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;

import org.clvplugin.store.RunRepository;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * The recompute on a Quartz schedule: a cron expression (default nightly at 02:00 in the server's zone), on
 * demand, never two at once. A missed time (the host was down) fires once when the scheduler is back and then
 * follows the schedule; the job asks Quartz to recover it if its node dies. Changing the cron reschedules at once.
 * The {@link JobStore} says whether this node is alone (in memory) or one of a cluster sharing the database.
 */
public final class RecomputeScheduler implements RunTrigger, AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RecomputeScheduler.class);

    public static final String DEFAULT_CRON = "0 0 2 * * ?";

    private static final JobKey JOB = JobKey.jobKey("recompute", "clv");
    private static final TriggerKey SCHEDULE = TriggerKey.triggerKey("recompute-schedule", "clv");
    private static final JobKey DELIVERY_JOB = JobKey.jobKey("deliver-follow-ups", "clv");
    private static final TriggerKey DELIVERY_SCHEDULE = TriggerKey.triggerKey("deliver-follow-ups-schedule", "clv");
    /** How often the follow-up actions are delivered. */
    public static final java.time.Duration DELIVERY_INTERVAL = java.time.Duration.ofSeconds(15);
    /** Every node of a cluster must carry the same scheduler name: Quartz's tables are keyed by it. */
    private static final String NAME = "clv";
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Scheduler scheduler;
    private final RecomputeService service;
    private final ZoneId zone;
    /** Why the stored schedule is not the one running, until an admin saves one that is. */
    private volatile String settingNotApplied;

    private RecomputeScheduler(Scheduler scheduler, RecomputeService service, ZoneId zone) {
        this.scheduler = scheduler;
        this.service = service;
        this.zone = zone;
    }

    /**
     * A started scheduler on the stored {@code cron}; one that cannot be applied (it never fires any more, or a
     * version of Quartz refuses it) never stops the host from starting: it is logged, shown by
     * {@link #settingNotApplied()}, and the recompute runs on the default until an admin saves a schedule.
     */
    public static RecomputeScheduler startFromSetting(RecomputeService service, String cron, ZoneId zone,
                                                      JobStore store) throws SchedulerException {
        try {
            CronSchedules.requireValid(cron);
        } catch (IllegalArgumentException e) {
            LOG.error("setting not applied: {}; the recompute runs at the default schedule '{}' until it is changed",
                    e.getMessage(), DEFAULT_CRON);
            RecomputeScheduler s = start(service, DEFAULT_CRON, zone, store);
            s.settingNotApplied = e.getMessage();
            return s;
        }
        return start(service, cron, zone, store);
    }

    /** A started scheduler with the recompute on {@code cron} in {@code zone}, kept in {@code store}. */
    public static RecomputeScheduler start(RecomputeService service, String cron, ZoneId zone, JobStore store)
            throws SchedulerException {
        CronSchedules.requireValid(cron);
        String instanceId = newInstanceId();
        StdSchedulerFactory factory = new StdSchedulerFactory(properties(store, instanceId));
        Scheduler scheduler = factory.getScheduler();
        // Owned by this object, never looked up by name: several nodes of one cluster may share a JVM (tests).
        SchedulerRepository.getInstance().remove(NAME);
        scheduler.getContext().put(RecomputeJob.SERVICE, service);
        JobDetail job = JobBuilder.newJob(RecomputeJob.class).withIdentity(JOB).storeDurably().requestRecovery()
                .build();
        scheduler.addJob(job, true);
        RecomputeScheduler s = new RecomputeScheduler(scheduler, service, zone);
        s.ensureSchedule(cron);
        scheduler.start();
        return s;
    }

    private static Properties properties(JobStore store, String instanceId) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", NAME);
        p.setProperty("org.quartz.scheduler.instanceId", instanceId);
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", "2");
        if (store instanceof JobStore.Clustered c) {
            String dataSource = "clv-" + instanceId;
            DBConnectionManager.getInstance().addConnectionProvider(dataSource, connections(c));
            p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
            p.setProperty("org.quartz.jobStore.driverDelegateClass", c.driverDelegate());
            p.setProperty("org.quartz.jobStore.dataSource", dataSource);
            p.setProperty("org.quartz.jobStore.tablePrefix", "CLV_QRTZ_");
            p.setProperty("org.quartz.jobStore.isClustered", "true");
            // Without the lock two nodes can both take the same firing of a trigger (Quartz issue #107): a delivery
            // pass then ran twice a second in the two-node test.
            p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
            p.setProperty("org.quartz.jobStore.clusterCheckinInterval",
                    Long.toString(c.checkinInterval().toMillis()));
            // Job data holds strings only: stored as properties, not serialized Java objects.
            p.setProperty("org.quartz.jobStore.useProperties", "true");
        } else {
            p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        }
        return p;
    }

    private static ConnectionProvider connections(JobStore.Clustered store) {
        return new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                return store.dataSource().getConnection();
            }

            @Override
            public void shutdown() {
                // The data source belongs to the host.
            }

            @Override
            public void initialize() {
                // Nothing to set up: the host's data source is ready.
            }
        };
    }

    /** Unique in the cluster, and telling an admin which machine and process a node is. */
    private static String newInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid() + "-"
                + ManagementFactory.getRuntimeMXBean().getStartTime() + "-" + INSTANCES.incrementAndGet();
    }

    /** Adds the cron trigger, or replaces a stored one (another node's, or an earlier start's) that differs. */
    private void ensureSchedule(String cron) throws SchedulerException {
        Trigger stored = scheduler.getTrigger(SCHEDULE);
        if (stored == null) {
            try {
                scheduler.scheduleJob(cronTrigger(cron));
                return;
            } catch (org.quartz.ObjectAlreadyExistsException e) {
                stored = scheduler.getTrigger(SCHEDULE); // another node added it meanwhile
            }
        }
        if (!(stored instanceof CronTrigger c) || !c.getCronExpression().equals(cron)
                || !c.getTimeZone().toZoneId().equals(zone)) {
            scheduler.rescheduleJob(SCHEDULE, cronTrigger(cron));
        }
    }

    /**
     * Delivers the follow-up actions every {@code every}. Alone (in memory) this node delivers; in a cluster the
     * trigger is the cluster's, so each interval's pass runs on one node, whichever fires it (a node that is down
     * leaves it to the others). The outbox's claims would keep two passes apart if they ever overlapped.
     */
    public void scheduleDelivery(Runnable deliver, java.time.Duration every) throws SchedulerException {
        scheduler.getContext().put(DeliveryJob.DELIVERY, deliver);
        scheduler.addJob(JobBuilder.newJob(DeliveryJob.class).withIdentity(DELIVERY_JOB).storeDurably().build(),
                true);
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(DELIVERY_SCHEDULE).forJob(DELIVERY_JOB)
                .withSchedule(org.quartz.SimpleScheduleBuilder.repeatSecondlyForever((int) every.toSeconds())
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        if (scheduler.getTrigger(DELIVERY_SCHEDULE) == null) {
            try {
                scheduler.scheduleJob(trigger);
                return;
            } catch (org.quartz.ObjectAlreadyExistsException e) {
                // another node added it meanwhile
            }
        }
        scheduler.rescheduleJob(DELIVERY_SCHEDULE, trigger);
    }

    /** This node's name in the cluster. */
    public String instanceId() throws SchedulerException {
        return scheduler.getSchedulerInstanceId();
    }

    /** The next scheduled run, if any. */
    public Optional<Date> nextRun() throws SchedulerException {
        Trigger t = scheduler.getTrigger(SCHEDULE);
        return Optional.ofNullable(t == null ? null : t.getNextFireTime());
    }

    /**
     * The first scheduled run after an instant, by the current schedule; empty without one. From the cron
     * expression itself: the trigger answers nothing before its own start.
     */
    public Optional<java.time.Instant> scheduledAfter(java.time.Instant after) {
        try {
            if (!(scheduler.getTrigger(SCHEDULE) instanceof CronTrigger t)) {
                return Optional.empty();
            }
            CronExpression cron = new CronExpression(t.getCronExpression());
            cron.setTimeZone(t.getTimeZone());
            return Optional.ofNullable(cron.getNextValidTimeAfter(Date.from(after))).map(Date::toInstant);
        } catch (SchedulerException | java.text.ParseException e) {
            throw new IllegalStateException("the scheduler could not say when it runs: " + e.getMessage(), e);
        }
    }

    /**
     * Starts a recompute now, unless one is in progress: then says which. The run is claimed in the database
     * before this returns, so of requests at once on any node one starts a run; the scheduler then hands it to a
     * node (in a cluster, any node; a node that dies during it has it recovered by another).
     */
    public RunRepository.Claim triggerNow(String by) throws SchedulerException {
        RunRepository.Claim claim = service.claim(by);
        if (!claim.started()) {
            return claim;
        }
        try {
            scheduler.triggerJob(JOB, new JobDataMap(Map.of(RecomputeJob.TRIGGERED_BY, by,
                    RecomputeJob.RUN_ID, Long.toString(claim.runId()))));
        } catch (SchedulerException | RuntimeException e) {
            service.cancel(claim.runId(), "the scheduler could not start the run: " + e.getMessage());
            throw e;
        }
        return claim;
    }

    @Override
    public RunRepository.Claim trigger(String by) {
        try {
            return triggerNow(by);
        } catch (SchedulerException e) {
            throw new IllegalStateException("the scheduler could not start a run: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> settingNotApplied() {
        return Optional.ofNullable(settingNotApplied);
    }

    /** Replaces the schedule; an invalid expression is refused and the schedule kept. */
    public void reschedule(String cron) throws SchedulerException {
        CronSchedules.requireValid(cron);
        scheduler.rescheduleJob(SCHEDULE, cronTrigger(cron));
        settingNotApplied = null;
        LOG.info("recompute rescheduled: {}", cron);
    }

    private Trigger cronTrigger(String cron) {
        return TriggerBuilder.newTrigger().withIdentity(SCHEDULE).forJob(JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /** The Quartz scheduler itself, for tests that listen to what it executes. */
    Scheduler quartz() {
        return scheduler;
    }

    @Override
    public void close() throws SchedulerException {
        scheduler.shutdown(true);
    }
}
