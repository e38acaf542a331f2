package org.clvplugin.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.clvplugin.api.FieldError;
import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.rules.DeliveryPolicy;
import org.clvplugin.store.AuditRecord;
import org.clvplugin.store.SettingsRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The settings an admin changes (model, horizons, discount, margin, currency, counting rules, schedule, history),
 * as {@link SettingsCatalogue} lists and checks them: a change is checked in full before anything is saved, saved in
 * one transaction with its audit record (before and after), and a new schedule applies at once; the settings read
 * on requests are read here. The tier policy's settings are changed with the policy.
 */
public final class AdminSettings {

    /** Limits viewers to the contacts they own (the host's owner relationship). */
    public static final String VIEWERS_OWN_CONTACTS_ONLY = "security.viewersOwnContactsOnly";

    /** Hosts (or host:port) webhooks may reach although they are loopback, link-local or private addresses. */
    public static final String WEBHOOK_ALLOW_LIST = "rules.webhookAllowList";
    /** How many times a follow-up action is tried before it is dead-lettered. */
    public static final String MAX_ATTEMPTS = "rules.maxAttempts";
    /** The wait after the first failed attempt; it doubles after each further one. */
    public static final String FIRST_RETRY_SECONDS = "rules.firstRetrySeconds";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SettingsRepository settings;
    private final Clock clock;
    private final Consumer<String> scheduleChanged;
    private volatile boolean ownOnly;
    private volatile long ownOnlyReadAt = Long.MIN_VALUE / 2;

    /** @param scheduleChanged applies a new cron expression (the host's scheduler reschedules) */
    public AdminSettings(SettingsRepository settings, Clock clock, Consumer<String> scheduleChanged) {
        this.settings = settings;
        this.clock = clock;
        this.scheduleChanged = scheduleChanged;
    }

    public List<SettingView> all() {
        Map<String, String> stored = settings.all();
        return SettingsCatalogue.ALL.stream().map(d -> {
            String value = stored.get(d.key());
            return new SettingView(d.key(), value == null ? d.defaultValue() : value, d.defaultValue(),
                    value == null, d.help(), d.takesEffect());
        }).toList();
    }

    /**
     * Applies the changes (key to new value) or none of them: every refused value is reported with its key. Returns
     * the settings after the change.
     */
    public List<SettingView> update(Map<String, String> changes, String by) {
        Map<String, String> stored = settings.all();
        List<FieldError> errors = new ArrayList<>();
        changes.forEach((key, value) -> {
            Optional<SettingsCatalogue.Definition> definition = SettingsCatalogue.find(key);
            if (definition.isEmpty()) {
                errors.add(FieldError.coded(key, "setting.unknown", "not a setting that can be changed here"));
            } else if (value == null) {
                errors.add(FieldError.coded(key, "setting.missing", "give a value (the default is "
                        + definition.get().defaultValue() + ")", "default", definition.get().defaultValue()));
            } else {
                Map<String, String> one = new TreeMap<>(stored);
                one.put(key, value.trim());
                SettingsCatalogue.check(one, LocalDate.now(clock)).ifPresent(error -> errors.add(error.at(key)));
            }
        });
        if (errors.isEmpty()) {
            Map<String, String> after = new TreeMap<>(stored);
            changes.forEach((key, value) -> after.put(key, value.trim()));
            SettingsCatalogue.check(after, LocalDate.now(clock)).ifPresent(error -> errors.add(
                    error.field().isEmpty() ? error.at("settings") : error));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException("settings", errors);
        }
        Map<String, String> trimmed = new LinkedHashMap<>();
        Map<String, String> before = new LinkedHashMap<>();
        changes.forEach((key, value) -> {
            trimmed.put(key, value.trim());
            before.put(key, stored.get(key));
        });
        settings.putAll(trimmed, by, new AuditRecord(clock.instant(), by, "SETTINGS_CHANGED",
                String.join(", ", trimmed.keySet()), json(before), json(trimmed)));
        ownOnlyReadAt = Long.MIN_VALUE / 2;
        String cron = trimmed.get(SettingsRepository.SCHEDULE_CRON);
        if (cron != null && !cron.equals(stored.get(SettingsRepository.SCHEDULE_CRON))) {
            scheduleChanged.accept(cron);
        }
        return all();
    }

    /**
     * True when sales reps may see only the contacts they own. Read on every request of a rep, so kept for two
     * seconds (a change made here applies at once; one made on another node within two seconds).
     */
    public boolean viewersSeeOwnContactsOnly() {
        long now = clock.millis();
        if (now - ownOnlyReadAt > 2000) {
            ownOnly = settings.get(VIEWERS_OWN_CONTACTS_ONLY).map("true"::equals).orElse(false);
            ownOnlyReadAt = now;
        }
        return ownOnly;
    }

    /** The webhook allow-list: lower-case hosts and host:port pairs. */
    public java.util.Set<String> webhookAllowList() {
        return settings.get(WEBHOOK_ALLOW_LIST).map(SettingsCatalogue::hosts).orElse(java.util.Set.of());
    }

    /** How follow-up actions are retried, from the settings. */
    public DeliveryPolicy deliveryPolicy() {
        return SettingsCatalogue.deliveryPolicy(settings::get);
    }

    private static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }
}
