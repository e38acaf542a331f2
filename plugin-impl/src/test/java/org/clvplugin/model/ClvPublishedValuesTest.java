package org.clvplugin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.clvplugin.api.ClvSettings;
import org.clvplugin.api.PurchaseModelType;
import org.clvplugin.model.io.SummaryCsvReader;
import org.clvplugin.testsupport.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Discounted CLV on CDNOW with the fitted BG/NBD and Gamma-Gamma parameters (shared/reference/published-values.md,
 * "Discounted CLV"): 12 months, months of 4.345 weeks as in the reference implementation (our default month is
 * 365.25 / 12 days = 4.348 weeks; the reference figures need theirs), 1 % per month, margin 100 %.
 */
class ClvPublishedValuesTest {

    @Test
    void firstFiveCustomersAndTheTotal() throws IOException {
        SummaryTable data = SummaryCsvReader.read(
                SharedData.file("data/cdnow_customers_summary_with_transactions.csv"));
        FittedPurchaseModel purchase = ModelFitting.fitPurchaseModel(PurchaseModelType.BG_NBD, data);
        FittedSpendModel spend = ModelFitting.fitGammaGamma(data);
        ClvSettings settings = new ClvSettings(12, 0.01, 1.0, 4.345, 0.10, 0.90);
        ScoreTable scores = new ClvScorer(purchase, spend, settings, 52).score(data);

        double[] firstFive = {36.28, 4.64, 8.34, 8.34, 8.34};
        for (int i = 0; i < firstFive.length; i++) {
            // Published to cents.
            assertEquals(firstFive[i], scores.clv(i), 0.005, "customer " + data.id(i));
        }
        // Published to cents; we reproduce it within 0.01 (tolerance: five cents over 2,357 customers).
        assertEquals(71_509.90, scores.totalClv(), 0.05);
        var first = scores.prediction(0);
        assertEquals("1", first.customerId());
        assertEquals(3 * 22.35, first.historicalValue(), 1e-9, "no history in the file: (x + 1) days at zbar");
        assertEquals(first.clv(), first.explanation().clv());
        for (int i = 0; i < scores.size(); i++) {
            assertTrue(scores.clvLow(i) <= scores.clv(i) && scores.clv(i) <= scores.clvHigh(i),
                    "interval holds the value for customer " + data.id(i));
        }
    }
}
