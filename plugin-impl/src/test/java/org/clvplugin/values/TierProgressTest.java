package org.clvplugin.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TierProgressTest {

    @Test
    void progressIsTheShareOfTheWayFromTheTierToTheNext() {
        assertEquals(0.55, ContactValues.progress(100, 500, 180.0), 1e-12);
        assertEquals(0.0, ContactValues.progress(100, 500, 400.0), 1e-12);
        assertEquals(1.0, ContactValues.progress(100, 500, 0.0), 1e-12);
    }

    @Test
    void aThresholdMovedSinceTheRunIsClampedNotShownBeyondTheBar() {
        assertEquals(0.0, ContactValues.progress(100, 500, 900.0), 1e-12);
        assertEquals(1.0, ContactValues.progress(100, 500, -20.0), 1e-12);
    }

    @Test
    void withoutANextTierOrAGapThereIsNoProgress() {
        assertNull(ContactValues.progress(100, 500, null));
        assertNull(ContactValues.progress(500, 500, 10.0));
    }
}
