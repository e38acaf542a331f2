package org.clvplugin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clvplugin.api.FitResult;
import org.clvplugin.api.PurchaseModelType;
import org.junit.jupiter.api.Test;

/**
 * Fitting 200,000 customers generated from known BG/NBD and Gamma-Gamma parameters recovers them within 5 %.
 * The design (ages of two to four years in weeks, continuous time) keeps the standard error of every parameter
 * below 2 % at this size (asserted), so 5 % is at least 2.5 standard errors: the bound holds by design rather
 * than by a lucky seed. The test also checks that the truth lies within four standard errors of the estimate.
 */
class ParameterRecoveryTest {

    private static final BgNbd TRUE_PURCHASE = new BgNbd(0.5, 4.0, 0.6, 2.0);
    private static final GammaGamma TRUE_SPEND = new GammaGamma(6.0, 4.0, 15.0);

    @Test
    void recoversBgNbdAndGammaGammaWithinFivePercent() {
        SummaryTable data = new SyntheticCustomers(TRUE_PURCHASE, TRUE_SPEND, 104, 208, 0).generate(200_000, 42);

        FitResult purchase = ModelFitting.fitPurchaseModel(PurchaseModelType.BG_NBD, data).fit();
        assertTrue(purchase.converged(), purchase.message());
        assertRecovered(purchase, TRUE_PURCHASE.parameters());

        FitResult spend = ModelFitting.fitGammaGamma(data).fit();
        assertTrue(spend.converged(), spend.message());
        assertRecovered(spend, TRUE_SPEND.parameters());
    }

    @Test
    void sameSeedSameCustomers() {
        SyntheticCustomers generator = new SyntheticCustomers(TRUE_PURCHASE, TRUE_SPEND, 52, 104, 1.0 / 7);
        SummaryTable first = generator.generate(100_000, 7);
        SummaryTable second = generator.generate(100_000, 7);
        for (int i = 0; i < first.size(); i += 997) {
            assertEquals(first.row(i), second.row(i));
        }
    }

    private static void assertRecovered(FitResult fit, double[] truth) {
        for (int j = 0; j < truth.length; j++) {
            var estimate = fit.parameters().get(j);
            assertEquals(truth[j], estimate.value(), 0.05 * truth[j], fit.model() + " " + estimate.name());
            assertEquals(truth[j], estimate.value(), 4 * estimate.standardError(),
                    fit.model() + " " + estimate.name() + " within 4 standard errors");
            assertTrue(estimate.standardError() < 0.02 * truth[j],
                    fit.model() + " " + estimate.name() + " standard error " + estimate.standardError());
        }
    }
}
