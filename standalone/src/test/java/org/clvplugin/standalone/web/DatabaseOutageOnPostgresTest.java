package org.clvplugin.standalone.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.clvplugin.rules.SecretBox;
import org.clvplugin.schedule.RecomputeScheduler;
import org.clvplugin.standalone.security.Accounts;
import org.clvplugin.standalone.security.StandaloneSecurity;
import org.clvplugin.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.clvplugin.standalone.host.StandaloneHost;
import org.clvplugin.standalone.host.StandaloneDatabase;
import org.clvplugin.standalone.host.HostServices;

/**
 * The standalone host when its PostgreSQL goes away and comes back (a TCP forwarder in between is stopped and
 * started): the API answers 503 problem details with Retry-After within the pool's connection timeout, never a
 * hang or a 500, and answers again by itself once the database is back.
 */
class DatabaseOutageOnPostgresTest {

    private static final String TOKEN = "outage-token-0123456789abcdef";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void whileTheDatabaseIsGoneTheApiAnswers503AndRecoversByItself() throws Exception {
        PGSimpleDataSource pg = (PGSimpleDataSource) TestDatabases.postgres();
        Path dataDir = Files.createTempDirectory("clv-outage");
        try (TcpProxy proxy = new TcpProxy(pg.getServerNames()[0], pg.getPortNumbers()[0] == 0 ? 5432
                : pg.getPortNumbers()[0])) {
            String url = "jdbc:postgresql://localhost:" + proxy.port() + "/" + pg.getDatabaseName()
                    + "?currentSchema=" + pg.getCurrentSchema();
            try (java.sql.Connection c = pg.getConnection()) {
                org.clvplugin.host.ofbiz.OfbizTables.create(c); // the host's tables, empty
            }
            StandaloneSecurity security = new StandaloneSecurity(new Accounts(List.of(), List.of(
                    new Accounts.Token("crm-sync", Accounts.sha256(TOKEN), List.of("contacts:read")))),
                    Clock.systemUTC());
            HostServices host = new HostServices(new StandaloneHost(StandaloneDatabase.open(url, pg.getUser(),
                    pg.getPassword()), security, dataDir.resolve("secret.key")));
            try (RecomputeScheduler schedule = host.startSchedule();
                 WebServer web = WebServer.start(0, dataDir, host.webRuntime(schedule,
                         new SecretBox(SecretBox.newKey())), security)) {
                String base = "http://localhost:" + web.port() + "/clv/api/v1";
                assertEquals(200, get(base + "/health").statusCode());
                assertEquals(404, get(base + "/contacts/NOBODY/value").statusCode(), "the database answers");

                proxy.stop();
                HttpResponse<String> health = get(base + "/health");
                assertEquals(503, health.statusCode(), health.body());
                assertTrue(health.body().contains("\"status\":\"DOWN\""), health.body());
                HttpResponse<String> card = get(base + "/contacts/NOBODY/value");
                assertEquals(503, card.statusCode(), card.body());
                assertEquals("application/problem+json", card.headers().firstValue("Content-Type").orElse(""));
                assertEquals("https://clvplugin.org/problems/database-unavailable",
                        new ObjectMapper().readTree(card.body()).get("type").asText());
                assertEquals("5", card.headers().firstValue("Retry-After").orElse(""));

                proxy.start();
                int status = 0;
                for (int i = 0; i < 60 && status != 200; i++) {
                    status = get(base + "/health").statusCode();
                    if (status != 200) {
                        Thread.sleep(500);
                    }
                }
                assertEquals(200, status, "the host is back by itself");
                assertEquals(404, get(base + "/contacts/NOBODY/value").statusCode());
            } finally {
                host.close();
            }
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        // Well inside Hikari's default 30 s: a host that waited that long for a connection would fail here.
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
