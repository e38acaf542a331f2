package org.clvplugin.store;

import java.time.Clock;
import java.util.Optional;

/** Admin settings as key/value pairs (CLV_SETTING). */
public final class SettingsRepository {

    /** The as-of date of the counted orders (ISO date); absent means today. */
    public static final String AS_OF = "counting.asOf";

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

    public void put(String key, String value, String by) {
        store.inTransaction(s -> {
            s.merge(new SettingRecord(key, value, clock.instant(), by));
        });
    }
}
