package org.clvplugin.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.clvplugin.store.PublishedValues.TierChange;
import org.clvplugin.tiers.TierPolicy;
import org.junit.jupiter.api.Test;

class TierMoveTest {

    private static final TierPolicy POLICY = TierPolicy.defaults();
    private static final Instant AT = Instant.parse("2026-11-23T02:00:00Z");

    private static ValueHistory.TierMove move(String from, String to) {
        return ContactValues.move(POLICY, new TierChange(3, AT, from, to, "why"));
    }

    @Test
    void directionFollowsThePolicysOrder() {
        assertEquals(ValueHistory.Direction.ENTERED, move(null, "BRONZE").direction());
        assertEquals(ValueHistory.Direction.UP, move("SILVER", "GOLD").direction());
        assertEquals(ValueHistory.Direction.DOWN, move("PLATINUM", "SILVER").direction());
        assertEquals(ValueHistory.Direction.LEFT, move("BRONZE", null).direction());
    }

    @Test
    void namesAndColourComeFromThePolicyAndAnOldTierKeepsItsKey() {
        ValueHistory.TierMove up = move("SILVER", "GOLD");
        assertEquals("Silver", up.fromName());
        assertEquals("Gold", up.toName());
        assertEquals("#C9A227", up.toColour());
        ValueHistory.TierMove gone = move("DIAMOND", "GOLD");
        assertEquals(ValueHistory.Direction.CHANGED, gone.direction());
        assertEquals("DIAMOND", gone.fromName());
        assertNull(move("GOLD", null).toColour());
    }
}
