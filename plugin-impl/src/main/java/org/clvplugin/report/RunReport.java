package org.clvplugin.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clvplugin.api.FitResult;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * What a published run did, kept with it as JSON: the settings it used, the orders it read, the backtest and the
 * model it chose, the fit, the tiers, the rules and the time per phase, and warnings added after its publication.
 * The one definition of the report: the run writes it, the card, dashboard, model tab and runs API read it.
 *
 * <p>The JSON is flat as it was before it had a type (integrators read {@code ordersRead}, not
 * {@code orders.ordersRead}); the groups below are Java's. {@code version} is {@link #VERSION}; a report without
 * one was written before versions and has this shape. A report of a later version is refused, not misread.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunReport(int version, SettingsUsed settings, @JsonUnwrapped Orders orders,
                        @JsonUnwrapped Backtested backtested, @JsonUnwrapped Fit fit, @JsonUnwrapped Tiers tiers,
                        RulesReport rules, Millis millis,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {

    public static final int VERSION = 1;

    public RunReport {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** What the run's values depend on, kept so that a value is explained with the settings that made it. */
    public record SettingsUsed(LocalDate asOf, String currency, String purchaseModel, String timeUnit,
                               int horizonMonths, double monthlyDiscount, double margin, double holdoutShare,
                               int minimumRepeatCustomers) {
    }

    /** The orders the host's ledger gave: read, counted, skipped by reason, and the contacts that have any. */
    public record Orders(long ordersRead, long ordersCounted, Map<String, Long> ordersSkipped,
                         long contactsWithOrders) {
        public Orders {
            ordersSkipped = inOrder(ordersSkipped);
        }
    }

    /** The backtest from the day after the split, and how the purchase model was chosen from it. */
    public record Backtested(LocalDate backtestFrom, BacktestResult backtest, String modelChoice) {
    }

    /**
     * The model the values come from ({@code formula} when the data could not support a fit, with the reason), the
     * fits, the one-time buyers' churn, and the reasons a figure is absent from every card of the run.
     *
     * @param meanOrderValue what "spend against the base" on the card compares with
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Fit(String model, double meanOrderValue, FitResult purchaseFit, FitResult spendFit,
                      OneTimeBuyers churnOfOneTimeBuyers, String fallbackReason, String churnUnavailable,
                      String intervalUnavailable) {
    }

    /** Which model gave one-time buyers' churn and its fit, or why there is none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OneTimeBuyers(String model, String reason, FitResult fit, String unavailable) {
    }

    /** The contacts written, their total CLV, the tier changes and the contacts per tier. */
    public record Tiers(long contactsScored, double totalClv, long tierChanges, Map<String, Long> tierCounts) {
        public Tiers {
            tierCounts = inOrder(tierCounts);
        }
    }

    /**
     * The rules evaluated; per rule id the actions enqueued and those the maximum per run and the cooldown held
     * back; the transitions; the contacts churn-risk rules skipped for want of an estimate (null when no rule
     * judges churn); the time spent loading the published states and evaluating.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RulesReport(int evaluated, Map<String, Long> enqueued, Map<String, Long> overMaximum,
                              Map<String, Long> coolingDown, long transitions, Long skippedWithoutChurnEstimate,
                              long loadMillis, long evaluateMillis) {
    }

    /** A copy that keeps the order it was given in (tiers lowest first), as the report shows it. */
    private static Map<String, Long> inOrder(Map<String, Long> counts) {
        return counts == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }

    /** Milliseconds per phase of the run. */
    public record Millis(long read, long backtest, long fit, long tierStates, long write, long total) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The report as it is stored. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a run report could not be written: " + e.getMessage(), e);
        }
    }

    /** A stored report, of this version or of the time before versions. */
    public static RunReport read(String json) {
        try {
            return of(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored run report is not JSON: " + e.getMessage(), e);
        }
    }

    /** From the stored tree: each group takes its fields from the one flat object. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static RunReport of(JsonNode tree) {
        if (!(tree instanceof ObjectNode)) {
            throw new IllegalStateException("a stored run report is not a JSON object");
        }
        int version = tree.path("version").asInt(VERSION);
        if (version > VERSION) {
            throw new IllegalStateException("the run report is of version " + version + ", written by a later "
                    + "version of the plugin; this one reads up to version " + VERSION);
        }
        try {
            return new RunReport(VERSION, JSON.treeToValue(tree.get("settings"), SettingsUsed.class),
                    JSON.treeToValue(tree, Orders.class), JSON.treeToValue(tree, Backtested.class),
                    JSON.treeToValue(tree, Fit.class), JSON.treeToValue(tree, Tiers.class),
                    JSON.treeToValue(tree.get("rules"), RulesReport.class),
                    JSON.treeToValue(tree.get("millis"), Millis.class),
                    tree.has("warnings") ? List.of(JSON.treeToValue(tree.get("warnings"), String[].class)) : List.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored run report does not have the report's shape: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The report with a warning added: something after the publication failed. */
    public RunReport withWarning(String warning) {
        List<String> more = new ArrayList<>(warnings);
        more.add(warning);
        return new RunReport(version, settings, orders, backtested, fit, tiers, rules, millis, more);
    }
}
