package org.clvplugin.standalone.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.clvplugin.host.ofbiz.OfbizRows;
import org.clvplugin.rules.SecretBox;
import org.clvplugin.schedule.RecomputeScheduler;
import org.clvplugin.standalone.host.HostServices;
import org.clvplugin.standalone.host.StandaloneHost;
import org.clvplugin.standalone.security.Accounts;
import org.clvplugin.standalone.security.PasswordHash;
import org.clvplugin.standalone.security.StandaloneSecurity;
import org.clvplugin.store.TierPolicyRepository;
import org.clvplugin.testsupport.TestDatabases;
import org.clvplugin.tiers.Tier;
import org.clvplugin.tiers.TierPolicy;
import org.clvplugin.ui.Browsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The UI in Debian's Chromium against the standalone host (embedded Tomcat, H2, the CDNOW demo data): the card's
 * figures against the API, every state of the card, the card in Norwegian and Ukrainian, an admin's tier change
 * through to the card, a sales rep kept out of the console, a hostile contact name shown as text. Screenshots go
 * to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// In a random order (the seed is in the log): each test signs in and makes the state it needs.
@TestMethodOrder(MethodOrderer.Random.class)
class UiInBrowserTest {

    private static final SecretBox SECRETS = new SecretBox(SecretBox.newKey());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    private final HttpClient http = HttpClient.newHttpClient();
    private final PrintWriter quiet = new PrintWriter(new StringWriter());
    private DataSource db;
    private StandaloneSecurity security;
    private HostServices host;
    private RecomputeScheduler schedule;
    private WebServer web;
    private ChromeDriver browser;
    private String base;

    @BeforeAll
    void start() throws Exception {
        browser = Browsers.chromium();
        db = TestDatabases.h2();
        Accounts accounts = new Accounts(List.of(
                new Accounts.User("admin", "admin", null, PasswordHash.hash("admin-password".toCharArray(), 1000)),
                new Accounts.User("anna", "viewer", "REP_ANNA", PasswordHash.hash("anna-password".toCharArray(),
                        1000))), List.of());
        security = new StandaloneSecurity(accounts, Clock.systemUTC());
        Path dataDir = Files.createTempDirectory("clv-ui");
        host = new HostServices(new StandaloneHost(db, security, dataDir.resolve("secret.key")));
        host.importCdnow(quiet);
        host.recompute(null, "ui test", quiet);
        schedule = host.startSchedule();
        web = WebServer.start(0, dataDir, host.webRuntime(schedule, SECRETS), security);
        base = "http://localhost:" + web.port() + "/clv";
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (web != null) {
            web.close();
            schedule.close();
            host.close();
        }
    }

    /** Every test starts signed in as the admin, with no browser messages left from another test. */
    @BeforeEach
    void signInAsTheAdmin() {
        signIn(base, "admin", "admin-password");
        Browsers.consoleProblems(browser);
    }

    private void until(String what, Supplier<Boolean> condition) {
        // Components re-render: an element found a moment ago may be gone by the time it is read.
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(what)
                .ignoring(StaleElementReferenceException.class).until(d -> condition.get());
    }

    private WebElement deep(String... selectors) {
        return Browsers.deep(browser, selectors);
    }

    private String text(String... selectors) {
        WebElement e = deep(selectors);
        return e == null ? null : e.getText();
    }

    private String cardState() {
        return (String) browser.executeScript("const page = document.querySelector('clv-contact-page');"
                + "const card = page && page.shadowRoot && page.shadowRoot.querySelector('clv-contact-card');"
                + "const article = card && card.shadowRoot && card.shadowRoot.querySelector('article');"
                + "return article ? article.dataset.state : null;");
    }

    private void signIn(String user, String password) {
        signIn(base, user, password);
    }

    private void signIn(String at, String user, String password) {
        browser.get(at + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        until("signed in and on the contact list", () -> browser.getCurrentUrl().endsWith("/clv/"));
    }

    private void openContact(String partyId, String query) {
        openContact(base, partyId, query);
    }

    private void openContact(String at, String partyId, String query) {
        browser.get(at + "/contacts/" + partyId + query);
        until("the card of " + partyId + " has loaded", () -> {
            String state = cardState();
            return state != null && !state.equals("loading");
        });
    }

    /** The focused element, inside shadow roots too. */
    private WebElement activeElement() {
        return (WebElement) browser.executeScript(
                "let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) {"
                        + " a = a.shadowRoot.activeElement; } return a;");
    }

    private JsonNode api(String path) throws Exception {
        String session = browser.manage().getCookieNamed("CLV_SESSION").getValue();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
                .header("Cookie", "CLV_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private String setting(String key) throws Exception {
        for (JsonNode s : api("/settings")) {
            if (s.get("key").asText().equals(key)) {
                return s.get("value").asText();
            }
        }
        throw new AssertionError("no setting " + key);
    }

    /** Contacts added by the test that checks a contact newer than the published run. */
    private static final java.util.concurrent.atomic.AtomicInteger LATE_CONTACTS =
            new java.util.concurrent.atomic.AtomicInteger();

    private void addPerson(String partyId, String firstName, String lastName) throws Exception {
        try (Connection c = db.getConnection(); OfbizRows rows = new OfbizRows(c)) {
            rows.person(partyId, firstName, lastName, "CUSTOMER");
            rows.flush();
        }
    }

    /** Moves Gold's threshold halfway down to Silver's and recomputes: some contacts move up to Gold. */
    private void upgradeSomeContactsToGold() {
        TierPolicyRepository policies = new TierPolicyRepository(host.store, host.settings, Clock.systemUTC());
        TierPolicy policy = policies.load();
        List<Tier> tiers = new java.util.ArrayList<>(policy.tiers());
        Tier gold = tiers.get(2);
        tiers.set(2, new Tier(gold.key(), gold.displayName(), gold.colour(),
                Math.floor((tiers.get(1).threshold() + gold.threshold()) / 2)));
        policies.save(new TierPolicy(policy.basis(), tiers, policy.hysteresis()), "ui test");
        host.recompute(null, "ui test", quiet);
    }

    private static String dollars(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.US, "$%,.0f", v) : String.format(Locale.US, "$%,.2f", v);
    }

    private void noConsoleProblems() {
        assertEquals(List.of(), Browsers.consoleProblems(browser), "the browser logged errors (CSP, scripts)");
    }

    /** As {@link #noConsoleProblems()}, but a preview refused while a value was half typed is expected. */
    private void noConsoleProblemsButRefusedPreviews() {
        assertEquals(List.of(), Browsers.consoleProblems(browser).stream()
                .filter(m -> !(m.contains("/tiers/preview") && m.contains("400"))).toList());
    }

    @Test
    void beforeTheFirstRunTheCardSaysSoAndAValueOlderThanTheScheduleIsMarkedStale() throws Exception {
        // A host of its own: the shared one has published runs.
        DataSource fresh = TestDatabases.h2();
        Path dir = Files.createTempDirectory("clv-ui-first");
        try (HostServices first = new HostServices(new StandaloneHost(fresh, security, dir.resolve("secret.key")));
             RecomputeScheduler firstSchedule = first.startSchedule();
             WebServer firstWeb = WebServer.start(0, dir, first.webRuntime(firstSchedule, SECRETS), security)) {
            first.importCdnow(quiet);
            String at = "http://localhost:" + firstWeb.port() + "/clv";
            signIn(at, "admin", "admin-password");
            openContact(at, "CDNOW00002", "");
            assertEquals("no-run", cardState());
            assertTrue(text("clv-contact-page", "clv-contact-card", "[role=status]").startsWith("No values yet"));

            first.recompute(null, "ui test", quiet);
            // The run was made three days ago: the nightly run since then has not happened.
            Timestamp threeDaysAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(3)));
            try (Connection c = fresh.getConnection(); PreparedStatement s = c.prepareStatement("UPDATE CLV_RUN SET"
                    + " REQUESTED_AT = ?, STARTED_AT = ?, FINISHED_AT = ?"
                    + " WHERE RUN_ID = (SELECT MAX(RUN_ID) FROM CLV_RUN)")) {
                for (int i = 1; i <= 3; i++) {
                    s.setTimestamp(i, threeDaysAgo);
                }
                assertEquals(1, s.executeUpdate());
            }
            openContact(at, "CDNOW00002", "");
            assertEquals("scored", cardState());
            assertEquals("true", deep("clv-contact-page", "clv-contact-card", "article").getAttribute("data-stale"));
            assertTrue(text("clv-contact-page", "clv-contact-card", ".stale").startsWith("These values are from"));
            Browsers.screenshot(deep("clv-contact-page", "clv-contact-card"), "card-stale");
            first.recompute(null, "ui test", quiet);
            openContact(at, "CDNOW00002", "");
            assertEquals("false", deep("clv-contact-page", "clv-contact-card", "article").getAttribute("data-stale"));
            noConsoleProblems();
        }
    }

    @Test
    void everyValueOfTheServersVocabularyHasItsLabelInTheUi() throws Exception {
        JsonNode vocabulary = api("/vocabulary");
        assertEquals(11, vocabulary.get("segments").size());
        assertEquals(org.clvplugin.rules.Trigger.Kind.values().length, vocabulary.get("triggerKinds").size());
        browser.get(base + "/");
        until("the list's segment filter has the server's segments", () -> ((List<?>) browser.executeScript(
                "return [...arguments[0].shadowRoot.querySelectorAll('select[name=segment] option')]",
                deep("clv-contact-list"))).size() == 1 + vocabulary.get("segments").size());
        Object unlabelled = browser.executeAsyncScript("""
                const [vocabulary, languages, ui, done] = arguments;
                Promise.all([import(ui + 'i18n.js'), import(ui + 'admin/rules.js')]).then(([i18n, rules]) => {
                  const missing = [];
                  for (const language of languages) {
                    const t = i18n.translator(language);
                    for (const name of vocabulary.segments) {
                      if (language !== 'en' && name !== 'Champions' && t.segment(name) === name) {
                        missing.push(language + ': ' + name);
                      }
                    }
                  }
                  for (const kind of vocabulary.triggerKinds) if (!rules.KIND_LABELS[kind]) missing.push(kind);
                  done(missing);
                }, (e) => done(['the modules did not load: ' + e]));""",
                JSON.convertValue(vocabulary, java.util.Map.class), List.of("en", "nb", "da", "de", "uk"),
                base + "/ui/");
        assertEquals(List.of(), unlabelled, "values the server names that the UI has no label for");
        List<String> settings = new java.util.ArrayList<>();
        api("/settings").forEach(s -> settings.add(s.get("key").asText()));
        Object unexplained = browser.executeAsyncScript("""
                const [keys, ui, done] = arguments;
                import(ui + 'admin/messages.js').then(({ADMIN_MESSAGES}) => {
                  const missing = [];
                  for (const [language, table] of Object.entries(ADMIN_MESSAGES)) {
                    for (const key of keys) {
                      if (!table['setting.' + key] || !table['setting.' + key + '.help']) missing.push(language + ': ' + key);
                    }
                  }
                  done(missing);
                }, (e) => done(['the module did not load: ' + e]));""", settings, base + "/ui/");
        assertEquals(List.of(), unexplained, "settings the console cannot label and explain in every language");
        noConsoleProblems();
    }

    @Test
    void theCardOfACdnowCustomerShowsTheFiguresTheApiReturns() throws Exception {
        JsonNode top = api("/contacts?tier=GOLD&limit=1").get("items").get(0);
        String id = top.get("partyId").asText();
        JsonNode value = api("/contacts/" + id + "/value");
        JsonNode history = api("/contacts/" + id + "/history");
        openContact(id, "");
        assertEquals("scored", cardState());
        JsonNode p = value.get("prediction");
        assertEquals(dollars(p.get("clv").asDouble()), text("clv-contact-page", "clv-contact-card", ".clv-value"));
        assertEquals("likely " + dollars(p.get("clvLow").asDouble()) + "–" + dollars(p.get("clvHigh").asDouble()),
                text("clv-contact-page", "clv-contact-card", ".clv-range"));
        assertEquals("Gold", text("clv-contact-page", "clv-contact-card", ".badge"));
        assertEquals(value.get("rfm").get("segment").asText(), text("clv-contact-page", "clv-contact-card",
                ".segment"));
        assertEquals(String.format(Locale.US, "%.1f", p.get("expectedOrders").asDouble()),
                text("clv-contact-page", "clv-contact-card", ".expected-orders"));
        assertEquals(dollars(p.get("expectedOrderValue").asDouble()), text("clv-contact-page", "clv-contact-card",
                ".order-value"));
        String missing = dollars(value.get("tier").get("missingToNext").asDouble()) + " to Platinum";
        assertTrue(text("clv-contact-page", "clv-contact-card", ".to-next").startsWith(missing));
        assertEquals(String.valueOf(Math.round(value.get("tier").get("progressToNext").asDouble() * 100)),
                deep("clv-contact-page", "clv-contact-card", "[role=progressbar]").getAttribute("aria-valuenow"));
        assertTrue(text("clv-contact-page", "clv-contact-card", ".spent").contains(value.get("orders").asInt()
                + " orders"));
        assertEquals(Math.min(6, history.get("tierChanges").size()), ((List<?>) browser.executeScript(
                "return [...arguments[0].shadowRoot.querySelectorAll('.timeline li')]",
                deep("clv-contact-page", "clv-contact-card"))).size());
        deep("clv-contact-page", "clv-contact-card", "summary").click();
        assertTrue(text("clv-contact-page", "clv-contact-card", ".why-text").startsWith(
                "Expected orders in the next 12 months: "));
        assertEquals("Customer value", text("clv-contact-page", "clv-contact-card", "article h2"),
                "the card is a labelled region with a heading");
        assertEquals(value.get("name").asText(), text("clv-contact-page", ".name"), "the profile's main column");
        Browsers.screenshot(deep("clv-contact-page", "clv-contact-card"), "contact-card");
        Browsers.screenshot(browser, "contact-page");
        assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the contact page");

        // A phone's width: one column, nothing wider than the screen.
        browser.manage().window().setSize(new Dimension(390, 844));
        openContact(id, "");
        assertEquals(Boolean.TRUE, browser.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        Browsers.screenshot(browser, "contact-page-phone");
        browser.manage().window().setSize(new Dimension(1280, 1000));

        // The keyboard reaches "Why this value" and opens it.
        openContact(id, "");
        WebElement summary = deep("clv-contact-page", "clv-contact-card", "summary");
        for (int i = 0; i < 40 && !summary.equals(activeElement()); i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertEquals(summary, activeElement(), "Tab reaches the explanation");
        summary.sendKeys(Keys.ENTER);
        until("the explanation opens", () -> deep("clv-contact-page", "clv-contact-card", "details[open]") != null);
        noConsoleProblems();
    }

    @Test
    void everyStateOfTheCardRenders() throws Exception {
        browser.setNetworkConditions(new ChromiumNetworkConditions() {
            {
                setLatency(Duration.ofMillis(1500));
            }
        });
        browser.get(base + "/contacts/CDNOW00003");
        until("the card shows that it is loading", () -> "loading".equals(cardState()));
        assertEquals("true", deep("clv-contact-page", "clv-contact-card", "article").getAttribute("aria-busy"));
        browser.deleteNetworkConditions();
        until("the card has loaded", () -> "scored".equals(cardState()));

        openContact("DEMO_NOORDERS", "");
        assertEquals("no-orders", cardState());
        String late = "UI_LATE_" + LATE_CONTACTS.incrementAndGet();
        addPerson(late, "Late", "Comer");
        openContact(late, "");
        assertEquals("not-scored", cardState(), "added to the CRM after the run");

        openContact("CDNOW00004", "");
        browser.setNetworkConditions(new ChromiumNetworkConditions() {
            {
                setOffline(true);
            }
        });
        browser.executeScript("arguments[0].setAttribute('party-id', 'CDNOW00005')",
                deep("clv-contact-page", "clv-contact-card"));
        until("the card shows the error", () -> "error".equals(cardState()));
        assertEquals("The value could not be loaded.", text("clv-contact-page", "clv-contact-card", "[role=alert]"));
        browser.deleteNetworkConditions();
        deep("clv-contact-page", "clv-contact-card", "button.retry").click();
        until("the retry loads the card", () -> "scored".equals(cardState()));
        Browsers.consoleProblems(browser); // the offline requests were logged on purpose

    }

    @Test
    void theSignInPageIsInTheProductsStyleAndTheUsersLanguage() {
        browser.manage().deleteAllCookies();
        for (String[] lang : new String[][] {{"en", "Customer lifetime value", "User name", "Wrong user name"},
                {"de", "Customer Lifetime Value", "Benutzername", "Falscher Benutzername"}}) {
            browser.get(base + "/login?lang=" + lang[0]);
            assertEquals(lang[0], browser.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals(lang[1], browser.findElement(By.tagName("h1")).getText());
            assertEquals(lang[2], browser.findElement(By.cssSelector("label[for=username]")).getText());
            assertEquals("CLV", browser.findElement(By.cssSelector("header .brand")).getText());
            assertEquals("rgba(29, 78, 216, 1)", browser.findElement(By.cssSelector("button[type=submit]"))
                    .getCssValue("background-color"), "the product's accent, from signin.css");
            // A user name no account has: refused without counting towards any lock.
            browser.findElement(By.id("username")).sendKeys("nobody-" + lang[0]);
            browser.findElement(By.id("password")).sendKeys("not-a-password");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            until("the refusal", () -> !browser.findElements(By.cssSelector("[role=alert]")).isEmpty());
            String refusal = browser.findElement(By.cssSelector("[role=alert]")).getText();
            assertTrue(refusal.startsWith(lang[3]) && refusal.endsWith("."), refusal);
            assertEquals(lang[0], browser.findElement(By.tagName("html")).getAttribute("lang"), "still the language");
            assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the sign-in page");
            Browsers.screenshot(browser, "sign-in-" + lang[0]);
        }
        until("the refused sign-ins are logged", () -> Browsers.consoleProblems(browser).stream()
                .anyMatch(m -> m.contains("401")));
    }

    @Test
    void anUnknownContactGetsAPageThatSaysSoInTheUsersLanguage() {
        for (String[] lang : new String[][] {{"", "Contact not found", "There is no contact with the id NO_SUCH_PARTY"},
                {"?lang=de", "Kontakt nicht gefunden", "Es gibt keinen Kontakt mit der ID NO_SUCH_PARTY"}}) {
            browser.get(base + "/contacts/NO_SUCH_PARTY" + lang[0]);
            until("the page says there is no such contact", () -> deep("clv-contact-page", "section.not-shown")
                    != null);
            assertEquals("404", deep("clv-contact-page", "section.not-shown").getAttribute("data-status"));
            assertEquals(lang[1], text("clv-contact-page", "h1"));
            assertTrue(text("clv-contact-page", "section.not-shown p").startsWith(lang[2]),
                    text("clv-contact-page", "section.not-shown p"));
            assertNull(deep("clv-contact-page", ".screenlet"), "no empty boxes");
            assertTrue(browser.getTitle().startsWith(lang[1]), browser.getTitle());
            assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the not-found page");
        }
        Browsers.screenshot(browser, "contact-not-found");
        until("the 404s asked for are logged", () -> Browsers.consoleProblems(browser).stream()
                .anyMatch(m -> m.contains("NO_SUCH_PARTY/")));
    }

    @Test
    void theCardInNorwegianAndUkrainian() {
        openContact("CDNOW00002", "?lang=nb");
        assertEquals("Kundeverdi", text("clv-contact-page", "clv-contact-card", "h2"));
        assertEquals("Hvorfor denne verdien", text("clv-contact-page", "clv-contact-card", "summary"));
        assertTrue(text("clv-contact-page", "clv-contact-card", ".next-step").startsWith("Neste steg: "),
                text("clv-contact-page", "clv-contact-card", ".next-step"));
        assertTrue(text("clv-contact-page", "clv-contact-card", ".spent").startsWith("Kjøpt så langt:"));
        assertEquals("Alle kontakter", text("clv-contact-page", "a").substring(2));
        Browsers.screenshot(deep("clv-contact-page", "clv-contact-card"), "contact-card-nb");
        openContact("CDNOW00002", "?lang=uk");
        assertEquals("Цінність клієнта", text("clv-contact-page", "clv-contact-card", "h2"));
        assertEquals("Чому таке значення", text("clv-contact-page", "clv-contact-card", "summary"));
        assertTrue(text("clv-contact-page", "clv-contact-card", ".next-step").startsWith("Наступний крок: "));
        assertTrue(text("clv-contact-page", "clv-contact-card", ".churn").matches("(Низький|Середній|Високий) .*"));
        Browsers.screenshot(deep("clv-contact-page", "clv-contact-card"), "contact-card-uk");
        noConsoleProblems();
    }

    @Test
    void theCardsWhyLinksToHowValuesAreComputedInTheCardsLanguage() {
        openContact("CDNOW00002", "?lang=de");
        deep("clv-contact-page", "clv-contact-card", "details.why summary").click();
        WebElement link = deep("clv-contact-page", "clv-contact-card", "a.how-computed");
        assertEquals("So werden die Werte berechnet", link.getText());
        String href = link.getAttribute("href");
        assertTrue(href.endsWith("/clv/ui/help.html?lang=de#orders"), href);
        browser.get(href);
        until("the German help page", () -> !browser.findElements(By.cssSelector("section h2")).isEmpty());
        assertEquals("de", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("So werden die Werte berechnet", browser.findElement(By.tagName("h1")).getText());
        assertEquals("orders", browser.switchTo().activeElement().getAttribute("id"), "at the linked section");
        List<String> sections = browser.findElements(By.cssSelector("section h2")).stream().map(WebElement::getText)
                .toList();
        assertTrue(sections.containsAll(List.of("Erwarteter Wert", "Abwanderungsrisiko", "Stufen")), sections.toString());
        assertTrue(browser.findElement(By.id("backtest")).getText().startsWith("Der Backtest"));
        assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the help page");
        Browsers.screenshot(browser, "help-de");
        noConsoleProblems();
    }

    @Test
    void onAPhoneInUkrainianTheModelTabLinksToTheBacktestsExplanation() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(base + "/admin?lang=uk#model");
            until("the model tab's link", () -> deep("clv-admin", "a.how-computed") != null);
            String href = deep("clv-admin", "a.how-computed").getAttribute("href");
            assertTrue(href.endsWith("/clv/ui/help.html?lang=uk#backtest"), href);
            browser.get(href);
            until("the Ukrainian help page", () -> !browser.findElements(By.cssSelector("section h2")).isEmpty());
            assertEquals("Як обчислюються значення", browser.findElement(By.tagName("h1")).getText());
            assertEquals("backtest", browser.switchTo().activeElement().getAttribute("id"));
            assertTrue((Long) browser.executeScript("return document.documentElement.scrollWidth")
                    <= (Long) browser.executeScript("return document.documentElement.clientWidth"),
                    "nothing wider than the screen");
            assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the phone's help page");
            Browsers.screenshot(browser, "help-uk-phone");
            noConsoleProblems();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /** Every text of the dashboard's charts: none overlaps another, none leaves its chart. */
    @SuppressWarnings("unchecked")
    private List<String> chartTextProblems() {
        return (List<String>) browser.executeScript("""
                const problems = [];
                for (const svg of arguments[0].shadowRoot.querySelectorAll('.chart-box svg')) {
                  const frame = svg.getBoundingClientRect();
                  const texts = [...svg.querySelectorAll('text')].map((t) => [t.textContent, t.getBoundingClientRect()]);
                  for (const [i, [text, b]] of texts.entries()) {
                    if (b.left < frame.left - 1 || b.right > frame.right + 1) problems.push('outside: ' + text);
                    for (const [other, c] of texts.slice(i + 1)) {
                      if (b.left < c.right && c.left < b.right && b.top < c.bottom && c.top < b.bottom) {
                        problems.push(text + ' over ' + other);
                      }
                    }
                  }
                }
                return problems;""", deep("clv-admin"));
    }

    @Test
    void theDashboardsChartsFillTheWidthAndTheirLabelsReadOnADesktopInEnglishAndAPhoneInGerman() throws Exception {
        if (api("/summary").get("trend").size() < 2) {
            host.recompute(null, "ui-test: a second run for the trend", new java.io.PrintWriter(
                    java.io.Writer.nullWriter()));
        }
        for (Object[] view : new Object[][] {{1280, "", "Predicted value (log scale)"},
                {390, "?lang=de", "Erwarteter Wert (logarithmische Skala)"}}) {
            browser.manage().window().setSize(new Dimension((Integer) view[0], 900));
            try {
                browser.get(base + "/admin" + view[1] + "#dashboard");
                until("the charts", () -> deep("clv-admin", ".distribution line.threshold") != null
                        && deep("clv-admin", ".trend svg") != null);
                WebElement histogram = deep("clv-admin", ".distribution svg");
                WebElement panel = deep("clv-admin", "[role=tabpanel]");
                assertTrue(histogram.getRect().getWidth() >= 0.9 * (panel.getRect().getWidth() - 2),
                        view[0] + ": the histogram fills the panel: " + histogram.getRect().getWidth() + " of "
                                + panel.getRect().getWidth());
                assertEquals(4, histogram.findElements(By.cssSelector("line.threshold")).size(),
                        "every tier's threshold on the axis");
                assertTrue(histogram.getText().contains((String) view[2]), histogram.getText());
                assertEquals(List.of(), chartTextProblems(), view[0] + ": chart texts apart and inside");
                for (WebElement tick : panel.findElements(By.cssSelector("svg text.tick:not(.x-tick)"))) {
                    assertFalse(tick.getText().matches(".*\\d{4}.*"), "a formatted number: " + tick.getText());
                }
                List<WebElement> dates = deep("clv-admin", ".trend svg").findElements(By.cssSelector("text.x-tick"));
                assertTrue(dates.size() >= 2, "the runs' dates under the trend");
                assertTrue((Long) browser.executeScript("return document.documentElement.scrollWidth")
                        <= (Long) browser.executeScript("return document.documentElement.clientWidth"),
                        "nothing wider than the screen");
                assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the dashboard");
                Browsers.screenshot(deep("clv-admin", ".distribution"), "admin-dashboard-histogram-" + view[0]);
                Browsers.screenshot(deep("clv-admin", ".trend"), "admin-dashboard-trend-" + view[0]);
                noConsoleProblems();
            } finally {
                browser.manage().window().setSize(new Dimension(1280, 1000));
            }
        }
    }

    @Test
    void anAdminMovesAThresholdSeesThePreviewSavesRecomputesAndTheCardFollows() throws Exception {
        // The most valuable Silver contact, and a Gold threshold just below its value.
        JsonNode silver = api("/contacts?tier=SILVER&limit=1").get("items").get(0);
        String id = silver.get("partyId").asText();
        long threshold = (long) Math.floor(silver.get("clv").asDouble()) - 1;
        assertTrue(threshold > 100, "between Silver's threshold and the contact's value: " + threshold);

        browser.get(base + "/admin#dashboard");
        until("the dashboard", () -> deep("clv-admin", ".distribution line.threshold") != null);
        Browsers.screenshot(browser, "admin-dashboard");
        assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the dashboard");
        assertEquals(4, ((List<?>) browser.executeScript("return [...arguments[0].shadowRoot"
                + ".querySelectorAll('.distribution line.threshold')]", deep("clv-admin"))).size(),
                "the four tier thresholds on the histogram");
        assertEquals(List.of("BRONZE", "SILVER", "GOLD", "PLATINUM", "(none)"), browser.executeScript(
                "return [...arguments[0].shadowRoot.querySelectorAll('.per-tier tbody tr')].map((r) => r.dataset.tier)",
                deep("clv-admin")), "tiers in the policy's order");
        deep("clv-admin", "#tab-tiers").click();
        until("the preview", () -> deep("clv-admin", ".preview-table tr[data-tier=GOLD] .after") != null);
        String goldBefore = text("clv-admin", ".preview-table tr[data-tier=GOLD] .after");
        String lineBefore = deep("clv-admin", ".chart line[data-tier=GOLD]").getAttribute("x1");

        WebElement input = deep("clv-admin", "[data-field='tiers[2].threshold']");
        input.clear();
        input.sendKeys("50");
        until("the field says what is wrong", () -> !String.valueOf(text("clv-admin",
                "[data-error-for='tiers[2].threshold']")).isEmpty());
        assertEquals("Gold must start above Silver ($100).", text("clv-admin",
                "[data-error-for='tiers[2].threshold']"), "the tiers by their names, the threshold as money");
        until("the preview says it is of the last usable policy", () -> "true".equals(deep("clv-admin", ".preview")
                .getAttribute("data-stale")) && String.valueOf(text("clv-admin", ".preview .stale-note"))
                .startsWith("The preview is of the last policy that could be used"));
        assertEquals("true", input.getAttribute("aria-invalid"));
        until("the refused preview is logged", () -> Browsers.consoleProblems(browser).stream()
                .anyMatch(m -> m.contains("tiers/preview") && m.contains("400")));
        input.clear();
        input.sendKeys(String.valueOf(threshold));
        until("the error goes", () -> String.valueOf(text("clv-admin", "[data-error-for='tiers[2].threshold']"))
                .isEmpty());
        until("the preview moves", () -> {
            String after = text("clv-admin", ".preview-table tr[data-tier=GOLD] .after");
            return after != null && !after.equals(goldBefore);
        });
        assertTrue(Integer.parseInt(text("clv-admin", ".preview-table tr[data-tier=GOLD] .after").replace(",", ""))
                > Integer.parseInt(goldBefore.replace(",", "")), "more contacts would be Gold");
        assertTrue(text("clv-admin", ".preview-table tr[data-tier=GOLD] .change").startsWith("+"));
        assertTrue(Double.parseDouble(deep("clv-admin", ".chart line[data-tier=GOLD]").getAttribute("x1"))
                < Double.parseDouble(lineBefore), "the Gold line moved left on the histogram");
        assertEquals("false", deep("clv-admin", ".preview").getAttribute("data-stale"), "current again");
        Browsers.screenshot(browser, "admin-tiers");
        assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the tier editor");

        deep("clv-admin", "button.save").click();
        until("the confirmation", () -> deep("clv-admin", "dialog[open]") != null);
        String goldMove = text("clv-admin", "dialog .impact li[data-tier=GOLD]");
        assertTrue(goldMove.startsWith("Gold: " + goldBefore + " → ") && goldMove.contains("(+"),
                "the confirmation repeats the impact: " + goldMove);
        deep("clv-admin", "dialog button.confirm").click();
        until("saved", () -> String.valueOf(text("clv-admin", ".tiers .status")).startsWith("Saved"));
        assertEquals((double) threshold, api("/tiers").get("tiers").get(2).get("threshold").asDouble());

        deep("clv-admin", "#tab-runs").click();
        until("the runs", () -> deep("clv-admin", "button.recompute") != null);
        long runsBefore = api("/runs").size();
        deep("clv-admin", "button.recompute").click();
        until("a progress bar", () -> deep("clv-admin", ".run-progress progress") != null);
        until("the run finishes", () -> {
            WebElement bar = deep("clv-admin", ".run-progress progress");
            return bar != null && "SUCCEEDED".equals(bar.getAttribute("data-state"));
        });
        assertEquals("100", deep("clv-admin", ".run-progress progress").getAttribute("value"));
        assertTrue(text("clv-admin", ".runs .status").endsWith("published."));
        assertEquals(runsBefore + 1, api("/runs").size());
        Browsers.screenshot(browser, "admin-runs");

        openContact(id, "");
        assertEquals("Gold", text("clv-contact-page", "clv-contact-card", ".badge"), "the card shows the new tier");
        noConsoleProblemsButRefusedPreviews();
    }

    @Test
    void theModelTabShowsTheBacktestChartWithAVerdict() {
        browser.get(base + "/admin#model");
        until("the backtest", () -> deep("clv-admin", ".backtest svg") != null);
        assertTrue(text("clv-admin", ".verdict").startsWith("The model predicts"), text("clv-admin", ".verdict"));
        assertEquals(8 * 3, ((List<?>) browser.executeScript(
                "return [...arguments[0].shadowRoot.querySelectorAll('.backtest svg rect.bar')]",
                deep("clv-admin"))).size(), "eight frequency groups, three series");
        Browsers.screenshot(browser, "admin-model");
        assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the model tab");
        noConsoleProblems();
    }

    @Test
    void aSalesRepCannotReachTheConsole() throws Exception {
        browser.get(base + "/");
        until("the header", () -> deep("clv-page-header", "button[type=submit]") != null);
        deep("clv-page-header", "button[type=submit]").click();
        until("signed out", () -> browser.getCurrentUrl().endsWith("/login"));
        signIn("anna", "anna-password");
        until("the header's links", () -> deep("clv-page-header", "nav a") != null);
        assertNull(deep("clv-page-header", "nav a[href$='/admin']"), "no console link for a rep");
        browser.get(base + "/admin");
        assertEquals("Not allowed", browser.findElement(By.tagName("h1")).getText());
        Browsers.consoleProblems(browser).forEach(m -> assertTrue(m.contains("/clv/admin") && m.contains("403"), m));
        assertTrue(browser.findElements(By.tagName("clv-admin")).isEmpty());
        String session = browser.manage().getCookieNamed("CLV_SESSION").getValue();
        assertEquals(403, http.send(HttpRequest.newBuilder(URI.create(base + "/admin"))
                .header("Cookie", "CLV_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode());
        assertEquals(303, http.send(HttpRequest.newBuilder(URI.create(base + "/admin")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "signed out: to the sign-in page");
        noConsoleProblems();
    }

    @Test
    void aHostileContactNameIsShownAsText() throws Exception {
        if (api("/contacts?q=UI_HOSTILE&limit=1").get("items").isEmpty()) {
            addPerson("UI_HOSTILE", HOSTILE, "Tester");
        }
        openContact("UI_HOSTILE", "");
        until("the name from the card", () -> String.valueOf(text("clv-contact-page", ".name")).contains("<img"));
        assertEquals(HOSTILE + " Tester", text("clv-contact-page", ".name"));
        assertTrue(text("clv-contact-page", "h1").contains(HOSTILE));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertEquals(0L, browser.executeScript("""
                const count = (root) => root.querySelectorAll('img').length
                  + [...root.querySelectorAll('*')].filter((e) => e.shadowRoot)
                    .reduce((n, e) => n + count(e.shadowRoot), 0);
                return count(document);"""));

        browser.get(base + "/");
        until("the list", () -> deep("clv-contact-list", "input[type=search]") != null);
        deep("clv-contact-list", "input[type=search]").sendKeys("ui_hostile");
        deep("clv-contact-list", "button[type=submit]").click();
        until("the search result", () -> deep("clv-contact-list", "tr[data-party-id=UI_HOSTILE] a") != null);
        assertEquals(HOSTILE + " Tester", text("clv-contact-list", "tr[data-party-id=UI_HOSTILE] a"));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertFalse(text("clv-contact-list", "tr[data-party-id=UI_HOSTILE]").isEmpty());
        noConsoleProblems();
    }

    @Test
    void aSearchShowsItsCountRanksAllMatchesAndCombinesWithTheTierFilter() throws Exception {
        JsonNode first = api("/contacts?q=novak&limit=1");
        long total = first.get("total").asLong();
        String best = first.get("items").get(0).get("partyId").asText();
        assertTrue(total > 25, "more matches than a page: " + total);
        browser.get(base + "/");
        until("the list", () -> deep("clv-contact-list", "input[type=search]") != null);
        deep("clv-contact-list", "input[type=search]").sendKeys("novak");
        deep("clv-contact-list", "button[type=submit]").click();
        until("the search's caption", () -> String.valueOf(text("clv-contact-list", "h2")).contains("novak"));
        assertEquals(String.format(Locale.US, "%,d contacts matching “novak”, by predicted value", total),
                text("clv-contact-list", "h2"));
        assertEquals(best, deep("clv-contact-list", "tbody tr").getAttribute("data-party-id"),
                "the most valuable of all matches first, not of the first page by party id");
        assertEquals(first.get("items").get(0).get("ownerName").asText(), text("clv-contact-list", "tbody tr .owner"),
                "the owner's name, not a party id");
        assertFalse(text("clv-contact-list", "tbody tr .owner").startsWith("REP_"));
        deep("clv-contact-list", "button.more").click();
        until("a second page", () -> ((List<?>) browser.executeScript("return [...arguments[0].shadowRoot"
                + ".querySelectorAll('tbody tr')]", deep("clv-contact-list"))).size() == 50);

        long gold = api("/contacts?q=novak&tier=GOLD&limit=1").get("total").asLong();
        new org.openqa.selenium.support.ui.Select(deep("clv-contact-list", "select[name=tier]")).selectByValue("GOLD");
        until("only Gold matches", () -> String.valueOf(text("clv-contact-list", "h2")).startsWith(
                String.format(Locale.US, "%,d contact", gold)));
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) browser.executeScript("return [...arguments[0].shadowRoot"
                + ".querySelectorAll('tbody tr')].map((r) => r.dataset.partyId)", deep("clv-contact-list"));
        assertEquals(Math.min(gold, 25), ids.size(), "the server's page, filtered there: " + ids);
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "no row twice");
        List<?> badges = (List<?>) browser.executeScript("return [...arguments[0].shadowRoot"
                + ".querySelectorAll('tbody .badge')].map((b) => b.textContent)", deep("clv-contact-list"));
        assertTrue(badges.stream().allMatch("Gold"::equals), badges.toString());
        Browsers.screenshot(browser, "contact-list-search");
        noConsoleProblems();
    }

    @Test
    void inGermanTheListFiltersByChurnAndValueNamesEveryFilterShowsTheTrendAndExportsTheView() throws Exception {
        host.recompute(null, "ui test", quiet);
        String query = "churn=high&min=100&max=2000";
        JsonNode expected = api("/contacts?minChurnRisk=0.5&minClv=100&maxClv=2000&limit=25");
        long total = expected.get("total").asLong();
        assertTrue(total > 25, "more than a page: " + total);
        browser.get(base + "/?lang=de&" + query);
        until("the filtered list", () -> deep("clv-contact-list", "tbody tr") != null
                && String.valueOf(text("clv-contact-list", "h2")).contains("Abwanderungsrisiko"));
        assertEquals("high", deep("clv-contact-list", "select[name=churn]").getAttribute("value"));
        String heading = text("clv-contact-list", "h2");
        assertTrue(heading.startsWith(String.format(Locale.GERMANY, "%,d Kontakte nach erwartetem Wert · ", total))
                && heading.contains("hohes Abwanderungsrisiko") && heading.contains("erwarteter Wert 100"), heading);
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) browser.executeScript("return [...arguments[0].shadowRoot"
                + ".querySelectorAll('tbody tr')].map((r) => r.dataset.partyId)", deep("clv-contact-list"));
        List<String> apiIds = new java.util.ArrayList<>();
        expected.get("items").forEach(i -> apiIds.add(i.get("partyId").asText()));
        assertEquals(apiIds, ids, "the server's filtered page");
        @SuppressWarnings("unchecked")
        List<String> trends = (List<String>) browser.executeScript("return [...arguments[0].shadowRoot"
                + ".querySelectorAll('tbody td.trend .visually-hidden')].map((c) => c.textContent)",
                deep("clv-contact-list"));
        assertEquals(ids.size(), trends.size(), "a trend on every row after a second run");
        trends.forEach(t -> assertTrue(t.matches("(Plus|Minus) .+ seit dem letzten Lauf\\.|Etwa wie beim letzten "
                + "Lauf\\."), t));

        // The export: the same list, every page, as the link gives it.
        String href = deep("clv-contact-list", "a.export").getAttribute("href");
        assertTrue(href.contains("contacts.csv?") && href.contains("minChurnRisk=0.5") && href.contains("maxClv=2000"),
                href);
        String csv = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then((r) => r.text()).then(done, (e) => done(String(e)));", href);
        List<String> lines = csv.lines().toList();
        assertEquals(total + 1, lines.size(), "a header and every contact");
        assertEquals(apiIds.get(0), lines.get(1).substring(0, lines.get(1).indexOf(',')));
        assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the filtered list");
        Browsers.screenshot(browser, "contact-list-filtered-de");
        noConsoleProblems();
    }

    @Test
    void inDanishTheCardShowsWhatTheRulesDidForTheContact() throws Exception {
        org.clvplugin.rules.RuleStore rules = new org.clvplugin.rules.RuleStore(host.store, Clock.systemUTC());
        org.clvplugin.rules.Rule rule = rules.save(new org.clvplugin.rules.Rule(null, "Ny guldkunde", true,
                new org.clvplugin.rules.Trigger(org.clvplugin.rules.Trigger.Kind.TIER_UPGRADED, null, null, null,
                        null), null, new org.clvplugin.rules.Action(org.clvplugin.rules.Action.Kind.TASK,
                        "Ring til {name}: nu {tier}", null, 2, null), 0, null));
        try {
            upgradeSomeContactsToGold();
            String partyId;
            try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT PARTY_ID FROM CLV_OUTBOX WHERE RULE_ID = ? ORDER BY ENTRY_ID")) {
                s.setLong(1, rule.id());
                try (var rs = s.executeQuery()) {
                    assertTrue(rs.next(), "the rule fired for a contact moved up to Gold");
                    partyId = rs.getString(1);
                }
            }
            JsonNode expected = api("/contacts/" + partyId + "/follow-ups").get(0);
            openContact(partyId, "?lang=da");
            until("the follow-ups", () -> deep("clv-contact-page", "clv-contact-card", ".follow-ups li") != null);
            assertEquals("Opfølgning fra reglerne", text("clv-contact-page", "clv-contact-card", ".follow-ups h3"));
            String line = text("clv-contact-page", "clv-contact-card", ".follow-ups li");
            String state = expected.get("state").asText();
            assertTrue(state.equals("DELIVERED") ? line.startsWith("Opgaven »Ring til ") && line.contains("frist")
                    : line.startsWith("Opgave fra reglen »Ny guldkunde«"), state + ": " + line);
            assertTrue(line.endsWith(" → Gold"), "the change of tier: " + line);
            assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA with the follow-ups");
            Browsers.screenshot(browser, "contact-card-follow-ups-da");
            noConsoleProblems();
        } finally {
            // Leaves no trace for the console's tests: no rule, and none of its actions among those given up on.
            rules.delete(rule.id());
            try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                    "DELETE FROM CLV_OUTBOX WHERE RULE_ID = ?")) {
                s.setLong(1, rule.id());
                s.executeUpdate();
            }
        }
    }

    @Test
    void theConsoleSpeaksGermanOnTheDesktopAndUkrainianOnAPhone() throws Exception {
        browser.get(base + "/admin?lang=de#dashboard");
        until("the German dashboard", () -> deep("clv-admin", ".kpis") != null);
        @SuppressWarnings("unchecked")
        List<String> tabs = (List<String>) browser.executeScript("return [...arguments[0].shadowRoot"
                + ".querySelectorAll('[role=tab]')].map((t) => t.textContent)", deep("clv-admin"));
        assertEquals(List.of("Übersicht", "Stufen", "Einstellungen", "Läufe", "Modell", "Regeln", "API-Tokens", "Prüfprotokoll"),
                tabs);
        assertEquals("Kundenwert: Konsole", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Verwaltung · CLV", browser.getTitle());
        assertFalse(text("clv-admin", ".per-tier").contains("(none)"), "contacts without a tier in words");
        String kpis = text("clv-admin", ".kpis");
        assertTrue(kpis.contains("Erwarteter Wert gesamt") && kpis.contains("Wiederkaufrate"), kpis);
        assertEquals("Kontakte pro Stufe", text("clv-admin", ".columns section h3"));
        assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the German dashboard");
        Browsers.screenshot(browser, "admin-dashboard-de");

        deep("clv-admin", "#tab-runs").click();
        until("the runs in German", () -> deep("clv-admin", ".run-list tbody tr") != null);
        assertTrue(text("clv-admin", ".run-list thead").startsWith("Lauf"), text("clv-admin", ".run-list thead"));
        deep("clv-admin", ".run-list tbody button").click();
        until("a report in German", () -> String.valueOf(text("clv-admin", ".run-report h3")).startsWith(
                "Bericht zu Lauf"));
        assertTrue(text("clv-admin", ".run-report dl").contains("Bestellungen gelesen"));
        deep("clv-admin", "#tab-model").click();
        until("the verdict in German", () -> String.valueOf(text("clv-admin", ".verdict")).startsWith("Das Modell")
                || String.valueOf(text("clv-admin", ".verdict")).startsWith("Kein Rückvergleich"));
        assertEquals("Rückvergleich mit Ihren eigenen Daten", text("clv-admin", ".backtest h3"));
        noConsoleProblems();

        deep("clv-admin", "#tab-tiers").click();
        until("the German tier editor", () -> deep("clv-admin", "[data-field='tiers[2].threshold']") != null);
        WebElement gold = deep("clv-admin", "[data-field='tiers[2].threshold']");
        gold.clear();
        gold.sendKeys("50");
        until("the field's error in German", () -> String.valueOf(text("clv-admin",
                "[data-error-for='tiers[2].threshold']")).startsWith("Gold muss über Silver ("));
        assertTrue(text("clv-admin", "[data-error-for='tiers[2].threshold']").endsWith("$) beginnen."),
                text("clv-admin", "[data-error-for='tiers[2].threshold']"));
        noConsoleProblemsButRefusedPreviews();

        deep("clv-admin", "#tab-settings").click();
        until("the German settings", () -> deep("clv-admin", "[data-field='schedule.cron']") != null);
        assertTrue(text("clv-admin", "[data-for='schedule.cron'] label").startsWith("Zeitplan der Neuberechnung"));
        until("the schedule in words", () -> String.valueOf(text("clv-admin", ".cron-words"))
                .startsWith("Täglich um 02:00, Serverzeit"));
        new org.openqa.selenium.support.ui.Select(deep("clv-admin", ".schedule-picker select")).selectByValue("custom");
        WebElement cron = deep("clv-admin", "[data-field='schedule.cron']");
        cron.clear();
        cron.sendKeys("0 0 2 31 2 ?");
        deep("clv-admin", ".settings button[type=submit]").click();
        until("the schedule's refusal in German", () -> String.valueOf(text("clv-admin",
                "[data-error-for='schedule.cron']")).startsWith("„0 0 2 31 2 ?“ löst ab jetzt nie aus"));
        assertEquals("Nichts wurde gespeichert: 1 Feld wurde abgelehnt.", text("clv-admin", ".settings .status"));
        until("the refused save is logged", () -> Browsers.consoleProblems(browser).stream()
                .anyMatch(m -> m.contains("/settings") && m.contains("400")));

        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(base + "/admin?lang=uk#rules");
            until("the Ukrainian rules", () -> deep("clv-admin", ".rules p") != null);
            assertEquals("Правила", text("clv-admin", "#tab-rules"));
            assertTrue(text("clv-admin", ".rules p").startsWith("Коли цінність або рівень контакту змінюється"),
                    text("clv-admin", ".rules p"));
            deep("clv-admin", "button.new-rule").click();
            until("the rule form", () -> deep("clv-admin", "form.rule-form") != null);
            assertEquals("Нове правило", text("clv-admin", "form.rule-form h3"));
            assertTrue((Long) browser.executeScript("return document.documentElement.scrollWidth")
                    <= (Long) browser.executeScript("return document.documentElement.clientWidth"),
                    "the rule form fits the phone: nothing wider than the screen: " + browser.executeScript(
                            "const w = document.documentElement.clientWidth; return [...document.querySelector("
                            + "'clv-admin').shadowRoot.querySelectorAll('*')].filter((e) => e.getBoundingClientRect()"
                            + ".right > w + 1).slice(0, 6).map((e) => e.tagName + '.' + e.className + ' ' + "
                            + "Math.round(e.getBoundingClientRect().right))"));
            assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the Ukrainian rule form");
            Browsers.screenshot(browser, "admin-rule-form-uk-phone");
            noConsoleProblems();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void onAPhoneInNorwegianTheAuditTrailShowsWhoChangedWhichFields() throws Exception {
        new org.clvplugin.store.AuditRepository(host.store).record(new org.clvplugin.store.AuditRecord(Instant.now(),
                "ui-test-admin", "TIER_POLICY_SAVED", "tier policy", "{\"tiers\":[{\"key\":\"GOLD\","
                + "\"threshold\":500}]}", "{\"tiers\":[{\"key\":\"GOLD\",\"threshold\":450}]}"));
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(base + "/admin?lang=nb#audit");
            until("the audit trail", () -> deep("clv-admin", ".audit-list tbody tr") != null);
            assertEquals("Revisjonslogg", text("clv-admin", "#tab-audit"));
            WebElement newest = deep("clv-admin", ".audit-list tbody tr");
            assertEquals("TIER_POLICY_SAVED", newest.getAttribute("data-action"));
            String row = newest.getText();
            assertTrue(row.contains("ui-test-admin") && row.contains("Nivåregler lagret")
                    && row.contains("tiers[0].threshold: 500 → 450"), row);
            assertFalse(row.contains("\"key\""), "the changed field, not the states as JSON: " + row);
            assertTrue((Long) browser.executeScript("return document.documentElement.scrollWidth")
                    <= (Long) browser.executeScript("return document.documentElement.clientWidth"),
                    "each entry a card on the phone, nothing wider than the screen");
            assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the audit trail");
            Browsers.screenshot(browser, "admin-audit-nb-phone");
            noConsoleProblems();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void onAPhoneInDanishTheTierEditorFitsTheScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(base + "/admin?lang=da#tiers");
            until("the Danish tier editor", () -> deep("clv-admin", "[data-field='tiers[2].threshold']") != null
                    && deep("clv-admin", ".preview-table") != null);
            assertEquals("Niveauerne bygger på", text("clv-admin", "[data-for=basis] label"));
            assertTrue((Long) browser.executeScript("return document.documentElement.scrollWidth")
                    <= (Long) browser.executeScript("return document.documentElement.clientWidth"),
                    "the tiers' fields in two columns, nothing wider than the screen");
            assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the phone's tier editor");
            Browsers.screenshot(browser, "admin-tiers-da-phone");
            noConsoleProblems();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void anAdminSwitchesARuleOffAndOnAndDeletesItAfterConfirming() throws Exception {
        org.clvplugin.rules.Rule rule = new org.clvplugin.rules.RuleStore(host.store, Clock.systemUTC()).save(
                new org.clvplugin.rules.Rule(null, "Switch me", true, new org.clvplugin.rules.Trigger(
                        org.clvplugin.rules.Trigger.Kind.TIER_DOWNGRADED, null, null, null, null), null,
                        new org.clvplugin.rules.Action(org.clvplugin.rules.Action.Kind.TASK, "Call {name}", null, 1,
                                null), 0, null));
        String row = "tr[data-rule='" + rule.id() + "']";
        browser.get(base + "/admin#rules");
        until("the rule in the list", () -> deep("clv-admin", row + " input[role=switch]") != null);
        deep("clv-admin", row + " input[role=switch]").click();
        until("switched off", () -> String.valueOf(text("clv-admin", ".rules .status"))
                .startsWith("“Switch me” is off"));
        assertFalse(api("/rules/" + rule.id()).get("enabled").asBoolean());
        until("the list again", () -> deep("clv-admin", row + " input[role=switch]") != null);
        assertNull(deep("clv-admin", row + " input[role=switch]").getAttribute("checked"));
        deep("clv-admin", row + " input[role=switch]").click();
        until("switched on", () -> String.valueOf(text("clv-admin", ".rules .status")).equals("“Switch me” is on."));
        assertTrue(api("/rules/" + rule.id()).get("enabled").asBoolean());

        until("the list again", () -> deep("clv-admin", row + " button.delete") != null);
        deep("clv-admin", row + " button.delete").click();
        until("the confirmation", () -> deep("clv-admin", "dialog[open]") != null);
        assertEquals("Delete “Switch me”?", text("clv-admin", "dialog[open] h3"));
        assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA with the confirmation");
        deep("clv-admin", "dialog[open] button.confirm-delete").click();
        until("deleted", () -> String.valueOf(text("clv-admin", ".rules .status")).equals("“Switch me” is deleted."));
        until("gone from the list", () -> deep("clv-admin", row) == null);
        String session = browser.manage().getCookieNamed("CLV_SESSION").getValue();
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/rules/" + rule.id()))
                .header("Cookie", "CLV_SESSION=" + session).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode());
        noConsoleProblems();
    }

    @Test
    void anAdminMakesAnApiTokenCopiesItOnceAndRevokesItAfterConfirming() throws Exception {
        browser.get(base + "/admin#tokens");
        until("the token form", () -> deep("clv-admin", "form.token-form button.make-token") != null);
        deep("clv-admin", "form.token-form button.make-token").click();
        until("the refusal beside each field", () -> String.valueOf(text("clv-admin", "[data-error-for=scopes]"))
                .length() > 0 && String.valueOf(text("clv-admin", "[data-error-for=name]")).length() > 0);
        assertEquals("Not made: 2 fields need attention.", text("clv-admin", "form.token-form .form-error"));
        assertEquals("true", deep("clv-admin", "[data-field=name]").getAttribute("aria-invalid"));
        until("the refused request is logged", () -> Browsers.consoleProblems(browser).stream()
                .anyMatch(m -> m.contains("/tokens") && m.contains("400")));

        String name = "Browser sync " + System.nanoTime();
        deep("clv-admin", "[data-field=name]").sendKeys(name);
        deep("clv-admin", "input[data-scope='contacts:read']").click();
        deep("clv-admin", "input[data-scope='summary:read']").click();
        deep("clv-admin", "[data-field=owner]").sendKeys("REP_ANNA");
        deep("clv-admin", "form.token-form button.make-token").click();
        until("the token, shown once", () -> deep("clv-admin", ".token-made input.new-token") != null);
        String token = deep("clv-admin", ".token-made input.new-token").getAttribute("value");
        assertTrue(token.startsWith("clv_") && token.length() == 47, token);
        assertEquals("Copy it now: it is not shown again.", text("clv-admin", ".token-made .warning"));
        assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA with a token just made");
        Browsers.screenshot(browser, "admin-tokens-made");

        HttpResponse<String> summary = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/summary"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, summary.statusCode(), "the token works at once: " + summary.body());
        JsonNode listed = null;
        for (JsonNode t : api("/tokens")) {
            listed = t.get("name").asText().equals(name) ? t : listed;
        }
        String row = "tr[data-token='" + listed.get("id").asText() + "']";
        String shown = text("clv-admin", row);
        assertTrue(shown.contains(token.substring(0, 12) + "…") && shown.contains("read contacts, read the dashboard")
                && shown.contains("REP_ANNA") && shown.contains("admin") && !shown.contains(token), shown);
        assertEquals(listed.get("prefix").asText(), token.substring(0, 12));

        deep("clv-admin", row + " button.revoke").click();
        until("the confirmation", () -> deep("clv-admin", "dialog[open]") != null);
        assertEquals("Revoke “" + name + "”?", text("clv-admin", "dialog[open] h3"));
        deep("clv-admin", "dialog[open] button.confirm-revoke").click();
        until("revoked", () -> String.valueOf(text("clv-admin", ".tokens .status")).equals("“" + name
                + "” is revoked."));
        until("the row says so", () -> String.valueOf(text("clv-admin", row + " .state")).startsWith("revoked "));
        assertNull(deep("clv-admin", ".token-made input.new-token"), "the token is not shown again");
        assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/summary"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode());

        // The audit trail on a desktop: who revoked which token, the token's fields, never the token.
        deep("clv-admin", "#tab-audit").click();
        until("the audit trail", () -> deep("clv-admin", ".audit-list tbody tr") != null);
        WebElement newest = deep("clv-admin", ".audit-list tbody tr");
        assertEquals("TOKEN_REVOKED", newest.getAttribute("data-action"));
        String entry = newest.getText();
        assertTrue(entry.contains("API token revoked") && entry.contains(name) && entry.contains("admin")
                && entry.contains("revokedBy") && !entry.contains(token), entry);
        assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the audit trail");
        noConsoleProblems();
    }

    @Test
    void onAPhoneInUkrainianTheTokensTabFitsTheScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(base + "/admin?lang=uk#tokens");
            until("the Ukrainian tokens tab", () -> deep("clv-admin", "form.token-form") != null);
            assertEquals("API-токени", text("clv-admin", "#tab-tokens"));
            assertEquals("Створити токен", text("clv-admin", "button.make-token"));
            assertTrue((Long) browser.executeScript("return document.documentElement.scrollWidth")
                    <= (Long) browser.executeScript("return document.documentElement.clientWidth"),
                    "nothing wider than the screen");
            assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the phone's tokens tab");
            Browsers.screenshot(browser, "admin-tokens-uk-phone");
            noConsoleProblems();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void theApiDocsPageShowsEveryOperationFromThePluginsOwnFiles() throws Exception {
        JsonNode document = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/openapi.json"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        int operations = 0;
        for (JsonNode path : document.get("paths")) {
            operations += path.size();
        }
        int expected = operations + document.get("webhooks").size();
        browser.get(base + "/api/v1/docs");
        until("every operation and the webhook listed", () -> browser.findElements(By.cssSelector(".opblock")).size() == expected);
        assertEquals("CLV plugin API", browser.getTitle());
        assertTrue(browser.findElement(By.cssSelector(".info")).getText().contains("CLV plugin API"));
        browser.findElement(By.cssSelector("#operations-contacts-getContactValue .opblock-summary")).click();
        until("the card's example", () -> String.valueOf(browser.findElement(By.cssSelector(
                "#operations-contacts-getContactValue")).getText()).contains("\"clvLow\""));
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        assertTrue(loaded.stream().allMatch(u -> u.startsWith(base)), "nothing from elsewhere: " + loaded);
        Browsers.screenshot(browser, "api-docs");
        noConsoleProblems();
    }

    @Test
    void onAPhoneTheListIsCardsWithBothMoneyFiguresOnScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(base + "/?lang=nb");
            until("the top contacts", () -> deep("clv-contact-list", "tbody tr") != null);
            long width = (Long) browser.executeScript("return document.documentElement.clientWidth");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cells = (List<Map<String, Object>>) browser.executeScript("""
                    return [...arguments[0].shadowRoot.querySelectorAll(
                        'tbody tr:first-child td.clv, tbody tr:first-child td.historical')].map((td) => {
                      const r = td.getBoundingClientRect();
                      return {right: r.right, left: r.left, label: getComputedStyle(td, '::before').content,
                              text: td.textContent};
                    });""", deep("clv-contact-list"));
            assertEquals(2, cells.size(), cells.toString());
            for (Map<String, Object> cell : cells) {
                assertTrue(((Number) cell.get("right")).doubleValue() <= width, "on screen: " + cell);
                assertTrue(((Number) cell.get("left")).doubleValue() >= 0, "on screen: " + cell);
                assertFalse(String.valueOf(cell.get("text")).isBlank(), cell.toString());
            }
            assertEquals("\"Forventet verdi\"", cells.get(0).get("label"), "labelled, in the page's language");
            assertEquals("\"Kjøpt så langt\"", cells.get(1).get("label"));
            assertTrue((Long) browser.executeScript("return document.documentElement.scrollWidth") <= width,
                    "nothing wider than the screen");
            assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the phone list");
            Browsers.screenshot(browser, "contact-list-phone");
            noConsoleProblems();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void aRepListsTheirOwnContactsWithChurnRiskAndTheLastOrder() throws Exception {
        signIn("anna", "anna-password");
        browser.get(base + "/");
        until("the switch for one's own contacts", () -> deep("clv-contact-list", "input[name=mine]") != null);
        deep("clv-contact-list", "input[name=mine]").click();
        until("Anna's contacts only", () -> {
            List<?> owners = (List<?>) browser.executeScript("return [...arguments[0].shadowRoot"
                    + ".querySelectorAll('tbody td.owner')].map((c) => c.textContent)", deep("clv-contact-list"));
            return !owners.isEmpty() && owners.stream().allMatch("Anna Berg"::equals);
        });
        JsonNode first = api("/contacts?owner=REP_ANNA&limit=1").get("items").get(0);
        assertEquals(first.get("partyId").asText(), deep("clv-contact-list", "tbody tr").getAttribute("data-party-id"));
        String churn = text("clv-contact-list", "tbody tr td.churn");
        assertTrue(churn.matches("(Low|Medium|High) \\([0-9.]+%\\)"), churn);
        String last = text("clv-contact-list", "tbody tr td.last-order");
        assertTrue(last.matches(".+ · [0-9,]+ days? ago"), last);
        assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on a rep's list");
        noConsoleProblems();
    }

    @Test
    void theViewsAreLinksThatKeepTheirOrderAndFiltersInTheAddress() throws Exception {
        JsonNode top = api("/contacts?sort=-valueAtRisk&limit=1").get("items").get(0);
        browser.get(base + "/");
        until("the views", () -> deep("clv-contact-list", "nav.views a") != null);
        deep("clv-contact-list", "nav.views a").click();
        until("the list by value at risk", () -> browser.getCurrentUrl().contains("sort=-valueAtRisk")
                && deep("clv-contact-list", "tbody tr") != null
                && top.get("partyId").asText().equals(deep("clv-contact-list", "tbody tr")
                        .getAttribute("data-party-id")));
        assertEquals("-valueAtRisk", deep("clv-contact-list", "select[name=sort]").getAttribute("value"));
        new org.openqa.selenium.support.ui.Select(deep("clv-contact-list", "select[name=tier]")).selectByValue("GOLD");
        until("the address keeps the order and the tier", () -> browser.getCurrentUrl().contains("tier=GOLD")
                && browser.getCurrentUrl().contains("sort=-valueAtRisk"));
        String bookmarked = browser.getCurrentUrl();
        JsonNode goldTop = api("/contacts?sort=-valueAtRisk&tier=GOLD&limit=1").get("items").get(0);
        browser.get(bookmarked);
        until("the bookmarked view", () -> deep("clv-contact-list", "tbody tr") != null && goldTop.get("partyId")
                .asText().equals(deep("clv-contact-list", "tbody tr").getAttribute("data-party-id")));
        assertEquals("GOLD", deep("clv-contact-list", "select[name=tier]").getAttribute("value"));

        browser.get(base + "/?segment=" + java.net.URLEncoder.encode("Can't lose them", StandardCharsets.UTF_8));
        until("can't lose them", () -> deep("clv-contact-list", "tbody tr") != null);
        @SuppressWarnings("unchecked")
        List<String> segments = (List<String>) browser.executeScript("return [...arguments[0].shadowRoot"
                + ".querySelectorAll('tbody tr td:nth-child(3)')].map((c) => c.textContent)", deep("clv-contact-list"));
        assertTrue(!segments.isEmpty() && segments.stream().allMatch("Can't lose them"::equals), segments.toString());
        assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA with the views");
        noConsoleProblems();
    }

    @Test
    void theContactListFiltersByTierAndLeadsToTheContactPage() {
        browser.get(base + "/");
        until("the top contacts", () -> deep("clv-contact-list", "tbody tr") != null);
        new org.openqa.selenium.support.ui.Select(deep("clv-contact-list", "select[name=tier]"))
                .selectByValue("PLATINUM");
        until("only Platinum", () -> {
            List<?> badges = (List<?>) browser.executeScript("return [...arguments[0].shadowRoot"
                    + ".querySelectorAll('tbody .badge')].map((b) => b.textContent)", deep("clv-contact-list"));
            return !badges.isEmpty() && badges.stream().allMatch("Platinum"::equals);
        });
        Browsers.screenshot(browser, "contact-list");
        assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the contact list");
        String first = deep("clv-contact-list", "tbody tr").getAttribute("data-party-id");
        deep("clv-contact-list", "tbody tr a").click();
        until("the contact page", () -> browser.getCurrentUrl().endsWith("/contacts/" + first));
        until("its card", () -> "scored".equals(cardState()));
        assertNotEquals("", text("clv-contact-page", ".name"));
        noConsoleProblems();
    }

    @Test
    void anAdminChangesASettingWithItsErrorNextToItAndReadsARunsReport() throws Exception {
        browser.get(base + "/admin#settings");
        until("the settings", () -> deep("clv-admin", "[data-field='clv.margin']") != null);
        WebElement margin = deep("clv-admin", "[data-field='clv.margin']");
        String marginBefore = setting("clv.margin");
        String marginAfter = marginBefore.equals("0.9") ? "0.8" : "0.9";
        assertEquals(String.valueOf(Math.round(Double.parseDouble(marginBefore) * 100)), margin.getAttribute("value"),
                "the margin as a percentage");
        margin.clear();
        margin.sendKeys("200");
        deep("clv-admin", ".settings button[type=submit]").click();
        until("the refusal", () -> !String.valueOf(text("clv-admin", "[data-error-for='clv.margin']")).isEmpty());
        assertEquals("Nothing was saved: 1 field was refused.", text("clv-admin", ".settings .status"));
        assertEquals("Between 0% and 100%; was 200%.", text("clv-admin", "[data-error-for='clv.margin']"),
                "said in the percentage typed");
        assertEquals("true", margin.getAttribute("aria-invalid"));
        until("the refused save is logged", () -> Browsers.consoleProblems(browser).stream()
                .anyMatch(m -> m.contains("/settings") && m.contains("400")));
        assertEquals(marginBefore, setting("clv.margin"), "nothing saved");
        margin.clear();
        margin.sendKeys(marginAfter.equals("0.9") ? "90" : "80");
        deep("clv-admin", ".settings button[type=submit]").click();
        until("saved", () -> String.valueOf(text("clv-admin", ".settings .status")).startsWith("Saved 1 setting"));
        assertEquals("", text("clv-admin", "[data-error-for='clv.margin']"));
        assertNull(margin.getAttribute("aria-invalid"));
        assertEquals(marginAfter, setting("clv.margin"));
        // Put back: the next run of another test would otherwise value every contact with this margin.
        host.settings.put("clv.margin", marginBefore, "ui test");
        assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the settings");

        deep("clv-admin", "#tab-runs").click();
        until("the runs", () -> deep("clv-admin", "tr[data-run] button") != null);
        deep("clv-admin", "tr[data-run] button").click();
        until("the report", () -> deep("clv-admin", ".run-report h3") != null);
        assertTrue(text("clv-admin", ".run-report h3").startsWith("Report of run "));
        assertTrue(text("clv-admin", ".run-report dl").contains("Orders counted"));
        noConsoleProblems();
    }

    @Test
    void onAPhoneInUkrainianTheSettingsAreAGroupedFormWithAScheduleInWordsAndItsNextRuns() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(base + "/admin?lang=uk#settings");
            until("the schedule's next runs", () -> deep("clv-admin", ".cron-next") != null);
            assertEquals(List.of("Розклад та історія", "Модель і цінність", "Рівні", "Правила підрахунку", "Безпека",
                    "Доставка завдань і вебхуків"), ((List<?>) browser.executeScript("return [...arguments[0]"
                    + ".shadowRoot.querySelectorAll('.settings legend')].map((l) => l.textContent)",
                    deep("clv-admin"))).stream().map(String::valueOf).toList());
            String words = text("clv-admin", ".cron-words");
            assertTrue(words.startsWith("Щодня о 02:00, час сервера (" + java.time.ZoneId.systemDefault().getId()
                    + ")."), words);
            assertEquals(3, text("clv-admin", ".cron-next").split(";").length, words);
            assertEquals("SELECT", deep("clv-admin", "[data-field='model.purchase']").getTagName().toUpperCase());
            assertEquals("switch", deep("clv-admin", "[data-field='security.viewersOwnContactsOnly']")
                    .getAttribute("role"));
            new org.openqa.selenium.support.ui.Select(deep("clv-admin", ".schedule-picker select"))
                    .selectByValue("weekly");
            until("weekly in words", () -> String.valueOf(text("clv-admin", ".cron-words")).startsWith("Щотижня: "
                    + "понеділок о 02:00") && deep("clv-admin", ".cron-next") != null);
            assertEquals("0 0 2 ? * MON", deep("clv-admin", "[data-field='schedule.cron']").getAttribute("value"));
            assertTrue((Long) browser.executeScript("return document.documentElement.scrollWidth")
                    <= (Long) browser.executeScript("return document.documentElement.clientWidth"),
                    "nothing wider than the screen");
            assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the phone's settings");
            Browsers.screenshot(browser, "admin-settings-uk-phone");
            noConsoleProblems();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void onAPhoneInNorwegianTheRulesAndWhatWasGivenUpOnReadInWordsAndTheRunsFit() throws Exception {
        org.clvplugin.rules.RuleStore rules = new org.clvplugin.rules.RuleStore(host.store, Clock.systemUTC());
        org.clvplugin.rules.Rule rule = rules.save(new org.clvplugin.rules.Rule(null, "Ring kunden", true,
                new org.clvplugin.rules.Trigger(org.clvplugin.rules.Trigger.Kind.TIER_UPGRADED, null, null, null,
                        null), null, new org.clvplugin.rules.Action(org.clvplugin.rules.Action.Kind.TASK,
                "Ring {name}", null, 2, null), 0, null));
        long entry;
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO CLV_OUTBOX"
                + " (RULE_ID, RUN_ID, PARTY_ID, TRANSITION_KEY, ACTION_KIND, PAYLOAD, IDEMPOTENCY_KEY, STATE, ATTEMPTS,"
                + " LAST_ERROR, CREATED_AT) VALUES (?, 1, 'CDNOW00002', 'TIER_UPGRADED:1>2', 'TASK', ?, 'clv-ui-nb',"
                + " 'DEAD', 8, 'the host refused the task', ?)", new String[] {"ENTRY_ID"})) {
            s.setLong(1, rule.id());
            s.setString(2, "{\"rule\":{\"name\":\"Ring kunden\"},\"contact\":{\"partyId\":\"CDNOW00002\","
                    + "\"name\":\"Pat Doe\",\"ownerPartyId\":\"REP_ANNA\"},\"transition\":{\"trigger\":"
                    + "\"TIER_UPGRADED\",\"before\":{\"tierKey\":\"SILVER\",\"clv\":150.0},\"after\":"
                    + "{\"tierKey\":\"GOLD\",\"clv\":620.5}}}");
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                entry = keys.getLong(1);
            }
        }
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(base + "/admin?lang=nb#rules");
            until("the Norwegian rules", () -> deep("clv-admin", "tr[data-rule='" + rule.id() + "']") != null
                    && deep("clv-admin", "section.dead-letters") != null);
            String row = "tr[data-rule='" + rule.id() + "']";
            assertEquals("Regelen «Ring kunden» er aktiv", deep("clv-admin", row + " input[role=switch]")
                    .getAttribute("aria-label"));
            assertEquals("Slett Ring kunden", deep("clv-admin", row + " button.delete").getAttribute("aria-label"));
            assertTrue(text("clv-admin", "#dead-title").startsWith("Gitt opp ("), text("clv-admin", "#dead-title"));
            String dead = text("clv-admin", "table.dead-list tbody tr[data-entry='" + entry + "']");
            assertTrue(dead.contains("Pat Doe") && dead.contains("Silver → Gold") && dead.contains("Anna Berg"),
                    "the contact, the change and the owner in words: " + dead);
            assertTrue((Long) browser.executeScript("return document.documentElement.scrollWidth")
                    <= (Long) browser.executeScript("return document.documentElement.clientWidth"),
                    "the rules fit the phone (wide tables scroll in their panel)");
            assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the phone's rules");
            Browsers.screenshot(browser, "admin-rules-nb-phone");

            deep("clv-admin", "#tab-runs").click();
            until("the runs", () -> deep("clv-admin", "tr[data-run]") != null);
            assertEquals("Kjøringer", text("clv-admin", "#tab-runs"));
            assertTrue((Long) browser.executeScript("return document.documentElement.scrollWidth")
                    <= (Long) browser.executeScript("return document.documentElement.clientWidth"),
                    "the runs fit the phone");
            assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the phone's runs");
            noConsoleProblems();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
            // Leave no rule and no action behind for the other tests.
            try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                    "DELETE FROM CLV_OUTBOX WHERE ENTRY_ID = ?")) {
                s.setLong(1, entry);
                s.executeUpdate();
            }
            rules.delete(rule.id());
        }
    }

    @Test
    void anAdminTriesARuleOnTheLastChangeSavesItAndIsToldWhereAWebhookMayNotGo() throws Exception {
        upgradeSomeContactsToGold();
        int rulesBefore = api("/rules").size();
        browser.get(base + "/admin#rules");
        until("the rules", () -> deep("clv-admin", "button.new-rule") != null);
        deep("clv-admin", "button.new-rule").click();
        until("the form", () -> deep("clv-admin", "form.rule-form") != null);
        deep("clv-admin", "input[name=name]").sendKeys("Upgrade follow-up");
        deep("clv-admin", "button.dry").click();
        until("the dry run", () -> deep("clv-admin", ".dry-result") != null);
        String dry = text("clv-admin", ".dry-result");
        java.util.regex.Matcher fired = java.util.regex.Pattern.compile("would fire for ([0-9,]+) contact").matcher(dry);
        assertTrue(fired.find(), dry);
        assertTrue(Integer.parseInt(fired.group(1).replace(",", "")) > 0, "the lowered Gold threshold: " + dry);
        assertTrue(dry.endsWith("Nothing was sent or saved."));
        assertEquals(rulesBefore, api("/rules").size(), "a dry run saves nothing");
        Browsers.screenshot(browser, "admin-rules");

        new org.openqa.selenium.support.ui.Select(deep("clv-admin", "select[name='action.kind']"))
                .selectByValue("WEBHOOK");
        deep("clv-admin", "input[name='action.url']").sendKeys("http://127.0.0.1:7/hook");
        deep("clv-admin", "button.save-rule").click();
        until("the refusal next to the URL", () -> !String.valueOf(text("clv-admin",
                "[data-error-for='action.url']")).isEmpty());
        assertTrue(text("clv-admin", "[data-error-for='action.url']").contains("loopback"));
        assertEquals(rulesBefore, api("/rules").size());
        until("the refused save is logged", () -> Browsers.consoleProblems(browser).stream()
                .anyMatch(m -> m.contains("/rules") && m.contains("400")));

        new org.openqa.selenium.support.ui.Select(deep("clv-admin", "select[name='action.kind']"))
                .selectByValue("TASK");
        deep("clv-admin", "button.save-rule").click();
        until("the list with the rule", () -> String.valueOf(text("clv-admin", "table.rule-list"))
                .contains("Upgrade follow-up"));
        JsonNode saved = null;
        for (JsonNode r : api("/rules")) {
            if (r.get("name").asText().equals("Upgrade follow-up")) {
                saved = r;
            }
        }
        assertTrue(saved != null, "saved");
        assertEquals("TIER_UPGRADED", saved.get("trigger").get("kind").asText());
        assertEquals("TASK", saved.get("action").get("kind").asText());
        assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA on the rules");

        deep("clv-admin", "tr[data-rule='" + saved.get("id").asText() + "'] button.firings").click();
        until("the firings", () -> deep("clv-admin", ".no-firings") != null);
        noConsoleProblems();
    }

    @Test
    void aWebhookSecretIsAskedForNeverShownAndAnActionGivenUpOnIsRetriedFromTheConsole() throws Exception {
        host.settings.put(org.clvplugin.settings.AdminSettings.WEBHOOK_ALLOW_LIST, "127.0.0.1:9", "ui test");
        browser.get(base + "/admin#rules");
        until("the rules", () -> deep("clv-admin", "button.new-rule") != null);
        deep("clv-admin", "button.new-rule").click();
        until("the form", () -> deep("clv-admin", "form.rule-form") != null);
        deep("clv-admin", "input[name=name]").sendKeys("Tell the shop");
        new org.openqa.selenium.support.ui.Select(deep("clv-admin", "select[name='action.kind']"))
                .selectByValue("WEBHOOK");
        deep("clv-admin", "input[name='action.url']").sendKeys("http://127.0.0.1:9/hook");
        assertEquals("password", deep("clv-admin", "input[name=secret]").getAttribute("type"));
        deep("clv-admin", "button.save-rule").click();
        until("the secret is asked for", () -> !String.valueOf(text("clv-admin", "[data-error-for='secret']"))
                .isEmpty());
        assertEquals("A webhook needs a secret (16 to 256 characters) to sign its events with.",
                text("clv-admin", "[data-error-for='secret']"));
        until("the refused save is logged", () -> Browsers.consoleProblems(browser).stream()
                .anyMatch(m -> m.contains("/rules") && m.contains("400")));
        deep("clv-admin", "input[name=secret]").sendKeys("whsec-ui-test-0123456789");
        deep("clv-admin", "button.save-rule").click();
        until("the list with the webhook rule", () -> String.valueOf(text("clv-admin", "table.rule-list"))
                .contains("Tell the shop"));
        JsonNode hook = null;
        for (JsonNode r : api("/rules")) {
            if (r.get("name").asText().equals("Tell the shop")) {
                hook = r;
            }
        }
        assertTrue(hook != null && hook.get("secretSet").asBoolean(), String.valueOf(hook));
        assertFalse(api("/rules").toString().contains("whsec-ui-test"), "the secret is never read back");

        // A test event: signed as a real one, the request shown as it went, and why no answer came.
        deep("clv-admin", "tr[data-rule='" + hook.get("id").asText() + "'] button.test-webhook").click();
        until("the test's outcome", () -> deep("clv-admin", ".webhook-test .test-answer") != null);
        assertTrue(text("clv-admin", ".webhook-test .test-answer").startsWith("No answer: 127.0.0.1 refused the "
                + "connection"), text("clv-admin", ".webhook-test .test-answer"));
        String request = text("clv-admin", ".webhook-test .test-request");
        assertTrue(request.startsWith("POST http://127.0.0.1:9/hook") && request.contains("X-CLV-Signature: v1=")
                && request.contains("\"type\":\"clv.rule.test\""), request);
        assertFalse(request.contains("whsec-ui-test"), "never the secret");

        // An action that failed every attempt: the console lists it and retries it.
        long entry;
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO CLV_OUTBOX"
                + " (RULE_ID, RUN_ID, PARTY_ID, TRANSITION_KEY, ACTION_KIND, PAYLOAD, IDEMPOTENCY_KEY, STATE, ATTEMPTS,"
                + " LAST_ERROR, CREATED_AT) VALUES (?, 1, 'CDNOW00002', 'TIER_UPGRADED:1>2', 'WEBHOOK', ?, 'clv-ui',"
                + " 'DEAD', 8, 'the receiver answered HTTP 503 (attempt 8 of 8, the last)', ?)",
                new String[] {"ENTRY_ID"})) {
            s.setLong(1, hook.get("id").asLong());
            s.setString(2, "{\"rule\":{\"name\":\"Tell the shop\"},\"contact\":{\"partyId\":\"CDNOW00002\","
                    + "\"name\":\"Pat Doe\",\"ownerPartyId\":\"REP_ANNA\"},\"transition\":{\"trigger\":"
                    + "\"TIER_UPGRADED\",\"before\":{\"tierKey\":\"SILVER\",\"clv\":150.0},\"after\":"
                    + "{\"tierKey\":\"GOLD\",\"clv\":620.5}}}");
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                entry = keys.getLong(1);
            }
        }
        browser.navigate().refresh();
        until("the actions given up on", () -> deep("clv-admin", "section.dead-letters") != null);
        assertTrue(text("clv-admin", "#dead-title").contains("(1)"));
        assertTrue(text("clv-admin", "table.dead-list").contains("HTTP 503"));
        assertTrue(text("clv-admin", "table.dead-list").contains("Tell the shop"), "named by its rule");
        String deadRow = text("clv-admin", "table.dead-list tbody tr");
        assertTrue(deadRow.contains("Pat Doe") && deadRow.contains("Silver → Gold") && deadRow.contains("$150 → $621")
                && deadRow.contains("Anna Berg"), "the contact, the change and the owner in words: " + deadRow);
        assertTrue(deep("clv-admin", "table.dead-list tbody tr a").getAttribute("href")
                .endsWith("/contacts/CDNOW00002"), "the contact's name leads to its page");
        assertEquals(List.of(), Browsers.accessibilityProblems(browser), "WCAG 2.1 AA with the dead letters");
        Browsers.screenshot(browser, "admin-rules-dead-letters");
        deep("clv-admin", "table.dead-list button.retry").click();
        until("retried", () -> String.valueOf(text("clv-admin", ".rules .status")).contains("delivered again"));
        until("no longer listed", () -> deep("clv-admin", "section.dead-letters") == null);
        JsonNode firing = api("/rules/" + hook.get("id").asText() + "/firings").get(0);
        assertEquals(entry, firing.get("entryId").asLong());
        assertEquals("PENDING", firing.get("state").asText());
        assertEquals(0, firing.get("attempts").asInt());
        noConsoleProblems();
    }
}
