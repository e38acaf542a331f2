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
    void customersThatNeverDropOutRunTheFitToALimitAndAreRefused() {
        // One Poisson rate for all (r and alpha huge) and practically no drop-out: the likelihood rises towards a
        // limit of the model (r, alpha -> infinity, a -> 0), as on uniformly random order dates.
        SummaryTable data = new SyntheticCustomers(new BgNbd(1000, 20_000, 0.001, 5000), new GammaGamma(6, 4, 15), 52, 104,
                0).generate(20_000, 3);
        ModelFitException e = assertThrows(ModelFitException.class,
                () -> ModelFitting.fitPurchaseModel(PurchaseModelType.BG_NBD, data));
        assertEquals(true, e.getMessage().contains("ran to"), e.getMessage());
        assertEquals(true, e.getMessage().contains("a limit of the model"), e.getMessage());
    }

    @Test
    void scoresThatComeOutInvalidAreRefusedAsAWhole() {
        // Estimates from such a fit, before the limit check existed: the 2F1s lose all precision and one
        // customer's CLV came out negative.
        BgNbd edge = new BgNbd(7.226006073134054E7, 1.536639205933022E9, 5.021491675328648E-11, 4.722338849389983E8);
        FittedPurchaseModel purchase = new FittedPurchaseModel(edge, null, null);
        FittedSpendModel spend = new FittedSpendModel(new GammaGamma(3.209103660959935, 4.505640015594037E7,
                7.390425194634049E8), null, null);
        SummaryTable one = SummaryTable.builder().add("B0000007", 4, 73.42857142857143, 96.28571428571429,
                35.977500000000006).build();
        ModelFitException e = assertThrows(ModelFitException.class, () -> new ClvScorer(purchase, spend,
                org.clvplugin.api.ClvSettings.of(12, 0.01, 1, org.clvplugin.api.PeriodUnit.WEEK), 52).score(one));
        assertEquals(true, e.getMessage().contains("gives an invalid value"), e.getMessage());
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
