package org.clvplugin.rules;

import static org.clvplugin.rules.TriggerTest.state;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The safeguards over sequences of runs: filters, disabled rules, cooldown, maximum per run, the transition key. */
class RuleEvaluatorTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    private static final Action TASK = new Action(Action.Kind.TASK, "Call {name}", null, 2, null);
    private static final Trigger UP = new Trigger(Trigger.Kind.TIER_UPGRADED, null, null, null, null);

    private static Rule rule(long id, RuleFilter filter, int cooldownHours, Integer maxPerRun) {
        return new Rule(id, "rule " + id, true, UP, filter, TASK, cooldownHours, maxPerRun);
    }

    private static Transition upgrade(String party, String owner, long toRun) {
        return new Transition(party, party, owner, toRun - 1, toRun, state("SILVER", 150, .9),
                state("GOLD", 600, .9));
    }

    /** Fired (rule, party) pairs remembered across runs, as the outbox remembers them. */
    private final Map<String, Instant> history = new HashMap<>();

    private RuleEvaluator.Evaluation run(List<Rule> rules, Instant at, Transition... transitions) {
        RuleEvaluator e = new RuleEvaluator(rules, (rule, party) -> Optional.ofNullable(history.get(rule + party)),
                at);
        for (Transition t : transitions) {
            e.accept(t);
        }
        RuleEvaluator.Evaluation result = e.result();
        result.firings().forEach(f -> history.put(f.ruleId() + f.transition().partyId(), at));
        return result;
    }

    @Test
    void filtersByTierSegmentOwnerAndValue() {
        Transition annas = upgrade("P1", "REP_ANNA", 2);
        Transition bens = upgrade("P2", "REP_BEN", 2);
        assertEquals(1, run(List.of(rule(1, new RuleFilter(null, null, "REP_ANNA", null), 0, null)), T0, annas, bens)
                .firings().size());
        assertEquals(0, run(List.of(rule(2, new RuleFilter(Set.of("SILVER"), null, null, null), 0, null)), T0, annas)
                .firings().size(), "the filter looks at the tier after the change");
        assertEquals(0, run(List.of(rule(3, new RuleFilter(null, Set.of("At risk"), null, null), 0, null)), T0, annas)
                .firings().size());
        assertEquals(0, run(List.of(rule(4, new RuleFilter(null, null, null, 601.0), 0, null)), T0, annas)
                .firings().size());
        assertEquals(1, run(List.of(rule(5, new RuleFilter(Set.of("GOLD"), Set.of("Champions"), null, 600.0), 0,
                null)), T0, annas).firings().size());
    }

    @Test
    void aDisabledRuleNeverFires() {
        Rule off = new Rule(1L, "off", false, UP, null, TASK, 0, null);
        assertEquals(0, run(List.of(off), T0, upgrade("P1", "R", 2)).firings().size());
    }

    @Test
    void theCooldownHoldsBackARepeatForTheSameContactOnly() {
        List<Rule> rules = List.of(rule(1, null, 48, null));
        assertEquals(1, run(rules, T0, upgrade("P1", "R", 2)).firings().size());
        RuleEvaluator.Evaluation day1 = run(rules, T0.plus(Duration.ofHours(24)), upgrade("P1", "R", 3),
                upgrade("P2", "R", 3));
        assertEquals(List.of("P2"), day1.firings().stream().map(f -> f.transition().partyId()).toList());
        assertEquals(Map.of(1L, 1), day1.coolingDown());
        assertEquals(1, run(rules, T0.plus(Duration.ofHours(48)), upgrade("P1", "R", 4)).firings().size(),
                "after the cooldown it fires again");
    }

    @Test
    void theMaximumPerRunCountsTheExcessInsteadOfDroppingItSilently() {
        Transition[] many = new Transition[7];
        for (int i = 0; i < many.length; i++) {
            many[i] = upgrade("P" + i, "R", 2);
        }
        RuleEvaluator.Evaluation e = run(List.of(rule(1, null, 0, 5), rule(2, null, 0, null)), T0, many);
        assertEquals(5, e.firings().stream().filter(f -> f.ruleId() == 1).count());
        assertEquals(7, e.firings().stream().filter(f -> f.ruleId() == 2).count());
        assertEquals(Map.of(1L, 2), e.overMaximum());
    }

    @Test
    void theMaximumKeepsTheMostValuableContactsNotTheFirstByPartyId() {
        double[] values = {120, 900, 300, 900, 50, 610};
        Transition[] candidates = new Transition[values.length];
        for (int i = 0; i < values.length; i++) {
            candidates[i] = new Transition("P" + i, "P" + i, "R", 1, 2, state("SILVER", 100, .9),
                    state("GOLD", values[i], .9));
        }
        RuleEvaluator.Evaluation e = run(List.of(rule(1, null, 0, 3)), T0, candidates);
        assertEquals(List.of("P1", "P3", "P5"), e.firings().stream().map(f -> f.transition().partyId()).toList(),
                "the three most valuable, highest first; of the two at 900 both, the earlier first");
        assertEquals(Map.of(1L, 3), e.overMaximum(), "the other three counted");
    }

    @Test
    void eachFiringNamesItsTransitionSoThatItIsStoredOnce() {
        RuleEvaluator.Evaluation e = run(List.of(rule(1, null, 0, null)), T0, upgrade("P1", "R", 8));
        assertEquals("TIER_UPGRADED:7>8", e.firings().get(0).transitionKey());
    }
}
