package org.clvplugin.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.api.PurchaseModelType;
import org.clvplugin.api.host.CountingRules;
import org.clvplugin.api.host.OrderLedger;
import org.clvplugin.host.ofbiz.OfbizContactDirectory;
import org.clvplugin.host.ofbiz.OfbizFollowUpTasks;
import org.clvplugin.host.ofbiz.OfbizOrderLedger;
import org.clvplugin.host.ofbiz.OfbizRows;
import org.clvplugin.host.ofbiz.OfbizTables;
import org.clvplugin.model.io.TransactionFileReader;
import org.clvplugin.rules.Action;
import org.clvplugin.rules.Rule;
import org.clvplugin.rules.DeliveryPolicy;
import org.clvplugin.rules.Outbox;
import org.clvplugin.rules.OutboxDispatcher;
import org.clvplugin.rules.TaskDelivery;
import org.clvplugin.rules.WebhookDelivery;
import org.clvplugin.rules.RuleAdmin;
import org.clvplugin.rules.SecretBox;
import org.clvplugin.rules.RuleFilter;
import org.clvplugin.rules.RuleStore;
import org.clvplugin.rules.Trigger;
import org.clvplugin.store.PluginStore;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.store.RunRecord;
import org.clvplugin.store.RunRepository;
import org.clvplugin.store.SettingsRepository;
import org.clvplugin.store.TierPolicyRepository;
import org.clvplugin.testsupport.SharedData;
import org.clvplugin.tiers.Tier;
import org.clvplugin.tiers.TierPolicy;
import org.clvplugin.report.RunReport;
import org.junit.jupiter.api.Test;

/** A whole recompute over OFBiz tables holding the CDNOW sample; H2 and PostgreSQL subclasses. */
abstract class RecomputeContract {

    abstract DataSource database();

    /** The CDNOW sample as OFBiz parties and orders, and one contact without orders. */
    private static void cdnowSample(DataSource db) throws Exception {
        try (Connection c = db.getConnection()) {
            OfbizTables.create(c);
            try (OfbizRows rows = new OfbizRows(c)) {
                List<Object[]> tx = new ArrayList<>();
                TransactionFileReader.read(SharedData.file("data/CDNOW_sample.txt"),
                        (id, date, value) -> tx.add(new Object[] {id, date, value}));
                Set<String> people = new HashSet<>();
                int n = 0;
                for (Object[] t : tx) {
                    String party = "CD" + t[0];
                    if (people.add(party)) {
                        rows.person(party, "Customer", (String) t[0], "CUSTOMER");
                        rows.owner(Integer.parseInt((String) t[0]) % 2 == 1 ? "REP_ODD" : "REP_EVEN", party,
                                "CUSTOMER", Timestamp.from(LocalDate.of(1996, 1, 1).atStartOfDay(ZoneOffset.UTC)
                                        .toInstant()));
                    }
                    String order = "O" + (++n);
                    rows.order(order, Timestamp.from(((LocalDate) t[1]).atStartOfDay(ZoneOffset.UTC).toInstant()),
                            "ORDER_COMPLETED", "USD");
                    rows.orderRole(order, party, "BILL_TO_CUSTOMER");
                    rows.item(order, "00001", BigDecimal.ONE, null, BigDecimal.valueOf((Double) t[2]), null);
                }
                rows.person("NOORDERS", "Nora", "New", "CUSTOMER");
            }
        }
    }

    static RecomputeSettings fixed(PurchaseModelType model, RecomputeSettings s) {
        return new RecomputeSettings(s.rules(), new ModelChoice.Setting(model), s.unit(), s.clv(), s.holdoutShare(),
                s.minimumRepeatCustomers());
    }

    @Test
    void publishesEveryContactAndAFailureKeepsThePublishedRun() throws Exception {
        DataSource db = database();
        cdnowSample(db);
        try (PluginStore store = PluginStore.open(db)) {
            RunRepository runs = new RunRepository(store, Clock.systemUTC(), 5);
            OfbizContactDirectory contacts = new OfbizContactDirectory(db, List.of("CUSTOMER"));
            OrderLedger ledger = new OfbizOrderLedger(db, ZoneOffset.UTC);
            RecomputeSettings settings = fixed(PurchaseModelType.BG_NBD, RecomputeSettings.defaults(
                    CountingRules.defaults(LocalDate.of(1997, 9, 30))));
            List<String> messages = new ArrayList<>();
            TierPolicyRepository tiers = new TierPolicyRepository(store,
                    new SettingsRepository(store, Clock.systemUTC()), Clock.systemUTC());
            RunRecord run = new Recompute(contacts, ledger, store, runs, tiers, Clock.systemUTC())
                    .run(settings, "test", messages::add);

            assertEquals(RunRecord.State.SUCCEEDED, run.state());
            assertEquals("bgnbd", run.model());
            RunReport report = run.report().orElseThrow();
            assertTrue(report.orders().ordersCounted() > 0, report.toString());
            assertTrue(report.backtested().backtest().contacts() > 0, report.toString());
            assertEquals(LocalDate.of(1997, 7, 25), report.backtested().backtestFrom(),
                    "the last 68 of the 272 days from 1997-01-01 to 1997-09-30");
            PublishedValues values = new PublishedValues(store);
            assertEquals(2358, values.contacts(), "every CDNOW customer and the contact without orders");
            RunRecord stored = runs.find(run.id()).orElseThrow();
            assertEquals(2358, stored.contactsTotal(), "the runs table counts every contact written, as the report:"
                    + " those without orders too");
            assertEquals(stored.contactsTotal(), stored.contactsDone(), "all of them done");
            assertEquals(report.tiers().contactsScored(), stored.contactsDone());
            var first = values.ofContact("CD0001").orElseThrow();
            assertEquals(0.7266, first.probabilityAlive(), 5e-4, "P(alive) of CDNOW customer 1, as published");
            assertTrue(first.clvLow() <= first.clv() && first.clv() <= first.clvHigh());
            assertEquals("bgnbd", first.aliveModel());
            assertEquals(first.purchasesInHorizon(), first.expectedPurchases(), 1e-12, "one horizon for the card");
            assertTrue(first.segment() != null && first.rfm()[0] != null, "RFM for a contact with orders");
            assertTrue(values.ofContact("NOORDERS").orElseThrow().rfm()[0] == null, "no RFM without orders");
            assertTrue(first.tierKey() != null, "a tier for a contact with orders");
            assertTrue(values.ofContact("NOORDERS").orElseThrow().tierKey() == null, "no tier without orders");
            var history = values.tierChanges("CD0001");
            assertEquals(1, history.size());
            assertTrue(history.get(0).reason().startsWith("entered at "), history.get(0).reason());

            // The same data again: nobody changes tier, and the history does not grow.
            RunRecord again = new Recompute(contacts, ledger, store, runs, tiers, Clock.systemUTC())
                    .run(settings, "test", m -> { });
            assertEquals(0, again.report().orElseThrow().tiers().tierChanges());
            assertEquals(1, values.tierChanges("CD0001").size());
            run = again;
            first = values.ofContact("CD0001").orElseThrow();
            var nobody = values.ofContact("NOORDERS").orElseThrow();
            assertEquals(0, nobody.orders());
            assertEquals(0, nobody.clv());
            assertTrue(messages.stream().anyMatch(m -> m.startsWith("published run")), messages.toString());

            OrderLedger broken = new OrderLedger() {
                @Override
                public org.clvplugin.api.host.LedgerReport streamCountedOrders(CountingRules rules,
                                                                               CountedOrderSink sink) {
                    throw new IllegalStateException("the host database went away");
                }

                @Override
                public java.util.Optional<LocalDate> firstOrderDay(CountingRules rules) {
                    return java.util.Optional.empty();
                }
            };
            RecomputeFailedException e = assertThrows(RecomputeFailedException.class,
                    () -> new Recompute(contacts, broken, store, runs, tiers, Clock.systemUTC())
                            .run(settings, "test", m -> { }));
            assertTrue(e.getMessage().matches(".*the host database went away; the last published values stay "
                    + "in place \\(error id [0-9a-f]{8}\\)"), e.getMessage());
            assertTrue(runs.latest().orElseThrow().errorMessage().matches(".*\\(error id [0-9a-f]{8}\\)"),
                    "the run's error names the id under which the log has the stack trace");
            assertEquals(run.id(), runs.published().orElseThrow().id());
            assertEquals(RunRecord.State.FAILED, runs.latest().orElseThrow().state());
            assertEquals(first.clv(), values.ofContact("CD0001").orElseThrow().clv());

            // Less data than the minimum to fit: the formula model, and the report says why.
            RecomputeSettings demanding = new RecomputeSettings(settings.rules(), settings.model(), settings.unit(),
                    settings.clv(), settings.holdoutShare(), 5_000);
            RunRecord thin = new Recompute(contacts, ledger, store, runs, tiers, Clock.systemUTC())
                    .run(demanding, "test", m -> { });
            assertEquals("formula", thin.model());
            RunReport thinReport = thin.report().orElseThrow();
            assertTrue(thinReport.fit().fallbackReason().startsWith("too little data to fit: "), thinReport.toString());
            assertTrue(thinReport.fit().fallbackReason().contains("model.minimumRepeatCustomers asks for at least 5000"),
                    thinReport.toString());
            assertTrue(thinReport.backtested().backtest().notRun().startsWith("the models could not be fitted on the "
                    + "calibration part: too little data to fit"), thinReport.toString());
            // No placeholders: the formula's own expected orders, no churn estimate and no interval.
            var formulaRow = values.ofContact("CD0001").orElseThrow();
            assertEquals(null, formulaRow.probabilityAlive(), "no P(alive) from the formula");
            assertEquals(null, formulaRow.clvLow(), "no interval from the formula");
            assertEquals(null, formulaRow.clvHigh());
            assertTrue(formulaRow.expectedPurchases() > 0, "the formula's rate over the horizon");
            assertEquals(formulaRow.purchasesInHorizon(), formulaRow.expectedPurchases(), 1e-12);
            assertEquals(formulaRow.clv(), formulaRow.formulaClv(), 1e-9);
            assertTrue(thinReport.fit().churnUnavailable().startsWith("the formula model does not estimate churn"),
                    thinReport.toString());
            var summary = new org.clvplugin.values.Dashboard(runs, values)
                    .summary(org.clvplugin.values.Dashboard.CohortPeriod.QUARTER).orElseThrow();
            assertEquals(null, summary.kpis().expectedChurn(), "no churn figure from a run without estimates");
            assertEquals(2357, summary.kpis().withoutChurnEstimate(), "every contact with orders, counted as skipped");
        }
    }

    @Test
    void autoFitsTheCandidateWithTheBestHoldoutScoreAndOneTimeBuyersGetAChurnEstimate() throws Exception {
        DataSource db = database();
        cdnowSample(db);
        try (PluginStore store = PluginStore.open(db)) {
            Recompute recompute = recompute(db, store, new RunRepository(store, Clock.systemUTC(), 5));
            RecomputeSettings auto = RecomputeSettings.defaults(CountingRules.defaults(LocalDate.of(1997, 9, 30)));
            RunRecord run = recompute.run(auto, "test", m -> { });
            RunReport.Backtested report = run.report().orElseThrow().backtested();
            var candidates = report.backtest().candidates();
            assertEquals(3, candidates.size(), report.backtest().toString());
            String best = null;
            double bestError = Double.MAX_VALUE;
            for (var c : candidates) {
                double error = c.purchases().meanAbsoluteError();
                if (error < bestError) {
                    bestError = error;
                    best = c.model();
                }
            }
            assertEquals(best, run.model(), "the lowest holdout error wins (no tie on this data)");
            assertEquals(best, report.backtest().model());
            assertTrue(report.modelChoice().startsWith("auto: " + best + " had the lowest error"),
                    report.modelChoice());

            // With BG/NBD fixed, contacts who bought once get their churn from MBG/NBD fitted in the same run.
            RunRecord bg = recompute.run(fixed(PurchaseModelType.BG_NBD, auto), "test", m -> { });
            assertEquals("bgnbd", bg.model());
            PublishedValues values = new PublishedValues(store);
            List<SnapshotRowView> once = new ArrayList<>();
            values.forEachInRun(bg.id(), f -> {
                if (f.orders() > 0 && f.frequency() == 0) {
                    once.add(new SnapshotRowView(f.firstOrder(), f.probabilityAlive()));
                }
            });
            assertTrue(once.size() > 1000, "most CDNOW customers bought once: " + once.size());
            assertTrue(once.stream().allMatch(o -> o.alive() != null && o.alive() < 0.999),
                    "never 100 % active by the model's structure");
            SnapshotRowView early = once.stream().min(java.util.Comparator.comparing(SnapshotRowView::first))
                    .orElseThrow();
            SnapshotRowView late = once.stream().max(java.util.Comparator.comparing(SnapshotRowView::first))
                    .orElseThrow();
            // The sample's first purchases all fall in 12 weeks of 1997; OneTimeBuyerChurnTest spans 18 months.
            assertTrue(1 - early.alive() > 1 - late.alive() + 0.02, "bought once earlier (" + early + ") is at "
                    + "higher churn risk than bought once later (" + late + ")");
            assertEquals("mbgnbd", bg.report().orElseThrow().fit().churnOfOneTimeBuyers().model());
        }
    }

    private record SnapshotRowView(LocalDate first, Double alive) {
    }

    /** A recompute of the CDNOW sample's contacts (role CUSTOMER) with the stored tier policy. */
    private static Recompute recompute(DataSource db, PluginStore store, RunRepository runs) {
        TierPolicyRepository tiers = new TierPolicyRepository(store,
                new SettingsRepository(store, Clock.systemUTC()), Clock.systemUTC());
        return new Recompute(new OfbizContactDirectory(db, List.of("CUSTOMER")),
                new OfbizOrderLedger(db, ZoneOffset.UTC), store, runs, tiers, Clock.systemUTC());
    }

    @Test
    void whatFailsAfterThePublicationIsAWarningNotAFailure() throws Exception {
        DataSource db = database();
        cdnowSample(db);
        try (PluginStore store = PluginStore.open(db)) {
            // Trimming old runs, after the publication, fails: the run stays SUCCEEDED with its tier changes.
            RunRepository runs = new RunRepository(store, Clock.systemUTC(), () -> {
                throw new IllegalStateException("the settings table went away");
            });
            List<String> messages = new ArrayList<>();
            RunRecord run = recompute(db, store, runs).run(fixed(PurchaseModelType.BG_NBD, RecomputeSettings.defaults(
                            CountingRules.defaults(LocalDate.of(1997, 9, 30)))), "test", messages::add);
            assertEquals(RunRecord.State.SUCCEEDED, run.state());
            assertEquals(run.id(), runs.published().orElseThrow().id());
            assertEquals(List.of("run " + run.id() + " is published, but deleting the runs beyond those kept failed: "
                    + "the settings table went away; they are deleted after a later run"),
                    run.report().orElseThrow().warnings());
            assertTrue(messages.stream().anyMatch(m -> m.startsWith("warning: run " + run.id())), messages.toString());
            assertEquals(1, new PublishedValues(store).tierChanges("CD0001").size(), "its tier changes stay");
            // A late failure report for a published run changes nothing.
            runs.fail(run.id(), "too late");
            assertEquals(RunRecord.State.SUCCEEDED, runs.find(run.id()).orElseThrow().state());
            assertEquals(1, new PublishedValues(store).tierChanges("CD0001").size());
        }
    }

    @Test
    void rulesFireOncePerTransitionIntoTheOutboxOfThePublishedRun() throws Exception {
        DataSource db = database();
        cdnowSample(db);
        try (PluginStore store = PluginStore.open(db)) {
            Clock clock = Clock.systemUTC();
            RunRepository runs = new RunRepository(store, clock, 5);
            TierPolicyRepository tiers = new TierPolicyRepository(store, new SettingsRepository(store, clock), clock);
            Recompute recompute = new Recompute(new OfbizContactDirectory(db, List.of("CUSTOMER")),
                    new OfbizOrderLedger(db, ZoneOffset.UTC), store, runs, tiers, clock);
            RecomputeSettings settings = RecomputeSettings.defaults(CountingRules.defaults(LocalDate.of(1997, 9, 30)));
            RuleStore rules = new RuleStore(store, clock);
            Trigger up = new Trigger(Trigger.Kind.TIER_UPGRADED, null, null, null, null);
            Action task = new Action(Action.Kind.TASK, "Call {name}", null, 2, null);
            Rule all = rules.save(new Rule(null, "every upgrade", true, up, null, task, 0, null));
            Rule few = rules.save(new Rule(null, "three at most", true, up, null, task, 0, 3));
            Rule off = rules.save(new Rule(null, "switched off", false, up, new RuleFilter(java.util.Set.of("GOLD"),
                    null, "REP_ANNA", 10.0), task, 12, null));
            assertEquals(List.of(all, few, off), rules.all(), "saved and read back as they were");
            Rule renamed = rules.save(new Rule(off.id(), "renamed", false, up, null, task, 0, null));
            assertEquals("renamed", rules.find(off.id()).orElseThrow().name());
            assertEquals(RuleFilter.NONE, renamed.filter());

            long first = recompute.run(settings, "test", m -> { }).id();
            assertEquals(0, outbox(db, "1 = 1"), "the first run has no transition to fire on");

            // Lower Silver and Gold: the second run moves contacts up.
            TierPolicy policy = tiers.load();
            List<Tier> lower = new ArrayList<>(policy.tiers());
            lower.set(1, new Tier(lower.get(1).key(), lower.get(1).displayName(), lower.get(1).colour(), 20));
            lower.set(2, new Tier(lower.get(2).key(), lower.get(2).displayName(), lower.get(2).colour(), 60));
            tiers.save(new TierPolicy(policy.basis(), lower, policy.hysteresis()), "test");
            RunRecord second = recompute.run(settings, "test", m -> { });
            long upgraded = upgradedBetween(db, first, second.id(), lower);
            assertTrue(upgraded > 3, "contacts moved up: " + upgraded);
            assertEquals(upgraded, outbox(db, "RULE_ID = " + all.id()));
            assertEquals(3, outbox(db, "RULE_ID = " + few.id()));
            assertEquals(upgraded, outbox(db, "RUN_ID = " + second.id() + " AND RULE_ID = " + all.id()
                    + " AND STATE = 'PENDING' AND ACTION_KIND = 'TASK' AND TRANSITION_KEY = 'TIER_UPGRADED:" + first
                    + ">" + second.id() + "'"));
            RunReport.RulesReport report = second.report().orElseThrow().rules();
            assertEquals(2, report.evaluated(), "the two enabled rules");
            assertEquals(upgraded - 3, report.overMaximum().get(String.valueOf(few.id())), "the excess is reported");

            // The dry run shows the same on the change between the last two runs, and writes nothing.
            RuleAdmin admin = new RuleAdmin(rules, new Outbox(db), new SecretBox(SecretBox.newKey()), tiers, runs,
                    new PublishedValues(store), new OfbizContactDirectory(db, List.of("CUSTOMER")), java.util.Set::of,
                    new org.clvplugin.store.AuditRepository(store), clock);
            RuleAdmin.DryRun dry = admin.dryRun(new Rule(null, "unsaved", true, up, null, task, 0, null), 5);
            assertEquals(upgraded, dry.wouldFire());
            assertEquals(5, dry.sample().size());
            assertEquals(second.id(), dry.toRun());
            assertTrue(String.valueOf(dry.sample().get(0)).contains("name=Customer"), dry.sample().get(0).toString());
            assertEquals(upgraded - 3, admin.dryRun(few, 0).overMaximum());
            int odd = admin.dryRun(new Rule(null, "odd", true, up, new RuleFilter(null, null, "REP_ODD", null), task, 0,
                    null), 0).wouldFire();
            int even = admin.dryRun(new Rule(null, "even", true, up, new RuleFilter(null, null, "REP_EVEN", null),
                    task, 0, null), 0).wouldFire();
            assertTrue(odd > 0 && even > 0, odd + " / " + even);
            assertEquals(upgraded, odd + even, "the owner filter sees each contact's owner in the dry run too");
            assertEquals(upgraded + 3, outbox(db, "1 = 1"), "a dry run enqueues nothing");
            assertEquals(3, admin.firings(few.id(), 10).size());
            assertEquals("PENDING", admin.firings(few.id(), 10).get(0).state());
            var refused = assertThrows(InvalidFieldsException.class, () -> admin.save(new Rule(null,
                    "to the server itself", true, up, null, new Action(Action.Kind.WEBHOOK, null, null, null,
                    "http://127.0.0.1:8080/hook"), 0, null), null, "test"));
            assertEquals("action.url", refused.errors().get(0).field());

            // Nothing moves in a third run: nothing more is enqueued.
            recompute.run(settings, "test", m -> { });
            assertEquals(upgraded + 3, outbox(db, "1 = 1"));

            // The process stopped after publishing, before delivering: a new one delivers each action once, as an
            // OFBiz task assigned to the contact's owner.
            OutboxDispatcher restarted = new OutboxDispatcher(new Outbox(db), rules,
                    new TaskDelivery(new OfbizFollowUpTasks(db)), new WebhookDelivery(java.util.Set::of,
                    id -> java.util.Optional.empty()), () -> DeliveryPolicy.DEFAULT, java.util.Map::of, clock);
            assertEquals(upgraded + 3, restarted.deliverDue(java.time.Duration.ofMinutes(5)).delivered());
            assertEquals(0, restarted.deliverDue(java.time.Duration.ofMinutes(5)).handled());
            assertEquals(upgraded + 3, outbox(db, "STATE = 'DELIVERED'"));
            assertEquals(upgraded + 3, count(db, "SELECT COUNT(*) FROM WORK_EFFORT WHERE WORK_EFFORT_TYPE_ID = 'TASK'"
                    + " AND CURRENT_STATUS_ID = 'CAL_NEEDS_ACTION'"));
            assertEquals(upgraded + 3, count(db, "SELECT COUNT(*) FROM WORK_EFFORT_PARTY_ASSIGNMENT o"
                    + " JOIN WORK_EFFORT_PARTY_ASSIGNMENT c ON c.WORK_EFFORT_ID = o.WORK_EFFORT_ID"
                    + " AND c.ROLE_TYPE_ID = 'CONTACT' JOIN PARTY_RELATIONSHIP r ON r.PARTY_ID_TO = c.PARTY_ID"
                    + " AND r.ROLE_TYPE_ID_FROM = 'OWNER' AND r.PARTY_ID_FROM = o.PARTY_ID"
                    + " WHERE o.ROLE_TYPE_ID = 'CAL_OWNER' AND o.STATUS_ID = 'PRTYASGN_ASSIGNED'"),
                    "every task is assigned to its contact's owner");
        }
    }

    private static long outbox(DataSource db, String where) throws Exception {
        return count(db, "SELECT COUNT(*) FROM CLV_OUTBOX WHERE " + where);
    }

    private static long count(DataSource db, String sql) throws Exception {
        try (Connection c = db.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Contacts whose tier rank rose from one run to the next, by the snapshots themselves. */
    private static long upgradedBetween(DataSource db, long from, long to, List<Tier> order) throws Exception {
        List<String> keys = order.stream().map(Tier::key).toList();
        long n = 0;
        try (Connection c = db.getConnection(); var s = c.prepareStatement("SELECT a.TIER_KEY, b.TIER_KEY"
                + " FROM CLV_SNAPSHOT a JOIN CLV_SNAPSHOT b ON a.PARTY_ID = b.PARTY_ID"
                + " WHERE a.RUN_ID = ? AND b.RUN_ID = ?")) {
            s.setLong(1, from);
            s.setLong(2, to);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    String before = rs.getString(1);
                    String after = rs.getString(2);
                    if (before != null && after != null && keys.indexOf(after) > keys.indexOf(before)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }
}
