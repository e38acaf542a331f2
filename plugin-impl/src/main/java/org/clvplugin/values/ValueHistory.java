package org.clvplugin.values;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.clvplugin.store.PublishedValues.TierChange;

/** A contact's value and tier over the runs kept, oldest first, and its tier changes with their reasons. */
public record ValueHistory(String partyId, List<Point> points, List<TierMove> tierChanges) {

    /** The contact in one succeeded run. */
    public record Point(long runId, Instant publishedAt, LocalDate asOf, double clv, Double clvLow, Double clvHigh,
                        double historicalValue, String tierKey, String segment) {
    }

    /** Which way a change of tier went, by the order of the current tier policy (CHANGED: a tier it no longer has). */
    public enum Direction { ENTERED, UP, DOWN, LEFT, CHANGED }

    /**
     * A change of tier with the tiers' names and colours as the policy has them now, and the run's reason: in the
     * words it was recorded in, and in parts ({@code why}) for a UI to say in its language.
     */
    public record TierMove(long runId, Instant changedAt, String fromTier, String fromName, String toTier,
                           String toName, String toColour, Direction direction, String reason,
                           org.clvplugin.tiers.TierReason why) {
    }
}
