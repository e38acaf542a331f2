package org.clvplugin.settings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.clvplugin.api.FieldError;
import org.clvplugin.api.RefusedValueException;
import org.clvplugin.rules.DeliveryPolicy;
import org.clvplugin.schedule.CronSchedules;
import org.clvplugin.schedule.RecomputeScheduler;
import org.clvplugin.scoring.CountingRulesReader;
import org.clvplugin.scoring.RecomputeSettingsReader;
import org.clvplugin.store.SettingsRepository;

/**
 * The settings an admin may change: each with its default, help and when a change takes effect, and the checks a
 * set of values must pass before any is saved (each reader's own, and those of the schedule, the allow-list and
 * the delivery policy). {@link AdminSettings} saves and reads them.
 */
final class SettingsCatalogue {

    /** A setting's key, default (empty: none, the reader decides), help, and when a change takes effect. */
    record Definition(String key, String defaultValue, String help, SettingView.TakesEffect takesEffect) {
    }

    private static final SettingView.TakesEffect AT_ONCE = SettingView.TakesEffect.AT_ONCE;
    private static final SettingView.TakesEffect NEXT_RUN = SettingView.TakesEffect.NEXT_RUN;

    private static final java.util.regex.Pattern HOST_OR_PORT = java.util.regex.Pattern.compile(
            "[a-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9a-f:]+](:[0-9]{1,5})?");

    /** Every setting an admin may change, in the order the console lists them. */
    static final List<Definition> ALL = List.of(
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
            new Definition(AdminSettings.VIEWERS_OWN_CONTACTS_ONLY, "false",
                    "true: sales reps see only the contacts they own (admins see all)", AT_ONCE),
            new Definition(SettingsRepository.RUNS_KEPT, Integer.toString(SettingsRepository.DEFAULT_RUNS_KEPT),
                    "How many published runs keep their values for history (older ones are deleted after the next "
                            + "run)", NEXT_RUN),
            new Definition(AdminSettings.WEBHOOK_ALLOW_LIST, "", "Hosts or host:port pairs, separated by commas, that webhooks may "
                    + "reach although they are loopback, link-local or private addresses; empty for none", AT_ONCE),
            new Definition(AdminSettings.MAX_ATTEMPTS, Integer.toString(DeliveryPolicy.DEFAULT.maxAttempts()),
                    "How many times a follow-up task or webhook is tried before it is dead-lettered (1 to 50)",
                    AT_ONCE),
            new Definition(AdminSettings.FIRST_RETRY_SECONDS,
                    Long.toString(DeliveryPolicy.DEFAULT.firstRetry().toSeconds()),
                    "Seconds to wait after a failed delivery; the wait doubles after each further failure, "
                            + "up to 6 hours", AT_ONCE));

    private SettingsCatalogue() {
    }

    /** The setting of this key, if an admin may change it. */
    static Optional<Definition> find(String key) {
        return ALL.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    static DeliveryPolicy deliveryPolicy(Function<String, Optional<String>> lookup) {
        DeliveryPolicy d = DeliveryPolicy.DEFAULT;
        return new DeliveryPolicy(
                integer(AdminSettings.MAX_ATTEMPTS, lookup.apply(AdminSettings.MAX_ATTEMPTS), d.maxAttempts()),
                java.time.Duration.ofSeconds(integer(AdminSettings.FIRST_RETRY_SECONDS, lookup.apply(AdminSettings.FIRST_RETRY_SECONDS),
                        (int) d.firstRetry().toSeconds())));
    }

    private static int integer(String key, Optional<String> value, int otherwise) {
        try {
            return value.map(String::trim).map(Integer::parseInt).orElse(otherwise);
        } catch (NumberFormatException e) {
            throw RefusedValueException.of("wholeNumber", "a whole number, was '" + value.orElse("") + "'", "value",
                    value.orElse("")).at(key);
        }
    }

    /** The hosts of an allow-list setting, lower case; an entry that is not a host or host:port is refused. */
    static java.util.Set<String> hosts(String list) {
        java.util.Set<String> hosts = new java.util.TreeSet<>();
        for (String h : list.split(",")) {
            String host = h.trim().toLowerCase(java.util.Locale.ROOT);
            if (!host.isEmpty()) {
                if (!HOST_OR_PORT.matcher(host).matches()) {
                    throw RefusedValueException.of("setting.host", "'" + host + "' is not a host or host:port", "value",
                            host).at(AdminSettings.WEBHOOK_ALLOW_LIST);
                }
                hosts.add(host.replaceAll("^\\[|](?=(:|$))", ""));
            }
        }
        return hosts;
    }

    /**
     * Why these settings cannot be used together, or empty when they can: the refused setting with a code where the
     * reader gave one, else the reader's message under no field.
     */
    static Optional<FieldError> check(Map<String, String> values, LocalDate today) {
        Function<String, Optional<String>> lookup = key -> Optional.ofNullable(values.get(key));
        try {
            lookup.apply(SettingsRepository.SCHEDULE_CRON).ifPresent(CronSchedules::requireValid);
            lookup.apply(SettingsRepository.SCHEDULE_CRON).ifPresent(CronSchedules::requireRunsApart);
            lookup.apply(SettingsRepository.RUNS_KEPT).ifPresent(SettingsCatalogue::requireRunsKept);
            lookup.apply(AdminSettings.VIEWERS_OWN_CONTACTS_ONLY).filter(v -> !v.equals("true") && !v.equals("false"))
                    .ifPresent(v -> {
                        throw RefusedValueException.of("setting.trueFalse", "true or false, was '" + v + "'", "value", v)
                                .at(AdminSettings.VIEWERS_OWN_CONTACTS_ONLY);
                    });
            lookup.apply(AdminSettings.WEBHOOK_ALLOW_LIST).ifPresent(SettingsCatalogue::hosts);
            deliveryPolicy(lookup);
            RecomputeSettingsReader.read(lookup, CountingRulesReader.read(lookup, today));
            return Optional.empty();
        } catch (RefusedValueException e) {
            return Optional.of(e.error());
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.of(new FieldError("", e.getMessage()));
        }
    }

    private static void requireRunsKept(String value) {
        if (!value.matches("[1-9][0-9]{0,3}")) {
            throw RefusedValueException.of("range", "a whole number from 1 to 9999, was '" + value + "'", "min", 1,
                    "max", 9999, "value", value).at(SettingsRepository.RUNS_KEPT);
        }
    }
}
