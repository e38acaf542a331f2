package org.clvplugin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The components' formatting, state and chart logic, and their rendering of every state, tested in Chromium
 * itself (not a fake DOM): the test modules under src/test/resources run in a page served by {@link UiResources}
 * on embedded Tomcat, and report their results to this test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComponentsInBrowserTest {

    private Tomcat tomcat;
    private ChromeDriver browser;
    private String base;

    @BeforeAll
    void start() throws Exception {
        browser = Browsers.chromium();
        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("clv-ui-test").toString());
        tomcat.setPort(0);
        Context context = tomcat.addContext("/clv", null);
        Tomcat.addServlet(context, "ui", new UiResources());
        context.addServletMappingDecoded("/ui/*", "ui");
        Wrapper tests = Tomcat.addServlet(context, "tests", new UiResources());
        tests.addInitParameter("root", "/org/clvplugin/ui/test");
        context.addServletMappingDecoded("/ui-test/*", "tests");
        tomcat.start();
        base = "http://localhost:" + tomcat.getConnector().getLocalPort() + "/clv";
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (tomcat != null) {
            tomcat.stop();
            tomcat.destroy();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theComponentTestsPassInChromium() {
        browser.get(base + "/ui-test/unit.html");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return window.clvTests && window.clvTests.done")));
        Map<String, Object> results = (Map<String, Object>) browser.executeScript("return window.clvTests");
        List<String> failed = (List<String>) results.get("failed");
        List<String> passed = (List<String>) results.get("passed");
        assertEquals(List.of(), failed, "tests failed in the browser");
        assertTrue(passed.size() >= 40, "the browser ran " + passed.size() + " tests: " + passed);
        assertEquals(List.of(), Browsers.consoleProblems(browser), "the page logged errors");
    }

    @Test
    void theAccessibilityCheckFindsProblemsInsideShadowRoots() {
        browser.get(base + "/ui-test/unit.html");
        browser.executeScript("""
                const host = document.createElement('div');
                const pale = document.createElement('p');
                pale.textContent = 'pale';
                pale.style.color = '#bbb'; // through the CSSOM: the page's policy forbids style attributes
                host.attachShadow({mode: 'open'}).append(document.createElement('button'), pale);
                document.getElementById('stage').append(host);""");
        List<String> problems = Browsers.accessibilityProblems(browser);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("button-name")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("color-contrast")), problems.toString());
    }
}
