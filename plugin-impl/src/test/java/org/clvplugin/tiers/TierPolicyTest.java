package org.clvplugin.tiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.clvplugin.api.FieldError;
import org.junit.jupiter.api.Test;

class TierPolicyTest {

    @Test
    void theDefaultsAreValid() {
        assertTrue(TierPolicy.defaults().validate().isEmpty());
        assertEquals(List.of("BRONZE", "SILVER", "GOLD", "PLATINUM"),
                TierPolicy.defaults().tiers().stream().map(Tier::key).toList());
    }

    @Test
    void invalidPoliciesGetAnErrorPerField() {
        TierPolicy bad = new TierPolicy(TierBasis.CLV_PERCENTILE, List.of(
                new Tier("LOW", "Low", "#112233", 10),
                new Tier("LOW", "", "red", 5),
                new Tier("high tier", "Low", "#445566", 150)), new Hysteresis(-1, 4000, null));
        assertEquals(List.of(
                "hysteresis.unit: choose RUNS or DAYS",
                "hysteresis.grace: between 0 and 3650, was -1",
                "hysteresis.minimumInTier: between 0 and 3650, was 4000",
                "tiers[1].key: 'LOW' is used by another tier",
                "tiers[1].displayName: must not be empty",
                "tiers[1].colour: a colour like #C9A227, was 'red'",
                "tiers[1].threshold: must be above the threshold of LOW (10.0)",
                "tiers[2].key: 1 to 20 of A-Z, 0-9 and _, was 'high tier'",
                "tiers[2].displayName: 'Low' is used by another tier",
                "tiers[2].threshold: a percentile is between 0 and 100, was 150.0"),
                bad.validate().stream().map(e -> e.field() + ": " + e.message()).toList());
        // Each with a code and what the UI needs to say it in its language, the tiers by their names.
        assertEquals(List.of("tier.unit", "range", "range", "tier.keyTaken", "required", "tier.colour",
                "tier.aboveUnnamed",
                "tier.key", "tier.nameTaken", "tier.percentile"), bad.validate().stream().map(FieldError::code)
                .toList());
        FieldError above = bad.validate().get(6);
        assertEquals(java.util.Map.of("tier", "", "below", "Low", "threshold", 10.0, "percentile", true),
                above.params());
        assertEquals(java.util.Map.of("min", 0, "max", 3650, "value", -1), bad.validate().get(1).params());
        assertEquals(List.of(new FieldError("tiers", "a policy needs at least one tier", "tier.none",
                java.util.Map.of())), new TierPolicy(TierBasis.PREDICTED_CLV, List.of(), Hysteresis.DEFAULT)
                .validate());
        assertThrows(IllegalArgumentException.class, () -> new TierAssigner(bad));
    }

    @Test
    void previewCountsContactsPerTier() {
        double[] clv = {0, 50, 99.99, 100, 450, 500, 1999, 2000, 10_000};
        Map<String, Long> counts = TierPreview.counts(TierPolicy.defaults(), clv);
        assertEquals(Map.of(TierPreview.NO_TIER, 0L, "BRONZE", 3L, "SILVER", 2L, "GOLD", 2L, "PLATINUM", 2L),
                counts);
        TierPolicy strict = new TierPolicy(TierBasis.PREDICTED_CLV, List.of(new Tier("VIP", "VIP", "#000000",
                1000)), Hysteresis.DEFAULT);
        assertEquals(Map.of(TierPreview.NO_TIER, 6L, "VIP", 3L), TierPreview.counts(strict, clv));
        assertEquals(List.of(12.5, 37.5, 62.5, 87.5),
                java.util.Arrays.stream(TierPreview.percentiles(new double[] {1, 2, 3, 4})).boxed().toList());
    }
}
