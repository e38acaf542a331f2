package org.clvplugin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reports stored before reports had a type or a version (captured from runs of that code: CDNOW with Pareto/NBD,
 * and a formula-model run) read into the record tree with every field, and are written back the same, with the
 * version added.
 */
class RunReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String stored(String name) throws IOException {
        try (InputStream in = RunReportTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aCdnowReportOfBeforeVersionsReadsTyped() throws IOException {
        RunReport report = RunReport.read(stored("cdnow-before-versions.json"));
        assertEquals(RunReport.VERSION, report.version());
        assertEquals(LocalDate.of(1998, 6, 30), report.settings().asOf());
        assertEquals(69_667, report.orders().ordersRead());
        assertEquals(1, report.orders().ordersSkipped().get("status ORDER_CANCELLED"));
        assertEquals(LocalDate.of(1998, 2, 15), report.backtested().backtestFrom());
        assertEquals("paretonbd", report.backtested().backtest().model());
        assertEquals(3, report.backtested().backtest().candidates().size());
        assertEquals(8, report.backtested().backtest().byFrequency().size());
        assertEquals("paretonbd", report.fit().model());
        assertEquals("paretonbd", report.fit().purchaseFit().model());
        assertTrue(report.fit().spendFit().converged());
        assertEquals("the run's model", report.fit().churnOfOneTimeBuyers().model());
        assertEquals(23_572, report.tiers().contactsScored());
        assertEquals(5790, report.millis().total());
        assertEquals(List.of(), report.warnings());
    }

    @Test
    void aFormulaReportKeepsItsReasons() throws IOException {
        RunReport report = RunReport.read(stored("formula-before-versions.json"));
        assertEquals("formula", report.fit().model());
        assertTrue(report.fit().fallbackReason().startsWith("bgnbd: the estimate of a ran to"));
        assertTrue(report.fit().churnUnavailable().startsWith("the formula model does not estimate churn"));
        assertTrue(report.backtested().backtest().notRun().startsWith("the models could not be fitted"));
        assertEquals(62, report.tiers().tierCounts().get("GOLD"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cdnow-before-versions.json", "formula-before-versions.json"})
    void aStoredReportIsWrittenBackAsItWasWithItsVersion(String name) throws IOException {
        String before = stored(name);
        ObjectNode expected = (ObjectNode) JSON.readTree(before);
        expected.put("version", RunReport.VERSION);
        assertEquals(expected, JSON.readTree(RunReport.read(before).toJson()), "nothing lost, nothing added");
    }

    @Test
    void aReportOfALaterVersionIsRefusedNotMisread() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RunReport.read(
                "{\"version\":" + (RunReport.VERSION + 1) + ",\"model\":\"bgnbd\"}"));
        assertTrue(e.getMessage().contains("written by a later version"), e.getMessage());
        assertTrue(assertThrows(IllegalStateException.class, () -> RunReport.read("[1, 2]")).getMessage()
                .contains("not a JSON object"));
    }

    @Test
    void aWarningAddedAfterThePublicationIsKept() throws IOException {
        RunReport report = RunReport.read(stored("cdnow-before-versions.json")).withWarning("trimming failed");
        assertEquals(List.of("trimming failed"), RunReport.read(report.toJson()).warnings());
    }
}
