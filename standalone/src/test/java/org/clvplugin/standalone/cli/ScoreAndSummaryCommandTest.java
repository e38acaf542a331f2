package org.clvplugin.standalone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clvplugin.testsupport.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreAndSummaryCommandTest {

    @TempDir
    Path dir;

    @Test
    void scoreReproducesThePublishedClvWithTheReferenceMonth() throws IOException {
        Path summary = SharedData.file("data/cdnow_customers_summary_with_transactions.csv");
        Path out = dir.resolve("scores.csv");
        CliRun run = CliRun.of("score", "--summary", summary.toString(), "--horizon-weeks", "52", "--clv-months",
                "12", "--discount", "0.01", "--margin", "1.0", "--time-unit", "week", "--month-length", "4.345",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("id,expected_purchases,p_alive,expected_order_value,clv,clv_p10,clv_p90", lines.get(0));
        assertEquals(2358, lines.size());
        String[] first = lines.get(1).split(",");
        assertEquals("1", first[0]);
        assertEquals(0.7266, Double.parseDouble(first[2]), 5e-5);
        assertEquals(24.66, Double.parseDouble(first[3]), 0.005);
        assertEquals(36.28, Double.parseDouble(first[4]), 0.005);
        assertTrue(Double.parseDouble(first[5]) <= 36.28 && Double.parseDouble(first[6]) >= 36.28);
        assertTrue(run.err().contains("model bgnbd, 2,357 customers"), run.err());
        assertTrue(run.err().contains("total CLV 71,509.90"), run.err());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void scoreRefusesASummaryWithoutMoneyAndWritesNothing() throws IOException {
        Path summary = SharedData.file("data/cdnow_customers_summary.csv");
        Path out = dir.resolve("scores.csv");
        CliRun run = CliRun.of("score", "--summary", summary.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("scoring needs monetary values"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void transactionsToSummaryThenFit() throws IOException {
        Path transactions = SharedData.file("data/CDNOW_sample.txt");
        Path summary = dir.resolve("summary.csv");
        CliRun run = CliRun.of("transactions-to-summary", "--transactions", transactions.toString(),
                "--calibration-end", "1997-09-30", "--time-unit", "week", "--out", summary.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("read 6,919 transactions; wrote 2,357 customers"), run.err());
        List<String> lines = Files.readAllLines(summary);
        assertEquals("id,x,t_x,T,zbar,historical_value,orders,holdout_purchases,holdout_value", lines.get(0));
        assertTrue(lines.get(1).startsWith("0001,2,30.428571,38.857143,22.345,"), lines.get(1));

        CliRun fit = CliRun.of("fit", "--summary", summary.toString(), "--format", "json");
        assertEquals(0, fit.exitCode(), fit.err());
        assertTrue(fit.out().contains("\"customers\" : 2357"), fit.out());
    }

    @Test
    void badCalibrationDate() {
        CliRun run = CliRun.of("transactions-to-summary", "--transactions", "x", "--calibration-end", "30/09/1997",
                "--out", dir.resolve("s.csv").toString());
        assertEquals(2, run.exitCode());
        assertEquals("clv transactions-to-summary: --calibration-end: '30/09/1997' is not a date (use yyyy-mm-dd "
                + "or yyyymmdd)", run.err().trim());
    }

    @Test
    void benchmarkPrintsItsFigures() {
        CliRun run = CliRun.of("benchmark", "--customers", "20000", "--runs", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("benchmark: 20,000 customers"), run.out());
        assertTrue(run.out().matches("(?s).*run 1 \\(cold JVM\\): fit\\+score [0-9,]+ ms.*peak heap [0-9,]+ MB.*"),
                run.out());
    }
}
