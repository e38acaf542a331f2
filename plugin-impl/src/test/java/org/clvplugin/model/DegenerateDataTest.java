package org.clvplugin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.clvplugin.api.PurchaseModelType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Data that cannot support a model gets a clear refusal, never NaN parameters. */
class DegenerateDataTest {

    @ParameterizedTest
    @EnumSource(PurchaseModelType.class)
    void tooFewCustomers(PurchaseModelType type) {
        SummaryTable data = SummaryTable.builder().add("a", 1, 2, 5, 10).add("b", 0, 0, 5, 0).build();
        ModelFitException e = assertThrows(ModelFitException.class, () -> ModelFitting.fitPurchaseModel(type, data));
        assertEquals(type.key() + ": needs at least 5 customers to fit; the data has 2", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(PurchaseModelType.class)
    void noRepeatBuyers(PurchaseModelType type) {
        SummaryTable.Builder b = SummaryTable.builder();
        for (int i = 0; i < 50; i++) {
            b.add("c" + i, 0, 0, 10 + i, 0);
        }
        ModelFitException e = assertThrows(ModelFitException.class,
                () -> ModelFitting.fitPurchaseModel(type, b.build()));
        assertEquals(type.key() + ": no customer has a repeat purchase, so buying and dropping out cannot be told "
                + "apart", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(PurchaseModelType.class)
    void everyAgeZero(PurchaseModelType type) {
        SummaryTable.Builder b = SummaryTable.builder();
        for (int i = 0; i < 50; i++) {
            b.add("c" + i, 0, 0, 0, 0);
        }
        ModelFitException e = assertThrows(ModelFitException.class,
                () -> ModelFitting.fitPurchaseModel(type, b.build()));
        assertEquals(type.key() + ": every customer has age T = 0 (all first purchases on the last day), so there "
                + "is no time in which to observe buying", e.getMessage());
    }

    @Test
    void spendModelRefusals() {
        SummaryTable.Builder few = SummaryTable.builder();
        for (int i = 0; i < 50; i++) {
            few.add("c" + i, i < 3 ? 2 : 0, i < 3 ? 4 : 0, 10, i < 3 ? 20 : 0);
        }
        assertEquals("gammagamma: needs at least 5 customers with a paid repeat purchase to fit the spend model; the "
                + "data has 3", assertThrows(ModelFitException.class, () -> ModelFitting.fitGammaGamma(few.build()))
                .getMessage());

        SummaryTable.Builder same = SummaryTable.builder();
        for (int i = 0; i < 50; i++) {
            same.add("c" + i, 2, 4, 10, 25);
        }
        assertEquals("gammagamma: every repeat buyer has the same mean spend (25.0), so the spread of spend cannot "
                + "be estimated", assertThrows(ModelFitException.class,
                        () -> ModelFitting.fitGammaGamma(same.build())).getMessage());

        SummaryTable noMoney = SummaryTable.builder().add("a", 2, 1, 3, Double.NaN).build();
        assertEquals("gammagamma: the summary has no monetary values (zbar), so there is no spend to fit",
                assertThrows(ModelFitException.class, () -> ModelFitting.fitGammaGamma(noMoney)).getMessage());
    }

    @Test
    void heavyTailedSpendIsRefusedRatherThanGivenAnInfiniteMean() {
        // Mean spends spread over six orders of magnitude with one repeat purchase each: the likelihood wants
        // q below 1, where the expected spend p gamma / (q - 1) would be negative.
        SummaryTable.Builder b = SummaryTable.builder();
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int i = 0; i < 400; i++) {
            b.add("c" + i, 1, 1, 5, Math.exp(14 * random.nextDouble()));
        }
        ModelFitException e = assertThrows(ModelFitException.class, () -> ModelFitting.fitGammaGamma(b.build()));
        assertEquals(true, e.getMessage().startsWith("gammagamma: the estimate q = "), e.getMessage());
        assertEquals(true, e.getMessage().contains("is not above 1"), e.getMessage());
    }
}
