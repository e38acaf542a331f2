package org.clvplugin.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.clvplugin.api.host.FollowUpSink;
import org.clvplugin.api.host.FollowUpTask;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A TASK action delivered to the host: subject and description rendered from the rule's templates with the
 * event's values, due the rule's number of days after delivery, assigned to the contact's owner.
 */
public final class TaskDelivery {

    private final FollowUpSink sink;

    public TaskDelivery(FollowUpSink sink) {
        this.sink = sink;
    }

    DeliveryOutcome deliver(Outbox.Entry entry, Action action, JsonNode event, Map<String, String> tierNames,
                            Instant now) {
        String owner = event.path("contact").path("ownerPartyId").asText(null);
        if (owner == null || owner.isBlank()) {
            return DeliveryOutcome.refused("the contact " + entry.partyId() + " has no owner to assign the task to");
        }
        FollowUpTask task = task(entry.idempotencyKey(), action, event, tierNames, now);
        return sink.createTask(task) ? DeliveryOutcome.delivered() : DeliveryOutcome.alreadyDone();
    }

    /** The task an event makes: also what a dry run shows. */
    static FollowUpTask task(String key, Action action, JsonNode event, Map<String, String> tierNames, Instant now) {
        Map<String, String> values = values(event, tierNames);
        String description = action.description() == null ? "" : new Template(action.description()).render(values);
        return new FollowUpTask(key, event.path("contact").path("ownerPartyId").asText(null),
                event.path("contact").path("partyId").asText(), new Template(action.subject()).render(values),
                description, now.plus(Duration.ofDays(action.dueInDays() == null ? 0 : action.dueInDays())), now);
    }

    /** The placeholders' values: tiers by their names, values with two decimals, P(alive) in per cent. */
    static Map<String, String> values(JsonNode event, Map<String, String> tierNames) {
        JsonNode contact = event.path("contact");
        JsonNode before = event.path("transition").path("before");
        JsonNode after = event.path("transition").path("after");
        Map<String, String> v = new LinkedHashMap<>();
        String partyId = contact.path("partyId").asText("");
        v.put("partyId", partyId);
        v.put("name", contact.hasNonNull("name") ? contact.get("name").asText() : partyId);
        v.put("owner", contact.path("ownerPartyId").asText(""));
        v.put("tier", tier(after, tierNames));
        v.put("previousTier", tier(before, tierNames));
        v.put("clv", money(after));
        v.put("previousClv", money(before));
        v.put("probabilityAlive", after.hasNonNull("probabilityAlive")
                ? String.format(Locale.ROOT, "%.0f%%", after.get("probabilityAlive").asDouble() * 100) : "");
        v.put("segment", after.path("segment").asText(""));
        v.put("run", event.path("run").asText(""));
        return v;
    }

    private static String tier(JsonNode state, Map<String, String> tierNames) {
        String key = state.path("tierKey").asText(null);
        return key == null ? "" : tierNames.getOrDefault(key, key);
    }

    private static String money(JsonNode state) {
        return state.hasNonNull("clv") ? String.format(Locale.ROOT, "%.2f", state.get("clv").asDouble()) : "";
    }
}
