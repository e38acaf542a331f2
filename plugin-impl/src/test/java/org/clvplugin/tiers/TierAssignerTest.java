package org.clvplugin.tiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Hysteresis on sequences of runs, with the default policy (grace 2 runs, at least 1 run in a tier). */
class TierAssignerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private final TierAssigner assigner = new TierAssigner(TierPolicy.defaults());

    /** The tier after each run for a sequence of predicted CLVs, starting with no tier. */
    private List<String> tiers(double... values) {
        List<String> out = new ArrayList<>();
        TierState state = TierState.NONE;
        for (double v : values) {
            state = assigner.decide(state, v, DAY.plusDays(out.size())).state();
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
                TierPolicy.defaults().tiers(), new Hysteresis(0, 3, Hysteresis.Unit.RUNS)));
        TierState state = TierState.NONE;
        List<String> out = new ArrayList<>();
        for (double v : new double[] {600, 100, 100, 100}) {
            state = patient.decide(state, v, DAY).state();
            out.add(state.tierKey());
        }
        // No grace, but three runs in Gold before it may go.
        assertEquals(List.of("GOLD", "GOLD", "GOLD", "SILVER"), out);
    }

    @Test
    void reasonsSayWhy() {
        TierDecision entered = assigner.decide(TierState.NONE, 120, DAY);
        assertEquals("entered at 120.00", entered.reason());
        TierDecision up = assigner.decide(entered.state(), 700, DAY);
        assertEquals("threshold of GOLD crossed at 700.00", up.reason());
        assertEquals("SILVER", up.previousTier());
        TierDecision stay = assigner.decide(up.state(), 650, DAY);
        assertFalse(stay.changed());
        TierState twoBelow = new TierState("GOLD", 5, 2, DAY, DAY);
        assertEquals("below the threshold of GOLD for 3 runs (grace expired) at 90.00",
                assigner.decide(twoBelow, 90, DAY).reason());
        TierDecision gone = assigner.decide(new TierState("DIAMOND", 4, 0, DAY, null), 700, DAY);
        assertEquals("policy changed: tier DIAMOND no longer exists", gone.reason());
        assertEquals("GOLD", gone.state().tierKey());

        // What a UI reads back from the words the assigner wrote.
        assertEquals(new TierReason(TierReason.Kind.ENTERED, 120.0, false, null, null),
                TierReason.parse(entered.reason()));
        assertEquals(new TierReason(TierReason.Kind.CROSSED, 700.0, false, null, null), TierReason.parse(up.reason()));
        assertEquals(new TierReason(TierReason.Kind.GRACE_EXPIRED, 90.0, false, 3, "runs"),
                TierReason.parse(assigner.decide(twoBelow, 90, DAY).reason()));
        assertEquals(TierReason.Kind.POLICY_CHANGED, TierReason.parse(gone.reason()).kind());
        assertEquals(new TierReason(TierReason.Kind.ENTERED, 87.5, true, null, null),
                TierReason.parse("entered at percentile 87.5"));
        assertEquals(new TierReason(TierReason.Kind.GRACE_EXPIRED, 12.0, false, 1, "days"),
                TierReason.parse("below the threshold of GOLD for 1 day (grace expired) at 12.00"));
        assertEquals(TierReason.Kind.OTHER, TierReason.parse("set by hand").kind());
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
                List.of(new Tier("VIP", "VIP", "#000000", 1000)), new Hysteresis(0, 0, Hysteresis.Unit.RUNS)));
        TierDecision none = vipOnly.decide(TierState.NONE, 10, DAY);
        assertNull(none.state().tierKey());
        assertFalse(none.changed());
        TierDecision vip = vipOnly.decide(none.state(), 1500, DAY);
        assertTrue(vip.changed());
        TierDecision out = vipOnly.decide(vip.state(), 10, DAY);
        assertNull(out.state().tierKey());
        assertEquals("below the threshold of VIP for 1 run (grace expired) at 10.00", out.reason());
    }

    @Test
    void graceAndMinimumTimeCanBeCountedInDays() {
        // 14 days of grace, at least 30 days in a tier; runs on irregular days.
        TierAssigner byDays = new TierAssigner(new TierPolicy(TierBasis.PREDICTED_CLV,
                TierPolicy.defaults().tiers(), new Hysteresis(14, 30, Hysteresis.Unit.DAYS)));
        int[] days = {0, 20, 27, 33, 34, 40, 47};
        double[] clv = {600, 450, 450, 450, 520, 450, 450};
        List<String> out = new ArrayList<>();
        TierState state = TierState.NONE;
        TierDecision last = null;
        for (int k = 0; k < days.length; k++) {
            last = byDays.decide(state, clv[k], DAY.plusDays(days[k]));
            state = last.state();
            out.add(state.tierKey());
        }
        // Day 20: below, grace starts. Day 27: 7 days below. Day 33: 13 days below, kept. Day 34: back above,
        // grace reset. Day 40: below again. Day 47: 7 days below, kept: the grace counts from day 40.
        assertEquals(List.of("GOLD", "GOLD", "GOLD", "GOLD", "GOLD", "GOLD", "GOLD"), out);
        assertEquals(DAY.plusDays(40), state.belowSince());
        assertEquals(DAY, state.inTierSince());
        TierDecision down = byDays.decide(state, 450, DAY.plusDays(54));
        assertEquals("SILVER", down.state().tierKey());
        assertEquals("below the threshold of GOLD for 14 days (grace expired) at 450.00", down.reason());
        assertEquals(DAY.plusDays(54), down.state().inTierSince());

        // Grace long past, but only 20 days in the tier: held until day 30 in it.
        TierState newInGold = new TierState("GOLD", 3, 2, DAY, DAY.minusDays(100));
        assertEquals("GOLD", byDays.decide(newInGold, 100, DAY.plusDays(20)).state().tierKey());
        assertEquals("SILVER", byDays.decide(newInGold, 100, DAY.plusDays(30)).state().tierKey());
    }
}
