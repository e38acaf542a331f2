package org.clvplugin.standalone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalTextTest {

    @ParameterizedTest
    @CsvSource({
        "38.857142857142854, 38.857143",
        "2, 2",
        "0.5, 0.5",
        "0.000001, 0.000001",
        "0.0000004, 0",
        "-1.25, -1.25",
        "1234567.0000001, 1234567",
        "0.10000049, 0.1",
        "2e12, 2.0E12",
    })
    void sixDecimalsAtMostWithoutTrailingZeros(double value, String expected) {
        assertEquals(expected, DecimalText.append(new StringBuilder(), value).toString());
    }
}
