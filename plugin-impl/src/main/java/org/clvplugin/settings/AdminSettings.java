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
import java.util.function.Function;

import org.clvplugin.api.FieldError;
import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.rules.DeliveryPolicy;
import org.clvplugin.scoring.CountingRulesReader;
import org.clvplugin.scoring.RecomputeSettingsReader;
import org.clvplugin.schedule.CronSchedules;
import org.clvplugin.schedule.RecomputeScheduler;
import org.clvplugin.store.AuditRecord;
import org.clvplugin.store.SettingsRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The settings an admin changes (model, horizons, discount, margin, currency, counting rules, schedule, history):
 * every one listed with its default and help; a change is checked in full before anything is saved, saved in one
 * transaction with its audit record (before and after), and a new schedule applies at once. The tier policy's
 * settings are changed with the policy.
 */
public final class AdminSettings {

    /** A setting's key, default (empty: none, the reader decides), help, and when a change takes effect. */
    private record Definition(String key, String defaultValue, String help, SettingView.TakesEffect takesEffect) {
    }

    private static final SettingView.TakesEffect AT_ONCE = SettingView.TakesEffect.AT_ONCE;
    private static final SettingView.TakesEffect NEXT_RUN = SettingView.TakesEffect.NEXT_RUN;

    /** Limits viewers to the contacts they own (the host's owner relationship). */
    public static final String VIEWERS_OWN_CONTACTS_ONLY = "security.viewersOwnContactsOnly";

    /** Hosts (or host:port) webhooks may reach although they are loopback, link-local or private addresses. */
    public static final String WEBHOOK_ALLOW_LIST = "rules.webhookAllowList";
    /** How many times a follow-up action is tried before it is dead-lettered. */
    public static final String MAX_ATTEMPTS = "rules.maxAttempts";
    /** The wait after the first failed attempt; it doubles after each further one. */
    public static final String FIRST_RETRY_SECONDS = "rules.firstRetrySeconds";
    private static final java.util.regex.Pattern HOST_OR_PORT = java.util.regex.Pattern.compile(
            "[a-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9a-f:]+](:[0-9]{1,5})?");

    private static final List<Definition> CATALOGUE = List.of(
            new Definition(SettingsRepository.SCHEDULE_CRON, RecomputeScheduler.DEFAULT_CRON,
                    "When the recompute runs: a Quartz cron expression in the server's time zone", AT_ONCE),
            new Definition(CountingRulesReader.AS_OF, "",
                    "The last day counted (YYYY-MM-DD); empty for today", NEXT_RUN),
            new Definition(CountingRulesReader.ORDER_TYPE, "SALES_ORDER", "The OFBiz order type counted", NEXT_RUN),
            new Definition(CountingRulesReader.STATUSES, "ORDER_COMPLETED",
                    "Order statuses counted, separated by commas", NEXT_RUN),
            new Definition(CountingRulesReader.CUSTOMER_ROLES, "BILL_TO_CUSTOMER",
                    "Order roles that make a party the order's customer, separated by commas", NEXT_RUN),
            new Definition(CountingRulesReader.RETURN_STATUSES, "RETURN_COMPLETED",
                    "Return statuses whose returned value is subtracted; empty for none", NEXT_RUN),
            new Definition(CountingRulesReader.CONTACT_ROLES, "CUSTOMER,BILL_TO_CUSTOMER",
                    "Party roles that make a person or organisation a contact (the card and search find contacts "
                            + "by them within seconds; their values follow with the next run)", NEXT_RUN),
            new Definition(CountingRulesReader.CURRENCY, "USD",
                    "The currency values are shown in; other currencies are converted at the dated rate", NEXT_RUN),
            new Definition(RecomputeSettingsReader.PURCHASE_MODEL, "auto",
                    "The purchase model: auto (the best of bgnbd, mbgnbd and paretonbd in each run's backtest), "
                            + "or one of them fixed", NEXT_RUN),
            new Definition(RecomputeSettingsReader.TIME_UNIT, "week",
                    "The time unit of the models: day, week or month", NEXT_RUN),
            new Definition(RecomputeSettingsReader.MINIMUM_REPEAT_CUSTOMERS, "20",
                    "Fit the models only with at least this many contacts who bought more than once", NEXT_RUN),
            new Definition(RecomputeSettingsReader.HORIZON_MONTHS, "12", "The CLV horizon, in months", NEXT_RUN),
            new Definition(RecomputeSettingsReader.MONTHLY_DISCOUNT, "0.01", "The discount rate per month",
                    NEXT_RUN),
            new Definition(RecomputeSettingsReader.MARGIN, "1.0", "The share of spend counted as value, 0 to 1",
                    NEXT_RUN),
            new Definition(RecomputeSettingsReader.HOLDOUT_SHARE, "0.25",
                    "The share of the history the backtest holds out, between 0 and 1", NEXT_RUN),
            new Definition(VIEWERS_OWN_CONTACTS_ONLY, "false",
                    "true: sales reps see only the contacts they own (admins see all)", AT_ONCE),
            new Definition(SettingsRepository.RUNS_KEPT, Integer.toString(SettingsRepository.DEFAULT_RUNS_KEPT),
                    "How many published runs keep their values for history (older ones are deleted after the next "
                            + "run)", NEXT_RUN),
            new Definition(WEBHOOK_ALLOW_LIST, "", "Hosts or host:port pairs, separated by commas, that webhooks may "
                    + "reach although they are loopback, link-local or private addresses; empty for none", AT_ONCE),
            new Definition(MAX_ATTEMPTS, Integer.toString(DeliveryPolicy.DEFAULT.maxAttempts()),
                    "How many times a follow-up task or webhook is tried before it is dead-lettered (1 to 50)",
                    AT_ONCE),
            new Definition(FIRST_RETRY_SECONDS,
                    Long.toString(DeliveryPolicy.DEFAULT.firstRetry().toSeconds()),
                    "Seconds to wait after a failed delivery; the wait doubles after each further failure, "
                            + "up to 6 hours", AT_ONCE));

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
        return CATALOGUE.stream().map(d -> {
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
            if (CATALOGUE.stream().noneMatch(d -> d.key().equals(key))) {
                errors.add(new FieldError(key, "not a setting that can be changed here"));
            } else if (value == null) {
                errors.add(new FieldError(key, "give a value (the default is "
                        + CATALOGUE.stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow()
                        .defaultValue() + ")"));
            } else {
                Map<String, String> one = new TreeMap<>(stored);
                one.put(key, value.trim());
                check(one).ifPresent(message -> errors.add(new FieldError(key, message)));
            }
        });
        if (errors.isEmpty()) {
            Map<String, String> after = new TreeMap<>(stored);
            changes.forEach((key, value) -> after.put(key, value.trim()));
            check(after).ifPresent(message -> errors.add(new FieldError("settings", message)));
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
        return settings.get(WEBHOOK_ALLOW_LIST).map(AdminSettings::hosts).orElse(java.util.Set.of());
    }

    /** How follow-up actions are retried, from the settings. */
    public DeliveryPolicy deliveryPolicy() {
        return deliveryPolicy(settings::get);
    }

    private static DeliveryPolicy deliveryPolicy(Function<String, Optional<String>> lookup) {
        DeliveryPolicy d = DeliveryPolicy.DEFAULT;
        return new DeliveryPolicy(
                integer(MAX_ATTEMPTS, lookup.apply(MAX_ATTEMPTS), d.maxAttempts()),
                java.time.Duration.ofSeconds(integer(FIRST_RETRY_SECONDS, lookup.apply(FIRST_RETRY_SECONDS),
                        (int) d.firstRetry().toSeconds())));
    }

    private static int integer(String key, Optional<String> value, int otherwise) {
        try {
            return value.map(String::trim).map(Integer::parseInt).orElse(otherwise);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + ": a whole number, was '" + value.orElse("") + "'");
        }
    }

    private static java.util.Set<String> hosts(String list) {
        java.util.Set<String> hosts = new java.util.TreeSet<>();
        for (String h : list.split(",")) {
            String host = h.trim().toLowerCase(java.util.Locale.ROOT);
            if (!host.isEmpty()) {
                if (!HOST_OR_PORT.matcher(host).matches()) {
                    throw new IllegalArgumentException("setting " + WEBHOOK_ALLOW_LIST + ": '" + host
                            + "' is not a host or host:port");
                }
                hosts.add(host.replaceAll("^\\[|](?=(:|$))", ""));
            }
        }
        return hosts;
    }

    /** Why these settings cannot be used together, or empty when they can. */
    private Optional<String> check(Map<String, String> values) {
        Function<String, Optional<String>> lookup = key -> Optional.ofNullable(values.get(key));
        try {
            lookup.apply(SettingsRepository.SCHEDULE_CRON).ifPresent(CronSchedules::requireValid);
            lookup.apply(SettingsRepository.SCHEDULE_CRON).ifPresent(CronSchedules::requireRunsApart);
            lookup.apply(SettingsRepository.RUNS_KEPT).ifPresent(AdminSettings::requireRunsKept);
            lookup.apply(VIEWERS_OWN_CONTACTS_ONLY).filter(v -> !v.equals("true") && !v.equals("false"))
                    .ifPresent(v -> {
                        throw new IllegalArgumentException("setting " + VIEWERS_OWN_CONTACTS_ONLY
                                + ": true or false, was '" + v + "'");
                    });
            lookup.apply(WEBHOOK_ALLOW_LIST).ifPresent(AdminSettings::hosts);
            deliveryPolicy(lookup);
            RecomputeSettingsReader.read(lookup, CountingRulesReader.read(lookup, LocalDate.now(clock)));
            return Optional.empty();
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static void requireRunsKept(String value) {
        if (!value.matches("[1-9][0-9]{0,3}")) {
            throw new IllegalArgumentException("setting " + SettingsRepository.RUNS_KEPT + ": a whole number from 1 "
                    + "to 9999, was '" + value + "'");
        }
    }

    private static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }
}
