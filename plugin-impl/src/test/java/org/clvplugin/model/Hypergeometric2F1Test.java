package org.clvplugin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Hypergeometric2F1Test {

    /**
     * Reference values computed with mpmath 1.3.0 (mp.dps = 30, mpmath.hyp2f1), rounded to 20 significant digits.
     * The cases cover each branch: the series, growing terms (BG/NBD with a thousand purchases), z near 1 by the
     * connection formula, c - a - b an integer (0, +-1, +-2, by series and by the limit form), negative z (Pfaff), a terminating polynomial and a
     * negative non-integer c, and large parameters whose connection terms cancel. Tolerance: 1e-12 relative, 1e-9 or 1e-10 where c - a - b is an integer.
     */
    @ParameterizedTest(name = "2F1({0}, {1}; {2}; {3})")
    @CsvSource({
        "0.24259, 2.42589, 2.21881, 0.5, 1.2067263126938440599, 1e-12",
        "2.24259, 4.42589, 4.21881, 0.4740281208066743, 4.5742566527088965155, 1e-12",
        "0.5, 0.5, 1.5, 0.25, 1.0471975511965977462, 1e-12",
        "1, 1, 2, 0.95, 3.153402393214726574, 1e-9",
        "1.5, 2.5, 3.7, 0.97, 14.504770344855328059, 1e-12",
        "3.2, 1.1, 2.0, 0.999, 4022141.7480791885687, 1e-12",
        "1000.24, 1002.4, 1002.2, 0.26, 6.69536303757511316e+130, 1e-11",
        "50.5, 60.25, 20.75, 0.6, 1.6628350836543288845e+43, 1e-12",
        "0.3, 0.7, 1.0, 0.99, 2.1077109177178977034, 1e-9",
        "1.3, 2.7, 3.0, 0.95, 27.045357485432135019, 1e-9",
        "2.0, 3.0, 4.5, -0.5, 0.57284635940221728232, 1e-12",
        "0.8, 1.9, 2.6, -3.0, 0.41433569078490227371, 1e-12",
        "27.159, 1.606, 28.159, 0.025653083778127892, 1.0410577933089972956, 1e-12",
        "5.0, -2.0, 3.0, 0.7, -0.10833333333333334073, 1e-12",
        "1.2, 2.3, -1.5, 0.4, 66.813677974662046762, 1e-12",
        "0.7, 1.3, 4.0, 0.999995, 1.4474968989946121178, 1e-10",
        "1.3, 2.7, 2.0, 0.999995, 28853640146.402197492, 1e-10",
        "2.5, 1.5, 4.0, 0.9999999, 72.44235626697116942, 1e-10",
        "3061.983763580438, 4.590896252416668, 3062.983763580438, 0.9860052987262679, 294389075.32355409538, 1e-10",
        "4.515049693869561, 0.36270681003632393, -0.3566975474203352, 0.14049674372419393, -0.51446182608188201476, 1e-12",
    })
    void matchesReferenceValues(double a, double b, double c, double z, double expected, double tolerance) {
        assertEquals(expected, Hypergeometric2F1.value(a, b, c, z), Math.abs(expected) * tolerance);
    }

    @Test
    void closedForms() {
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z  (A&S 15.1.3), on both sides of the series limit.
        for (double z : new double[] {-5, -0.5, 0.1, 0.5, 0.89, 0.91, 0.999}) {
            assertEquals(-Math.log1p(-z) / z, Hypergeometric2F1.value(1, 1, 2, z), 1e-9 * Math.abs(Math.log1p(-z) / z),
                    "z = " + z);
        }
        // Beyond z = 0.9999 an integer c - a - b takes the limit form of the connection formula.
        double nearOne = 0.999999;
        assertEquals(-Math.log1p(-nearOne) / nearOne, Hypergeometric2F1.value(1, 1, 2, nearOne),
                1e-12 * Math.abs(Math.log1p(-nearOne) / nearOne));
        // 2F1(a, b; b; z) = (1 - z)^-a  (A&S 15.1.8).
        for (double z : new double[] {-2, 0.3, 0.95}) {
            assertEquals(Math.pow(1 - z, -2.5), Hypergeometric2F1.value(2.5, 1.7, 1.7, z), 1e-10 * Math.pow(1 - z, -2.5));
        }
        // 2F1(1/2, 1/2; 3/2; x^2) = arcsin(x) / x  (A&S 15.1.6).
        for (double x : new double[] {0.2, 0.7, 0.99}) {
            assertEquals(Math.asin(x) / x, Hypergeometric2F1.value(0.5, 0.5, 1.5, x * x), 1e-10);
        }
    }

    @Test
    void logValueOfHugeResultsStaysFinite() {
        // Far beyond the double range as a value, but its logarithm is an ordinary number.
        double log = Hypergeometric2F1.logValue(5000.3, 5002.1, 5001.7, 0.5);
        assertEquals(Double.POSITIVE_INFINITY, Hypergeometric2F1.value(5000.3, 5002.1, 5001.7, 0.5));
        // Leading behaviour (1 - z)^-a for b close to c: ln 2 * 5000.3 plus a modest correction.
        assertEquals(5000.3 * Math.log(2), log, 10);
    }

    @Test
    void cancellingConnectionTermsFallBackToTheSeries() {
        // mpmath (dps 40): ln 2F1(5002, 5050; 5049.5; 0.9994523548740416) = 37568.185290094736834.
        assertEquals(37568.185290094736834, Hypergeometric2F1.logValue(5002, 5050, 5049.5, 0.9994523548740416),
                37568.19 * 1e-12);
    }

    @Test
    void refusesArgumentsOutsideItsDomain() {
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(1, 1, -2, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(1, 1, 2, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(Double.NaN, 1, 2, 0.5));
    }
}
