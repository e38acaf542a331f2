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
import org.clvplugin.scoring.Rfm;
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

    private final RuleStore rules;
    private final TierPolicyRepository policies;
    private final RunRepository runs;
    private final PublishedValues published;
    private final ContactDirectory directory;
    private final Supplier<Set<String>> webhookAllowList;
    private final AuditRepository audit;
    private final Clock clock;

    public RuleAdmin(RuleStore rules, TierPolicyRepository policies, RunRepository runs, PublishedValues published,
                     ContactDirectory directory, Supplier<Set<String>> webhookAllowList, AuditRepository audit,
                     Clock clock) {
        this.rules = rules;
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

    /** Every problem of the rule: tiers and segments that exist, a webhook target that is allowed. */
    public List<org.clvplugin.api.FieldError> problems(Rule rule) {
        Set<String> tiers = policies.load().tiers().stream().map(Tier::key).collect(Collectors.toSet());
        return rule.validate(tiers, Rfm.segments(), new WebhookTargets(webhookAllowList.get()));
    }

    /** Saves a new rule (id null) or replaces one; throws {@link InvalidFieldsException} with every problem. */
    public Rule save(Rule rule, String by) {
        List<org.clvplugin.api.FieldError> errors = problems(rule);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException("rule", errors);
        }
        Optional<Rule> before = rule.id() == null ? Optional.empty() : rules.find(rule.id());
        Rule saved = rules.save(rule);
        audit.record(new AuditRecord(clock.instant(), by, rule.id() == null ? "RULE_CREATED" : "RULE_CHANGED",
                "rule " + saved.id() + ": " + saved.name(), before.map(RuleAdmin::json).orElse(null), json(saved)));
        return saved;
    }

    public List<RuleStore.Firing> firings(long id, int limit) {
        return rules.firings(id, limit);
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
        List<Map<String, Object>> sample = new ArrayList<>();
        for (RuleEvaluator.Firing f : first) {
            Transition t = f.transition();
            Contact c = contacts.get(t.partyId());
            Transition named = new Transition(t.partyId(), c == null ? null : c.displayName(),
                    c == null ? null : c.ownerPartyId(), t.fromRunId(), t.toRunId(), t.before(), t.after());
            sample.add(OutboxEntries.event(saved, new RuleEvaluator.Firing(f.ruleId(), f.transitionKey(), named)));
        }
        return new DryRun(from, to, result.firings().size(), result.overMaximum().getOrDefault(saved.id(), 0),
                result.coolingDown().getOrDefault(saved.id(), 0), sample, null);
    }

    private static String json(Rule rule) {
        try {
            return JSON.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rule is always JSON", e);
        }
    }
}
