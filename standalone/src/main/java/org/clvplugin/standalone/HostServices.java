package org.clvplugin.standalone;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import javax.sql.DataSource;

import org.clvplugin.api.host.CountingRules;
import org.clvplugin.api.host.HostSecurity;
import org.clvplugin.host.ofbiz.OfbizContactDirectory;
import org.clvplugin.host.ofbiz.OfbizOrderLedger;
import org.clvplugin.rest.ClvRuntime;
import org.clvplugin.host.ofbiz.OfbizFollowUpTasks;
import org.clvplugin.rules.Outbox;
import org.clvplugin.rules.OutboxDispatcher;
import org.clvplugin.rules.RuleAdmin;
import org.clvplugin.rules.RuleStore;
import org.clvplugin.rules.SecretBox;
import org.clvplugin.rules.TaskDelivery;
import org.clvplugin.rules.WebhookDelivery;
import org.clvplugin.tiers.Tier;
import org.clvplugin.scoring.CountingRulesReader;
import org.clvplugin.scoring.Recompute;
import org.clvplugin.scoring.RecomputeSettingsReader;
import org.clvplugin.schedule.JobStore;
import org.clvplugin.schedule.RecomputeScheduler;
import org.clvplugin.schedule.RecomputeService;
import org.clvplugin.settings.AdminSettings;
import org.clvplugin.settings.TierAdmin;
import org.clvplugin.store.AuditRepository;
import org.clvplugin.store.PluginStore;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.store.RunRecord;
import org.clvplugin.store.RunRepository;
import org.clvplugin.store.SettingsRepository;
import org.clvplugin.store.TierPolicyRepository;
import org.clvplugin.values.ContactList;
import org.clvplugin.values.ContactValues;
import org.clvplugin.values.Dashboard;

/** The standalone host's wiring: database, plugin store, and the services the commands call. */
final class HostServices implements AutoCloseable {

    final DataSource db;
    final PluginStore store;
    final RunRepository runs;
    final SettingsRepository settings;
    private final Clock clock = Clock.systemDefaultZone();

    HostServices(DataSource db) {
        this.db = db;
        this.store = PluginStore.open(db);
        this.settings = new SettingsRepository(store, clock);
        this.runs = new RunRepository(store, clock, settings.runsKept());
        runs.failInterrupted();
    }

    static HostServices open(DatabaseOptions options) throws IOException {
        return new HostServices(options.open());
    }

    /** Loads the CDNOW demo data unless the database already has parties; sets the as-of date to its end. */
    void importCdnow(PrintWriter out) throws IOException, SQLException {
        CdnowDemoImport demo = new CdnowDemoImport(db, ZoneId.systemDefault(), line -> {
            out.println(line);
            out.flush();
        });
        if (demo.alreadyLoaded()) {
            out.println("the database already holds parties: the demo data is not loaded again");
            return;
        }
        long started = System.nanoTime();
        long orders = demo.load();
        settings.put(SettingsRepository.AS_OF, CdnowDemoImport.END_OF_DATA.toString(), "clv import-cdnow");
        out.printf(Locale.ROOT, "loaded %,d orders in %.1f s; as-of date set to %s (the end of the data)%n", orders,
                (System.nanoTime() - started) / 1e9, CdnowDemoImport.END_OF_DATA);
        out.flush();
    }

    /** Runs a recompute with the counting rules and model settings stored, as of the given day if one is given. */
    RunRecord recompute(LocalDate asOf, String by, PrintWriter out) {
        CountingRules stored = CountingRulesReader.read(settings::get, LocalDate.now(clock));
        CountingRules rules = asOf == null ? stored : stored.withAsOf(asOf);
        LocalDate day = rules.asOf();
        Recompute recompute = new Recompute(new OfbizContactDirectory(db, rules.contactRoles()),
                new OfbizOrderLedger(db, ZoneId.systemDefault()), store, runs,
                new TierPolicyRepository(store, settings, clock), clock);
        out.println("recomputing as of " + day + " ...");
        out.flush();
        return recompute.run(RecomputeSettingsReader.read(settings::get, rules), by, line -> {
            out.println("  " + line);
            out.flush();
        });
    }

    /** What the webapp works with: this host's database, runs, values, settings, and its schedule. */
    ClvRuntime webRuntime(RecomputeScheduler schedule, HostSecurity security, SecretBox secrets) {
        CountingRules rules = CountingRulesReader.read(settings::get, LocalDate.now(clock));
        PublishedValues published = new PublishedValues(store);
        TierPolicyRepository policies = new TierPolicyRepository(store, settings, clock);
        OfbizContactDirectory directory = new OfbizContactDirectory(db, rules.contactRoles());
        AdminSettings admin = new AdminSettings(settings, clock, cron -> reschedule(schedule, cron));
        AuditRepository audit = new AuditRepository(store);
        return new ClvRuntime(db, runs, new ContactValues(runs, published, directory, policies,
                schedule::scheduledAfter, clock),
                new ContactList(runs, published, directory), new Dashboard(runs, published), admin,
                new TierAdmin(policies, published), schedule, audit,
                new RuleAdmin(new RuleStore(store, clock), new Outbox(db), secrets, policies, runs, published, directory,
                        admin::webhookAllowList, audit, clock), security);
    }

    /**
     * Delivers the follow-up actions: tasks into OFBiz's WORK_EFFORT tables of this database, webhooks signed with
     * the rules' secrets, retried as the settings say.
     */
    OutboxDispatcher dispatcher(AdminSettings admin, SecretBox secrets) {
        RuleStore rules = new RuleStore(store, clock);
        TierPolicyRepository policies = new TierPolicyRepository(store, settings, clock);
        return new OutboxDispatcher(new Outbox(db), rules, new TaskDelivery(new OfbizFollowUpTasks(db)),
                new WebhookDelivery(admin::webhookAllowList, id -> rules.sealedSecret(id).map(secrets::open)),
                admin::deliveryPolicy, () -> policies.load().tiers().stream()
                        .collect(java.util.stream.Collectors.toMap(Tier::key, Tier::displayName)), clock);
    }

    private static void reschedule(RecomputeScheduler schedule, String cron) {
        try {
            schedule.reschedule(cron);
        } catch (org.quartz.SchedulerException e) {
            throw new IllegalStateException("the new schedule is saved but could not be applied until a restart: "
                    + e.getMessage(), e);
        }
    }

    /** The recompute as the scheduler runs it: as of the configured date, output to nowhere. */
    RecomputeService asService() {
        return new RecomputeService() {
            @Override
            public RunRecord recompute(String triggeredBy) {
                return HostServices.this.recompute(null, triggeredBy, new PrintWriter(java.io.Writer.nullWriter()));
            }

            @Override
            public java.util.Optional<RunRecord> running() {
                return runs.running();
            }
        };
    }

    /**
     * Starts the schedule from the settings (nightly at 02:00 in the server's zone unless set); on PostgreSQL as
     * one node of a cluster, so several hosts can share the database and each run happens once.
     */
    RecomputeScheduler startSchedule() throws org.quartz.SchedulerException {
        String cron = settings.get(SettingsRepository.SCHEDULE_CRON).orElse(RecomputeScheduler.DEFAULT_CRON);
        JobStore jobs = store.postgres() ? new JobStore.Clustered(db, JobStore.Clustered.DEFAULT_CHECKIN)
                : new JobStore.InMemory();
        return RecomputeScheduler.start(asService(), cron, ZoneId.systemDefault(), jobs);
    }

    /** Saves a new schedule and applies it at once; an invalid expression changes nothing. */
    void changeSchedule(RecomputeScheduler scheduler, String cron, String by) throws org.quartz.SchedulerException {
        RecomputeScheduler.requireValid(cron);
        scheduler.reschedule(cron);
        settings.put(SettingsRepository.SCHEDULE_CRON, cron, by);
    }

    @Override
    public void close() {
        store.close();
        if (db instanceof org.h2.jdbcx.JdbcConnectionPool pool) {
            pool.dispose();
        } else if (db instanceof AutoCloseable pool) {
            try {
                pool.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the database pool failed: " + e.getMessage(), e);
            }
        }
    }
}
