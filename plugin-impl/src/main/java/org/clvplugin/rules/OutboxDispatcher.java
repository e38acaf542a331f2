package org.clvplugin.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Delivers the due actions of the outbox: claims each (so no other dispatcher takes it), delivers it as its
 * rule's action says now (an admin may have mended a URL or a template since), and records the outcome: delivered,
 * tried again after the policy's backoff, or dead after the last attempt or at once when trying again cannot help.
 * A dispatcher that dies after delivering but before recording leaves the action claimed; when the claim's lease
 * ends it is delivered again, and the idempotency key makes that second delivery harmless.
 */
public final class OutboxDispatcher {

    /** What one pass did. */
    public record Pass(int delivered, int alreadyDone, int retrying, int dead) {
        public int handled() {
            return delivered + alreadyDone + retrying + dead;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d delivered, %d found done already, %d to retry, %d dead", delivered,
                    alreadyDone, retrying, dead);
        }
    }

    /** Long enough for a webhook's timeouts; after it an action whose dispatcher died is due again. */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Outbox outbox;
    private final RuleStore rules;
    private final TaskDelivery tasks;
    private final WebhookDelivery webhooks;
    private final Supplier<DeliveryPolicy> policy;
    private final Supplier<Map<String, String>> tierNames;
    private final Clock clock;

    /** @param tierNames tier keys to the names tasks show, read once per pass */
    public OutboxDispatcher(Outbox outbox, RuleStore rules, TaskDelivery tasks, WebhookDelivery webhooks,
                            Supplier<DeliveryPolicy> policy, Supplier<Map<String, String>> tierNames, Clock clock) {
        this.outbox = outbox;
        this.rules = rules;
        this.tasks = tasks;
        this.webhooks = webhooks;
        this.policy = policy;
        this.tierNames = tierNames;
        this.clock = clock;
    }

    /** Delivers what is due, batch after batch, until nothing is or {@code budget} has passed. */
    public Pass deliverDue(Duration budget) {
        long end = System.nanoTime() + budget.toNanos();
        DeliveryPolicy attempts = policy.get();
        Map<String, String> names = tierNames.get();
        Map<Long, Optional<Rule>> ruleCache = new HashMap<>();
        int[] counts = new int[DeliveryOutcome.Kind.values().length];
        int deadCount = 0;
        while (System.nanoTime() < end) {
            List<Outbox.Entry> due = outbox.due(clock.instant(), BATCH);
            if (due.isEmpty()) {
                break;
            }
            int claimed = 0;
            for (Outbox.Entry entry : due) {
                Instant now = clock.instant();
                if (!outbox.claim(entry.entryId(), now, now.plus(LEASE))) {
                    continue;
                }
                claimed++;
                Optional<Rule> rule = ruleCache.computeIfAbsent(entry.ruleId(), rules::find);
                DeliveryOutcome outcome = attempt(entry, rule, names, now);
                int attempt = entry.attempts() + 1;
                switch (outcome.kind()) {
                    case DELIVERED, ALREADY_DONE -> outbox.delivered(entry.entryId(), clock.instant());
                    case RETRY -> {
                        if (attempts.exhausted(attempt)) {
                            outbox.dead(entry.entryId(), outcome.detail() + " (attempt " + attempt + " of "
                                    + attempts.maxAttempts() + ", the last)");
                            deadCount++;
                            continue;
                        }
                        outbox.retryAt(entry.entryId(), attempts.nextAttempt(attempt, clock.instant()),
                                outcome.detail() + " (attempt " + attempt + " of " + attempts.maxAttempts() + ")");
                    }
                    case REFUSED -> outbox.dead(entry.entryId(), outcome.detail());
                }
                counts[outcome.kind().ordinal()]++;
                if (System.nanoTime() >= end) {
                    break;
                }
            }
            if (claimed == 0) {
                break; // all taken by another dispatcher
            }
        }
        return new Pass(counts[DeliveryOutcome.Kind.DELIVERED.ordinal()],
                counts[DeliveryOutcome.Kind.ALREADY_DONE.ordinal()], counts[DeliveryOutcome.Kind.RETRY.ordinal()],
                counts[DeliveryOutcome.Kind.REFUSED.ordinal()] + deadCount);
    }

    /** One delivery; a failure of the host or the network is an outcome to retry, never lost. */
    private DeliveryOutcome attempt(Outbox.Entry entry, Optional<Rule> rule, Map<String, String> names,
                                    Instant now) {
        if (rule.isEmpty()) {
            return DeliveryOutcome.refused("the rule " + entry.ruleId() + " no longer exists");
        }
        Action action = rule.get().action();
        if (!action.kind().name().equals(entry.actionKind())) {
            return DeliveryOutcome.refused("the rule's action changed from " + entry.actionKind() + " to "
                    + action.kind() + " after this firing");
        }
        try {
            JsonNode event = JSON.readTree(entry.payload());
            return switch (action.kind()) {
                case TASK -> tasks.deliver(entry, action, event, names, now);
                case WEBHOOK -> webhooks.deliver(entry, action, event, now);
            };
        } catch (JsonProcessingException e) {
            return DeliveryOutcome.refused("the stored event is not JSON: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            return DeliveryOutcome.retry(String.valueOf(e.getMessage()));
        }
    }
}
