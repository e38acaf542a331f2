package org.clvplugin.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clvplugin.api.FieldError;

/**
 * A task's subject or description with placeholders in braces, "{name}: now {tier}". Only the placeholders below
 * exist; anything else in braces is refused when the rule is saved, not discovered when it fires.
 */
public record Template(String text) {

    public static final Set<String> PLACEHOLDERS = Set.of("name", "partyId", "owner", "tier", "previousTier", "clv",
            "previousClv", "probabilityAlive", "segment", "run");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final int MAX = 2000;

    /** What is wrong with the text as the field's value, each a problem; empty when it can be used. */
    public List<FieldError> problems(String field) {
        List<FieldError> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(FieldError.coded(field, "required", "must not be empty"));
            return problems;
        }
        if (text.length() > MAX) {
            problems.add(FieldError.coded(field, "tooLong", "at most " + MAX + " characters", "max", MAX));
        }
        Matcher m = PLACEHOLDER.matcher(text);
        String known = String.join(" ", PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").toList());
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                problems.add(FieldError.coded(field, "template.placeholder", "unknown placeholder {" + m.group(1)
                        + "}; use " + known, "value", "{" + m.group(1) + "}", "known", known));
            }
        }
        if (PLACEHOLDER.matcher(text).replaceAll("").matches(".*[{}].*")) {
            problems.add(FieldError.coded(field, "template.brace", "a brace that opens or closes no placeholder"));
        }
        return problems;
    }

    /** The text with each placeholder replaced by its value (empty for a missing one). */
    public String render(Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                values.getOrDefault(m.group(1), "")));
    }
}
