package org.clvplugin.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Decides which rules fire for the transitions of a run, with the safeguards: enabled rules only, the filter,
 * the cooldown per rule and contact, and the maximum per run, which keeps the most valuable contacts (by CLV in the
 * new run; the excess counted, not silently dropped). At most once per contact per transition is the outbox's
 * unique key on {@link Transition#key}.
 */
public final class RuleEvaluator {

    /** When a rule last fired for a contact, if it did. */
    @FunctionalInterface
    public interface LastFirings {
        Optional<Instant> last(long ruleId, String partyId);
    }

    /** A rule firing for a contact's transition. */
    public record Firing(long ruleId, String transitionKey, Transition transition) {
    }

    /**
     * What a run's transitions fired, and per rule how many more would have fired above its maximum, and how many
     * the cooldown held back.
     */
    public record Evaluation(List<Firing> firings, Map<Long, Integer> overMaximum, Map<Long, Integer> coolingDown) {
    }

    private final List<Rule> rules;
    private final LastFirings lastFirings;
    private final Instant now;
    private final List<Firing> firings = new ArrayList<>();
    /** Per rule with a maximum, its most valuable firings so far: the least valuable on top, to be pushed out. */
    private final Map<Long, PriorityQueue<Firing>> kept = new HashMap<>();
    private final Map<Long, Integer> overMaximum = new HashMap<>();
    private final Map<Long, Integer> coolingDown = new HashMap<>();

    /** @param rules saved rules (with ids); disabled ones are skipped */
    public RuleEvaluator(List<Rule> rules, LastFirings lastFirings, Instant now) {
        this.rules = rules.stream().filter(Rule::enabled).toList();
        this.lastFirings = lastFirings;
        this.now = now;
    }

    /** Considers one contact's transition; call once per contact of the run. */
    public void accept(Transition t) {
        for (Rule rule : rules) {
            if (!rule.trigger().firedBy(t) || !rule.filter().matches(t)) {
                continue;
            }
            long id = rule.id();
            if (rule.cooldownHours() > 0 && lastFirings.last(id, t.partyId())
                    .filter(last -> now.isBefore(last.plus(Duration.ofHours(rule.cooldownHours())))).isPresent()) {
                coolingDown.merge(id, 1, Integer::sum);
                continue;
            }
            Firing firing = new Firing(id, t.key(rule.trigger().kind()), t);
            if (rule.maxPerRun() == null) {
                firings.add(firing);
            } else {
                keepIfValuable(rule.maxPerRun(), firing);
            }
        }
    }

    /** Keeps the firing among the rule's {@code max} most valuable so far; one that drops out counts as excess. */
    private void keepIfValuable(int max, Firing firing) {
        PriorityQueue<Firing> best = kept.computeIfAbsent(firing.ruleId(), id -> new PriorityQueue<>(LEAST_VALUABLE));
        best.add(firing);
        if (best.size() > max) {
            best.poll();
            overMaximum.merge(firing.ruleId(), 1, Integer::sum);
        }
    }

    /** Lower CLV first; at the same CLV the later party id first, so that ties keep the earlier ones. */
    private static final Comparator<Firing> LEAST_VALUABLE = Comparator
            .<Firing>comparingDouble(f -> f.transition().after().clv())
            .thenComparing(f -> f.transition().partyId(), Comparator.reverseOrder());

    public Evaluation result() {
        List<Firing> all = new ArrayList<>(firings);
        kept.values().forEach(best -> all.addAll(best.stream().sorted(LEAST_VALUABLE.reversed()).toList()));
        return new Evaluation(List.copyOf(all), Map.copyOf(overMaximum), Map.copyOf(coolingDown));
    }
}
