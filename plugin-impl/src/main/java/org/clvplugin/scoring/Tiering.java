package org.clvplugin.scoring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.clvplugin.model.SummaryTable;
import org.clvplugin.store.SnapshotWriter;
import org.clvplugin.tiers.TierAssigner;
import org.clvplugin.tiers.TierBasis;
import org.clvplugin.tiers.TierDecision;
import org.clvplugin.tiers.TierPolicy;
import org.clvplugin.tiers.TierPreview;
import org.clvplugin.tiers.TierState;

/**
 * Tiers in one run: each contact with orders gets the tier the policy and its hysteresis give, from its state in
 * the published run; changes are recorded with their reason. Contacts without orders get no tier.
 */
final class Tiering {

    private final TierPolicy policy;
    private final LocalDate runDay;
    private final TierAssigner assigner;
    private final Map<String, TierState> previous;
    private final double[] basis;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private long changes;
    private double totalClv;

    /** @param clv the predicted CLV per summary row (the formula CLV when the models were not fitted) */
    Tiering(TierPolicy policy, Map<String, TierState> previous, SummaryTable table, double[] clv, LocalDate runDay) {
        this.policy = policy;
        this.runDay = runDay;
        this.assigner = new TierAssigner(policy);
        this.previous = previous;
        this.basis = switch (policy.basis()) {
            case PREDICTED_CLV -> clv.clone();
            case CLV_PERCENTILE -> TierPreview.percentiles(clv);
            case HISTORICAL_VALUE -> {
                double[] historical = new double[table.size()];
                for (int i = 0; i < historical.length; i++) {
                    historical[i] = table.historicalValue(i);
                }
                yield historical;
            }
        };
        counts.put(TierPreview.NO_TIER, 0L);
        policy.tiers().forEach(t -> counts.put(t.key(), 0L));
    }

    /** The row of summary row {@code i} with its tier; a change is recorded through the writer. */
    SnapshotWriter.Row apply(int i, SnapshotWriter.Row row, SnapshotWriter writer) {
        totalClv += row.prediction().clv();
        TierState before = previous.getOrDefault(row.partyId(), TierState.NONE);
        TierDecision decision = assigner.decide(before, basis[i], runDay);
        TierState after = decision.state();
        if (decision.changed()) {
            writer.recordTierChange(row.partyId(), decision.previousTier(), after.tierKey(), decision.reason());
            changes++;
        }
        counts.merge(after.tierKey() == null ? TierPreview.NO_TIER : after.tierKey(), 1L, Long::sum);
        return row.withTier(after, assigner.missingToNextTier(basis[i], after.tierKey()));
    }

    SnapshotWriter.Row noOrders(SnapshotWriter.Row row) {
        counts.merge(TierPreview.NO_TIER, 1L, Long::sum);
        double missing = policy.basis() == TierBasis.CLV_PERCENTILE ? 0 : assigner.missingToNextTier(0, null);
        return row.withTier(TierState.NONE, missing);
    }

    /** The predicted CLV of every contact with orders, summed (for the trend over runs). */
    double totalClv() {
        return totalClv;
    }

    long changes() {
        return changes;
    }

    Map<String, Long> counts() {
        return counts;
    }
}
