package org.clvplugin.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an outbox entry's event says about the change that fired it, as people read it: the rule's name and
 * trigger, the contact's name and owner, its tier keys and CLV before and after (null where the event has none).
 */
record FiredEvent(String rule, String trigger, String contactName, String ownerPartyId, String fromTier,
                  String toTier, Double clvBefore, Double clvAfter, JsonNode event) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static FiredEvent of(String payload) {
        JsonNode event;
        try {
            event = JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox entry's event is not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode transition = event.path("transition");
        return new FiredEvent(text(event.path("rule").path("name")), text(transition.path("trigger")),
                text(event.path("contact").path("name")), text(event.path("contact").path("ownerPartyId")),
                text(transition.path("before").path("tierKey")), text(transition.path("after").path("tierKey")),
                number(transition.path("before").path("clv")), number(transition.path("after").path("clv")), event);
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }
}
