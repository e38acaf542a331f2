package org.clvplugin.ui;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium driven through Debian's chromedriver, headless; nothing is downloaded. The binaries come from
 * CLV_TEST_CHROMIUM and CLV_TEST_CHROMEDRIVER (set by .ci/run), else /usr/bin. Without them a browser test is
 * skipped with a message, unless clv.requireExternal=true (as in CI), where it fails.
 */
public final class Browsers {

    private Browsers() {
    }

    public static ChromeDriver chromium() {
        File browser = new File(System.getenv().getOrDefault("CLV_TEST_CHROMIUM", "/usr/bin/chromium"));
        File driver = new File(System.getenv().getOrDefault("CLV_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!browser.canExecute() || !driver.canExecute()) {
            String message = "browser tests need Debian's chromium and chromium-driver (" + browser + ", " + driver
                    + "): apt-get install chromium chromium-driver, as .ci/run does";
            if (Boolean.getBoolean("clv.requireExternal")) {
                fail(message + " (clv.requireExternal=true makes this a failure)");
            }
            abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--lang=en-US", "--disable-gpu", "--no-first-run");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The element at the end of a chain of selectors, each inside the previous one's shadow root. */
    public static WebElement deep(WebDriver driver, String... selectors) {
        return (WebElement) ((JavascriptExecutor) driver).executeScript("""
                let at = document;
                for (const selector of arguments[0]) {
                  const root = at.shadowRoot || at;
                  at = root.querySelector(selector);
                  if (!at) return null;
                }
                return at;""", List.of(selectors));
    }

    /** The browser console's errors and warnings since the last call (CSP violations, uncaught exceptions). */
    public static List<String> consoleProblems(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
    }

    /**
     * The page's accessibility violations by axe-core (vendored for the tests only, see vendor/README.txt), in
     * open shadow roots too, against WCAG 2.1 A and AA: "rule (impact): help, N elements".
     */
    @SuppressWarnings("unchecked")
    public static List<String> accessibilityProblems(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            try (InputStream in = Browsers.class.getResourceAsStream("/org/clvplugin/ui/test/vendor/axe.min.js")) {
                js.executeScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the vendored axe-core", e);
            }
        }
        return (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then((r) => done(r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}, ${v.nodes.length}`
                    + ` elements: ${v.nodes.slice(0, 3).map((n) => n.target.join(' > ')).join('; ')}`)))
                  .catch((e) => done(['axe failed: ' + e.message]));""");
    }

    /** Saves a screenshot of the page or of one element as target/screenshots/NAME.png. */
    public static Path screenshot(TakesScreenshot shot, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, shot.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot save the screenshot " + name, e);
        }
    }
}
