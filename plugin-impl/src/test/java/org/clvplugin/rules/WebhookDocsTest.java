package org.clvplugin.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * docs/webhooks.md shows a receiver's check in Java and in Python; the Java one is this package's
 * {@link WebhookReceiverExample} (run against really signed requests in {@code DeliveryContract}), and the Python
 * one is run there too: here the page and the tested code are held to be the same text.
 */
class WebhookDocsTest {

    static final Path PAGE = Path.of("../docs/webhooks.md");

    @Test
    void thePagesJavaExampleIsTheTestedClass() throws Exception {
        String source = Files.readString(Path.of("src/test/java/org/clvplugin/rules/WebhookReceiverExample.java"),
                StandardCharsets.UTF_8);
        String example = source.substring(source.indexOf("// --- example ---\n") + "// --- example ---\n".length());
        assertTrue(page().contains("```java\n" + example + "```"), "docs/webhooks.md shows the tested Java check");
    }

    @Test
    void thePageHasAPythonExample() throws Exception {
        assertTrue(pythonExample().contains("def verified("), "docs/webhooks.md shows a Python check");
    }

    /** The Python code block of the page. */
    static String pythonExample() throws Exception {
        String page = page();
        int start = page.indexOf("```python\n") + "```python\n".length();
        return page.substring(start, page.indexOf("```", start));
    }

    private static String page() throws Exception {
        return Files.readString(PAGE, StandardCharsets.UTF_8);
    }
}
