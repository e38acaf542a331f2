package org.clvplugin.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

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
    /** Deliveries at once: a slow receiver must not hold up every other action of a big run. */
    public static final int PARALLEL = 8;
    private static final int BATCH = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where one action ended up after an attempt. */
    private enum Result { DELIVERED, ALREADY_DONE, RETRYING, DEAD }

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

    /**
     * Delivers what is due, {@value #PARALLEL} at a time (a new one starts as soon as one ends), until nothing is or
     * {@code budget} has passed (no action is started after it).
     */
    public Pass deliverDue(Duration budget) {
        long end = System.nanoTime() + budget.toNanos();
        List<Outbox.Entry> first = outbox.due(clock.instant(), BATCH);
        if (first.isEmpty()) {
            return new Pass(0, 0, 0, 0); // the usual case every few seconds: one indexed read, nothing else
        }
        DeliveryPolicy attempts = policy.get();
        Map<String, String> names = tierNames.get();
        Map<Long, Optional<Rule>> ruleCache = new ConcurrentHashMap<>();
        Map<Result, Integer> counts = new EnumMap<>(Result.class);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, r -> {
            Thread t = new Thread(r, "clv-delivery");
            t.setDaemon(true);
            return t;
        });
        CompletionService<Result> finished = new ExecutorCompletionService<>(pool);
        Deque<Outbox.Entry> queue = new ArrayDeque<>(first);
        // A read can return actions handed out but not claimed yet: each is handed out once per pass.
        Set<Long> handedOut = new HashSet<>();
        first.forEach(e -> handedOut.add(e.entryId()));
        boolean drained = false;
        int inFlight = 0;
        try {
            while (true) {
                while (inFlight < PARALLEL && System.nanoTime() < end) {
                    if (queue.isEmpty() && !drained) {
                        outbox.due(clock.instant(), BATCH).stream().filter(e -> handedOut.add(e.entryId()))
                                .forEach(queue::add);
                        drained = queue.isEmpty();
                    }
                    Outbox.Entry entry = queue.poll();
                    if (entry == null) {
                        break;
                    }
                    finished.submit(() -> deliver(entry, ruleCache, names, attempts));
                    inFlight++;
                }
                if (inFlight == 0) {
                    break;
                }
                Result r = outcome(finished);
                inFlight--;
                if (r != null) {
                    counts.merge(r, 1, Integer::sum);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Pass(counts.getOrDefault(Result.DELIVERED, 0), counts.getOrDefault(Result.ALREADY_DONE, 0),
                counts.getOrDefault(Result.RETRYING, 0), counts.getOrDefault(Result.DEAD, 0));
    }

    /** The next delivery to end; null when another dispatcher had claimed its action. */
    private static Result outcome(CompletionService<Result> finished) {
        try {
            return finished.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while delivering", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // the process is going down: nothing is recorded, as after a crash
            }
            throw new IllegalStateException("recording a delivery failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Claims, delivers and records one action; null when another dispatcher has claimed it. */
    private Result deliver(Outbox.Entry entry, Map<Long, Optional<Rule>> ruleCache, Map<String, String> names,
                           DeliveryPolicy attempts) {
        Instant now = clock.instant();
        if (!outbox.claim(entry.entryId(), now, now.plus(LEASE))) {
            return null;
        }
        DeliveryOutcome outcome = attempt(entry, ruleCache.computeIfAbsent(entry.ruleId(), rules::find), names, now);
        int attempt = entry.attempts() + 1;
        switch (outcome.kind()) {
            case DELIVERED, ALREADY_DONE -> {
                outbox.delivered(entry.entryId(), clock.instant());
                return outcome.kind() == DeliveryOutcome.Kind.DELIVERED ? Result.DELIVERED : Result.ALREADY_DONE;
            }
            case RETRY -> {
                String of = " (attempt " + attempt + " of " + attempts.maxAttempts();
                if (attempts.exhausted(attempt)) {
                    LOG.warn("follow-up action {} of rule {} given up on: {}{}, the last)", entry.entryId(),
                            entry.ruleId(), outcome.detail(), of);
                    outbox.dead(entry.entryId(), outcome.detail() + of + ", the last)");
                    return Result.DEAD;
                }
                Instant next = attempts.nextAttempt(attempt, clock.instant());
                LOG.info("follow-up action {} of rule {} failed, retried at {}: {}{})", entry.entryId(),
                        entry.ruleId(), next, outcome.detail(), of);
                outbox.retryAt(entry.entryId(), next, outcome.detail() + of + ")");
                return Result.RETRYING;
            }
            default -> {
                LOG.warn("follow-up action {} of rule {} given up on at once: {}", entry.entryId(), entry.ruleId(),
                        outcome.detail());
                outbox.dead(entry.entryId(), outcome.detail());
                return Result.DEAD;
            }
        }
    }

    /** One delivery; a failure of the host or the network is an outcome to retry, never lost. */
    private DeliveryOutcome attempt(Outbox.Entry entry, Optional<Rule> rule, Map<String, String> names,
                                    Instant now) {
        if (rule.isEmpty()) {
            return DeliveryOutcome.refused("the rule " + entry.ruleId() + " no longer exists");
        }
        if (!rule.get().enabled()) {
            // Switching a rule off is how an admin stops it at once, its queued actions included.
            return DeliveryOutcome.refused("the rule was switched off before delivery; switch it on and retry to "
                    + "deliver this");
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
            LOG.warn("follow-up action {}: the stored event is not JSON", entry.entryId(), e);
            return DeliveryOutcome.refused("the stored event is not JSON: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            LOG.debug("follow-up action {} failed with an exception, to be retried", entry.entryId(), e);
            return DeliveryOutcome.retry(String.valueOf(e.getMessage()));
        }
    }
}
