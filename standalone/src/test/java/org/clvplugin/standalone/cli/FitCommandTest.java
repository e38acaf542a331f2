package org.clvplugin.standalone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.clvplugin.testsupport.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class FitCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void bgNbdJsonOnCdnowHasTheDocumentedKeys() throws IOException {
        Path summary = SharedData.file("data/cdnow_customers_summary.csv");
        CliRun run = CliRun.of("fit", "--summary", summary.toString(), "--model", "bgnbd", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JSON.readTree(run.out());
        assertEquals("bgnbd", json.get("model").asText());
        assertEquals(0.24259, json.get("params").get("r").asDouble(), 0.24259e-3);
        assertEquals(4.41360, json.get("params").get("alpha").asDouble(), 4.4136e-3);
        assertEquals(0.79292, json.get("params").get("a").asDouble(), 0.79292e-3);
        assertEquals(2.42589, json.get("params").get("b").asDouble(), 2.42589e-3);
        assertEquals(0.0126, json.get("stdErrors").get("r").asDouble(), 0.0126 * 0.02);
        assertEquals(-9582.43, json.get("logLikelihood").asDouble(), 0.05);
        assertTrue(json.get("converged").asBoolean());
        assertTrue(json.get("iterations").asInt() > 0);
        assertEquals(2357, json.get("customers").asInt());
    }

    @Test
    void gammaGammaAndParetoNames() throws IOException {
        Path summary = SharedData.file("data/cdnow_customers_summary_with_transactions.csv");
        JsonNode gg = JSON.readTree(CliRun.of("fit", "--summary", summary.toString(), "--model", "gammagamma",
                "--format", "json").out());
        assertEquals("gammagamma", gg.get("model").asText());
        assertEquals(946, gg.get("customers").asInt());
        assertEquals(java.util.List.of("p", "q", "gamma"), names(gg.get("params")));
        JsonNode pareto = JSON.readTree(CliRun.of("fit", "--summary", summary.toString(), "--model", "paretonbd",
                "--format", "json").out());
        assertEquals(java.util.List.of("r", "alpha", "s", "beta"), names(pareto.get("params")));
        JsonNode bgbb = JSON.readTree(CliRun.of("fit", "--summary", SharedData.file("data/donations.csv").toString(),
                "--model", "bgbb", "--format", "json").out());
        assertEquals(java.util.List.of("alpha", "beta", "gamma", "delta"), names(bgbb.get("params")));
        assertEquals(11_104, bgbb.get("customers").asInt());
    }

    @Test
    void textReportOnASmallFile() throws IOException {
        Path file = dir.resolve("small.csv");
        Files.writeString(file, "x,t_x,T\n2,30.43,38.86\n1,1.71,38.86\n0,0,38.86\n0,0,38.86\n0,0,38.86\n"
                + "7,29.43,38.86\n1,5,38.86\n0,0,38.86\n2,35.71,38.86\n0,0,38.86\n");
        CliRun run = CliRun.of("fit", "--summary", file.toString(), "--model", "mbgnbd");
        assertTrue(run.out().startsWith("model mbgnbd, 10 customers"), run.out());
        assertTrue(run.out().contains("log-likelihood"), run.out());
    }

    @Test
    void badInputIsOneClearLineAndExitCodeTwo() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "id,x,t_x,T\n1,2,30.43,38.86\n2,-1,0,38.86\n");
        CliRun run = CliRun.of("fit", "--summary", file.toString());
        assertEquals(2, run.exitCode());
        assertEquals("clv fit: " + file + " line 3: frequency x must be >= 0, was -1", run.err().trim());

        CliRun missing = CliRun.of("fit", "--summary", dir.resolve("none.csv").toString());
        assertEquals(2, missing.exitCode());
        assertEquals("clv fit: no such file: " + dir.resolve("none.csv"), missing.err().trim());

        CliRun model = CliRun.of("fit", "--summary", file.toString(), "--model", "weibull");
        assertEquals(2, model.exitCode());
        assertTrue(model.err().contains("unknown purchase model 'weibull'"), model.err());

        CliRun thin = CliRun.of("fit", "--summary", write("x,t_x,T\n1,2,3\n"));
        assertEquals(2, thin.exitCode());
        assertEquals("clv fit: bgnbd: needs at least 5 customers to fit; the data has 1", thin.err().trim());
    }

    private String write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "summary", ".csv");
        Files.writeString(file, content);
        return file.toString();
    }

    private static java.util.List<String> names(JsonNode node) {
        java.util.List<String> out = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
