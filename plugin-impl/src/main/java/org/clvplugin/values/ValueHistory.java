package org.clvplugin.values;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.clvplugin.store.PublishedValues.TierChange;

/** A contact's value and tier over the runs kept, oldest first, and its tier changes with their reasons. */
public record ValueHistory(String partyId, List<Point> points, List<TierChange> tierChanges) {

    /** The contact in one succeeded run. */
    public record Point(long runId, Instant publishedAt, LocalDate asOf, double clv, double clvLow, double clvHigh,
                        double historicalValue, String tierKey, String segment) {
    }
}
