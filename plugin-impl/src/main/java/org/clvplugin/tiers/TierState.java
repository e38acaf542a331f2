package org.clvplugin.tiers;

/**
 * A contact's tier after a run, with the counters hysteresis needs.
 *
 * @param tierKey    the tier, or null below the first tier
 * @param runsInTier consecutive runs in this tier, counting this one
 * @param runsBelow  consecutive runs with the basis below this tier's threshold (0 when at or above)
 */
public record TierState(String tierKey, int runsInTier, int runsBelow) {

    public static final TierState NONE = new TierState(null, 0, 0);
}
