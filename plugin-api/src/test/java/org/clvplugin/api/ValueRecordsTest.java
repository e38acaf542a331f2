package org.clvplugin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ValueRecordsTest {

    @Test
    void timeUnitsAndTheirMonth() {
        assertEquals(30.4375, PeriodUnit.DAY.perMonth(), 1e-12);
        assertEquals(365.25 / 12 / 7, PeriodUnit.WEEK.perMonth(), 1e-12);
        assertEquals(1, PeriodUnit.MONTH.perMonth(), 1e-12);
        assertEquals(2, PeriodUnit.WEEK.fromDays(14), 1e-12);
        assertEquals(PeriodUnit.WEEK, PeriodUnit.parse(" Weeks "));
        assertEquals("unknown time unit 'fortnight': use day, week or month",
                assertThrows(IllegalArgumentException.class, () -> PeriodUnit.parse("fortnight")).getMessage());
    }

    @Test
    void modelKeysAndParameterNames() {
        assertEquals(PurchaseModelType.BG_NBD, PurchaseModelType.fromKey("BG/NBD"));
        assertEquals(PurchaseModelType.PARETO_NBD, PurchaseModelType.fromKey("pareto-nbd"));
        assertEquals(List.of("r", "alpha", "s", "beta"), PurchaseModelType.PARETO_NBD.parameterNames());
        assertThrows(IllegalArgumentException.class, () -> PurchaseModelType.fromKey("weibull"));
    }

    @Test
    void settingsRefuseNonsense() {
        ClvSettings ok = ClvSettings.of(12, 0.01, 0.3, PeriodUnit.DAY);
        assertEquals(12 * 30.4375, ok.horizonPeriods(), 1e-9);
        assertEquals(4.345, ok.withPeriodsPerMonth(4.345).periodsPerMonth());
        assertMessage("horizonMonths must be between 1 and 1200, was 0", () -> ClvSettings.of(0, 0, 1, PeriodUnit.DAY));
        assertMessage("monthlyDiscountRate must be in [0, 1), was -0.1",
                () -> ClvSettings.of(12, -0.1, 1, PeriodUnit.DAY));
        assertMessage("margin must be in [0, 1], was 1.5", () -> ClvSettings.of(12, 0, 1.5, PeriodUnit.DAY));
        assertMessage("margin must be in [0, 1], was NaN", () -> ClvSettings.of(12, 0, Double.NaN, PeriodUnit.DAY));
        assertMessage("the interval needs 0 < low < high < 1, was 0.9 and 0.1",
                () -> new ClvSettings(12, 0, 1, 30, 0.9, 0.1));
    }

    @Test
    void fitResultLooksUpParametersByName() {
        FitResult fit = new FitResult("gammagamma", List.of(new FittedParameter("p", 6.25, 1.2),
                new FittedParameter("q", 3.74, 0.3)), -4055.92, true, 20, 946, "converged");
        assertEquals(3.74, fit.value("q"));
        assertEquals(2, fit.values().length);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fit.value("gamma")).getMessage()
                .contains("no parameter gamma"));
    }

    private static void assertMessage(String message, org.junit.jupiter.api.function.Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
