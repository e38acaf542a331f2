package org.clvplugin.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.clvplugin.store.TierPolicyRepository;
import org.clvplugin.tiers.Tier;


/**
 * What the rules did for one contact, as its card shows it: each task or webhook a change of value or tier fired,
 * with its state (waiting, being delivered, delivered, given up), the change in tiers, and a task's subject and due
 * day. No delivery error: those are for admins, in the console.
 */
public final class ContactFollowUps {

    /** The most follow-ups a card shows. */
    public static final int SHOWN = 10;

    /**
     * One follow-up. {@code state} is PENDING, SENDING, DELIVERED or DEAD; the tiers are names (null for none); a
     * task's subject is rendered as delivered (null for a webhook, or when its rule was deleted) and is due
     * {@code dueAt} once delivered.
     */
    public record FollowUp(long entryId, String rule, String action, String trigger, String fromTier,
                           String toTier, String state, Instant createdAt, Instant deliveredAt, String subject,
                           Instant dueAt) {
    }

    private final Outbox outbox;
    private final RuleStore rules;
    private final TierPolicyRepository policies;

    public ContactFollowUps(Outbox outbox, RuleStore rules, TierPolicyRepository policies) {
        this.outbox = outbox;
        this.rules = rules;
        this.policies = policies;
    }

    /** The contact's follow-ups, newest first, at most {@link #SHOWN}. */
    public List<FollowUp> of(String partyId) {
        List<Outbox.Logged> logged = outbox.ofContact(partyId, SHOWN);
        if (logged.isEmpty()) {
            return List.of();
        }
        Map<String, String> tierNames = policies.load().tiers().stream().collect(Collectors.toMap(Tier::key,
                Tier::displayName));
        return logged.stream().map(l -> followUp(l, tierNames)).toList();
    }

    private FollowUp followUp(Outbox.Logged logged, Map<String, String> tierNames) {
        Outbox.Firing f = logged.firing();
        FiredEvent fired = FiredEvent.of(logged.payload());
        Optional<Rule> rule = rules.find(f.ruleId());
        Optional<Action> task = rule.map(Rule::action).filter(a -> a.kind() == Action.Kind.TASK
                && f.actionKind().equals(Action.Kind.TASK.name()));
        Map<String, String> values = TaskDelivery.values(fired.event(), tierNames);
        return new FollowUp(f.entryId(), fired.rule() != null ? fired.rule() : rule.map(Rule::name).orElse(null),
                f.actionKind(), fired.trigger(), nameOf(fired.fromTier(), tierNames),
                nameOf(fired.toTier(), tierNames), f.state(), f.createdAt(), f.deliveredAt(),
                task.map(a -> new Template(a.subject()).render(values)).orElse(null),
                task.filter(a -> f.deliveredAt() != null).map(a -> f.deliveredAt().plus(Duration.ofDays(
                        a.dueInDays() == null ? 0 : a.dueInDays()))).orElse(null));
    }

    /** A tier's name in the policy, or its key when the policy no longer has it; null for none. */
    static String nameOf(String tierKey, Map<String, String> tierNames) {
        return tierKey == null ? null : tierNames.getOrDefault(tierKey, tierKey);
    }
}
