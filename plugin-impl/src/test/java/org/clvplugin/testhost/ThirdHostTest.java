package org.clvplugin.testhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.Response;

import org.clvplugin.api.host.FollowUpTask;
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
import org.clvplugin.store.RunRecord;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A host made only of this package (contacts and orders in memory, tasks in a list, its own token), found by its id
 * with ServiceLoader like the OFBiz and standalone hosts: the plugin recomputes over it, serves its values through
 * the API with its security, and hands it the rules' follow-up tasks, without a change outside the host's code.
 */
class ThirdHostTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @Test
    void thePluginRunsOverAHostThatOnlyImplementsTheContract() throws Exception {
        HostProvider provider = HostProviders.open("memory", HostConfig.of(Map.of("memory.customers", "300")),
                getClass().getClassLoader());
        MemoryHost host = (MemoryHost) provider;
        try (PluginServices services = new PluginServices(provider);
             PluginServices.Running running = services.run()) {
            Rule rule = running.runtime().rules().save(new Rule(null, "big spenders", true,
                    new Trigger(Trigger.Kind.CLV_ABOVE, null, 5000.0, null, null), null,
                    new Action(Action.Kind.TASK, "Call {name}", "CLV now {clv}", 3, null), 0, null), null, "test");

            RunRecord first = services.recompute(AS_OF, "test", line -> { });
            assertEquals(RunRecord.State.SUCCEEDED, first.state(), first.errorMessage());
            // Rules compare a run with the one published before it: a big order makes M0001 cross the threshold.
            host.addOrder(new MemoryHost.Order("M0001", "M0001-big", AS_OF.minusDays(3), 40_000));
            RunRecord run = services.recompute(AS_OF, "test", line -> { });
            assertEquals(RunRecord.State.SUCCEEDED, run.state(), run.errorMessage());

            services.dispatcher(Set::of, () -> DeliveryPolicy.DEFAULT, new SecretBox(provider.secretKey()))
                    .deliverDue(Duration.ofSeconds(30));
            List<FollowUpTask> tasks = host.tasks();
            assertEquals(1, tasks.size(), "the rule's task reached the host's sink: " + run.report());
            FollowUpTask task = tasks.get(0);
            assertEquals("Call Customer 1", task.subject(), "named from the host's directory");
            assertEquals("M0001", task.contactPartyId());
            assertEquals("REP_ODD", task.ownerPartyId(), "the owner the host's directory names");
            assertTrue(rule.id() != null);

            JerseyTest api = new JerseyTest(new ClvApplication(running.runtime())) {
            };
            api.setUp();
            try {
                Response refused = api.target("contacts/M0001/value").request().header("Authorization",
                        "Bearer somebody-else").get();
                assertEquals(401, refused.getStatus(), "the host's security decides");
                String body = api.target("contacts/M0001/value").request().header("Authorization",
                        "Bearer " + MemoryHost.ADMIN_TOKEN).get(String.class);
                JsonNode value = new ObjectMapper().readTree(body);
                assertEquals("Customer 1", value.get("name").asText(), "the name from the host's directory");
                assertEquals("SCORED", value.get("status").asText());
                assertTrue(value.get("historicalValue").asDouble() > 0, body);
            } finally {
                api.tearDown();
            }
        }
    }

    @Test
    void anUnknownHostIsNamedWithTheHostsThereAre() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> HostProviders.open("sap", HostConfig.of(Map.of()), getClass().getClassLoader()));
        assertTrue(e.getMessage().contains("no host 'sap'") && e.getMessage().contains("memory")
                && e.getMessage().contains("ofbiz"), e.getMessage());
    }
}
