package org.clvplugin.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clvplugin.api.FieldError;
import org.junit.jupiter.api.Test;

class RuleValidationTest {

    private static final Set<String> TIERS = Set.of("BRONZE", "SILVER", "GOLD");
    private static final Set<String> SEGMENTS = Set.of("Champions", "At risk");
    private static final WebhookTargets NO_PRIVATE = new WebhookTargets(Set.of(), host -> new java.net.InetAddress[0]);

    private static List<String> fields(Rule rule) {
        return rule.validate(TIERS, SEGMENTS, NO_PRIVATE).stream().map(FieldError::field).toList();
    }

    @Test
    void aGoodTaskRuleHasNoProblems() {
        Rule r = new Rule(null, "Gold welcome", true, new Trigger(Trigger.Kind.TIER_ENTERED, "GOLD", null, null, null),
                new RuleFilter(Set.of("GOLD"), Set.of("Champions"), "REP_ANNA", 100.0),
                new Action(Action.Kind.TASK, "Welcome {name} to {tier}", "CLV {clv}, was {previousClv}", 3, null), 24,
                50);
        assertEquals(List.of(), fields(r));
    }

    @Test
    void everyProblemNamesItsField() {
        Rule r = new Rule(null, "", true, new Trigger(Trigger.Kind.TIER_ENTERED, "DIAMOND", null, null, null),
                new RuleFilter(Set.of("WOOD"), Set.of("Whales"), "", -1.0),
                new Action(Action.Kind.TASK, "Hello {nmae}", "}", 400, null), -1, 0);
        assertEquals(List.of("name", "trigger.tier", "filter.tiers", "filter.segments", "filter.owner",
                "filter.minClv", "action.subject", "action.description", "action.dueInDays", "cooldownHours",
                "maxPerRun"), fields(r));
    }

    @Test
    void aWebhookToAnAddressThatIsNotAllowedIsRefused() {
        Rule r = new Rule(null, "hook", true, new Trigger(Trigger.Kind.TIER_UPGRADED, null, null, null, null), null,
                new Action(Action.Kind.WEBHOOK, null, null, null, "https://unresolvable.invalid/x"), 0, null);
        assertEquals(List.of("action.url"), fields(r));
    }

    @Test
    void templatesKnowTheirPlaceholders() {
        assertEquals("Call Ann (GOLD, 612.5)", new Template("Call {name} ({tier}, {clv})")
                .render(Map.of("name", "Ann", "tier", "GOLD", "clv", "612.5")));
        assertEquals("$1 {x}", new Template("{name}").render(Map.of("name", "$1 {x}")), "values are not re-read");
        FieldError unknown = new Template("Hi {who}").problems("action.subject").get(0);
        assertTrue(unknown.message().startsWith("unknown placeholder {who}"));
        assertEquals("template.placeholder", unknown.code(), "a code the UI says in its language");
        assertEquals("{who}", unknown.params().get("value"));
        assertEquals("action.subject", unknown.field());
        assertTrue(new Template("Hi {name").problems("s").get(0).message().startsWith("a brace"));
        assertEquals(List.of("must not be empty"), new Template(" ").problems("s").stream().map(FieldError::message)
                .toList());
    }
}
