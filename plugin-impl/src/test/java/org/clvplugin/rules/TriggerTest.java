package org.clvplugin.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every trigger on sequences of runs: it fires when its condition starts to hold, not while it holds. */
class TriggerTest {

    private static final List<String> TIERS = List.of("BRONZE", "SILVER", "GOLD");

    static ContactState state(String tier, double clv, double alive) {
        return new ContactState(tier, tier == null ? -1 : TIERS.indexOf(tier), clv, alive, "Champions");
    }

    /** The runs at which the trigger fires for a contact passing through the states (run 1 is the first). */
    private static List<Integer> firesAt(Trigger trigger, ContactState... states) {
        List<Integer> runs = new ArrayList<>();
        ContactState before = null;
        for (int run = 1; run <= states.length; run++) {
            Transition t = new Transition("P1", "Ann", "REP", run - 1, run, before, states[run - 1]);
            if (trigger.firedBy(t)) {
                runs.add(run);
            }
            before = states[run - 1];
        }
        return runs;
    }

    private static Trigger of(Trigger.Kind kind) {
        return new Trigger(kind, null, null, null, null);
    }

    @Test
    void upgradesAndDowngradesFollowThePolicysOrder() {
        ContactState[] path = {state("BRONZE", 50, .9), state("SILVER", 150, .9), state("SILVER", 160, .9),
            state("GOLD", 600, .9), state("BRONZE", 40, .9), state(null, 0, .9)};
        assertEquals(List.of(2, 4), firesAt(of(Trigger.Kind.TIER_UPGRADED), path));
        assertEquals(List.of(5, 6), firesAt(of(Trigger.Kind.TIER_DOWNGRADED), path), "leaving every tier is down too");
        assertEquals(List.of(), firesAt(of(Trigger.Kind.TIER_UPGRADED), state("GOLD", 600, .9)),
                "a contact new in the run was not upgraded");
    }

    @Test
    void enteringATierFiresOnArrivalAlsoForANewContactAndAgainAfterLeaving() {
        Trigger gold = new Trigger(Trigger.Kind.TIER_ENTERED, "GOLD", null, null, null);
        assertEquals(List.of(1, 4), firesAt(gold, state("GOLD", 600, .9), state("GOLD", 610, .9),
                state("SILVER", 300, .9), state("GOLD", 700, .9)));
    }

    @Test
    void crossingAThresholdFiresOnceEachWay() {
        Trigger above = new Trigger(Trigger.Kind.CLV_ABOVE, null, 500.0, null, null);
        Trigger below = new Trigger(Trigger.Kind.CLV_BELOW, null, 500.0, null, null);
        ContactState[] path = {state("SILVER", 400, .9), state("GOLD", 500, .9), state("GOLD", 800, .9),
            state("SILVER", 499.99, .9), state("SILVER", 100, .9), state("GOLD", 900, .9)};
        assertEquals(List.of(2, 6), firesAt(above, path), "at the threshold counts as above");
        assertEquals(List.of(4), firesAt(below, path));
        assertEquals(List.of(1), firesAt(above, state("GOLD", 900, .9)), "a new contact already above");
    }

    @Test
    void churnRiskFiresWhenAValuableContactBecomesLikelyToLeave() {
        Trigger risk = new Trigger(Trigger.Kind.CHURN_RISK, null, 200.0, 0.5, null);
        assertEquals(List.of(2, 5), firesAt(risk, state("GOLD", 900, .8), state("GOLD", 800, .4),
                state("GOLD", 700, .3), state("GOLD", 700, .9), state("GOLD", 650, .2)));
        assertEquals(List.of(), firesAt(risk, state("BRONZE", 100, .8), state("BRONZE", 90, .1)),
                "below the value that matters");
    }

    @Test
    void aChangeByMoreThanAPercentageEitherWay() {
        Trigger change = new Trigger(Trigger.Kind.CLV_CHANGED, null, null, null, 20.0);
        assertEquals(List.of(2, 4, 5), firesAt(change, state("SILVER", 100, .9), state("SILVER", 121, .9),
                state("SILVER", 140, .9), state("SILVER", 100, .9), state(null, 0, .9), state("SILVER", 50, .9)),
                "+21 %, +16 % (no), -29 %, -100 %; from 0 no percentage exists");
    }

    @Test
    void parametersAreCheckedAndUnknownTiersRefused() {
        Set<String> tiers = Set.copyOf(TIERS);
        assertEquals("trigger.tier", new Trigger(Trigger.Kind.TIER_ENTERED, "DIAMOND", null, null, null)
                .validate("trigger.", tiers).get(0).field());
        assertEquals("trigger.threshold", new Trigger(Trigger.Kind.CLV_ABOVE, null, -1.0, null, null)
                .validate("trigger.", tiers).get(0).field());
        assertEquals("trigger.threshold", new Trigger(Trigger.Kind.CLV_BELOW, null, Double.NaN, null, null)
                .validate("trigger.", tiers).get(0).field());
        assertEquals("trigger.aliveBelow", new Trigger(Trigger.Kind.CHURN_RISK, null, 10.0, 1.5, null)
                .validate("trigger.", tiers).get(0).field());
        assertEquals("trigger.percent", new Trigger(Trigger.Kind.CLV_CHANGED, null, null, null, 0.0)
                .validate("trigger.", tiers).get(0).field());
        assertEquals("trigger.kind", of(null).validate("trigger.", tiers).get(0).field());
        assertTrue(of(Trigger.Kind.TIER_UPGRADED).validate("trigger.", tiers).isEmpty());
        assertTrue(new Trigger(Trigger.Kind.TIER_ENTERED, "GOLD", null, null, null).validate("", tiers).isEmpty());
        assertFalse(new Trigger(Trigger.Kind.TIER_ENTERED, null, null, null, null).validate("", tiers).isEmpty());
    }
}
