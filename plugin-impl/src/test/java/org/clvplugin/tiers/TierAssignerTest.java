package org.clvplugin.tiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Hysteresis on sequences of runs, with the default policy (grace 2 runs, at least 1 run in a tier). */
class TierAssignerTest {

    private final TierAssigner assigner = new TierAssigner(TierPolicy.defaults());

    /** The tier after each run for a sequence of predicted CLVs, starting with no tier. */
    private List<String> tiers(double... values) {
        List<String> out = new ArrayList<>();
        TierState state = TierState.NONE;
        for (double v : values) {
            state = assigner.decide(state, v).state();
            out.add(state.tierKey());
        }
        return out;
    }

    @Test
    void upgradesAtOnce() {
        assertEquals(List.of("BRONZE", "GOLD", "PLATINUM"), tiers(50, 600, 2500));
    }

    @Test
    void downgradesOnlyAfterTheGrace() {
        // Gold, then three runs below Gold's 500: kept for two (the grace), down on the third.
        assertEquals(List.of("GOLD", "GOLD", "GOLD", "SILVER"), tiers(600, 450, 450, 450));
    }

    @Test
    void aRecoveryWithinTheGraceResetsIt() {
        assertEquals(List.of("GOLD", "GOLD", "GOLD", "GOLD", "GOLD", "SILVER"), tiers(600, 450, 520, 450, 450, 450));
    }

    @Test
    void flappingAroundAThresholdDoesNotFlapTheTier() {
        assertEquals(List.of("GOLD", "GOLD", "GOLD", "GOLD", "GOLD", "GOLD"), tiers(510, 490, 510, 490, 510, 490));
    }

    @Test
    void aMinimumTimeInTheTierHoldsANewTier() {
        TierAssigner patient = new TierAssigner(new TierPolicy(TierBasis.PREDICTED_CLV,
                TierPolicy.defaults().tiers(), 0, 3));
        TierState state = TierState.NONE;
        List<String> out = new ArrayList<>();
        for (double v : new double[] {600, 100, 100, 100}) {
            state = patient.decide(state, v).state();
            out.add(state.tierKey());
        }
        // No grace, but three runs in Gold before it may go.
        assertEquals(List.of("GOLD", "GOLD", "GOLD", "SILVER"), out);
    }

    @Test
    void reasonsSayWhy() {
        TierDecision entered = assigner.decide(TierState.NONE, 120);
        assertEquals("entered at 120.00", entered.reason());
        TierDecision up = assigner.decide(entered.state(), 700);
        assertEquals("threshold of GOLD crossed at 700.00", up.reason());
        assertEquals("SILVER", up.previousTier());
        TierDecision stay = assigner.decide(up.state(), 650);
        assertFalse(stay.changed());
        TierState twoBelow = new TierState("GOLD", 5, 2);
        assertEquals("below the threshold of GOLD for 3 runs (grace expired) at 90.00",
                assigner.decide(twoBelow, 90).reason());
        TierDecision gone = assigner.decide(new TierState("DIAMOND", 4, 0), 700);
        assertEquals("policy changed: tier DIAMOND no longer exists", gone.reason());
        assertEquals("GOLD", gone.state().tierKey());
    }

    @Test
    void progressToTheNextTier() {
        assertEquals(180, assigner.missingToNextTier(320, "SILVER"), 1e-9);
        assertEquals(0, assigner.missingToNextTier(5000, "PLATINUM"), 1e-9);
        // Kept in Gold by hysteresis while below: the missing amount is to Platinum.
        assertEquals(1550, assigner.missingToNextTier(450, "GOLD"), 1e-9);
    }

    @Test
    void belowTheFirstTierThereIsNoTier() {
        TierAssigner vipOnly = new TierAssigner(new TierPolicy(TierBasis.PREDICTED_CLV,
                List.of(new Tier("VIP", "VIP", "#000000", 1000)), 0, 0));
        TierDecision none = vipOnly.decide(TierState.NONE, 10);
        assertNull(none.state().tierKey());
        assertFalse(none.changed());
        TierDecision vip = vipOnly.decide(none.state(), 1500);
        assertTrue(vip.changed());
        TierDecision out = vipOnly.decide(vip.state(), 10);
        assertNull(out.state().tierKey());
        assertEquals("below the threshold of VIP for 1 run (grace expired) at 10.00", out.reason());
    }
}
