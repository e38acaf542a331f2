package org.clvplugin.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.clvplugin.store.TierPolicyRepository;
import org.clvplugin.tiers.Tier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the rules did for one contact, as its card shows it: each task or webhook a change of value or tier fired,
 * with its state (waiting, being delivered, delivered, given up), the change in tiers, and a task's subject and due
 * day. No delivery error: those are for admins, in the console.
 */
public final class ContactFollowUps {

    /** The most follow-ups a card shows. */
    public static final int SHOWN = 10;

    private static final ObjectMapper JSON = new ObjectMapper();

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
        JsonNode event = read(logged.payload());
        Optional<Rule> rule = rules.find(f.ruleId());
        Optional<Action> task = rule.map(Rule::action).filter(a -> a.kind() == Action.Kind.TASK
                && f.actionKind().equals(Action.Kind.TASK.name()));
        Map<String, String> values = TaskDelivery.values(event, tierNames);
        return new FollowUp(f.entryId(), event.path("rule").path("name").asText(rule.map(Rule::name).orElse(null)),
                f.actionKind(), event.path("transition").path("trigger").asText(null), blankToNull(values
                .get("previousTier")), blankToNull(values.get("tier")), f.state(), f.createdAt(), f.deliveredAt(),
                task.map(a -> new Template(a.subject()).render(values)).orElse(null),
                task.filter(a -> f.deliveredAt() != null).map(a -> f.deliveredAt().plus(Duration.ofDays(
                        a.dueInDays() == null ? 0 : a.dueInDays()))).orElse(null));
    }

    private static JsonNode read(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox entry's event is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
