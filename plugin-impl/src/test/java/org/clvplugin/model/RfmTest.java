package org.clvplugin.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class RfmTest {

    @Test
    void quintilesOfDistinctValues() {
        assertArrayEquals(new int[] {1, 1, 2, 2, 3, 3, 4, 4, 5, 5},
                Rfm.scores(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        assertArrayEquals(new int[] {5, 5, 4, 4, 3, 3, 2, 2, 1, 1},
                Rfm.reversedScores(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}), "recency: recent scores high");
    }

    @Test
    void tiesShareAScore() {
        int[] s = Rfm.scores(new double[] {0, 0, 0, 0, 0, 0, 1, 2, 3, 4});
        for (int i = 1; i < 6; i++) {
            assertEquals(s[0], s[i]);
        }
        assertEquals(2, s[0], "six of ten tied at the bottom sit at the middle of their shares");
        assertEquals(5, s[9]);
    }

    @Test
    void everyCellOfTheGridHasOneOfElevenSegments() {
        Set<String> names = new TreeSet<>();
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                names.add(Rfm.segment(r, f));
            }
        }
        assertEquals(Set.of("Champions", "Loyal customers", "Potential loyalists", "New customers", "Promising",
                "Need attention", "About to sleep", "At risk", "Can't lose them", "Hibernating", "Lost"), names);
        assertEquals("Champions", Rfm.segment(5, 5));
        assertEquals("New customers", Rfm.segment(5, 1));
        assertEquals("Can't lose them", Rfm.segment(1, 5));
        assertEquals("Lost", Rfm.segment(1, 1));
        assertThrows(IllegalArgumentException.class, () -> Rfm.segment(0, 3));
    }
}
