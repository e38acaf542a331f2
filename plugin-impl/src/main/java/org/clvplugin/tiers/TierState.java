package org.clvplugin.tiers;

import java.time.LocalDate;

/**
 * A contact's tier after a run, with what hysteresis needs to count in runs or in days.
 *
 * @param tierKey     the tier, or null below the first tier
 * @param runsInTier  consecutive runs in this tier, counting this one
 * @param runsBelow   consecutive runs with the basis below this tier's threshold (0 when at or above)
 * @param inTierSince the day of the run that put the contact in this tier (null without a tier, or not known)
 * @param belowSince  the day of the first of the runs below the threshold (null when at or above)
 */
public record TierState(String tierKey, int runsInTier, int runsBelow, LocalDate inTierSince, LocalDate belowSince) {

    public static final TierState NONE = new TierState(null, 0, 0, null, null);
}
