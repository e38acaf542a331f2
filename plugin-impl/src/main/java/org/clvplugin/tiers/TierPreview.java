package org.clvplugin.tiers;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clvplugin.model.EmpiricalRank;

/** What-if: how many contacts each tier of a policy would hold for the given basis values, without hysteresis. */
public final class TierPreview {

    /** The label of contacts below the first tier. */
    public static final String NO_TIER = "(none)";

    private TierPreview() {
    }

    public static Map<String, Long> counts(TierPolicy policy, double[] basisValues) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(NO_TIER, 0L);
        policy.tiers().forEach(t -> counts.put(t.key(), 0L));
        for (double v : basisValues) {
            int rank = policy.rankOf(v);
            counts.merge(rank < 0 ? NO_TIER : policy.tiers().get(rank).key(), 1L, Long::sum);
        }
        return counts;
    }

    /** Percentile ranks (0 to 100) of the values: the share strictly below, plus half the ties. */
    public static double[] percentiles(double[] values) {
        double[] shares = EmpiricalRank.shares(values);
        for (int i = 0; i < shares.length; i++) {
            shares[i] *= 100;
        }
        return shares;
    }
}
