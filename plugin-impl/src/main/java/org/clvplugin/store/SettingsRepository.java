package org.clvplugin.store;

import java.time.Clock;
import java.util.Optional;

/** Admin settings as key/value pairs (CLV_SETTING). */
public final class SettingsRepository {

    /** The as-of date of the counted orders (ISO date); absent means today (read by CountingRulesReader). */
    public static final String AS_OF = "counting.asOf";
    /** How many published runs keep their snapshot rows; absent means {@link #DEFAULT_RUNS_KEPT}. */
    public static final String RUNS_KEPT = "history.runsKept";
    public static final int DEFAULT_RUNS_KEPT = 30;
    /** The Quartz cron expression of the scheduled recompute; absent means nightly at 02:00. */
    public static final String SCHEDULE_CRON = "schedule.cron";

    private final PluginStore store;
    private final Clock clock;

    public SettingsRepository(PluginStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(store.fromTransaction(s -> s.find(SettingRecord.class, key)))
                .map(SettingRecord::value);
    }

    /** The number of runs kept, refusing a value that is not a whole number of at least 1. */
    public int runsKept() {
        return get(RUNS_KEPT).map(v -> {
            if (!v.trim().matches("[1-9][0-9]{0,8}")) {
                throw new IllegalStateException("setting " + RUNS_KEPT + " must be a whole number >= 1, is '" + v
                        + "'");
            }
            return Integer.parseInt(v.trim());
        }).orElse(DEFAULT_RUNS_KEPT);
    }

    /** Every setting stored, by key. */
    public java.util.Map<String, String> all() {
        java.util.Map<String, String> all = new java.util.TreeMap<>();
        store.fromTransaction(s -> s.createSelectionQuery("from SettingRecord", SettingRecord.class).getResultList())
                .forEach(r -> all.put(r.key(), r.value()));
        return all;
    }

    /** Stores several settings and the audit record of the change in one transaction: all or nothing. */
    public void putAll(java.util.Map<String, String> values, String by, AuditRecord audit) {
        store.inTransaction(s -> {
            values.forEach((key, value) -> s.merge(new SettingRecord(key, value, clock.instant(), by)));
            s.persist(audit);
        });
    }

    public void put(String key, String value, String by) {
        store.inTransaction(s -> {
            s.merge(new SettingRecord(key, value, clock.instant(), by));
        });
    }
}
