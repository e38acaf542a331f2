package org.clvplugin.tiers;

import java.util.Locale;

/**
 * Applies a tier policy with hysteresis, run after run: up at once when the basis reaches a higher tier; down only
 * when it has stayed below the current tier's threshold for the policy's grace (in runs) and the contact has spent
 * the minimum number of runs in the tier; reassigned at once when the policy no longer has the contact's tier.
 */
public final class TierAssigner {

    private final TierPolicy policy;

    public TierAssigner(TierPolicy policy) {
        if (!policy.validate().isEmpty()) {
            throw new IllegalArgumentException("invalid tier policy: " + policy.validate());
        }
        this.policy = policy;
    }

    public TierDecision decide(TierState previous, double basisValue) {
        int target = policy.rankOf(basisValue);
        String before = previous.tierKey();
        int current = before == null ? -1 : policy.indexOf(before);
        if (before != null && current < 0) {
            return change(target, before, "policy changed: tier " + before + " no longer exists");
        }
        if (target > current) {
            return change(target, before, before == null ? "entered at " + describe(basisValue)
                    : "threshold of " + policy.tiers().get(target).key() + " crossed at " + describe(basisValue));
        }
        if (target == current) {
            return new TierDecision(new TierState(before, previous.runsInTier() + 1, 0), before, null);
        }
        int runsBelow = previous.runsBelow() + 1;
        int runsInTier = previous.runsInTier() + 1;
        if (runsBelow > policy.graceRuns() && runsInTier > policy.minRunsInTier()) {
            return change(target, before, "below the threshold of " + before + " for " + runsBelow
                    + (runsBelow == 1 ? " run" : " runs") + " (grace expired) at " + describe(basisValue));
        }
        return new TierDecision(new TierState(before, runsInTier, runsBelow), before, null);
    }

    /** How far the value is from the next tier's threshold, or 0 at the top. */
    public double missingToNextTier(double basisValue, String tierKey) {
        int next = (tierKey == null ? -1 : policy.indexOf(tierKey)) + 1;
        return next < policy.tiers().size() ? Math.max(0, policy.tiers().get(next).threshold() - basisValue) : 0;
    }

    private TierDecision change(int target, String before, String reason) {
        String key = target < 0 ? null : policy.tiers().get(target).key();
        if (key == null && before == null) {
            return new TierDecision(TierState.NONE, null, null);
        }
        return new TierDecision(new TierState(key, 1, 0), before, reason);
    }

    private String describe(double value) {
        return policy.basis() == TierBasis.CLV_PERCENTILE
                ? String.format(Locale.ROOT, "percentile %.1f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
