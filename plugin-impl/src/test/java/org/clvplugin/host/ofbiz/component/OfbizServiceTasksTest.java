package org.clvplugin.host.ofbiz.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.ofbiz.entity.DelegatorFactory;
import org.apache.ofbiz.service.ServiceContainer;
import org.clvplugin.api.host.FollowUpTask;
import org.clvplugin.host.ofbiz.OfbizFollowUpTasks;
import org.clvplugin.testsupport.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Inside OFBiz the plugin's follow-up tasks go through OFBiz's service createWorkEffortAndPartyAssign. The service's
 * contract, as trunk's applications/workeffort/servicedef/services.xml declares it (not in ../shared: read in
 * OFBiz's sources): IN the WorkEffort entity's fields (interfaceWorkEffort: its non-key fields, and the key
 * INOUT), required workEffortTypeId, workEffortName, currentStatusId, and the attributes partyId, roleTypeId,
 * statusId (required), quickAssignPartyId, requirementId, communicationEventId; auth, so a userLogin. The fields
 * are checked against the WorkEffort entity of ../shared/ofbiz, the roles against OFBiz's party seed data.
 */
class OfbizServiceTasksTest {

    private static final Set<String> SERVICE_ATTRIBUTES = Set.of("partyId", "roleTypeId", "statusId",
            "quickAssignPartyId", "requirementId", "communicationEventId", "userLogin");
    private static final Set<String> REQUIRED = Set.of("workEffortTypeId", "workEffortName", "currentStatusId",
            "partyId", "roleTypeId", "statusId", "userLogin");

    private final List<Map<String, Object>> calls = new ArrayList<>();

    private static Set<String> workEffortFields() throws Exception {
        String model = Files.readString(SharedData.file(
                "ofbiz/applications/datamodel/entitydef/workeffort-entitymodel.xml"));
        int start = model.indexOf("<entity entity-name=\"WorkEffort\"");
        String entity = model.substring(start, model.indexOf("</entity>", start));
        Set<String> fields = new HashSet<>();
        Matcher m = Pattern.compile("<field name=\"(\\w+)\"").matcher(entity);
        while (m.find()) {
            fields.add(m.group(1));
        }
        return fields;
    }

    /** A database with OFBiz's WORK_EFFORT key, and a dispatcher that stores the task as the service would. */
    private DataSource ofbiz(String answer) throws SQLException {
        String url = "jdbc:h2:mem:tasks" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE WORK_EFFORT (WORK_EFFORT_ID VARCHAR(20) PRIMARY KEY)");
        }
        DelegatorFactory.register("tasks", "org.apache.ofbiz", "tasksh2");
        ServiceContainer.register("clv", (service, context) -> {
            calls.add(Map.of("service", service, "context", context));
            if (answer.equals("success")) {
                try (Connection c = DriverManager.getConnection(url, "sa", "");
                     PreparedStatement p = c.prepareStatement("INSERT INTO WORK_EFFORT VALUES (?)")) {
                    p.setString(1, (String) context.get("workEffortId"));
                    p.executeUpdate();
                }
                return Map.of("responseMessage", "success", "workEffortId", context.get("workEffortId"));
            }
            return Map.of("responseMessage", "error", "errorMessage", answer);
        });
        org.h2.jdbcx.JdbcDataSource db = new org.h2.jdbcx.JdbcDataSource();
        db.setURL(url);
        db.setUser("sa");
        return db;
    }

    private static FollowUpTask task(String key, String owner, String contact) {
        return new FollowUpTask(key, owner, contact, "Call DEMO_CUSTOMER: now Gold", "Tier upgraded",
                Instant.parse("2026-12-10T09:00:00Z"), Instant.parse("2026-12-03T09:00:00Z"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTaskGoesThroughOfbizsServiceOnceWithItsContract() throws Exception {
        DataSource db = ofbiz("success");
        OfbizServiceTasks tasks = OfbizServiceTasks.of("tasks", getClass().getClassLoader(), db);
        assertTrue(tasks.createTask(task("rule-1:10000:run-7", "SALESREP_1", "DEMO_CUSTOMER")));
        assertFalse(tasks.createTask(task("rule-1:10000:run-7", "SALESREP_1", "DEMO_CUSTOMER")),
                "the same firing delivered again finds its task");
        assertEquals(1, calls.size(), "one service call for the one task");
        assertEquals(OfbizServiceTasks.SERVICE, calls.get(0).get("service"));
        Map<String, Object> context = (Map<String, Object>) calls.get(0).get("context");

        Set<String> allowed = new HashSet<>(workEffortFields());
        allowed.addAll(SERVICE_ATTRIBUTES);
        assertTrue(allowed.containsAll(context.keySet()), "not parameters of the service: "
                + context.keySet().stream().filter(k -> !allowed.contains(k)).toList());
        assertTrue(context.keySet().containsAll(REQUIRED), "required: " + REQUIRED + ", given " + context.keySet());
        assertEquals(OfbizFollowUpTasks.workEffortId("rule-1:10000:run-7"), context.get("workEffortId"));
        assertEquals("TASK", context.get("workEffortTypeId"));
        assertEquals("CAL_NEEDS_ACTION", context.get("currentStatusId"));
        assertEquals("DEMO_CUSTOMER", context.get("partyId"));
        assertEquals("CONTACT", context.get("roleTypeId"));
        assertEquals("SALESREP_1", context.get("quickAssignPartyId"), "the owner, as CAL_OWNER");
        assertEquals(Map.of("userLoginId", "system"), context.get("userLogin"));
        assertTrue(context.get("estimatedCompletionDate") instanceof Timestamp, "date-time fields are Timestamps");
        String roles = Files.readString(SharedData.file("ofbiz/applications/datamodel/data/seed/PartySeedData.xml"));
        for (String role : List.of("CONTACT", "CAL_OWNER")) {
            assertTrue(roles.contains("roleTypeId=\"" + role + "\""), role + " is one of OFBiz's role types");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTaskForTheOwnerThemselvesIsAssignedOnceAsOwner() throws Exception {
        OfbizServiceTasks tasks = OfbizServiceTasks.of("tasks", getClass().getClassLoader(), ofbiz("success"));
        assertTrue(tasks.createTask(task("rule-2:x", "SALESREP_1", "SALESREP_1")));
        Map<String, Object> context = (Map<String, Object>) calls.get(0).get("context");
        assertEquals("CAL_OWNER", context.get("roleTypeId"));
        assertFalse(context.containsKey("quickAssignPartyId"), "no second assignment of the same party");
    }

    @Test
    void aRefusalIsAnErrorWithOfbizsReason() throws Exception {
        OfbizServiceTasks tasks = OfbizServiceTasks.of("tasks", getClass().getClassLoader(),
                ofbiz("Security Error: to run createWorkEffortAndPartyAssign you must have WORKEFFORTMGR_CREATE"));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> tasks.createTask(task("rule-3:x", "SALESREP_1", "DEMO_CUSTOMER")));
        assertTrue(refused.getMessage().contains("must have WORKEFFORTMGR_CREATE"), refused.getMessage());
    }
}
