package org.clvplugin.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.api.host.Contact;
import org.clvplugin.api.host.ContactDirectory;
import org.clvplugin.model.Rfm;
import org.clvplugin.store.AuditRecord;
import org.clvplugin.store.AuditRepository;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.store.RunRecord;
import org.clvplugin.store.RunRepository;
import org.clvplugin.store.TierPolicyRepository;
import org.clvplugin.tiers.Tier;
import org.clvplugin.tiers.TierPolicy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Follow-up rules as admins manage them: list, save (validated against the tier policy, the segments and the
 * webhook allow-list; audited), a dry run that shows what a rule would do without doing it, and its firings.
 */
public final class RuleAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What a rule would do on the change between the last two published runs, with nothing written: how many
     * contacts it would fire for, how many the maximum per run and the cooldown would hold back, and the first
     * events it would send.
     */
    public record DryRun(Long fromRun, Long toRun, int wouldFire, int overMaximum, int coolingDown,
                         List<Map<String, Object>> sample, String note) {
    }

    /** Secrets shorter than this are too easy to guess to sign with. */
    public static final int SHORTEST_SECRET = 16;

    private final RuleStore rules;
    private final Outbox outbox;
    private final SecretBox secrets;
    private final TierPolicyRepository policies;
    private final RunRepository runs;
    private final PublishedValues published;
    private final ContactDirectory directory;
    private final Supplier<Set<String>> webhookAllowList;
    private final AuditRepository audit;
    private final Clock clock;

    public RuleAdmin(RuleStore rules, Outbox outbox, SecretBox secrets, TierPolicyRepository policies,
                     RunRepository runs, PublishedValues published, ContactDirectory directory,
                     Supplier<Set<String>> webhookAllowList, AuditRepository audit, Clock clock) {
        this.rules = rules;
        this.outbox = outbox;
        this.secrets = secrets;
        this.policies = policies;
        this.runs = runs;
        this.published = published;
        this.directory = directory;
        this.webhookAllowList = webhookAllowList;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Rule> all() {
        return rules.all();
    }

    public Optional<Rule> find(long id) {
        return rules.find(id);
    }

    /**
     * Every problem of the rule: tiers and segments that exist, a webhook target that is allowed. A disabled rule
     * sends nothing, so its target is not judged: a rule whose target the allow-list now refuses can be switched
     * off (it is judged again when switched on).
     */
    public List<org.clvplugin.api.FieldError> problems(Rule rule) {
        Set<String> tiers = policies.load().tiers().stream().map(Tier::key).collect(Collectors.toSet());
        return rule.validate(tiers, java.util.Set.copyOf(Rfm.segments()), rule.enabled() ? new WebhookTargets(webhookAllowList.get())
                : WebhookTargets.FORM_ONLY);
    }

    /** Deletes a rule (see {@link RuleStore#delete}), audited with what it was; false when there is no such rule. */
    public boolean delete(long id, String by) {
        Optional<Rule> before = rules.find(id);
        if (before.isEmpty() || !rules.delete(id)) {
            return false;
        }
        audit.record(new AuditRecord(clock.instant(), by, "RULE_DELETED", "rule " + id + ": " + before.get().name(),
                json(before.get()), null));
        return true;
    }

    /**
     * Saves a new rule (id null) or replaces one, with a new webhook secret unless {@code secret} is null (then the
     * stored one is kept); throws {@link InvalidFieldsException} with every problem. A webhook rule needs a secret.
     */
    public Rule save(Rule rule, String secret, String by) {
        List<org.clvplugin.api.FieldError> errors = new ArrayList<>(problems(rule));
        if (secret != null && (secret.length() < SHORTEST_SECRET || secret.length() > 256)) {
            errors.add(org.clvplugin.api.FieldError.coded("secret", "length", SHORTEST_SECRET + " to 256 characters,"
                    + " was " + secret.length(), "min", SHORTEST_SECRET, "max", 256));
        } else if (secret == null && rule.action() != null && rule.action().kind() == Action.Kind.WEBHOOK
                && (rule.id() == null || !hasSecret(rule.id()))) {
            errors.add(org.clvplugin.api.FieldError.coded("secret", "rule.secretNeeded", "a webhook needs a secret ("
                    + SHORTEST_SECRET + " to 256 characters) to sign its events with", "min", SHORTEST_SECRET, "max",
                    256));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException("rule", errors);
        }
        Optional<Rule> before = rule.id() == null ? Optional.empty() : rules.find(rule.id());
        Rule saved = rules.save(rule, secret == null ? null : secrets.seal(secret));
        audit.record(new AuditRecord(clock.instant(), by, rule.id() == null ? "RULE_CREATED" : "RULE_CHANGED",
                "rule " + saved.id() + ": " + saved.name() + (secret == null ? "" : " (new webhook secret)"),
                before.map(RuleAdmin::json).orElse(null), json(saved)));
        return saved;
    }

    /** True when the rule has a webhook secret; the secret itself never leaves the plugin. */
    public boolean hasSecret(long id) {
        return rules.sealedSecret(id).isPresent();
    }

    /** The dead actions of every rule, newest first. */
    public List<FiringView> deadLetters(int limit) {
        return views(outbox.dead(limit));
    }

    public Optional<Outbox.Firing> firing(long entryId) {
        return outbox.firing(entryId);
    }

    /** Puts a dead action back to be delivered now with a fresh count of attempts; false unless it was dead. */
    public boolean retry(long entryId, String by) {
        boolean retried = outbox.retry(entryId, clock.instant());
        if (retried) {
            audit.record(new AuditRecord(clock.instant(), by, "FIRING_RETRIED", "outbox entry " + entryId, null,
                    null));
        }
        return retried;
    }

    /**
     * Sends a sample event to a webhook rule's URL, signed, as the rule would; audited. Empty for no such rule;
     * refused for a rule that sends tasks.
     */
    public Optional<WebhookDelivery.Sent> testWebhook(long id, String by) {
        Optional<Rule> rule = find(id);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        if (rule.get().action().kind() != Action.Kind.WEBHOOK) {
            throw new IllegalArgumentException("the rule " + id + " creates tasks; only a webhook rule can be tested");
        }
        WebhookDelivery.Sent sent = new WebhookDelivery(webhookAllowList,
                ruleId -> rules.sealedSecret(ruleId).map(secrets::open)).test(rule.get(), clock.instant());
        audit.record(new AuditRecord(clock.instant(), by, "WEBHOOK_TESTED", "rule " + id + " → " + sent.url(), null,
                null));
        return Optional.of(sent);
    }

    public List<FiringView> firings(long id, int limit) {
        return views(outbox.ofRule(id, limit));
    }

    /** The entries in people's words: tiers by their names, owners by theirs (one look-up for the page). */
    private List<FiringView> views(List<Outbox.Logged> logged) {
        Map<String, String> tierNames = policies.load().tiers().stream().collect(Collectors.toMap(Tier::key,
                Tier::displayName));
        List<FiredEvent> events = logged.stream().map(l -> FiredEvent.of(l.payload())).toList();
        Map<String, String> owners = directory.namesOf(events.stream().map(FiredEvent::ownerPartyId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        List<FiringView> views = new ArrayList<>();
        for (int i = 0; i < logged.size(); i++) {
            Outbox.Firing f = logged.get(i).firing();
            FiredEvent e = events.get(i);
            views.add(new FiringView(f.entryId(), f.ruleId(), f.runId(), f.partyId(), e.contactName(),
                    e.ownerPartyId(), e.ownerPartyId() == null ? null : owners.get(e.ownerPartyId()),
                    f.transitionKey(), ContactFollowUps.nameOf(e.fromTier(), tierNames),
                    ContactFollowUps.nameOf(e.toTier(), tierNames), e.clvBefore(), e.clvAfter(), f.actionKind(),
                    f.state(), f.attempts(), f.createdAt(), f.nextAttemptAt(), f.deliveredAt(), f.lastError()));
        }
        return views;
    }

    /** The rule on the transition between the last two succeeded runs kept, as the run would evaluate it. */
    public DryRun dryRun(Rule rule, int sampleSize) {
        List<RunRecord> kept = runs.succeeded().stream()
                .sorted(java.util.Comparator.comparingLong(RunRecord::id).reversed()).limit(2).toList();
        if (kept.size() < 2) {
            return new DryRun(null, kept.isEmpty() ? null : kept.get(0).id(), 0, 0, 0, List.of(),
                    "a dry run needs two published runs: rules fire on the change from one to the next");
        }
        long to = kept.get(0).id();
        long from = kept.get(1).id();
        TierPolicy policy = policies.load();
        Rule saved = new Rule(rule.id() == null ? 0L : rule.id(), rule.name(), true, rule.trigger(), rule.filter(),
                rule.action(), rule.cooldownHours(), rule.maxPerRun());
        RunRules change = RunRules.between(rules, published, policy, List.of(saved), from, to, clock);
        published.forEachStanding(to, s -> change.observe(s.partyId(), null, s.ownerPartyId(), s.tierKey(), s.clv(),
                s.probabilityAlive(), s.segment()));
        RuleEvaluator.Evaluation result = change.evaluation();
        List<RuleEvaluator.Firing> first = result.firings().stream().limit(sampleSize).toList();
        Map<String, Contact> contacts = directory.findAll(first.stream().map(f -> f.transition().partyId()).toList());
        Map<String, String> tierNames = policy.tiers().stream().collect(Collectors.toMap(Tier::key,
                Tier::displayName));
        List<Map<String, Object>> sample = new ArrayList<>();
        for (RuleEvaluator.Firing f : first) {
            Transition t = f.transition();
            Contact c = contacts.get(t.partyId());
            Transition named = new Transition(t.partyId(), c == null ? null : c.displayName(),
                    c == null ? null : c.ownerPartyId(), t.fromRunId(), t.toRunId(), t.before(), t.after());
            Map<String, Object> event = OutboxEntries.event(saved, new RuleEvaluator.Firing(f.ruleId(),
                    f.transitionKey(), named));
            if (saved.action() != null && saved.action().kind() == Action.Kind.TASK) {
                event.put("task", TaskDelivery.task(null, saved.action(), JSON.valueToTree(event), tierNames,
                        clock.instant()));
            }
            sample.add(event);
        }
        String note = change.withoutChurnEstimate() == 0 ? null : String.format(java.util.Locale.ROOT,
                "%,d contacts have no churn estimate in run %d and are skipped (their risk is unknown, not 0 %%)",
                change.withoutChurnEstimate(), to);
        return new DryRun(from, to, result.firings().size(), result.overMaximum().getOrDefault(saved.id(), 0),
                result.coolingDown().getOrDefault(saved.id(), 0), sample, note);
    }

    private static String json(Rule rule) {
        try {
            return JSON.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rule is always JSON", e);
        }
    }
}
