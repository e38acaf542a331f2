package org.clvplugin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key the UI's code names literally ({@code t('list.export')}, {@code t.plural('dash.trend', ...)})
 * is defined in each of the five languages: the browser test checks that the tables agree with each other, this one
 * that the code asks for nothing the tables lack (a missing key would show as the key itself).
 */
class MessageKeysTest {

    private static final Path UI = Path.of("src/main/resources/org/clvplugin/ui/static");
    private static final Pattern USED = Pattern.compile("\\bt(?:\\.plural)?\\(\\s*'([a-z]+\\.[A-Za-z0-9_.\\-]+)'");

    @Test
    void everyKeyTheCodeAsksForIsDefinedInEveryLanguage() throws IOException {
        String tables = Files.readString(UI.resolve("i18n.js"), StandardCharsets.UTF_8)
                + Files.readString(UI.resolve("admin/messages.js"), StandardCharsets.UTF_8);
        TreeSet<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(UI)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                Matcher m = USED.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 200, "the code's keys were found: " + used.size());
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            // A prefix the code completes ('admin.tab.' + id) must have keys in every language too.
            boolean prefix = key.endsWith(".");
            long definitions = Pattern.compile("'" + Pattern.quote(key) + (prefix ? "[A-Za-z_:]+':" : "':"))
                    .matcher(tables).results().count();
            if (prefix ? definitions < 5 : definitions != 5) {
                missing.add(key + " (" + definitions + " of 5)");
            }
        }
        assertEquals(List.of(), missing, "keys the code uses that are not defined once per language");
    }
}
