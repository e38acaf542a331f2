package org.clvplugin.standalone.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.clvplugin.rules.SecretBox;
import org.clvplugin.schedule.RecomputeScheduler;
import org.clvplugin.standalone.security.Accounts;
import org.clvplugin.standalone.security.StandaloneSecurity;
import org.clvplugin.store.RunRecord;
import org.clvplugin.store.RunRepository;
import org.clvplugin.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clvplugin.standalone.host.HostServices;
import org.clvplugin.standalone.host.StandaloneHost;
import org.clvplugin.testsupport.TestReports;

/** The webapp, deployed from its web.xml in embedded Tomcat, answers /clv/api/v1/health over real HTTP. */
class WebServerTest {

    private static final SecretBox SECRETS = new SecretBox(SecretBox.newKey());

    private static final StandaloneSecurity NO_ONE = new StandaloneSecurity(
            new Accounts(java.util.List.of(), java.util.List.of()), java.time.Clock.systemUTC());

    @TempDir
    Path dataDir;

    @Test
    void healthReportsTheDatabaseAndTheRuns() throws Exception {
        DataSource db = TestDatabases.h2();
        try (HostServices host = new HostServices(new StandaloneHost(db, NO_ONE, dataDir.resolve("secret.key")))) {
            RunRepository runs = host.runs;
            try (RecomputeScheduler schedule = host.startSchedule();
                 WebServer web = WebServer.start(0, dataDir, host.webRuntime(schedule, SECRETS),
                         NO_ONE)) {
                JsonNode before = get(web.port());
                assertEquals("UP", before.get("status").asText());
                assertEquals("H2", before.get("database").get("product").asText());
                assertTrue(before.get("database").get("reachable").asBoolean());
                assertTrue(before.get("lastRun").isNull());

                RunRecord run = runs.start("test", LocalDate.of(2024, 6, 30));
                runs.publish(run.id(), TestReports.empty("bgnbd"));
                JsonNode after = get(web.port());
                assertEquals(run.id(), after.get("publishedRun").get("id").asLong());
                assertEquals("SUCCEEDED", after.get("lastRun").get("state").asText());
                assertTrue(after.get("lastRun").get("finishedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"),
                        after.toString());
            }
        }
    }

    @Test
    void aStoredScheduleThatNeverFiresDoesNotStopTheHostAndHealthSaysSo() throws Exception {
        DataSource db = TestDatabases.h2();
        try (HostServices host = new HostServices(new StandaloneHost(db, NO_ONE, dataDir.resolve("secret.key")))) {
            // As a setting stored by an earlier version, or by hand in the database: not through the validation.
            host.settings.put(org.clvplugin.store.SettingsRepository.SCHEDULE_CRON, "0 0 2 31 2 ?", "by hand");
            try (RecomputeScheduler schedule = host.startSchedule()) {
                org.clvplugin.rest.ClvRuntime runtime = host.webRuntime(schedule, SECRETS);
                try (WebServer web = WebServer.start(0, dataDir, runtime, NO_ONE)) {
                    assertTrue(schedule.nextRun().isPresent(), "the default schedule runs");
                    JsonNode health = get(web.port());
                    assertEquals("UP", health.get("status").asText());
                    assertEquals("schedule.cron", health.get("settingsNotApplied").get(0).asText(),
                            "anonymous callers see which setting, not its value: " + health);
                    // The console's path: the admin settings save and reschedule.
                    runtime.settings().update(java.util.Map.of("schedule.cron", "0 30 3 * * ?"), "admin");
                    assertTrue(get(web.port()).get("settingsNotApplied") == null, "fixed by saving a schedule");
                    assertEquals(3, schedule.nextRun().orElseThrow().toInstant().atZone(java.time.ZoneId
                            .systemDefault()).getHour(), "the trigger Quartz holds moved");
                }
            }
        }
    }

    private static JsonNode get(int port) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/clv/api/v1/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        return new ObjectMapper().readTree(response.body());
    }
}
