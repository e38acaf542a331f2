package org.clvplugin.rest;

import static org.mockito.Mockito.mock;

import javax.sql.DataSource;

import jakarta.ws.rs.core.Application;

import org.clvplugin.schedule.RunTrigger;
import org.clvplugin.settings.AdminSettings;
import org.clvplugin.settings.TierAdmin;
import org.clvplugin.store.AuditRepository;
import org.clvplugin.store.RunRepository;
import org.clvplugin.values.ContactValues;
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
    AdminSettings settings;
    TierAdmin tiers;
    RunTrigger trigger;
    AuditRepository audit;

    @Override
    protected Application configure() {
        set(TestProperties.LOG_TRAFFIC, false);
        dataSource = mock(DataSource.class);
        runs = mock(RunRepository.class);
        values = mock(ContactValues.class);
        settings = mock(AdminSettings.class);
        tiers = mock(TierAdmin.class);
        trigger = mock(RunTrigger.class);
        audit = mock(AuditRepository.class);
        return new ClvApplication(new ClvRuntime(dataSource, runs, values, settings, tiers, trigger, audit));
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
