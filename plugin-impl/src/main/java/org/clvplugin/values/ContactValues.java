package org.clvplugin.values;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.clvplugin.api.ClvExplanation;
import org.clvplugin.api.host.Contact;
import org.clvplugin.api.host.ContactDirectory;
import org.clvplugin.model.ExplanationText;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.store.RunRecord;
import org.clvplugin.store.RunRepository;
import org.clvplugin.store.SnapshotRow;
import org.clvplugin.store.TierPolicyRepository;
import org.clvplugin.tiers.Tier;
import org.clvplugin.tiers.TierPolicy;

/**
 * What readers see of a contact: the card's figures from the published run, and the history over the runs kept.
 * The published run's settings and the tier policy are cached (the run until another is published, the policy
 * for a few seconds), so that a card costs two primary-key look-ups and the host's contact.
 */
public final class ContactValues {

    private static final Duration POLICY_CACHE = Duration.ofSeconds(5);
    /** How late a scheduled run may publish before the values it should have replaced count as stale. */
    static final Duration STALE_GRACE = Duration.ofHours(1);
    private static final String UNKNOWN_TIER_COLOUR = "#6B7280";

    private final RunRepository runs;
    private final PublishedValues values;
    private final ContactDirectory directory;
    private final OwnerNames owners;
    private final Function<Instant, Optional<Instant>> scheduledAfter;
    private final Clock clock;
    private volatile RunContext lastRun;
    private volatile Due due;
    private final Refreshed<TierPolicy> policy;

    /** When the run due after a run published at a time is, by the current schedule (cached a few seconds). */
    private record Due(long runId, Instant dueBy, Instant computedAt) {
    }

    /**
     * @param scheduledAfter the first scheduled run after an instant (empty without a schedule): how staleness is
     *                       judged
     */
    public ContactValues(RunRepository runs, PublishedValues values, ContactDirectory directory, OwnerNames owners,
                         TierPolicyRepository policies, Function<Instant, Optional<Instant>> scheduledAfter,
                         Clock clock) {
        this.runs = runs;
        this.values = values;
        this.directory = directory;
        this.owners = owners;
        this.policy = new Refreshed<>(policies::load, POLICY_CACHE, clock);
        this.scheduledAfter = scheduledAfter;
        this.clock = clock;
    }

    /** The card of a contact; empty when the host has no such contact and no run scored it. */
    public Optional<ContactValue> of(String partyId) {
        Optional<Contact> contact = directory.find(partyId);
        // One look-up for the row in the published run; the run itself only when there is no row.
        Optional<SnapshotRow> row = values.ofContact(partyId);
        Optional<RunContext> run = row.isPresent() ? Optional.of(context(row.get().runId())) : publishedRun();
        if (contact.isEmpty() && row.isEmpty()) {
            return Optional.empty();
        }
        String name = contact.map(Contact::displayName).orElse(null);
        String owner = contact.map(Contact::ownerPartyId).orElse(null);
        String ownerName = owner == null ? null : owners.of(List.of(owner)).get(owner);
        if (run.isEmpty()) {
            return Optional.of(new ContactValue(partyId, name, owner, ownerName, ContactValue.Status.NO_PUBLISHED_RUN, null,
                    null, null, 0, null, null, 0, null, null, null, null));
        }
        RunContext r = run.get();
        ContactValue.Freshness fresh = freshness(r);
        if (row.isEmpty()) {
            return Optional.of(new ContactValue(partyId, name, owner, ownerName, ContactValue.Status.NOT_SCORED_YET, r, fresh,
                    r.currency(), 0, null, null, 0, null, null, null, null));
        }
        SnapshotRow s = row.get();
        if (s.orders() == 0) {
            return Optional.of(new ContactValue(partyId, name, owner, ownerName, ContactValue.Status.NO_ORDERS, r, fresh,
                    r.currency(), 0, null, null, 0, null, tier(s, r.currency()), null, null));
        }
        Short[] scores = s.rfm();
        ContactValue.RfmView rfm = scores[0] == null ? null
                : new ContactValue.RfmView(scores[0], scores[1], scores[2], s.segment());
        ContactValue.Prediction prediction = prediction(s, r);
        return Optional.of(new ContactValue(partyId, name, owner, ownerName, ContactValue.Status.SCORED, r, fresh, r.currency(),
                s.orders(), s.firstOrderDate(), s.lastOrderDate(), Money.round(s.historicalValue(), r.currency()),
                prediction, tier(s, r.currency()), rfm, explanation(s, r, prediction)));
    }

    /** The card's figures, amounts in the currency's minor units, P(alive) and churn risk rounded alike. */
    static ContactValue.Prediction prediction(SnapshotRow s, RunContext r) {
        String currency = r.currency();
        Double alive = s.probabilityAlive() == null ? null : Math.round(s.probabilityAlive() * 1000) / 1000.0;
        Double churn = alive == null ? null : Math.round((1 - alive) * 1000) / 1000.0;
        String churnNote;
        if (alive == null) {
            churnNote = r.churnUnavailable() != null ? r.churnUnavailable() : r.oneTimeBuyersChurnUnavailable();
        } else if (s.aliveModel() != null && !s.aliveModel().equals(r.model())) {
            churnNote = "estimated with " + s.aliveModel() + ": " + r.model() + " cannot tell churn for contacts "
                    + "who bought once";
        } else {
            churnNote = null;
        }
        return new ContactValue.Prediction(Money.round(s.clv(), currency), Money.round(s.clvLow(), currency),
                Money.round(s.clvHigh(), currency), s.clvLow() == null ? r.intervalUnavailable() : null,
                s.purchasesInHorizon(), r.horizonMonths(), Money.round(s.expectedOrderValue(), currency), alive,
                churn, alive == null ? null : s.aliveModel(), churnNote, r.model());
    }

    /** The contact's value and tier over the succeeded runs kept; empty for a contact no run and no host knows. */
    public Optional<ValueHistory> history(String partyId) {
        List<RunRecord> kept = runs.succeeded();
        Map<Long, RunRecord> byId = kept.stream().collect(Collectors.toMap(RunRecord::id, Function.identity()));
        // Each run's currency, read from its report once (not once per amount).
        Map<Long, String> currency = kept.stream()
                .collect(Collectors.toMap(RunRecord::id, run -> RunContext.of(run).currency()));
        List<ValueHistory.Point> points = values.inRuns(kept.stream().map(RunRecord::id).toList(), partyId).stream()
                .map(s -> {
                    RunRecord run = byId.get(s.runId());
                    String c = currency.get(s.runId());
                    return new ValueHistory.Point(s.runId(), run.finishedAt(), run.asOf(), Money.round(s.clv(), c),
                            Money.round(s.clvLow(), c), Money.round(s.clvHigh(), c),
                            Money.round(s.historicalValue(), c), s.tierKey(), s.segment());
                })
                .toList();
        if (points.isEmpty() && directory.find(partyId).isEmpty()) {
            return Optional.empty();
        }
        TierPolicy p = policy();
        return Optional.of(new ValueHistory(partyId, points,
                values.tierChanges(partyId).stream().map(c -> move(p, c)).toList()));
    }

    static ValueHistory.TierMove move(TierPolicy p, PublishedValues.TierChange c) {
        int from = c.fromTier() == null ? -1 : p.indexOf(c.fromTier());
        int to = c.toTier() == null ? -1 : p.indexOf(c.toTier());
        ValueHistory.Direction direction;
        if (c.fromTier() == null) {
            direction = ValueHistory.Direction.ENTERED;
        } else if (c.toTier() == null) {
            direction = ValueHistory.Direction.LEFT;
        } else if (from < 0 || to < 0) {
            direction = ValueHistory.Direction.CHANGED;
        } else {
            direction = to > from ? ValueHistory.Direction.UP : ValueHistory.Direction.DOWN;
        }
        return new ValueHistory.TierMove(c.runId(), c.changedAt(), c.fromTier(), name(p, from, c.fromTier()),
                c.toTier(), name(p, to, c.toTier()), to < 0 ? null : p.tiers().get(to).colour(), direction,
                c.reason(), org.clvplugin.tiers.TierReason.parse(c.reason()));
    }

    private static String name(TierPolicy p, int at, String key) {
        return at < 0 ? key : p.tiers().get(at).displayName();
    }

    /** The owner of a contact in the host (a sales rep's party), if it has one. */
    public Optional<String> owner(String partyId) {
        return contact(partyId).map(Contact::ownerPartyId);
    }

    /** The contact as the host knows it, if it does. */
    public Optional<Contact> contact(String partyId) {
        return directory.find(partyId);
    }

    private Optional<RunContext> publishedRun() {
        return values.publishedRunId().map(this::context);
    }

    /** The run's context, kept for the published run (a run's report never changes). */
    private RunContext context(long runId) {
        RunContext cached = lastRun;
        if (cached != null && cached.id() == runId) {
            return cached;
        }
        RunContext loaded = runs.find(runId).map(RunContext::of)
                .orElseThrow(() -> new IllegalStateException("run " + runId + " vanished while being read"));
        lastRun = loaded;
        return loaded;
    }

    private ContactValue.Freshness freshness(RunContext r) {
        Instant now = clock.instant();
        Due d = due;
        if (d == null || d.runId() != r.id() || now.isAfter(d.computedAt().plus(POLICY_CACHE))) {
            d = new Due(r.id(), scheduledAfter.apply(r.publishedAt()).map(t -> t.plus(STALE_GRACE)).orElse(null),
                    now);
            due = d;
        }
        return new ContactValue.Freshness(d.dueBy() != null && now.isAfter(d.dueBy()), d.dueBy());
    }

    private ContactValue.TierView tier(SnapshotRow s, String currency) {
        TierPolicy p = policy();
        // The amount to the next tier is money, except on a percentile basis (points).
        double missing = p.basis() == org.clvplugin.tiers.TierBasis.CLV_PERCENTILE ? s.tierMissing()
                : Money.round(s.tierMissing(), currency);
        if (s.tierKey() == null) {
            Tier first = p.tiers().isEmpty() ? null : p.tiers().get(0);
            return first == null ? null : new ContactValue.TierView(null, null, null, null, p.basis().name(),
                    first.key(), first.displayName(), missing,
                    progress(Math.min(0, first.threshold()), first.threshold(), missing), 0, p.tiers().size());
        }
        int at = p.indexOf(s.tierKey());
        Tier tier = at < 0 ? null : p.tiers().get(at);
        Tier next = at < 0 || at + 1 >= p.tiers().size() ? null : p.tiers().get(at + 1);
        return new ContactValue.TierView(s.tierKey(), tier == null ? s.tierKey() : tier.displayName(),
                tier == null ? UNKNOWN_TIER_COLOUR : tier.colour(), s.tierSince(), p.basis().name(),
                next == null ? null : next.key(), next == null ? null : next.displayName(),
                next == null ? null : missing,
                next == null ? null : progress(tier.threshold(), next.threshold(), missing), at + 1, p.tiers().size());
    }

    /** How far a contact missing {@code missing} to {@code to} has come from {@code from}, 0 to 1. */
    static Double progress(double from, double to, Double missing) {
        if (missing == null || !(to > from)) {
            return null;
        }
        return Math.round(Math.max(0, Math.min(1, 1 - missing / (to - from))) * 10_000) / 10_000.0;
    }

    private TierPolicy policy() {
        return policy.get();
    }

    private static ContactValue.Explanation explanation(SnapshotRow s, RunContext r,
                                                        ContactValue.Prediction p) {
        ClvExplanation e = new ClvExplanation(s.purchasesInHorizon(), s.expectedOrderValue(), r.margin(),
                s.discountFactor(), p.probabilityAlive() == null ? Double.NaN : p.probabilityAlive(),
                r.horizonMonths(), r.monthlyDiscount(), s.clv());
        ContactValue.Drivers drivers = Drivers.of(s, r, p.churnRisk());
        String currency = r.currency();
        return new ContactValue.Explanation(e.expectedPurchases(), Money.round(e.expectedOrderValue(), currency),
                e.margin(), e.discountFactor(), e.horizonMonths(), e.monthlyDiscountRate(),
                Money.round(e.undiscountedValue(), currency), Money.round(e.clv(), currency), drivers,
                ExplanationText.of(e, currency) + " " + Drivers.text(drivers, currency));
    }
}
