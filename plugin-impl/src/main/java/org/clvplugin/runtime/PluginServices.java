package org.clvplugin.runtime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.clvplugin.api.host.ContactDirectory;
import org.clvplugin.api.host.CountingRules;
import org.clvplugin.api.host.HostProvider;
import org.clvplugin.rest.ClvRuntime;
import org.clvplugin.rules.ContactFollowUps;
import org.clvplugin.rules.DeliveryPolicy;
import org.clvplugin.rules.Outbox;
import org.clvplugin.rules.OutboxDispatcher;
import org.clvplugin.rules.RuleAdmin;
import org.clvplugin.rules.RuleStore;
import org.clvplugin.rules.SecretBox;
import org.clvplugin.rules.TaskDelivery;
import org.clvplugin.rules.WebhookDelivery;
import org.clvplugin.schedule.JobStore;
import org.clvplugin.schedule.RecomputeScheduler;
import org.clvplugin.schedule.RecomputeService;
import org.clvplugin.scoring.CountingRulesReader;
import org.clvplugin.scoring.Recompute;
import org.clvplugin.scoring.RecomputeSettingsReader;
import org.clvplugin.settings.AdminSettings;
import org.clvplugin.settings.TierAdmin;
import org.clvplugin.store.AuditRepository;
import org.clvplugin.store.PluginStore;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.store.RunRecord;
import org.clvplugin.store.RunRepository;
import org.clvplugin.tokens.ApiTokens;
import org.clvplugin.store.SettingsRepository;
import org.clvplugin.store.TierPolicyRepository;
import org.clvplugin.tiers.Tier;
import org.clvplugin.values.ContactList;
import org.clvplugin.values.ContactValues;
import org.clvplugin.values.Dashboard;
import org.clvplugin.values.OwnerNames;
import org.clvplugin.values.Refreshed;

/**
 * The plugin's wiring over what a host provides ({@link HostProvider}), the same for every host (the standalone
 * server, the OFBiz component, a test's): the plugin store, runs and settings, the recompute, the webapp's runtime,
 * the schedule and the delivery of follow-up actions.
 */
public class PluginServices implements AutoCloseable {

    /** How long the webapp keeps a setting it reads on every request before reading it again. */
    private static final java.time.Duration SETTINGS_REREAD = java.time.Duration.ofSeconds(5);

    /** One delivery pass stops taking new actions after this, so that the scheduler can stop promptly. */
    private static final java.time.Duration DELIVERY_BUDGET = java.time.Duration.ofSeconds(30);

    /** The schedule at work (recompute and delivery) and the webapp's runtime; closing it stops the schedule. */
    public record Running(RecomputeScheduler schedule, ClvRuntime runtime) implements AutoCloseable {
        @Override
        public void close() throws org.quartz.SchedulerException {
            schedule.close();
        }
    }

    public final DataSource db;
    public final PluginStore store;
    public final RunRepository runs;
    public final SettingsRepository settings;
    private final Clock clock = Clock.systemDefaultZone();

    private final HostProvider host;

    /** Over the host's provider, which it closes with itself; migrates the plugin's tables first. */
    public PluginServices(HostProvider host) {
        this.host = host;
        this.db = host.connections();
        this.store = PluginStore.open(db);
        this.settings = new SettingsRepository(store, clock);
        this.runs = new RunRepository(store, clock, settings::runsKept);
        runs.failInterrupted();
    }

    /**
     * Runs a recompute with the counting rules and model settings stored, as of the given day if one is given;
     * {@code progress} gets a line per step. {@link org.clvplugin.store.RunInProgressException} when a run is in
     * progress.
     */
    public RunRecord recompute(LocalDate asOf, String by, Consumer<String> progress) {
        CountingRules rules = countingRules(asOf);
        progress.accept("recomputing as of " + rules.asOf() + " ...");
        return recompute(rules).run(RecomputeSettingsReader.read(settings::get, rules), by, line -> progress.accept(
                "  " + line));
    }

    private CountingRules countingRules(LocalDate asOf) {
        CountingRules stored = CountingRulesReader.read(settings::get, LocalDate.now(clock));
        return asOf == null ? stored : stored.withAsOf(asOf);
    }

    private Recompute recompute(CountingRules rules) {
        return new Recompute(host.contacts(rules::contactRoles), host.ledger(), store, runs,
                new TierPolicyRepository(store, settings, clock), clock);
    }

    /** What the webapp works with: this host's database, runs, values, settings, and its schedule. */
    public ClvRuntime webRuntime(RecomputeScheduler schedule, SecretBox secrets) {
        PublishedValues published = new PublishedValues(store);
        TierPolicyRepository policies = new TierPolicyRepository(store, settings, clock);
        ContactDirectory directory = host.contacts(new Refreshed<>(() -> CountingRulesReader
                .read(settings::get, LocalDate.now(clock)).contactRoles(), SETTINGS_REREAD, clock));
        AdminSettings admin = new AdminSettings(settings, clock, cron -> reschedule(schedule, cron));
        AuditRepository audit = new AuditRepository(store);
        OwnerNames owners = new OwnerNames(directory, clock);
        RuleStore rules = new RuleStore(store, clock);
        Outbox outbox = new Outbox(db);
        return new ClvRuntime(db, runs, new ContactValues(runs, published, directory, owners, policies,
                schedule::scheduledAfter, clock),
                new ContactList(runs, published, directory, owners), new Dashboard(runs, published), admin,
                new TierAdmin(policies, published), schedule, audit,
                new RuleAdmin(rules, outbox, secrets, policies, runs, published, directory, admin::webhookAllowList,
                        audit, clock), new ContactFollowUps(outbox, rules, policies), new ApiTokens(store, audit, clock),
                host.security());
    }

    /**
     * Delivers the follow-up actions: tasks to the host's sink, webhooks (to the
     * allowed private hosts besides public ones) signed with the rules' secrets, retried as the policy says.
     */
    public OutboxDispatcher dispatcher(Supplier<Set<String>> webhookAllowList, Supplier<DeliveryPolicy> policy,
                                       SecretBox secrets) {
        RuleStore rules = new RuleStore(store, clock);
        TierPolicyRepository policies = new TierPolicyRepository(store, settings, clock);
        return new OutboxDispatcher(new Outbox(db), rules, new TaskDelivery(host.followUps()),
                new WebhookDelivery(webhookAllowList, id -> rules.sealedSecret(id).map(secrets::open)), policy,
                () -> policies.load().tiers().stream().collect(Collectors.toMap(Tier::key, Tier::displayName)),
                clock);
    }

    private static void reschedule(RecomputeScheduler schedule, String cron) {
        try {
            schedule.reschedule(cron);
        } catch (org.quartz.SchedulerException e) {
            throw new IllegalStateException("the new schedule is saved but could not be applied until a restart: "
                    + e.getMessage(), e);
        }
    }

    /** The recompute as the scheduler runs it: as of the configured date when claimed, output to nowhere. */
    public RecomputeService asService() {
        return new RecomputeService() {
            @Override
            public RunRepository.Claim claim(String triggeredBy) {
                return runs.claim(triggeredBy, countingRules(null).asOf());
            }

            @Override
            public void recompute(long claimedRunId) {
                RunRecord claimed = runs.find(claimedRunId).orElseThrow(() -> new IllegalStateException("run "
                        + claimedRunId + " does not exist"));
                CountingRules rules = countingRules(claimed.asOf());
                PluginServices.this.recompute(rules).runClaimed(RecomputeSettingsReader.read(settings::get, rules),
                        claimedRunId, line -> { });
            }

            @Override
            public void cancel(long claimedRunId, String reason) {
                runs.fail(claimedRunId, reason);
            }
        };
    }

    /**
     * Starts the schedule from the settings (nightly at 02:00 in the server's zone unless set); on PostgreSQL, MySQL
     * and MariaDB as one node of a cluster, so several hosts can share the database and each run happens once.
     */
    public RecomputeScheduler startSchedule() throws org.quartz.SchedulerException {
        String cron = settings.get(SettingsRepository.SCHEDULE_CRON).orElse(RecomputeScheduler.DEFAULT_CRON);
        JobStore jobs = store.database().sharedByNodes()
                ? new JobStore.Clustered(db, store.database(), JobStore.Clustered.DEFAULT_CHECKIN)
                : new JobStore.InMemory();
        return RecomputeScheduler.startFromSetting(asService(), cron, ZoneId.systemDefault(), jobs);
    }

    /**
     * Starts the schedule (recompute and delivery of follow-up actions) and builds the webapp's runtime with the
     * host's security; webhook secrets are sealed with the host's key.
     */
    public Running run() throws org.quartz.SchedulerException {
        SecretBox secrets = new SecretBox(host.secretKey());
        RecomputeScheduler schedule = startSchedule();
        try {
            ClvRuntime runtime = webRuntime(schedule, secrets);
            OutboxDispatcher dispatcher = dispatcher(runtime.settings()::webhookAllowList,
                    runtime.settings()::deliveryPolicy, secrets);
            schedule.scheduleDelivery(() -> dispatcher.deliverDue(DELIVERY_BUDGET),
                    RecomputeScheduler.DELIVERY_INTERVAL);
            return new Running(schedule, runtime);
        } catch (org.quartz.SchedulerException | RuntimeException e) {
            schedule.close();
            throw e;
        }
    }

    /** Closes the plugin store, then the host's provider. */
    @Override
    public void close() {
        try {
            store.close();
        } finally {
            host.close();
        }
    }
}
