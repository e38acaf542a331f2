package org.clvplugin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.clvplugin.api.PeriodUnit;
import org.clvplugin.model.io.SummaryCsvReader;
import org.clvplugin.model.io.TransactionFileReader;
import org.clvplugin.testsupport.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Rebuilding the published CDNOW summary from the raw 1/10 sample with the Fader-Hardie convention
 * (shared/reference/published-values.md, "Summary statistics convention"): frequency exactly, recency, T and zbar
 * within half a unit of the file's two decimals. (The reference page says 0.004 weeks; rounding to two decimals
 * allows 0.005, and customer 2's 12 days = 1.7143 weeks, printed 1.71, uses 0.0043 of it.)
 */
class SummaryRebuildTest {

    /** Half a unit of the second decimal, plus the binary rounding of a value such as 23.475. */
    private static final double HALF_CENT = 0.005 + 1e-9;

    @Test
    void cdnowSampleGivesThePublishedSummary() throws IOException {
        TransactionSummarizer summarizer = new TransactionSummarizer(LocalDate.of(1997, 9, 30), PeriodUnit.WEEK);
        long read = TransactionFileReader.read(SharedData.file("data/CDNOW_sample.txt"), summarizer);
        assertEquals(6919, read);
        CalibrationHoldout rebuilt = summarizer.summarize();
        SummaryTable published = SummaryCsvReader.read(
                SharedData.file("data/cdnow_customers_summary_with_transactions.csv"));

        SummaryTable ours = rebuilt.calibration();
        assertEquals(published.size(), ours.size());
        assertEquals(0, rebuilt.acquiredInHoldout(), "the sample is the Q1-1997 cohort");
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < ours.size(); i++) {
            row.put(Integer.toString(Integer.parseInt(ours.id(i))), i);
        }
        double holdoutPurchases = 0;
        for (int j = 0; j < published.size(); j++) {
            int i = row.get(published.id(j));
            String who = "customer " + published.id(j);
            assertEquals(published.frequency(j), ours.frequency(i), who);
            assertEquals(published.recency(j), ours.recency(i), HALF_CENT, who);
            assertEquals(published.age(j), ours.age(i), HALF_CENT, who);
            assertEquals(published.monetaryValue(j), ours.monetaryValue(i), HALF_CENT, who);
            holdoutPurchases += rebuilt.holdoutPurchases()[i];
        }
        // A customer whose first purchase is 1997-01-01 has T = 272 days = 38.86 weeks.
        assertEquals(38.857, ours.age(row.get("1")), 0.001);
        assertEquals(true, holdoutPurchases > 0, "purchases after 1997-09-30 are kept as holdout");
    }
}
