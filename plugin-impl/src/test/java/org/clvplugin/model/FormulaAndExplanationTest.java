package org.clvplugin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clvplugin.api.ClvExplanation;
import org.clvplugin.api.ClvSettings;
import org.clvplugin.api.PeriodUnit;
import org.junit.jupiter.api.Test;

class FormulaAndExplanationTest {

    private final ClvSettings noDiscount = ClvSettings.of(12, 0, 1.0, PeriodUnit.MONTH);

    @Test
    void formulaIsOrderValueTimesFrequencyTimesLifespan() {
        // 4 purchase days worth 400 in 8 months: 100 per order, 0.5 orders a month; 12 months at margin 1 = 600.
        FormulaClv formula = new FormulaClv(noDiscount);
        assertEquals(0.5, formula.purchaseFrequency(3, 8), 1e-12);
        assertEquals(600, formula.value(3, 8, 400), 1e-9);
        assertEquals(3, formula.expectedPurchases(3, 8, 6), 1e-12);
        // An expected lifespan of 4.5 months: four full months and half of the fifth.
        assertEquals(100 * 0.5 * 4.5, new FormulaClv(noDiscount, 4.5).value(3, 8, 400), 1e-9);
        assertEquals(2.25, new FormulaClv(noDiscount, 4.5).expectedPurchases(3, 8, 12), 1e-12);
    }

    @Test
    void formulaFloorsAgeAtOneMonthAndDiscountsLikeTheModel() {
        FormulaClv formula = new FormulaClv(ClvSettings.of(2, 0.1, 0.5, PeriodUnit.MONTH));
        // Acquired a tenth of a month ago: frequency 1 per month, not 10.
        assertEquals(1, formula.purchaseFrequency(0, 0.1), 1e-12);
        assertEquals(0.5 * 50 * (1 / 1.1 + 1 / 1.21), formula.value(0, 0.1, 50), 1e-9);
    }

    @Test
    void explanationInPlainWords() {
        ClvExplanation e = new ClvExplanation(1.562017, 24.658616, 1.0, 0.941878, 0.726609, 12, 0.01,
                36.278496);
        assertEquals("About 1.56 orders in the next 12 months x USD 24.66 per order x 100% margin = USD 38.52; "
                + "discounted at 1% a month that is worth USD 36.28 today. Chance the contact is still active: "
                + "72.7%.", ExplanationText.of(e, "USD"));
        ClvExplanation plain = new ClvExplanation(2, 10, 0.25, 1, 0.5, 6, 0, 5);
        assertEquals("About 2.00 orders in the next 6 months x EUR 10.00 per order x 25% margin = EUR 5.00; "
                + "with no discounting that is worth EUR 5.00 today. Chance the contact is still active: 50%.",
                ExplanationText.of(plain, "EUR"));
    }
}
