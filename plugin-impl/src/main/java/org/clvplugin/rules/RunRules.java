package org.clvplugin.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    private RunRules(List<Rule> rules, Map<String, ContactState> before, TierPolicy policy, long fromRunId,
                     long toRunId, RuleEvaluator evaluator, long prepareNanos) {
        this.rules = rules.stream().collect(Collectors.toMap(Rule::id, Function.identity()));
        this.before = before;
        this.policy = policy;
        this.fromRunId = fromRunId;
        this.toRunId = toRunId;
        this.evaluator = evaluator;
        this.prepareNanos = prepareNanos;
    }

    /** Loads the enabled rules and, when there are some, the published run's states and the recent firings. */
    public static RunRules prepare(RuleStore store, PublishedValues published, TierPolicy policy, long runId,
                                   Clock clock) {
        long start = System.nanoTime();
        List<Rule> enabled = store.all().stream().filter(Rule::enabled).toList();
        Optional<Long> previous = published.publishedRunId();
        if (enabled.isEmpty() || previous.isEmpty()) {
            return new RunRules(List.of(), Map.of(), policy, 0, runId, null, 0);
        }
        Map<String, ContactState> states = new HashMap<>(Math.max(16, (int) (published.contacts() * 1.4)));
        published.forEachStanding(previous.get(), f -> states.put(f.partyId(), new ContactState(f.tierKey(),
                rank(policy, f.tierKey()), f.clv(), f.probabilityAlive(), f.segment())));
        Instant now = clock.instant();
        int longest = enabled.stream().mapToInt(Rule::cooldownHours).max().orElse(0);
        Map<String, Instant> fired = longest == 0 ? Map.of() : store.firedSince(now.minus(Duration.ofHours(longest)));
        RuleEvaluator evaluator = new RuleEvaluator(enabled,
                (rule, party) -> Optional.ofNullable(fired.get(rule + "|" + party)), now);
        return new RunRules(enabled, states, policy, previous.get(), runId, evaluator, System.nanoTime() - start);
    }

    private static int rank(TierPolicy policy, String tierKey) {
        return tierKey == null ? -1 : policy.indexOf(tierKey);
    }

    public boolean active() {
        return evaluator != null;
    }

    /** One contact as this run writes it. */
    public void observe(String partyId, String name, String ownerPartyId, String tierKey, double clv,
                        double probabilityAlive, String segment) {
        if (evaluator == null) {
            return;
        }
        long start = System.nanoTime();
        evaluator.accept(new Transition(partyId, name, ownerPartyId, fromRunId, toRunId, before.remove(partyId),
                new ContactState(tierKey, rank(policy, tierKey), clv, probabilityAlive, segment)));
        transitions++;
        evaluateNanos += System.nanoTime() - start;
    }

    /** Transitions evaluated, and the time spent loading the published states and evaluating, in milliseconds. */
    public Map<String, Long> effort() {
        return Map.of("transitions", transitions, "loadMillis", prepareNanos / 1_000_000,
                "evaluateMillis", evaluateNanos / 1_000_000);
    }

    /** What fired; the rules by id, for writing the outbox. */
    public RuleEvaluator.Evaluation evaluation() {
        return evaluator == null ? new RuleEvaluator.Evaluation(List.of(), Map.of(), Map.of()) : evaluator.result();
    }

    public Map<Long, Rule> rules() {
        return rules;
    }
}
