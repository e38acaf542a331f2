package org.clvplugin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clvplugin.api.ClvSettings;
import org.clvplugin.api.PeriodUnit;
import org.clvplugin.api.PurchaseModelType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CLV interval against what generated customers then actually spend. 50,000 customers are drawn from BG/NBD
 * and Gamma-Gamma, observed for 26 to 52 weeks, and followed for 12 more months; the models are fitted on the
 * observed part and the discounted value of the following year is compared with each customer's P10-P90.
 *
 * <p>About 10 % should land above P90. Below P10 is rarer overall, because for most customers P10 is 0 (no
 * purchase is more likely than 10 %) and nothing can land below 0; among customers whose P10 is positive, about
 * 10 % should land below it. Bounds are wide enough for sampling noise (a share of 0.1 among 50,000 has a
 * standard error of 0.0013; among 500 of 0.013) plus the approximations documented in docs/model.md.
 */
class IntervalCoverageTest {

    @ParameterizedTest(name = "BG/NBD({0}, {1}, {2}, {3}), Gamma-Gamma({4}, {5}, {6})")
    @CsvSource({
        "0.243, 4.414, 0.793, 2.426, 6.25, 3.74, 15.44",
        "1.5, 20, 0.5, 5, 1.0, 3.0, 20",
        "1.5, 20, 0.5, 5, 0.5, 2.5, 10",
    })
    void intervalsCoverTheFollowingYear(double r, double alpha, double a, double b, double p, double q,
                                        double gamma) {
        double month = PeriodUnit.WEEK.perMonth();
        SyntheticCustomers generator = new SyntheticCustomers(new BgNbd(r, alpha, a, b), new GammaGamma(p, q, gamma),
                26, 52, 0);
        SyntheticCustomers.WithFuture world = generator.generate(50_000, 11, 12 * month, month, 0.01);
        SummaryTable data = world.calibration();
        ScoreTable scores = new ClvScorer(ModelFitting.fitPurchaseModel(PurchaseModelType.BG_NBD, data),
                ModelFitting.fitGammaGamma(data), ClvSettings.of(12, 0.01, 1.0, PeriodUnit.WEEK), 52).score(data);

        int above = 0;
        int positiveLow = 0;
        int belowPositiveLow = 0;
        double predicted = 0;
        double actual = 0;
        for (int i = 0; i < data.size(); i++) {
            double value = world.futureDiscountedValue()[i];
            above += value > scores.clvHigh(i) ? 1 : 0;
            if (scores.clvLow(i) > 0) {
                positiveLow++;
                belowPositiveLow += value < scores.clvLow(i) ? 1 : 0;
            }
            predicted += scores.clv(i);
            actual += value;
        }
        double aboveShare = above / (double) data.size();
        double belowShare = belowPositiveLow / (double) positiveLow;
        // The figures docs/model.md quotes.
        System.out.printf(java.util.Locale.ROOT, "coverage: above P90 %.3f, below a positive P10 %.3f (%d customers),"
                + " predicted/actual %.3f%n", aboveShare, belowShare, positiveLow, predicted / actual);
        assertTrue(aboveShare > 0.05 && aboveShare < 0.14, "share above P90: " + aboveShare);
        assertTrue(positiveLow >= 400, "customers with a positive P10: " + positiveLow);
        assertTrue(belowShare > 0.05 && belowShare < 0.16, "share below a positive P10: " + belowShare);
        assertEquals(actual, predicted, 0.03 * actual, "total predicted CLV against the total that happened");
    }
}
