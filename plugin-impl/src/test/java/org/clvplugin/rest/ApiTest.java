package org.clvplugin.rest;

import static org.mockito.Mockito.mock;

import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.Application;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.api.host.HostSecurity;
import org.clvplugin.rules.ContactFollowUps;
import org.clvplugin.rules.RuleAdmin;
import org.clvplugin.schedule.RunTrigger;
import org.clvplugin.settings.AdminSettings;
import org.clvplugin.settings.TierAdmin;
import org.clvplugin.store.AuditRepository;
import org.clvplugin.store.RunRepository;
import org.clvplugin.values.ContactList;
import org.clvplugin.values.ContactValues;
import org.clvplugin.values.Dashboard;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The API in process (Jersey's test framework, in-memory connector) over mocked services: each resource test
 * states what the services answer and checks what the client gets.
 */
abstract class ApiTest extends JerseyTest {

    // Assigned in configure(), which JerseyTest's constructor calls before field initializers would run.
    DataSource dataSource;
    RunRepository runs;
    ContactValues values;
    ContactList contacts;
    Dashboard dashboard;
    AdminSettings settings;
    TierAdmin tiers;
    RunTrigger trigger;
    AuditRepository audit;
    RuleAdmin rules;
    ContactFollowUps followUps;
    org.clvplugin.tokens.ApiTokens tokens;

    @Override
    protected Application configure() {
        set(TestProperties.LOG_TRAFFIC, false);
        dataSource = mock(DataSource.class);
        runs = mock(RunRepository.class);
        values = mock(ContactValues.class);
        contacts = mock(ContactList.class);
        dashboard = mock(Dashboard.class);
        settings = mock(AdminSettings.class);
        tiers = mock(TierAdmin.class);
        trigger = mock(RunTrigger.class);
        audit = mock(AuditRepository.class);
        rules = mock(RuleAdmin.class);
        followUps = mock(ContactFollowUps.class);
        tokens = mock(org.clvplugin.tokens.ApiTokens.class);
        return new ClvApplication(new ClvRuntime(dataSource, runs, values, contacts, dashboard, settings, tiers,
                trigger, audit, rules, followUps, tokens, ApiTest::authenticate));
    }

    /**
     * The test's host security: "Bearer admin" is an admin, "Bearer viewer" sales rep REP_ANNA, "Bearer robot" an
     * automation token that reads contacts, "Bearer only PERMISSION" a token with that one permission, "Bearer bad" a
     * refused token; without a header, anonymous.
     */
    static Optional<ApiUser> authenticate(HostSecurity.Request request) {
        return request.header("Authorization").map(h -> h.startsWith("Bearer only ")
                ? new ApiUser("robot", Set.of(h.substring("Bearer only ".length())), null) : switch (h) {
            case "Bearer admin" -> new ApiUser("admin", ApiUser.admin(), null);
            case "Bearer viewer" -> new ApiUser("anna", ApiUser.viewer(), "REP_ANNA");
            case "Bearer robot" -> new ApiUser("crm-sync", Set.of(ApiUser.READ_CONTACTS), null);
            default -> throw new HostSecurity.Refused(401, "the token is not valid");
        });
    }

    /** Requests are an admin's unless a test says otherwise. */
    @Override
    protected void configureClient(ClientConfig config) {
        config.register((ClientRequestFilter) request -> {
            if (!request.getHeaders().containsKey("Authorization")
                    && !request.getHeaders().containsKey("X-Anonymous")) {
                request.getHeaders().putSingle("Authorization", "Bearer admin");
            }
        });
    }

    @BeforeEach
    void startJersey() throws Exception {
        super.setUp();
    }

    @AfterEach
    void stopJersey() throws Exception {
        super.tearDown();
    }

    static JsonNode json(String body) throws Exception {
        return JsonMapper.MAPPER.readTree(body);
    }
}
