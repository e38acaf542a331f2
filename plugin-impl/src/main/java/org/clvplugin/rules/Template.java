package org.clvplugin.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's subject or description with placeholders in braces, "{name}: now {tier}". Only the placeholders below
 * exist; anything else in braces is refused when the rule is saved, not discovered when it fires.
 */
public record Template(String text) {

    public static final Set<String> PLACEHOLDERS = Set.of("name", "partyId", "owner", "tier", "previousTier", "clv",
            "previousClv", "probabilityAlive", "segment", "run");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final int MAX = 2000;

    /** What is wrong with the text, each a message; empty when it can be used. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add("must not be empty");
            return problems;
        }
        if (text.length() > MAX) {
            problems.add("at most " + MAX + " characters");
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                problems.add("unknown placeholder {" + m.group(1) + "}; use " + PLACEHOLDERS.stream().sorted()
                        .map(p -> "{" + p + "}").toList());
            }
        }
        if (PLACEHOLDER.matcher(text).replaceAll("").matches(".*[{}].*")) {
            problems.add("a brace that opens or closes no placeholder");
        }
        return problems;
    }

    /** The text with each placeholder replaced by its value (empty for a missing one). */
    public String render(Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                values.getOrDefault(m.group(1), "")));
    }
}
