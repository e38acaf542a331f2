package org.clvplugin.values;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The dashboard's histogram: log-scaled bins with round edges that hold every contact once. */
class HistogramTest {

    @Test
    void roundEdgesOnALogScaleFromZeroToAboveTheLargestValue() {
        Summary.Histogram h = Dashboard.histogram(new double[] {0, 0, 0.3, 4.99, 5, 12, 150, 2400});
        assertArrayEquals(new double[] {0, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000},
                h.edges(), 1e-12);
        assertArrayEquals(new long[] {2, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 1}, h.counts());
    }

    @Test
    void everyContactIsCountedOnceInTheBinOfItsValue() {
        Random random = new Random(7);
        double[] values = new double[20_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 10 == 0 ? 0 : Math.exp(random.nextGaussian() * 2 + 3);
        }
        Summary.Histogram h = Dashboard.histogram(values);
        assertEquals(values.length, Arrays.stream(h.counts()).sum());
        assertEquals(h.edges().length, h.counts().length + 1);
        double largest = Arrays.stream(values).max().orElseThrow();
        assertTrue(h.edges()[h.edges().length - 1] > largest, "the last edge is above the largest value");
        assertTrue(h.edges().length < 30, "a few bins per decade: " + h.edges().length);
        for (int i = 1; i < h.edges().length; i++) {
            double e = h.edges()[i];
            double mantissa = e / Math.pow(10, Math.floor(Math.log10(e) + 1e-9));
            assertTrue(Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9,
                    "a 1-2-5 edge: " + e);
            double from = h.edges()[i - 1];
            long inBin = Arrays.stream(values).filter(v -> v >= from && v < e).count();
            assertEquals(inBin, h.counts()[i - 1], "the bin below " + e);
        }
    }

    @Test
    void withoutPositiveValuesEveryContactIsInOneBinAtZero() {
        Summary.Histogram h = Dashboard.histogram(new double[] {0, 0, 0});
        assertArrayEquals(new long[] {3}, h.counts());
        assertEquals(0, Dashboard.histogram(new double[0]).counts()[0]);
    }
}
