package org.clvplugin.tiers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Applies a tier policy with hysteresis, run after run: up at once when the basis reaches a higher tier; down only
 * when it has stayed below the current tier's threshold for the policy's grace and the contact has spent the
 * minimum time in the tier (both in runs or in days); reassigned at once when the policy no longer has the
 * contact's tier.
 */
public final class TierAssigner {

    private final TierPolicy policy;

    public TierAssigner(TierPolicy policy) {
        if (!policy.validate().isEmpty()) {
            throw new IllegalArgumentException("invalid tier policy: " + policy.validate());
        }
        this.policy = policy;
    }

    /** The tier after the run on {@code runDay}, from the state after the previous run and this run's basis. */
    public TierDecision decide(TierState previous, double basisValue, LocalDate runDay) {
        int target = policy.rankOf(basisValue);
        String before = previous.tierKey();
        int current = before == null ? -1 : policy.indexOf(before);
        if (before != null && current < 0) {
            return change(target, before, "policy changed: tier " + before + " no longer exists", runDay);
        }
        if (target > current) {
            return change(target, before, before == null ? "entered at " + describe(basisValue)
                    : "threshold of " + policy.tiers().get(target).key() + " crossed at " + describe(basisValue),
                    runDay);
        }
        // Not known for states stored before the days were: counted from this run.
        LocalDate inTierSince = previous.inTierSince() == null ? runDay : previous.inTierSince();
        int runsInTier = previous.runsInTier() + 1;
        if (target == current) {
            return new TierDecision(new TierState(before, runsInTier, 0, inTierSince, null), before, null);
        }
        int runsBelow = previous.runsBelow() + 1;
        LocalDate belowSince = previous.belowSince() == null ? runDay : previous.belowSince();
        Hysteresis h = policy.hysteresis();
        boolean days = h.unit() == Hysteresis.Unit.DAYS;
        long below = days ? ChronoUnit.DAYS.between(belowSince, runDay) : runsBelow - 1;
        long inTier = days ? ChronoUnit.DAYS.between(inTierSince, runDay) : runsInTier - 1;
        if (below >= h.grace() && inTier >= h.minimumInTier()) {
            String spell = days ? below + (below == 1 ? " day" : " days")
                    : runsBelow + (runsBelow == 1 ? " run" : " runs");
            return change(target, before, "below the threshold of " + before + " for " + spell
                    + " (grace expired) at " + describe(basisValue), runDay);
        }
        return new TierDecision(new TierState(before, runsInTier, runsBelow, inTierSince, belowSince), before, null);
    }

    /** How far the value is from the next tier's threshold, or 0 at the top. */
    public double missingToNextTier(double basisValue, String tierKey) {
        int next = (tierKey == null ? -1 : policy.indexOf(tierKey)) + 1;
        return next < policy.tiers().size() ? Math.max(0, policy.tiers().get(next).threshold() - basisValue) : 0;
    }

    private TierDecision change(int target, String before, String reason, LocalDate runDay) {
        String key = target < 0 ? null : policy.tiers().get(target).key();
        if (key == null && before == null) {
            return new TierDecision(TierState.NONE, null, null);
        }
        return new TierDecision(new TierState(key, 1, 0, key == null ? null : runDay, null), before, reason);
    }

    private String describe(double value) {
        return policy.basis() == TierBasis.CLV_PERCENTILE
                ? String.format(Locale.ROOT, "percentile %.1f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
