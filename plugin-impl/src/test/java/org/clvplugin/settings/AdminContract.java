package org.clvplugin.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.clvplugin.api.FieldError;
import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.store.AuditRecord;
import org.clvplugin.store.AuditRepository;
import org.clvplugin.store.PluginStore;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.store.RunRecord;
import org.clvplugin.store.RunRepository;
import org.clvplugin.store.SettingsRepository;
import org.clvplugin.store.SnapshotWriter;
import org.clvplugin.store.TierPolicyRepository;
import org.clvplugin.tiers.Hysteresis;
import org.clvplugin.tiers.Tier;
import org.clvplugin.tiers.TierBasis;
import org.clvplugin.tiers.TierPolicy;
import org.clvplugin.tiers.TierState;
import org.clvplugin.testsupport.TestReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Settings and the tier policy as admins change them, on a real database; H2 and PostgreSQL subclasses. */
abstract class AdminContract {

    abstract DataSource database();

    private PluginStore store;
    private SettingsRepository settings;
    private final List<String> schedules = new ArrayList<>();
    private AdminSettings admin;

    @BeforeEach
    void open() {
        store = PluginStore.open(database());
        settings = new SettingsRepository(store, Clock.systemUTC());
        admin = new AdminSettings(settings, Clock.systemUTC(), schedules::add);
    }

    @AfterEach
    void close() {
        if (store != null) { // null when the database was not there and the test was skipped
            store.close();
        }
    }

    private String value(String key) {
        return admin.all().stream().filter(v -> v.key().equals(key)).findFirst().orElseThrow().value();
    }

    @Test
    void everySettingHasItsDefaultUntilChanged() {
        assertTrue(admin.all().size() >= 15);
        assertTrue(admin.all().stream().allMatch(v -> v.isDefault() && !v.help().isBlank()));
        assertEquals("0 0 2 * * ?", value("schedule.cron"));

        admin.update(Map.of("clv.margin", " 0.3 ", "schedule.cron", "0 30 3 * * ?",
                "counting.statuses", "ORDER_COMPLETED, ORDER_APPROVED"), "admin");
        assertEquals("0.3", value("clv.margin"));
        assertEquals(List.of("0 30 3 * * ?"), schedules, "a new schedule applies at once");
        AuditRecord entry = new AuditRepository(store).recent(1, null).get(0);
        assertEquals("admin", entry.actor());
        assertEquals("SETTINGS_CHANGED", entry.action());
        assertTrue(entry.before().contains("\"clv.margin\":null"), entry.before());
        assertTrue(entry.after().contains("\"clv.margin\":\"0.3\""), entry.after());
    }

    /**
     * Every setting of the catalogue, changed through the console's path, is seen where it is used as its catalogue
     * entry says: AT_ONCE by what the server reads on each request or delivery, NEXT_RUN by what a run reads when it
     * starts (PluginServices reads the counting and model settings, and the runs kept, afresh for every run).
     */
    @Test
    void everySettingTakesEffectWhenItsCatalogueEntrySays() {
        record Probe(String value, SettingView.TakesEffect when, java.util.function.Supplier<Object> seen,
                     Object expected) {
        }
        LocalDate today = LocalDate.of(2024, 6, 30);
        java.util.function.Supplier<org.clvplugin.api.host.CountingRules> counting = () ->
                org.clvplugin.scoring.CountingRulesReader.read(settings::get, today);
        java.util.function.Supplier<org.clvplugin.scoring.RecomputeSettings> run = () ->
                org.clvplugin.scoring.RecomputeSettingsReader.read(settings::get, counting.get());
        SettingView.TakesEffect now = SettingView.TakesEffect.AT_ONCE;
        SettingView.TakesEffect next = SettingView.TakesEffect.NEXT_RUN;
        Map<String, Probe> probes = new java.util.LinkedHashMap<>();
        probes.put("schedule.cron", new Probe("0 30 3 * * ?", now,
                () -> schedules.isEmpty() ? null : schedules.get(schedules.size() - 1), "0 30 3 * * ?"));
        probes.put("counting.asOf", new Probe("2024-01-31", next, () -> counting.get().asOf(),
                LocalDate.of(2024, 1, 31)));
        probes.put("counting.orderType", new Probe("PURCHASE_ORDER", next, () -> counting.get().orderType(),
                "PURCHASE_ORDER"));
        probes.put("counting.statuses", new Probe("ORDER_APPROVED", next, () -> counting.get().statuses(),
                List.of("ORDER_APPROVED")));
        probes.put("counting.customerRoles", new Probe("END_USER_CUSTOMER", next,
                () -> counting.get().customerRoles(), List.of("END_USER_CUSTOMER")));
        probes.put("counting.returnStatuses", new Probe("RETURN_ACCEPTED", next,
                () -> counting.get().returnStatuses(), List.of("RETURN_ACCEPTED")));
        probes.put("counting.contactRoles", new Probe("CUSTOMER", next, () -> counting.get().contactRoles(),
                List.of("CUSTOMER")));
        probes.put("counting.currency", new Probe("EUR", next, () -> counting.get().reportingCurrency(), "EUR"));
        probes.put("model.purchase", new Probe("paretonbd", next, () -> run.get().model().key(), "paretonbd"));
        probes.put("model.timeUnit", new Probe("day", next, () -> run.get().unit().name(), "DAY"));
        probes.put("model.minimumRepeatCustomers", new Probe("50", next, () -> run.get().minimumRepeatCustomers(),
                50));
        probes.put("clv.horizonMonths", new Probe("24", next, () -> run.get().clv().horizonMonths(), 24));
        probes.put("clv.monthlyDiscount", new Probe("0.02", next, () -> run.get().clv().monthlyDiscountRate(),
                0.02));
        probes.put("clv.margin", new Probe("0.4", next, () -> run.get().clv().margin(), 0.4));
        probes.put("backtest.holdoutShare", new Probe("0.3", next, () -> run.get().holdoutShare(), 0.3));
        probes.put("security.viewersOwnContactsOnly", new Probe("true", now, admin::viewersSeeOwnContactsOnly,
                true));
        probes.put("history.runsKept", new Probe("7", next, settings::runsKept, 7));
        probes.put("rules.webhookAllowList", new Probe("hooks.internal:8443", now, admin::webhookAllowList,
                java.util.Set.of("hooks.internal:8443")));
        probes.put("rules.maxAttempts", new Probe("3", now, () -> admin.deliveryPolicy().maxAttempts(), 3));
        probes.put("rules.firstRetrySeconds", new Probe("90", now,
                () -> admin.deliveryPolicy().firstRetry().toSeconds(), 90L));
        List<SettingView> catalogue = admin.all();
        assertEquals(catalogue.stream().map(SettingView::key).toList(), List.copyOf(probes.keySet()),
                "every setting in the catalogue has a probe of when it takes effect");
        assertFalse(admin.viewersSeeOwnContactsOnly(), "read (and kept a moment) before the change");
        for (SettingView setting : catalogue) {
            Probe probe = probes.get(setting.key());
            assertEquals(probe.when(), setting.takesEffect(), setting.key());
            admin.update(Map.of(setting.key(), probe.value()), "admin");
            assertEquals(probe.expected(), probe.seen().get(), setting.key() + " is seen right after saving");
        }
    }

    @Test
    void theWebhookAllowListHoldsHostsAndHostPorts() {
        assertEquals(java.util.Set.of(), admin.webhookAllowList());
        admin.update(Map.of("rules.webhookAllowList", " Hooks.Local , 127.0.0.1:8080,[::1]:9000 "), "admin");
        assertEquals(java.util.Set.of("hooks.local", "127.0.0.1:8080", "::1:9000"), admin.webhookAllowList());
    }

    @Test
    void aScheduleThatNeverFiresIsRefusedAndNotStored() {
        InvalidFieldsException e = assertThrows(InvalidFieldsException.class,
                () -> admin.update(Map.of("schedule.cron", "0 0 2 31 2 ?"), "admin"));
        assertEquals(List.of("schedule.cron"), e.errors().stream().map(FieldError::field).toList());
        assertTrue(e.errors().get(0).message().contains("never fires"), e.errors().toString());
        assertEquals("cron.never", e.errors().get(0).code(), "a code the console says in its language");
        assertEquals("0 0 2 31 2 ?", e.errors().get(0).params().get("value"));
        assertEquals("0 0 2 * * ?", value("schedule.cron"), "nothing stored");
        assertTrue(schedules.isEmpty());
    }

    @Test
    void eachRefusedSettingIsNamedWithItsCode() {
        InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> admin.update(Map.of(
                "clv.margin", "2", "history.runsKept", "0", "counting.currency", "usd", "model.timeUnit", "fortnight",
                "security.viewersOwnContactsOnly", "yes", "rules.maxAttempts", "99"), "admin"));
        java.util.Map<String, String> codes = new java.util.TreeMap<>();
        e.errors().forEach(f -> codes.put(f.field(), f.code()));
        assertEquals(java.util.Map.of("clv.margin", "range", "history.runsKept", "range", "counting.currency",
                "setting.currency", "model.timeUnit", "setting.choice", "security.viewersOwnContactsOnly",
                "setting.trueFalse", "rules.maxAttempts", "range"), codes, e.errors().toString());
        assertEquals(50, e.errors().stream().filter(f -> f.field().equals("rules.maxAttempts")).findFirst()
                .orElseThrow().params().get("max"));
    }

    @Test
    void aScheduleMoreOftenThanEveryFifteenMinutesAndAnAsOfOutOfRangeAreRefused() {
        for (String cron : List.of("* * * * * ?", "0 */5 * * * ?", "0 0,10 2 * * ?")) {
            InvalidFieldsException e = assertThrows(InvalidFieldsException.class,
                    () -> admin.update(Map.of("schedule.cron", cron), "admin"));
            assertTrue(e.errors().get(0).message().contains("runs more often than every 15 minutes"), cron + ": "
                    + e.errors());
        }
        admin.update(Map.of("schedule.cron", "0 0/30 * * * ?"), "admin");
        assertEquals("0 0/30 * * * ?", value("schedule.cron"));
        for (String asOf : List.of("+999999999-12-31", "1899-12-31", "2024-6-30", LocalDate.now().plusYears(2)
                .toString())) {
            InvalidFieldsException e = assertThrows(InvalidFieldsException.class,
                    () -> admin.update(Map.of("counting.asOf", asOf), "admin"));
            assertEquals("counting.asOf", e.errors().get(0).field(), asOf);
        }
        admin.update(Map.of("counting.asOf", "1998-06-30"), "admin");
        assertEquals("1998-06-30", value("counting.asOf"));
    }

    @Test
    void aRefusedChangeSavesNothingAndNamesEveryField() {
        admin.update(Map.of("clv.margin", "0.3"), "admin");
        InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> admin.update(Map.of(
                "clv.margin", "1.5", "schedule.cron", "every night", "counting.currency", "usd",
                "history.runsKept", "0", "no.such.setting", "1", "clv.horizonMonths", "12",
                "rules.webhookAllowList", "hooks.local, http://x/"), "admin"));
        List<String> fields = e.errors().stream().map(FieldError::field).sorted().toList();
        assertEquals(List.of("clv.margin", "counting.currency", "history.runsKept", "no.such.setting",
                "rules.webhookAllowList", "schedule.cron"), fields);
        assertEquals("0.3", value("clv.margin"), "nothing saved");
        assertEquals("12", value("clv.horizonMonths"));
        assertTrue(admin.all().stream().filter(v -> v.key().equals("clv.horizonMonths")).findFirst().orElseThrow()
                .isDefault());
        assertTrue(schedules.isEmpty());
        assertEquals(1, new AuditRepository(store).recent(10, null).size(), "only the accepted change is audited");
    }

    @Test
    void theTierPolicyIsSavedWithItsAuditAndPreviewedWithoutSaving() throws Exception {
        TierAdmin tiers = new TierAdmin(new TierPolicyRepository(store, settings, Clock.systemUTC()),
                new PublishedValues(store));
        assertEquals(new TierAdmin.Preview(null, Map.of(), Map.of()), tiers.preview(TierPolicy.defaults()),
                "nothing to preview before the first run");

        RunRepository runs = new RunRepository(store, Clock.systemUTC(), 3);
        RunRecord run = runs.start("test", LocalDate.of(2024, 6, 30));
        try (SnapshotWriter w = new SnapshotWriter(store, run.id())) {
            double[] clv = {50, 150, 600, 2500, 0};
            String[] tier = {"BRONZE", "SILVER", "GOLD", "PLATINUM", null};
            for (int i = 0; i < clv.length; i++) {
                w.write(new SnapshotWriter.Row("P" + i,
                        new SnapshotWriter.History(i == 4 ? 0 : 3, 2, 10, 20, 25, 75, null, null),
                        new SnapshotWriter.Prediction(1, 0.8, "bgnbd", 25, clv[i], clv[i] / 2, clv[i] * 2, 2, 0.95, 60),
                        new SnapshotWriter.RfmScores("Champions", 5, 4, 3), new TierState(tier[i], 1, 0, null, null),
                        0, null, null));
            }
        }
        runs.publish(run.id(), TestReports.empty("bgnbd"));

        TierPolicy vipOnly = new TierPolicy(TierBasis.PREDICTED_CLV, List.of(new Tier("VIP", "VIP", "#112233",
                500)), new Hysteresis(14, 30, Hysteresis.Unit.DAYS));
        InvalidFieldsException notFromZero = assertThrows(InvalidFieldsException.class, () -> tiers.preview(vipOnly));
        assertEquals("tiers[0].threshold", notFromZero.errors().get(0).field());
        assertTrue(notFromZero.errors().get(0).message().startsWith("the first tier starts at 0"));
        assertThrows(InvalidFieldsException.class, () -> tiers.save(vipOnly, "admin"));
        TierPolicy vip = new TierPolicy(TierBasis.PREDICTED_CLV, List.of(new Tier("BASE", "Base", "#445566", 0),
                new Tier("VIP", "VIP", "#112233", 500)), new Hysteresis(14, 30, Hysteresis.Unit.DAYS));
        TierAdmin.Preview preview = tiers.preview(vip);
        assertEquals(run.id(), preview.runId());
        assertEquals(Map.of("BRONZE", 1L, "SILVER", 1L, "GOLD", 1L, "PLATINUM", 1L, "(none)", 1L), preview.before());
        assertEquals(Map.of("(none)", 1L, "BASE", 2L, "VIP", 2L), preview.after());
        assertEquals(TierPolicy.defaults(), tiers.policy(), "a preview saves nothing");

        assertEquals(vip, tiers.save(vip, "admin"));
        AuditRecord saved = new AuditRepository(store).recent(1, null).get(0);
        assertEquals("TIER_POLICY_SAVED", saved.action());
        assertTrue(saved.before().contains("BRONZE") && saved.after().contains("VIP"), saved.after());
        TierPolicy bad = new TierPolicy(TierBasis.PREDICTED_CLV, List.of(new Tier("VIP", "", "#112233", 500)),
                Hysteresis.DEFAULT);
        assertThrows(InvalidFieldsException.class, () -> tiers.save(bad, "admin"));
        assertFalse(tiers.policy().tiers().isEmpty());
        assertEquals(vip, tiers.policy());
    }
}
