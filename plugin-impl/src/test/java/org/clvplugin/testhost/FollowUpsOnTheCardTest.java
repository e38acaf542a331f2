package org.clvplugin.testhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.clvplugin.api.host.HostConfig;
import org.clvplugin.api.host.HostProvider;
import org.clvplugin.rest.ClvApplication;
import org.clvplugin.rules.Action;
import org.clvplugin.rules.DeliveryPolicy;
import org.clvplugin.rules.Rule;
import org.clvplugin.rules.SecretBox;
import org.clvplugin.rules.Trigger;
import org.clvplugin.runtime.HostProviders;
import org.clvplugin.runtime.PluginServices;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the rules did for a contact, as its card reads it from {@code GET /contacts/{id}/follow-ups}: a task waiting
 * to be created, then created with its subject and due day; nothing for a contact no rule fired for; 404 for an
 * unknown one.
 */
class FollowUpsOnTheCardTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @Test
    void theCardReadsTheRulesTasksForItsContactAndTheirState() throws Exception {
        HostProvider provider = HostProviders.open("memory", HostConfig.of(Map.of("memory.customers", "300")),
                getClass().getClassLoader());
        MemoryHost host = (MemoryHost) provider;
        try (PluginServices services = new PluginServices(provider);
             PluginServices.Running running = services.run()) {
            Rule saved = running.runtime().rules().save(new Rule(null, "big spenders", true,
                    new Trigger(Trigger.Kind.CLV_ABOVE, null, 5000.0, null, null), null,
                    new Action(Action.Kind.TASK, "Call {name}, now {tier}", "CLV now {clv}", 3, null), 0, null),
                    null, "test");
            services.recompute(AS_OF, "test", line -> { });
            host.addOrder(new MemoryHost.Order("M0001", "M0001-big", AS_OF.minusDays(3), 40_000));
            services.recompute(AS_OF, "test", line -> { });

            JerseyTest api = new JerseyTest(new ClvApplication(running.runtime())) {
            };
            api.setUp();
            try {
                JsonNode waiting = get(api, "M0001");
                assertEquals(1, waiting.size(), waiting.toString());
                JsonNode task = waiting.get(0);
                assertEquals("PENDING", task.get("state").asText(), "not yet handed to the host");
                assertEquals("big spenders", task.get("rule").asText());
                assertEquals("TASK", task.get("action").asText());
                assertEquals("CLV_ABOVE", task.get("trigger").asText());
                assertTrue(task.get("dueAt").isNull(), "due once created");

                Instant before = Instant.now();
                services.dispatcher(Set::of, () -> DeliveryPolicy.DEFAULT, new SecretBox(provider.secretKey()))
                        .deliverDue(Duration.ofSeconds(30));
                JsonNode created = get(api, "M0001").get(0);
                assertEquals("DELIVERED", created.get("state").asText());
                assertEquals(host.tasks().get(0).subject(), created.get("subject").asText(),
                        "the subject as the host got it");
                assertTrue(created.get("subject").asText().startsWith("Call Customer 1, now "), created.toString());
                assertEquals(created.get("toTier").asText(), created.get("subject").asText()
                        .substring("Call Customer 1, now ".length()), "the tier by its name");
                Instant delivered = Instant.parse(created.get("deliveredAt").asText());
                assertTrue(!delivered.isBefore(before.minusSeconds(1)), created.toString());
                assertEquals(delivered.plus(Duration.ofDays(3)), Instant.parse(created.get("dueAt").asText()),
                        "due the rule's three days after it was created");

                assertEquals(0, get(api, "M0002").size(), "no rule fired for this contact");

                // The console's list of the rule's actions says the same in people's words.
                org.clvplugin.rules.FiringView listed = running.runtime().rules().firings(saved.id(), 10).get(0);
                assertEquals("Customer 1", listed.contactName());
                assertEquals("REP_ODD", listed.ownerPartyId());
                assertEquals(created.get("toTier").asText(), listed.toTier(), "the tier by its name");
                assertTrue(listed.clvAfter() > 5000 && listed.clvBefore() < 5000, listed.toString());
                assertEquals(404, api.target("contacts/NOPE/follow-ups").request()
                        .header("Authorization", "Bearer " + MemoryHost.ADMIN_TOKEN).get().getStatus());
            } finally {
                api.tearDown();
            }
        }
    }

    private static JsonNode get(JerseyTest api, String partyId) throws Exception {
        return new ObjectMapper().readTree(api.target("contacts/" + partyId + "/follow-ups").request()
                .header("Authorization", "Bearer " + MemoryHost.ADMIN_TOKEN).get(String.class));
    }
}
