package org.clvplugin.tiers;

/**
 * The outcome for one contact in one run: the new state and, when the tier changed, why.
 *
 * @param reason null when the tier did not change
 */
public record TierDecision(TierState state, String previousTier, String reason) {

    public boolean changed() {
        return reason != null;
    }
}
