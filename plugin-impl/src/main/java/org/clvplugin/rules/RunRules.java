package org.clvplugin.rules;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clvplugin.report.RunReport;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.tiers.TierPolicy;

/**
 * The rules' part of one run: each contact's state as the run writes it is compared with the published run's,
 * and the enabled rules are evaluated on the transition. Without enabled rules, or before any run was published
 * (no transition exists yet), it does nothing and costs nothing.
 */
public final class RunRules {

    private final Map<Long, Rule> rules;
    private final Map<String, ContactState> before;
    private final TierPolicy policy;
    private final long fromRunId;
    private final long toRunId;
    private final RuleEvaluator evaluator;
    private final long prepareNanos;
    private long evaluateNanos;
    private long transitions;
    private final boolean judgesChurn;
    private long withoutChurnEstimate;
    private long enqueueMillis;
    private RuleEvaluator.Evaluation evaluation;

    private RunRules(List<Rule> rules, Map<String, ContactState> before, TierPolicy policy, long fromRunId,
                     long toRunId, RuleEvaluator evaluator, long prepareNanos) {
        this.rules = rules.stream().collect(Collectors.toMap(Rule::id, Function.identity()));
        this.before = before;
        this.policy = policy;
        this.fromRunId = fromRunId;
        this.toRunId = toRunId;
        this.evaluator = evaluator;
        this.prepareNanos = prepareNanos;
        this.judgesChurn = rules.stream().anyMatch(r -> r.trigger().kind() == Trigger.Kind.CHURN_RISK);
    }

    /** Loads the enabled rules and, when there are some, the published run's states and the recent firings. */
    public static RunRules prepare(RuleStore store, PublishedValues published, TierPolicy policy, long runId,
                                   Clock clock) {
        List<Rule> enabled = store.all().stream().filter(Rule::enabled).toList();
        Optional<Long> previous = published.publishedRunId();
        if (enabled.isEmpty() || previous.isEmpty()) {
            return new RunRules(List.of(), Map.of(), policy, 0, runId, null, 0);
        }
        return between(store, published, policy, enabled, previous.get(), runId, clock);
    }

    /**
     * The rules on the change from one run to another: the states of {@code fromRunId} and the firings within the
     * longest cooldown are loaded; the contacts of the other run are then {@linkplain #observe observed}.
     */
    public static RunRules between(RuleStore store, PublishedValues published, TierPolicy policy, List<Rule> rules,
                                   long fromRunId, long toRunId, Clock clock) {
        long start = System.nanoTime();
        Map<String, ContactState> states = new HashMap<>(Math.max(16, (int) (published.contacts() * 1.4)));
        published.forEachStanding(fromRunId, f -> states.put(f.partyId(), new ContactState(f.tierKey(),
                rank(policy, f.tierKey()), f.clv(), f.probabilityAlive(), f.segment())));
        Instant now = clock.instant();
        int longest = rules.stream().mapToInt(Rule::cooldownHours).max().orElse(0);
        Map<String, Instant> fired = longest == 0 ? Map.of() : store.firedSince(now.minus(Duration.ofHours(longest)));
        RuleEvaluator evaluator = new RuleEvaluator(rules,
                (rule, party) -> Optional.ofNullable(fired.get(rule + "|" + party)), now);
        return new RunRules(rules, states, policy, fromRunId, toRunId, evaluator, System.nanoTime() - start);
    }

    private static int rank(TierPolicy policy, String tierKey) {
        return tierKey == null ? -1 : policy.indexOf(tierKey);
    }

    public boolean active() {
        return evaluator != null;
    }

    /** One contact as this run writes it. */
    public void observe(String partyId, String name, String ownerPartyId, String tierKey, double clv,
                        Double probabilityAlive, String segment) {
        if (evaluator == null) {
            return;
        }
        if (judgesChurn && probabilityAlive == null) {
            withoutChurnEstimate++;
        }
        long start = System.nanoTime();
        evaluator.accept(new Transition(partyId, name, ownerPartyId, fromRunId, toRunId, before.remove(partyId),
                new ContactState(tierKey, rank(policy, tierKey), clv, probabilityAlive, segment)));
        transitions++;
        evaluateNanos += System.nanoTime() - start;
    }

    /**
     * For the run's report: the rules evaluated, per rule the actions enqueued and those the maximum per run and
     * the cooldown held back, the transitions, and the time spent loading the published states and evaluating.
     */
    public RunReport.RulesReport report() {
        RuleEvaluator.Evaluation fired = evaluation();
        // Churn-risk rules skip the contacts without an estimate: their risk is unknown, not 0 %.
        return new RunReport.RulesReport(rules.size(), fired.firings().stream().collect(Collectors.groupingBy(
                f -> String.valueOf(f.ruleId()), TreeMap::new, Collectors.counting())), byRule(fired.overMaximum()),
                byRule(fired.coolingDown()), transitions, judgesChurn ? withoutChurnEstimate : null,
                prepareNanos / 1_000_000, evaluateNanos / 1_000_000);
    }

    private static Map<String, Long> byRule(Map<Long, Integer> counts) {
        Map<String, Long> byRule = new TreeMap<>();
        counts.forEach((rule, n) -> byRule.put(String.valueOf(rule), n.longValue()));
        return byRule;
    }

    /** Writes the actions to the outbox on the publishing transaction's connection. */
    public void enqueue(Connection c, Instant at) throws SQLException {
        long start = System.nanoTime();
        OutboxEntries.write(c, toRunId, evaluation(), rules, at);
        enqueueMillis = (System.nanoTime() - start) / 1_000_000;
    }

    /** Contacts a churn-risk rule skipped because the run has no churn estimate for them. */
    public long withoutChurnEstimate() {
        return withoutChurnEstimate;
    }

    /** One line for the run's progress output, after the publication. */
    public String summary() {
        return String.format(Locale.ROOT, "rules: %,d actions enqueued by %d rules on %,d transitions; loading the "
                + "published states %.1f s, evaluating %.1f s, enqueueing %.1f s", evaluation().firings().size(),
                rules.size(), transitions, prepareNanos / 1e9, evaluateNanos / 1e9, enqueueMillis / 1e3);
    }

    /** What fired, once every contact has been observed. */
    public RuleEvaluator.Evaluation evaluation() {
        if (evaluation == null) {
            evaluation = evaluator == null ? new RuleEvaluator.Evaluation(List.of(), Map.of(), Map.of())
                    : evaluator.result();
        }
        return evaluation;
    }
}
