package org.clvplugin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.clvplugin.api.ClvSettings;
import org.clvplugin.api.FitResult;
import org.clvplugin.api.FittedParameter;
import org.clvplugin.api.PeriodUnit;
import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for every input, checked on seeded random customers and parameters, including
 * extreme ones: thousands of purchases, ages of thousands of days, last purchase long ago or just now.
 */
class ModelPropertiesTest {

    private static final int CASES = 3000;

    private static List<PurchaseModel> models(SplittableRandom random) {
        double r = 0.05 + 5 * random.nextDouble();
        double alpha = 0.1 + 200 * random.nextDouble();
        double a = 0.05 + 5 * random.nextDouble();
        double b = 0.05 + 10 * random.nextDouble();
        return List.of(new BgNbd(r, alpha, a, b), new MbgNbd(r, alpha, a, b), new ParetoNbd(r, alpha, a, b));
    }

    /** x: mostly small, one in four up to 5,000. */
    private static int[] customer(SplittableRandom random) {
        int x = random.nextInt(4) == 0 ? random.nextInt(5001) : random.nextInt(20);
        return new int[] {x};
    }

    @Test
    void probabilityAliveIsAProbabilityAndExpectationsGrowWithTime() {
        SplittableRandom random = new SplittableRandom(1);
        for (int c = 0; c < CASES; c++) {
            for (PurchaseModel model : models(random)) {
                int x = customer(random)[0];
                double age = random.nextInt(3) == 0 ? 5000 * random.nextDouble() : 100 * random.nextDouble();
                double tx = x == 0 ? 0 : switch (random.nextInt(3)) {
                    case 0 -> 0;
                    case 1 -> age;
                    default -> age * random.nextDouble();
                };
                String where = model + " x=" + x + " t_x=" + tx + " T=" + age;
                double alive = model.probabilityAlive(x, tx, age);
                assertTrue(alive >= 0 && alive <= 1, where + ": P(alive) = " + alive);
                double previous = 0;
                for (double t : new double[] {0.5, 5, 50, 500}) {
                    double expected = model.expectedPurchases(x, tx, age, t);
                    assertTrue(Double.isFinite(expected) && expected >= previous - 1e-9 * (1 + previous),
                            where + ": E[X(" + t + ")] = " + expected + " after " + previous);
                    previous = expected;
                }
            }
        }
    }

    @Test
    void clvIsFiniteNonNegativeAndInsideItsInterval() {
        SplittableRandom random = new SplittableRandom(2);
        GammaGamma spend = new GammaGamma(2.5, 3.5, 20);
        double[][] spendCovariance = {{0.04, 0.01, 0.1}, {0.01, 0.04, 0.1}, {0.1, 0.1, 4}};
        ClvSettings settings = ClvSettings.of(24, 0.01, 0.3, PeriodUnit.DAY);
        SummaryTable.Builder customers = SummaryTable.builder();
        for (int c = 0; c < 400; c++) {
            int x = customer(random)[0];
            double age = 5000 * random.nextDouble();
            double tx = x == 0 ? 0 : age * random.nextDouble();
            double zbar = x == 0 ? 0 : Math.exp(10 * random.nextDouble() - 3);
            customers.add("c" + c, x, tx, age, zbar);
        }
        SummaryTable data = customers.build();
        for (int m = 0; m < 20; m++) {
            for (PurchaseModel model : models(random)) {
                FittedPurchaseModel purchase = new FittedPurchaseModel(model, diagonal(model.parameters(), 0.05),
                        fakeFit(model));
                FittedSpendModel spendModel = new FittedSpendModel(spend, spendCovariance, fakeFit(model));
                ScoreTable scores = new ClvScorer(purchase, spendModel, settings, 365).score(data);
                for (int i = 0; i < data.size(); i++) {
                    String where = model + " " + data.row(i);
                    double clv = scores.clv(i);
                    assertTrue(Double.isFinite(clv) && clv >= 0, where + ": CLV " + clv);
                    assertTrue(scores.clvLow(i) >= 0 && scores.clvLow(i) <= clv && clv <= scores.clvHigh(i)
                            && Double.isFinite(scores.clvHigh(i)), where + ": interval " + scores.clvLow(i)
                            + ".." + scores.clvHigh(i) + " around " + clv);
                    var e = scores.prediction(i).explanation();
                    assertEquals(clv, e.expectedPurchases() * e.expectedOrderValue() * e.margin()
                            * e.discountFactor(), 1e-9 * (1 + clv), where + ": explanation multiplies out");
                }
            }
        }
    }

    @Test
    void purchaseDistributionsSumToOneWithTheRightMean() {
        SplittableRandom random = new SplittableRandom(3);
        for (int c = 0; c < 300; c++) {
            for (PurchaseModel model : models(random)) {
                int x = random.nextInt(30);
                double age = 200 * random.nextDouble();
                double t = 1 + 100 * random.nextDouble();
                CountDistribution pmf = model.purchaseDistributionIfAlive(x, age, t);
                for (double p : pmf.head()) {
                    assertTrue(p >= 0, model + ": negative probability");
                }
                double total = pmf.total();
                double mean = pmf.mean();
                double expected = model.expectedPurchasesIfAlive(x, age, t);
                String where = model + " x=" + x + " T=" + age + " t=" + t;
                assertEquals(1, total, 1e-8, where);
                // The tail beyond the last entry is below 1e-10; the quadrature of Pareto/NBD is exact to ~1e-7.
                assertEquals(expected, mean, 1e-6 * (1 + expected), where);
            }
        }
    }

    @Test
    void enormousPurchaseCountsKeepMemoryBoundedAndTheMeanRight() {
        // 5,000 purchases in a tenth of a day, then a year: hundreds of thousands of expected purchases.
        for (PurchaseModel model : List.of(new BgNbd(2, 0.1, 0.5, 50), new ParetoNbd(2, 0.1, 0.5, 50))) {
            CountDistribution pmf = model.purchaseDistributionIfAlive(5000, 0.1, 365);
            double expected = model.expectedPurchasesIfAlive(5000, 0.1, 365);
            assertTrue(expected > 2 * CountDistribution.MAX_TERMS, model + ": " + expected);
            assertTrue(pmf.head().length <= CountDistribution.MAX_TERMS);
            assertEquals(1, pmf.total(), 1e-8, model.toString());
            assertEquals(expected, pmf.mean(), 1e-6 * expected, model.toString());
        }
    }

    private static double[][] diagonal(double[] values, double relativeSd) {
        double[][] m = new double[values.length][values.length];
        for (int i = 0; i < values.length; i++) {
            m[i][i] = Math.pow(values[i] * relativeSd, 2);
        }
        return m;
    }

    private static FitResult fakeFit(PurchaseModel model) {
        return new FitResult(model.type().key(), List.<FittedParameter>of(), 0, true, 0, 0, "given");
    }
}
