package org.clvplugin.standalone.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.clvplugin.rules.SecretBox;
import org.clvplugin.schedule.RecomputeScheduler;
import org.clvplugin.standalone.security.Accounts;
import org.clvplugin.standalone.security.PasswordHash;
import org.clvplugin.standalone.security.StandaloneSecurity;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.store.SnapshotRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clvplugin.standalone.host.HostServices;
import org.clvplugin.standalone.host.StandaloneHost;

/**
 * The API over real HTTP against the standalone host (embedded Tomcat) with the CDNOW demo data: sign-in, session
 * cookie and CSRF, API tokens, 401 and 403 on every protected endpoint, the figures of the card against the
 * published run, and the bad-request catalogue. H2 and PostgreSQL subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiOverHttpContract {

    private static final SecretBox SECRETS = new SecretBox(SecretBox.newKey());

    abstract DataSource database();

    private static final String TOKEN = "test-token-0123456789abcdef";
    private static final String ANNAS_TOKEN = "annas-token-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private Path dataDir;
    private HostServices host;
    private RecomputeScheduler schedule;
    private WebServer web;
    private String base;

    @BeforeAll
    void start() throws Exception {
        dataDir = Files.createTempDirectory("clv-api");
        // Few iterations: the tests sign in often; the algorithm and format are those of real accounts.
        Accounts accounts = new Accounts(List.of(
                new Accounts.User("admin", "admin", null, PasswordHash.hash("admin-password".toCharArray(), 1000)),
                new Accounts.User("typo-victim", "viewer", null, PasswordHash.hash("victims-password".toCharArray(),
                        1000)),
                new Accounts.User("anna", "viewer", "REP_ANNA", PasswordHash.hash("anna-password".toCharArray(),
                        1000))),
                List.of(new Accounts.Token("crm-sync", Accounts.sha256(TOKEN), List.of("contacts:read")),
                        new Accounts.Token("anna-sync", Accounts.sha256(ANNAS_TOKEN), List.of("contacts:read"),
                                "REP_ANNA")));
        StandaloneSecurity security = new StandaloneSecurity(accounts, Clock.systemUTC());
        host = new HostServices(new StandaloneHost(database(), security, dataDir.resolve("secret.key")));
        PrintWriter quiet = new PrintWriter(new StringWriter());
        host.importCdnow(quiet);
        host.recompute(null, "test", quiet);
        schedule = host.startSchedule();
        web = WebServer.start(0, dataDir, host.webRuntime(schedule, SECRETS), security);
        base = "http://localhost:" + web.port() + "/clv";
    }

    @AfterAll
    void stop() throws Exception {
        web.close();
        schedule.close();
        host.close();
    }

    /** A signed-in browser: its session cookie and CSRF token. */
    private record Browser(String session, String csrf) {
        String cookies() {
            return "CLV_SESSION=" + session + "; CLV_CSRF=" + csrf;
        }
    }

    @Test
    void aSignInFormOverTheCapIsRefusedUnreadAndSigningInStillWorks() throws Exception {
        HttpResponse<String> huge = signIn("n".repeat(1 << 20), "x");
        assertEquals(413, huge.statusCode(), huge.body());
        browser("admin", "admin-password");
    }

    /** Signs in as a browser does: the sign-in page first (its form token and cookie), then the form. */
    private HttpResponse<String> signIn(String user, String password) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String token = formToken(page.body());
        return postSignIn(user, password, token, "CLV_SIGN_IN=" + cookie(page.headers().allValues("Set-Cookie"),
                "CLV_SIGN_IN"));
    }

    private static String formToken(String signInPage) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"signInToken\" value=\"([^\"]+)\"")
                .matcher(signInPage);
        assertTrue(m.find(), signInPage);
        return m.group(1);
    }

    private HttpResponse<String> postSignIn(String user, String password, String token, String cookies)
            throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (token == null ? "" : "&signInToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookies != null) {
            b.header("Cookie", cookies);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSignInFormFromAnotherSiteOrWithoutItsTokenSignsNobodyIn() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(org.clvplugin.ui.UiResources.CONTENT_SECURITY_POLICY,
                page.headers().firstValue("Content-Security-Policy").orElse(""),
                "the sign-in page has the app pages' policy");
        String token = formToken(page.body());
        String cookie = "CLV_SIGN_IN=" + cookie(page.headers().allValues("Set-Cookie"), "CLV_SIGN_IN");
        // A cross-site form: SameSite=Strict keeps the cookie back, or it has no token of this site's page.
        for (HttpResponse<String> r : List.of(postSignIn("admin", "admin-password", token, null),
                postSignIn("admin", "admin-password", null, cookie),
                postSignIn("admin", "admin-password", "forged-token", cookie))) {
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("CLV_SESSION=")
                    && !c.startsWith("CLV_SESSION=;")), "no session");
        }
        assertEquals(303, postSignIn("admin", "admin-password", token, cookie).statusCode());
    }

    @Test
    void behindAnHttpsProxyOnThisMachineTheSessionCookieIsSecure() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        String form = "username=admin&password=admin-password&signInToken=" + formToken(page.body());
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-Proto", "https")
                .header("Cookie", "CLV_SIGN_IN=" + cookie(page.headers().allValues("Set-Cookie"), "CLV_SIGN_IN"))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, r.statusCode(), r.body());
        String session = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("CLV_SESSION="))
                .findFirst().orElseThrow();
        assertTrue(session.contains("; Secure"), session);
        assertFalse(signIn("anna", "anna-password").headers().allValues("Set-Cookie").stream()
                .anyMatch(c -> c.contains("; Secure")), "plain HTTP without the proxy's header: not Secure");
    }

    @Test
    void signingOutNeedsTheSessionsCsrfToken() throws Exception {
        Browser admin = browser("admin", "admin-password");
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(base + "/logout"))
                .header("Cookie", admin.cookies()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=forged")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
        assertEquals(200, as(admin, "GET", "/me", null).statusCode(), "still signed in");
        assertEquals(405, http.send(HttpRequest.newBuilder(URI.create(base + "/logout")).header("Cookie",
                admin.cookies()).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> out = http.send(HttpRequest.newBuilder(URI.create(base + "/logout"))
                .header("Cookie", admin.cookies()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + admin.csrf())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, out.statusCode());
        assertEquals(401, as(admin, "GET", "/me", null).statusCode(), "signed out");
    }

    @Test
    void whatTomcatRefusesIsAnsweredAsProblemDetailsWithoutItsVersion() throws Exception {
        Browser admin = browser("admin", "admin-password");
        String longId = "a".repeat(9_000);
        for (String path : List.of("/contacts/a%5cb/value", "/contacts/a%00b/value", "/contacts/a%ffb/value",
                "/contacts/" + longId + "/value")) {
            HttpResponse<String> r = send("GET", path, null, Map.of("Cookie", admin.cookies()));
            assertEquals(400, r.statusCode(), path);
            assertProblemWithoutServer(r);
        }
        HttpResponse<String> header = send("GET", "/health", null, Map.of("X-Big", "b".repeat(10_000)));
        assertEquals(400, header.statusCode());
        assertProblemWithoutServer(header);
        HttpResponse<String> trace = send("TRACE", "/health", null, Map.of());
        assertEquals(405, trace.statusCode());
        assertProblemWithoutServer(trace);
        HttpResponse<String> emptyType = send("PUT", "/settings", "{}", Map.of("Cookie", admin.cookies(),
                "X-CSRF-Token", admin.csrf(), "Content-Type", ""));
        assertEquals(415, emptyType.statusCode(), emptyType.body());
        assertProblemWithoutServer(emptyType);
        assertEquals(404, send("GET", "/application.wadl", null, Map.of()).statusCode(), "no WADL");
        assertEquals(404, send("GET", "/application.wadl", null, Map.of("Cookie", admin.cookies())).statusCode());
    }

    private static void assertProblemWithoutServer(HttpResponse<String> r) {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().map() + " " + r.body());
        assertFalse(r.body().contains("Tomcat") || r.body().contains("<html"), r.body());
        assertTrue(r.headers().firstValue("Server").isEmpty(), r.headers().map().toString());
    }

    private Browser browser(String user, String password) throws Exception {
        HttpResponse<String> r = signIn(user, password);
        assertEquals(303, r.statusCode(), r.body());
        List<String> cookies = r.headers().allValues("Set-Cookie");
        String session = cookie(cookies, "CLV_SESSION");
        String csrf = cookie(cookies, "CLV_CSRF");
        return new Browser(session, csrf);
    }

    private static String cookie(List<String> setCookies, String name) {
        return setCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).orElseThrow();
    }

    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> as(Browser b, String method, String path, String body) throws Exception {
        return send(method, path, body, Map.of("Cookie", b.cookies(), "X-CSRF-Token", b.csrf()));
    }

    @Test
    void signingInSetsAStrictHttpOnlySessionAndTheCardShowsThePublishedFigures() throws Exception {
        HttpResponse<String> r = signIn("anna", "anna-password");
        assertEquals(303, r.statusCode());
        String session = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("CLV_SESSION="))
                .findFirst().orElseThrow();
        assertTrue(session.contains("HttpOnly") && session.contains("SameSite=Strict"), session);
        Browser anna = browser("anna", "anna-password");

        HttpResponse<String> card = as(anna, "GET", "/contacts/CDNOW00002/value", null);
        assertEquals(200, card.statusCode(), card.body());
        JsonNode value = JSON.readTree(card.body());
        assertEquals("REP_CARLA", value.get("ownerPartyId").asText());
        assertEquals("Carla Rossi", value.get("ownerName").asText(), "the owner's name, though she is no contact");
        SnapshotRow row = new PublishedValues(host.store).ofContact("CDNOW00002").orElseThrow();
        // Amounts in cents, P(alive) and churn risk to 0.1 % as exact complements, one horizon for orders.
        JsonNode p = value.get("prediction");
        assertEquals(Math.round(row.clv() * 100) / 100.0, p.get("clv").asDouble(), 0);
        assertEquals(Math.round(row.clvLow() * 100) / 100.0, p.get("clvLow").asDouble(), 0);
        for (String amount : List.of("clv", "clvLow", "clvHigh", "expectedOrderValue")) {
            assertTrue(new java.math.BigDecimal(p.get(amount).asText()).stripTrailingZeros().scale() <= 2,
                    amount + " in cents: " + p.get(amount).asText());
        }
        assertEquals(Math.round(row.probabilityAlive() * 1000) / 1000.0, p.get("probabilityAlive").asDouble(), 0);
        assertEquals(1.0, p.get("probabilityAlive").asDouble() + p.get("churnRisk").asDouble(), 1e-12);
        assertEquals(Math.round(row.historicalValue() * 100) / 100.0, value.get("historicalValue").asDouble(), 0);
        assertEquals(p.get("expectedOrders").asDouble(), value.get("explanation").get("expectedOrders").asDouble(),
                0, "the card's expected orders are the explanation's");
        assertEquals(p.get("horizonMonths").asInt(), value.get("explanation").get("horizonMonths").asInt());
        assertEquals("USD", value.get("currency").asText());
        assertTrue(value.get("explanation").get("text").asText().startsWith("About "));
        assertEquals("SCORED", value.get("status").asText());

        for (HttpResponse<String> answer : List.of(card, as(anna, "GET", "/contacts/NOBODY/value", null))) {
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""), "values about people "
                    + "are not kept by browsers or proxies, errors neither");
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        String tag = card.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, send("GET", "/contacts/CDNOW00002/value", null,
                Map.of("Cookie", anna.cookies(), "If-None-Match", tag)).statusCode());
        assertFalse(value.get("freshness").get("stale").asBoolean(), "just published");
        assertTrue(java.time.Instant.parse(value.get("freshness").get("dueBy").asText())
                .isAfter(java.time.Instant.now()), "the next scheduled run plus grace is ahead");
        JsonNode none = JSON.readTree(as(anna, "GET", "/contacts/DEMO_NOORDERS/value", null).body());
        assertEquals("NO_ORDERS", none.get("status").asText());
        assertEquals(404, as(anna, "GET", "/contacts/NOBODY/value", null).statusCode());
        assertEquals(200, as(anna, "GET", "/contacts/CDNOW00002/history", null).statusCode());
    }

    @Test
    void contactListsPageByValueWithNamesFromTheHost() throws Exception {
        Browser admin = browser("admin", "admin-password");
        java.util.Set<String> seen = new java.util.HashSet<>();
        double previous = Double.MAX_VALUE;
        String cursor = null;
        for (int page = 0; page < 3; page++) {
            JsonNode p = JSON.readTree(as(admin, "GET", "/contacts?limit=7" + (cursor == null ? ""
                    : "&cursor=" + cursor), null).body());
            assertEquals(7, p.get("items").size());
            assertEquals("USD", p.get("currency").asText(), "the run's currency");
            for (JsonNode item : p.get("items")) {
                assertTrue(seen.add(item.get("partyId").asText()), "no contact twice across pages");
                assertTrue(item.get("clv").asDouble() <= previous, "highest value first");
                previous = item.get("clv").asDouble();
                assertFalse(item.get("name").isNull(), item.toString());
            }
            cursor = p.get("nextCursor").asText();
        }
        JsonNode gold = JSON.readTree(as(admin, "GET", "/contacts?tier=GOLD&limit=200", null).body());
        gold.get("items").forEach(i -> assertEquals("GOLD", i.get("tierKey").asText()));
        JsonNode annas = JSON.readTree(as(admin, "GET", "/contacts?owner=REP_ANNA&limit=20", null).body());
        assertEquals(20, annas.get("items").size());
        annas.get("items").forEach(i -> assertEquals("REP_ANNA", i.get("ownerPartyId").asText()));
        assertEquals(400, as(admin, "GET", "/contacts?cursor=bm90LWEtY3Vyc29y", null).statusCode());
    }

    @Test
    void searchFindsContactsByIdOrNameInTheHostsTables() throws Exception {
        Browser admin = browser("admin", "admin-password");
        JsonNode byId = JSON.readTree(as(admin, "GET", "/contacts?q=cdnow0001", null).body());
        assertTrue(byId.get("items").size() >= 10, byId.toString());
        byId.get("items").forEach(i -> assertTrue(i.get("partyId").asText().startsWith("CDNOW0001"), i.toString()));
        String name = JSON.readTree(as(admin, "GET", "/contacts/CDNOW00002/value", null).body()).get("name").asText();
        String last = name.substring(name.indexOf(' ') + 1);
        JsonNode byName = JSON.readTree(as(admin, "GET", "/contacts?q=" + URLEncoder.encode(
                name.toUpperCase(java.util.Locale.ROOT), StandardCharsets.UTF_8) + "&limit=50", null).body());
        assertTrue(byName.get("items").size() > 0);
        double previous = Double.MAX_VALUE;
        for (JsonNode i : byName.get("items")) {
            assertTrue(i.get("name").asText().equalsIgnoreCase(name), i.toString());
            assertTrue(i.get("clv").asDouble() <= previous, "scored contacts by value first");
            previous = i.get("clv").asDouble();
        }
        JsonNode byLast = JSON.readTree(as(admin, "GET", "/contacts?q=" + URLEncoder.encode(last,
                StandardCharsets.UTF_8) + "&limit=50", null).body());
        assertEquals(50, byLast.get("items").size(), "a common last name fills the page");
        for (String wildcard : new String[] {"%25", "%5C"}) {
            assertEquals(0, JSON.readTree(as(admin, "GET", "/contacts?q=" + wildcard, null).body()).get("items")
                    .size(), "LIKE wildcards are matched literally: " + wildcard);
        }
        JsonNode underscores = JSON.readTree(as(admin, "GET", "/contacts?q=_", null).body()).get("items");
        assertTrue(underscores.size() > 0 && underscores.size() < 20, underscores.toString());
        underscores.forEach(i -> assertTrue(i.get("partyId").asText().contains("_"), "'_' is no wildcard: " + i));
        JsonNode none = JSON.readTree(as(admin, "GET", "/contacts?q=demo_noorders", null).body());
        JsonNode noOrders = none.get("items").get(0);
        assertEquals("DEMO_NOORDERS", noOrders.get("partyId").asText());
        assertTrue(noOrders.get("clv").isNull() && noOrders.get("probabilityAlive").isNull(),
                "no prediction for a contact without orders, as on its card: " + noOrders);
        assertEquals(0, noOrders.get("historicalValue").asDouble(), "it bought nothing so far");
    }

    @Test
    void theDashboardSummarisesThePublishedRun() throws Exception {
        Browser admin = browser("admin", "admin-password");
        JsonNode s = JSON.readTree(as(admin, "GET", "/summary?cohort=quarter", null).body());
        assertEquals(23_572, s.get("contacts").asLong());
        assertEquals(23_571, s.get("contactsWithOrders").asLong());
        long perTier = 0;
        for (JsonNode n : s.get("perTier")) {
            perTier += n.asLong();
        }
        assertEquals(23_572, perTier);
        JsonNode kpis = s.get("kpis");
        assertTrue(kpis.get("repeatPurchaseRate").asDouble() > 0.3 && kpis.get("repeatPurchaseRate").asDouble() < 0.5,
                kpis.toString());
        assertTrue(kpis.get("purchaseFrequency").asDouble() > 2.5 && kpis.get("purchaseFrequency").asDouble() < 3.5);
        assertEquals("1997-Q1", s.get("cohorts").get(0).get("period").asText());
        JsonNode edges = s.get("histogram").get("edges");
        assertEquals(0, edges.get(0).asDouble(), "the first bin starts at 0");
        assertEquals(edges.size(), s.get("histogram").get("counts").size() + 1);
        long histogram = 0;
        for (JsonNode n : s.get("histogram").get("counts")) {
            histogram += n.asLong();
        }
        assertEquals(23_571, histogram);
        assertTrue(s.get("trend").size() >= 1);
        assertFalse(s.get("trend").get(0).get("totalClv").isNull());
        assertEquals(400, as(admin, "GET", "/summary?cohort=decade", null).statusCode());
    }

    @Test
    void wrongPasswordsLockTheAccount() throws Exception {
        // An account of its own: the lock must not disturb the other tests.
        assertEquals(303, signIn("typo-victim", "victims-password").statusCode(), "the account signs in");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = signIn("typo-victim", "nope");
            assertEquals(401, r.statusCode());
            assertTrue(r.body().contains("Wrong user name or password, or the account is locked for 15 minutes after 5"
                    + " failed attempts."), r.body());
        }
        HttpResponse<String> locked = signIn("typo-victim", "victims-password");
        assertEquals(401, locked.statusCode(), "after five failures even the right password is refused");
        assertEquals(401, signIn("anna", "wrong").statusCode());
        assertEquals(303, signIn("anna", "anna-password").statusCode(), "one failure does not lock");
    }

    @Test
    void stateChangesNeedTheSessionsCsrfTokenAndAreAudited() throws Exception {
        Browser admin = browser("admin", "admin-password");
        String change = "{\"clv.monthlyDiscount\":\"0.02\"}";
        assertEquals(403, send("PUT", "/settings", change, Map.of("Cookie", admin.cookies())).statusCode(),
                "no CSRF header");
        assertEquals(403, send("PUT", "/settings", change, Map.of("Cookie", admin.cookies(), "X-CSRF-Token",
                "forged")).statusCode());
        HttpResponse<String> ok = as(admin, "PUT", "/settings", change);
        assertEquals(200, ok.statusCode(), ok.body());
        JsonNode audit = JSON.readTree(as(admin, "GET", "/audit?limit=1", null).body()).get(0);
        assertEquals("admin", audit.get("actor").asText());
        assertTrue(audit.get("after").isObject() && audit.get("after").toString().contains("0.02"), audit.toString());
        assertEquals(200, as(admin, "PUT", "/settings", "{\"clv.monthlyDiscount\":\"0.01\"}").statusCode());
    }

    @Test
    void ofThirtyRecomputeRequestsAtOnceOneStartsARunAndTheOthersNameIt() throws Exception {
        Browser admin = browser("admin", "admin-password");
        long before = JSON.readTree(as(admin, "GET", "/runs?limit=1", null).body()).get(0).get("id").asLong();
        int requests = 30;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(requests);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<HttpResponse<String>> answers = new java.util.ArrayList<>();
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < requests; i++) {
                sent.add(pool.submit(() -> {
                    go.await();
                    return as(admin, "POST", "/runs", "");
                }));
            }
            go.countDown();
            for (var f : sent) {
                answers.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        List<HttpResponse<String>> started = answers.stream().filter(r -> r.statusCode() == 202).toList();
        assertEquals(1, started.size(), answers.stream().map(r -> r.statusCode() + " " + r.body()).toList()
                .toString());
        long run = JSON.readTree(started.get(0).body()).get("runId").asLong();
        assertEquals(base + "/api/v1/runs/" + run, started.get(0).headers().firstValue("Location").orElseThrow());
        for (HttpResponse<String> r : answers) {
            if (r == started.get(0)) {
                continue;
            }
            // The others name the run, or (the test's database has no pool, so each request opens connections)
            // were shed by the in-flight limit: the designed 503, not a second run.
            JsonNode problem = JSON.readTree(r.body());
            if (r.statusCode() == 503) {
                assertEquals("https://clvplugin.org/problems/busy", problem.get("type").asText(), r.body());
            } else {
                assertEquals(409, r.statusCode(), r.body());
                assertTrue(problem.get("detail").asText().startsWith("run " + run + " is in progress"), r.body());
            }
        }
        JsonNode done = awaitFinished(admin, run);
        assertEquals("SUCCEEDED", done.get("state").asText(), done.toString());
        JsonNode runs = JSON.readTree(as(admin, "GET", "/runs?limit=5", null).body());
        assertEquals(run, runs.get(0).get("id").asLong(), "no run after it");
        assertEquals(1, runs.findValues("id").stream().filter(id -> id.asLong() > before).count(),
                "one run, not thirty back to back: " + runs);
    }

    private JsonNode awaitFinished(Browser admin, long run) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        while (true) {
            JsonNode r = JSON.readTree(as(admin, "GET", "/runs/" + run, null).body()).get("run");
            String state = r.get("state").asText();
            if (!state.equals("QUEUED") && !state.equals("RUNNING") || System.nanoTime() > deadline) {
                return r;
            }
            Thread.sleep(200);
        }
    }

    @Test
    void withOwnContactsOnlyAnothersContactIsAnsweredAsAnUnknownOneAndATokensOwnerScopesIt() throws Exception {
        Browser admin = browser("admin", "admin-password");
        JsonNode all = JSON.readTree(as(admin, "GET", "/contacts?limit=100", null).body()).get("items");
        String annas = null;
        String others = null;
        for (JsonNode item : all) {
            String owner = item.path("ownerPartyId").asText(null);
            if ("REP_ANNA".equals(owner) && annas == null) {
                annas = item.get("partyId").asText();
            } else if (owner != null && !"REP_ANNA".equals(owner) && others == null) {
                others = item.get("partyId").asText();
            }
        }
        assertTrue(annas != null && others != null, all.toString());
        assertEquals(200, as(admin, "PUT", "/settings", "{\"security.viewersOwnContactsOnly\":\"true\"}")
                .statusCode());
        try {
            Browser anna = browser("anna", "anna-password");
            assertEquals(200, as(anna, "GET", "/contacts/" + annas + "/value", null).statusCode());
            HttpResponse<String> another = as(anna, "GET", "/contacts/" + others + "/value", null);
            HttpResponse<String> unknown = as(anna, "GET", "/contacts/NOSUCHPARTY/value", null);
            assertEquals(404, another.statusCode(), another.body());
            assertEquals(unknown.statusCode(), another.statusCode());
            assertEquals(unknown.body(), another.body(), "nothing tells an existing contact from an unknown one");
            assertEquals(404, as(anna, "GET", "/contacts/" + others + "/history", null).statusCode());

            Map<String, String> annasToken = Map.of("Authorization", "Bearer " + ANNAS_TOKEN);
            assertEquals(200, send("GET", "/contacts/" + annas + "/value", null, annasToken).statusCode());
            assertEquals(404, send("GET", "/contacts/" + others + "/value", null, annasToken).statusCode());
            Map<String, String> unscoped = Map.of("Authorization", "Bearer " + TOKEN);
            assertEquals(404, send("GET", "/contacts/" + annas + "/value", null, unscoped).statusCode(),
                    "a token without an owner reads no contact under the setting (docs/security.md)");
        } finally {
            assertEquals(200, as(admin, "PUT", "/settings", "{\"security.viewersOwnContactsOnly\":\"false\"}")
                    .statusCode());
        }
        assertEquals(200, send("GET", "/contacts/" + annas + "/value", null, Map.of("Authorization", "Bearer "
                + TOKEN)).statusCode());
    }

    /** Every page of a list, followed by its cursor; the first page's total beside the items. */
    private record Listing(long total, List<JsonNode> items) {
    }

    private Listing listAll(String query) throws Exception {
        return listAll(query, 200);
    }

    private Listing listAll(String query, int limit) throws Exception {
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + TOKEN);
        List<JsonNode> items = new java.util.ArrayList<>();
        JsonNode page = JSON.readTree(send("GET", "/contacts?limit=" + limit + "&" + query, null, bearer).body());
        long total = page.get("total").asLong();
        while (true) {
            page.get("items").forEach(items::add);
            if (page.get("nextCursor").isNull()) {
                return new Listing(total, items);
            }
            page = JSON.readTree(send("GET", "/contacts?limit=" + limit + "&" + query + "&cursor="
                    + URLEncoder.encode(page.get("nextCursor").asText(), StandardCharsets.UTF_8), null, bearer).body());
            assertTrue(page.get("total").isNull(), "the total on the first page only");
        }
    }

    @Test
    void aSearchRanksAllItsMatchesByValueCountsThemAndCombinesWithFilters() throws Exception {
        // A contact the host gained after the run: found, without a value, after the valued ones.
        try (java.sql.Connection c = host.db.getConnection();
             org.clvplugin.host.ofbiz.OfbizRows rows = new org.clvplugin.host.ofbiz.OfbizRows(c)) {
            rows.person("ZZ_NOVAK_NEW", "Zoe", "Novak", "CUSTOMER");
            rows.flush();
        }
        Listing all = listAll("q=novak");
        assertTrue(all.items().size() > 200, "more than a page of matches: " + all.items().size());
        assertEquals(all.total(), all.items().size(), "the total counts every match");
        assertEquals(all.items().size(), all.items().stream().map(i -> i.get("partyId").asText()).distinct().count(),
                "no contact twice");
        all.items().forEach(i -> assertTrue(i.get("name").asText().toLowerCase(java.util.Locale.ROOT)
                .contains("novak"), i.toString()));
        all.items().stream().filter(i -> !i.get("ownerPartyId").isNull()).forEach(i -> assertTrue(
                i.get("ownerName").asText().matches("[A-Z][a-z]+ [A-Z][a-z]+"), "the owner's name: " + i));
        JsonNode last = all.items().get(all.items().size() - 1);
        assertEquals("ZZ_NOVAK_NEW", last.get("partyId").asText(), "the contact without a value comes last");
        assertTrue(last.get("clv").isNull());
        for (int i = 1; i < all.items().size() - 1; i++) {
            assertTrue(all.items().get(i - 1).get("clv").asDouble() >= all.items().get(i).get("clv").asDouble(),
                    "most valuable first, at " + i);
        }
        // The best match is the best of all the directory's matches (read independently of the search).
        List<String> matches = new org.clvplugin.host.ofbiz.OfbizContactDirectory(host.db, List.of("CUSTOMER",
                "BILL_TO_CUSTOMER")).search("novak", 10_000).stream()
                .map(org.clvplugin.api.host.Contact::partyId).toList();
        double best = new PublishedValues(host.store).ofContacts(matches).values().stream()
                .mapToDouble(SnapshotRow::clv).max().orElseThrow();
        assertEquals(best, all.items().get(0).get("clv").asDouble(), 0.005, "the most valuable match is on top");
        // Pages that end exactly where the valued matches end: the one without a value gets a page of its own.
        int valued = all.items().size() - 1;
        int exact = java.util.stream.IntStream.rangeClosed(2, 200).filter(n -> valued % n == 0).max().orElse(1);
        assertEquals(all.items().stream().map(i -> i.get("partyId").asText()).toList(),
                listAll("q=novak", exact).items().stream().map(i -> i.get("partyId").asText()).toList(),
                "the same list in pages of " + exact);

        Listing gold = listAll("q=novak&tier=GOLD");
        assertTrue(gold.total() > 0 && gold.total() < all.total(), "some but not all: " + gold.total());
        assertEquals(gold.total(), gold.items().size());
        gold.items().forEach(i -> assertEquals("GOLD", i.get("tierKey").asText(), i.toString()));
        assertEquals(all.items().stream().filter(i -> "GOLD".equals(i.path("tierKey").asText())).count(),
                gold.total(), "the same as the search's Gold matches");
        Listing none = listAll("q=novak&segment=Champions&minClv=1000000");
        assertEquals(0, none.total());
        assertEquals(0, listAll("q=" + URLEncoder.encode("100%_", StandardCharsets.UTF_8)).total(),
                "LIKE's wildcards are searched as typed");
    }

    @Test
    void aListTakesEveryOrderPageByPageAndKeepsNewCustomers() throws Exception {
        Map<String, java.util.function.ToDoubleFunction<JsonNode>> orders = Map.of(
                "-bought", i -> i.get("historicalValue").asDouble(),
                "-churnRisk", i -> 1 - i.get("probabilityAlive").asDouble(),
                "-valueAtRisk", i -> i.get("clv").asDouble() * (1 - i.get("probabilityAlive").asDouble()),
                "-lastOrder", i -> java.time.LocalDate.parse(i.get("lastOrderDate").asText()).toEpochDay());
        Listing gold = listAll("tier=GOLD");
        for (var order : orders.entrySet()) {
            Listing listed = listAll("tier=GOLD&sort=" + order.getKey(), 40);
            assertTrue(listed.items().size() > 40, "more than one page: " + listed.items().size());
            assertEquals(listed.total(), listed.items().size());
            assertEquals(gold.total(), listed.total(), "every Gold contact has an order and a churn estimate here");
            assertEquals(listed.items().size(), listed.items().stream().map(i -> i.get("partyId").asText())
                    .distinct().count(), order.getKey() + ": no contact twice across pages");
            for (int i = 1; i < listed.items().size(); i++) {
                assertTrue(order.getValue().applyAsDouble(listed.items().get(i - 1))
                        >= order.getValue().applyAsDouble(listed.items().get(i)), order.getKey() + " at " + i);
            }
        }
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + TOKEN);
        String byValue = JSON.readTree(send("GET", "/contacts?tier=GOLD&limit=1", null, bearer).body())
                .get("nextCursor").asText();
        assertEquals(400, send("GET", "/contacts?tier=GOLD&sort=-bought&cursor=" + URLEncoder.encode(byValue,
                StandardCharsets.UTF_8), null, bearer).statusCode(), "a cursor of another order");

        // New customers: a first order at most N days before the run's as-of date (CDNOW's all bought first in 1997).
        Listing recent = listAll("newWithinDays=366");
        Listing all = listAll("newWithinDays=366&minClv=0");
        assertEquals(recent.total(), all.total());
        java.time.LocalDate asOf = java.time.LocalDate.parse(JSON.readTree(send("GET", "/contacts?limit=1", null,
                bearer).body()).get("asOf").asText());
        recent.items().forEach(i -> assertFalse(java.time.LocalDate.parse(i.get("firstOrderDate").asText())
                .isBefore(asOf.minusDays(366)), i.toString()));
        long expected = listAll("tier=GOLD").items().stream().filter(i -> !java.time.LocalDate.parse(
                i.get("firstOrderDate").asText()).isBefore(asOf.minusDays(366))).count();
        assertEquals(expected, listAll("tier=GOLD&newWithinDays=366").total(), "the filter and the dates agree");
    }

    @Test
    void valueAndChurnRangesFilterTheListTheTrendIsTheRunBeforesAndTheExportIsTheSameList() throws Exception {
        List<JsonNode> gold = listAll("tier=GOLD").items();
        // Bounds between two listed values (the list shows values rounded to the cent; the filter reads them whole).
        double low = between(gold, gold.size() * 3 / 4);
        double high = between(gold, gold.size() / 4);
        Listing band = listAll("tier=GOLD&minClv=" + low + "&maxClv=" + high);
        assertEquals(gold.stream().filter(i -> i.get("clv").asDouble() >= low && i.get("clv").asDouble() <= high)
                .count(), band.total(), "the value range, bounds included");
        assertTrue(band.total() > 0 && band.total() < gold.size(), band.total() + " of " + gold.size());
        Listing risky = listAll("tier=GOLD&minChurnRisk=0.1&maxChurnRisk=0.6&sort=-churnRisk");
        assertEquals(gold.stream().map(i -> 1 - i.get("probabilityAlive").asDouble()).filter(r -> r >= 0.1
                && r <= 0.6).count(), risky.total(), "the churn-risk band");
        risky.items().forEach(i -> assertTrue(1 - i.get("probabilityAlive").asDouble() <= 0.6, i.toString()));

        // The export: the same contacts in the same order, every page of them.
        HttpResponse<String> csv = send("GET", "/contacts.csv?tier=GOLD&minChurnRisk=0.1&maxChurnRisk=0.6"
                + "&sort=-churnRisk", null, Map.of("Authorization", "Bearer " + TOKEN));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).startsWith("\uFEFFpartyId,name,"), lines.get(0));
        assertEquals(risky.items().stream().map(i -> i.get("partyId").asText()).toList(),
                lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList());

        // The trend: a contact orders a lot on the as-of date; after another run, each contact's previous value is
        // its value in the run before (the buyer's moved, the others' barely).
        Map<String, Double> before = new java.util.HashMap<>();
        gold.forEach(i -> before.put(i.get("partyId").asText(), i.get("clv").asDouble()));
        String buyer = gold.get(gold.size() - 1).get("partyId").asText();
        java.time.LocalDate asOf = java.time.LocalDate.parse(JSON.readTree(send("GET", "/contacts?limit=1", null,
                Map.of("Authorization", "Bearer " + TOKEN)).body()).get("asOf").asText());
        try (java.sql.Connection c = host.db.getConnection();
             org.clvplugin.host.ofbiz.OfbizRows rows = new org.clvplugin.host.ofbiz.OfbizRows(c)) {
            java.sql.Timestamp at = java.sql.Timestamp.valueOf(asOf.atTime(12, 0));
            rows.order("TREND_ORDER", at, "ORDER_COMPLETED", "USD");
            rows.orderRole("TREND_ORDER", buyer, "BILL_TO_CUSTOMER");
            rows.item("TREND_ORDER", "00001", java.math.BigDecimal.ONE, null, java.math.BigDecimal.valueOf(5000),
                    null);
            rows.flush();
        }
        host.recompute(null, "test", new PrintWriter(new StringWriter()));
        List<JsonNode> after = listAll("tier=GOLD").items();
        assertTrue(after.stream().filter(i -> before.containsKey(i.get("partyId").asText())).count() > 40);
        after.stream().filter(i -> before.containsKey(i.get("partyId").asText())).forEach(i -> assertEquals(
                before.get(i.get("partyId").asText()), i.get("previousClv").asDouble(), 0.005, i.toString()));
        JsonNode moved = listAll("q=" + buyer).items().get(0);
        assertTrue(moved.get("clv").asDouble() > moved.get("previousClv").asDouble() + 100, moved.toString());
    }

    /** A value halfway between the item at or after {@code from} and the next at least two cents below it. */
    private static double between(List<JsonNode> byValue, int from) {
        for (int i = from; i + 1 < byValue.size(); i++) {
            double a = byValue.get(i).get("clv").asDouble();
            double b = byValue.get(i + 1).get("clv").asDouble();
            if (a - b > 0.02) {
                return (a + b) / 2;
            }
        }
        throw new AssertionError("no gap after " + from);
    }

    @Test
    void apiTokensReadWithinTheirScopeAndNeverWrite() throws Exception {
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + TOKEN);
        assertEquals(200, send("GET", "/contacts/CDNOW00002/value", null, bearer).statusCode());
        assertEquals(403, send("GET", "/settings", null, bearer).statusCode(), "no admin:read scope");
        assertEquals(403, send("PUT", "/settings", "{\"clv.margin\":\"0.5\"}", bearer).statusCode());
        assertEquals(401, send("GET", "/contacts/CDNOW00002/value", null,
                Map.of("Authorization", "Bearer not-a-token")).statusCode());
    }

    @Test
    void tokensAnAdminMakesWorkWithinTheirScopesWriteRulesWhenAllowedAndStopWhenRevoked() throws Exception {
        Browser admin = browser("admin", "admin-password");
        HttpResponse<String> made = as(admin, "POST", "/tokens",
                "{\"name\": \"rules sync\", \"scopes\": [\"rules:write\", \"summary:read\"]}");
        assertEquals(201, made.statusCode(), made.body());
        String token = JSON.readTree(made.body()).get("token").asText();
        long id = JSON.readTree(made.body()).at("/view/id").asLong();
        assertTrue(made.headers().firstValue("Location").orElseThrow().endsWith("/tokens/" + id));
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);

        assertEquals(200, send("GET", "/summary", null, bearer).statusCode());
        assertEquals(403, send("GET", "/contacts/CDNOW00002/value", null, bearer).statusCode(), "no contacts:read");
        assertEquals(403, send("GET", "/settings", null, bearer).statusCode(), "no admin:read");
        assertEquals(403, send("POST", "/tokens", "{\"name\": \"x\", \"scopes\": [\"admin:read\"]}", bearer)
                .statusCode(), "a token never makes tokens");
        HttpResponse<String> rule = send("POST", "/rules", "{\"name\": \"From a token\", \"enabled\": false, "
                + "\"trigger\": {\"kind\": \"TIER_UPGRADED\"}, \"action\": {\"kind\": \"TASK\", "
                + "\"subject\": \"Call {name}\", \"dueInDays\": 3}}", bearer);
        assertEquals(201, rule.statusCode(), "rules:write writes rules without a session's CSRF token: "
                + rule.body());
        long ruleId = JSON.readTree(rule.body()).get("id").asLong();
        JsonNode audit = JSON.readTree(as(admin, "GET", "/audit?limit=1", null).body()).get(0);
        assertEquals("token rules sync", audit.get("actor").asText(), "the audit names the token");
        assertEquals(204, send("DELETE", "/rules/" + ruleId, null, bearer).statusCode());

        JsonNode listed = JSON.readTree(as(admin, "GET", "/tokens", null).body());
        JsonNode view = listed.get(0);
        assertEquals(id, view.get("id").asLong());
        assertEquals(token.substring(0, 12), view.get("prefix").asText());
        assertTrue(view.hasNonNull("lastUsedAt"), view.toString());
        assertFalse(listed.toString().contains(token), "the token is never listed");

        assertEquals(200, as(admin, "DELETE", "/tokens/" + id, null).statusCode());
        HttpResponse<String> refused = send("GET", "/summary", null, bearer);
        assertEquals(401, refused.statusCode(), "refused from the next request on");
        assertTrue(refused.body().contains("revoked"), refused.body());
    }

    /**
     * A Java client generated from docs/openapi.json (openapi-generator, the standalone module's build) reads a card
     * and a page of the list and creates a rule, with an API token: the document is good enough to build on.
     */
    @Test
    void aClientGeneratedFromTheOpenApiDocumentReadsCardsAndListsAndCreatesARule() throws Exception {
        String token = host.tokens().create(new org.clvplugin.tokens.NewToken("generated client",
                List.of("contacts:read", "rules:write"), null), "test").token();
        org.clvplugin.client.ApiClient client = new org.clvplugin.client.ApiClient();
        client.updateBaseUri(base + "/api/v1");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        var contacts = new org.clvplugin.client.api.ContactsApi(client);
        var page = contacts.listContacts(null, "GOLD", null, null, null, null, null, null, null, "-clv", 5, null);
        assertEquals(5, page.getItems().size());
        assertTrue(page.getTotal() > 5, "the first page's total: " + page.getTotal());
        String partyId = page.getItems().get(0).getPartyId();
        var card = contacts.getContactValue(partyId);
        assertEquals(partyId, card.getPartyId());
        assertEquals("GOLD", card.getTier().getKey());
        assertEquals(page.getItems().get(0).getClv(), card.getPrediction().getClv(), 1e-9, "the list and the card");
        var refused = assertThrows(org.clvplugin.client.ApiException.class,
                () -> contacts.getContactValue("NO_SUCH_PARTY"));
        assertEquals(404, refused.getCode());
        assertTrue(refused.getResponseBody().contains("\"status\":404"), refused.getResponseBody());

        var rules = new org.clvplugin.client.api.RulesApi(client);
        var rule = rules.createRule(new org.clvplugin.client.model.RuleRequest().name("From a generated client")
                .enabled(false)
                .trigger(new org.clvplugin.client.model.Trigger()
                        .kind(org.clvplugin.client.model.Trigger.KindEnum.TIER_UPGRADED))
                .action(new org.clvplugin.client.model.Action().kind(org.clvplugin.client.model.Action.KindEnum.TASK)
                        .subject("Call {name}").dueInDays(2)));
        assertEquals("From a generated client", rule.getName());
        assertEquals(rule.getId(), rules.getRule(rule.getId()).getId());
        rules.deleteRule(rule.getId());
    }

    @Test
    void everyProtectedEndpointIs401AnonymouslyAnd403ForARep() throws Exception {
        String policy = JSON.writeValueAsString(host.webRuntime(schedule, SECRETS).tiers().policy());
        String[][] endpoints = {{"GET", "/contacts/CDNOW00002/value", null, "rep"},
                {"GET", "/contacts/CDNOW00002/history", null, "rep"}, {"GET", "/runs", null, ""},
                {"GET", "/runs/1", null, ""}, {"POST", "/runs", "", ""}, {"GET", "/settings", null, ""},
                {"PUT", "/settings", "{\"clv.margin\":\"1.0\"}", ""}, {"GET", "/tiers", null, "rep"},
                {"PUT", "/tiers", policy, ""}, {"POST", "/tiers/preview", policy, ""}, {"GET", "/model", null, ""},
                {"GET", "/audit", null, ""}, {"GET", "/contacts", null, "rep"}, {"GET", "/summary", null, ""},
                {"GET", "/me", null, "rep"}};
        Browser anna = browser("anna", "anna-password");
        for (String[] e : endpoints) {
            HttpResponse<String> anonymous = send(e[0], e[1], e[2], Map.of());
            assertEquals(401, anonymous.statusCode(), e[0] + " " + e[1]);
            assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse(""));
            int rep = as(anna, e[0], e[1], e[2]).statusCode();
            assertEquals(e[3].equals("rep") ? 200 : 403, rep, e[0] + " " + e[1]);
        }
        assertEquals(200, send("GET", "/health", null, Map.of()).statusCode(), "health is public");
        HttpResponse<String> openApi = send("GET", "/openapi.json", null, Map.of());
        assertEquals(200, openApi.statusCode(), "the API's description is public");
        assertTrue(JSON.readTree(openApi.body()).get("paths").has("/contacts/{partyId}/value"));
    }

    @Test
    void theBadRequestCatalogueOverHttp() throws Exception {
        Browser admin = browser("admin", "admin-password");
        String policy = JSON.writeValueAsString(host.webRuntime(schedule, SECRETS).tiers().policy());
        Object[][] cases = {
                {"PUT", "/tiers", "{\"basis\": ", 400},
                {"PUT", "/tiers", policy.replace("\"basis\"", "\"extra\":1,\"basis\""), 400},
                {"PUT", "/tiers", policy.replace("\"threshold\":0.0", "\"threshold\":\"zero\""), 400},
                {"PUT", "/tiers", policy.replace("PREDICTED_CLV", "POINTS"), 400},
                {"PUT", "/tiers", policy.replace("\"threshold\":100.0", "\"threshold\":1e999"), 400},
                {"PUT", "/tiers", policy.replace("\"grace\":2", "\"grace\":-3"), 400},
                {"PUT", "/settings", "{\"clv.margin\":\"" + "9".repeat(70_000) + "\"}", 413},
                {"PUT", "/settings", "{\"clv.horizonMonths\":\"-1\"}", 400},
                {"GET", "/runs?limit=abc", null, 400},
                {"GET", "/runs?limit=100000", null, 400},
                {"GET", "/contacts/%27%20OR%201%3D1%20--/value", null, 404},
                {"GET", "/contacts/%3Cscript%3Ealert(1)%3C%2Fscript%3E/value", null, 400},
                {"GET", "/contacts/" + "x".repeat(3000) + "/value", null, 400},
                {"GET", "/no/such/address", null, 404},
                // A NUL cannot be stored in PostgreSQL: refused as bad input before any query, on every database.
                {"GET", "/contacts?owner=%00", null, 400},
                {"GET", "/contacts?q=nov%00ak", null, 400},
                {"GET", "/contacts?cursor=" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                        "1|0|CDNOW\u000000001".getBytes(StandardCharsets.UTF_8)), null, 400},
                {"GET", "/contacts?cursor=" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                        ("1|" + Double.doubleToLongBits(Double.NaN) + "|CDNOW00001").getBytes(
                                StandardCharsets.UTF_8)), null, 400},
                {"GET", "/contacts?cursor=" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                        "1|0|CDNOW00001|extra".getBytes(StandardCharsets.UTF_8)), null, 400},
                {"PUT", "/tiers", policy.replace("\"displayName\":\"Bronze\"",
                        "\"displayName\":\"\\u0000Bronze\""), 400},
                {"PUT", "/settings", "{\"clv.margin\":\"0.3\\u0000\"}", 400},
                {"PUT", "/settings", "{\"clv.mar\\u0000gin\":\"0.3\"}", 400},
                {"POST", "/rules", "{\"name\":\"Gold\\u0000welcome\"}", 400}};
        for (Object[] c : cases) {
            HttpResponse<String> r = as(admin, (String) c[0], (String) c[1], (String) c[2]);
            assertEquals((int) c[3], r.statusCode(), c[0] + " " + ((String) c[1]).substring(0,
                    Math.min(60, ((String) c[1]).length())) + ": " + r.body());
            assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
            assertFalse(r.body().contains("Exception"), r.body());
        }
        HttpResponse<String> form = send("PUT", "/settings", "clv.margin=0.3", Map.of("Cookie", admin.cookies(),
                "X-CSRF-Token", admin.csrf(), "Content-Type", "text/plain"));
        assertEquals(415, form.statusCode());
        assertEquals(TierPolicyCheck.DEFAULT, TierPolicyCheck.of(host), "nothing was saved by the bad requests");
    }

    /** The stored policy is still the default one after the refused changes. */
    private record TierPolicyCheck(String json) {
        static final TierPolicyCheck DEFAULT = new TierPolicyCheck(
                org.clvplugin.tiers.TierPolicy.defaults().toString());

        static TierPolicyCheck of(HostServices host) {
            return new TierPolicyCheck(new org.clvplugin.store.TierPolicyRepository(host.store, host.settings,
                    Clock.systemUTC()).load().toString());
        }
    }
}
