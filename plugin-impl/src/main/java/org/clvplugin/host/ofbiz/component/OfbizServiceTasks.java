package org.clvplugin.host.ofbiz.component;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.clvplugin.api.host.FollowUpSink;
import org.clvplugin.api.host.FollowUpTask;
import org.clvplugin.host.ofbiz.OfbizFollowUpTasks;

/**
 * Follow-up tasks inside OFBiz, made by OFBiz's own service {@code createWorkEffortAndPartyAssign} through its
 * LocalDispatcher (by reflection, as the connections are), so that OFBiz's entity engine writes them with its
 * caches, ECAs and audit fields. One call, one transaction: the WorkEffort (type TASK, status CAL_NEEDS_ACTION), the
 * contact's assignment (role CONTACT) and, through {@code quickAssignPartyId}, the owner's (CAL_OWNER,
 * PRTYASGN_ASSIGNED). The service runs as OFBiz's {@code system} user. The task id derives from the delivery's
 * key, as in the standalone host's {@link OfbizFollowUpTasks}, so a repeated delivery finds the task and stops.
 */
final class OfbizServiceTasks implements FollowUpSink {

    static final String SERVICE = "createWorkEffortAndPartyAssign";

    private final Object dispatcher;
    private final Method runSync;
    private final Object systemUser;
    private final DataSource db;

    private OfbizServiceTasks(Object dispatcher, Method runSync, Object systemUser, DataSource db) {
        this.dispatcher = dispatcher;
        this.runSync = runSync;
        this.systemUser = systemUser;
        this.db = db;
    }

    /** OFBiz's dispatcher for the delegator, and its system user; refused with the reason outside OFBiz. */
    static OfbizServiceTasks of(String delegatorName, ClassLoader loader, DataSource db) {
        try {
            Class<?> delegatorType = loader.loadClass("org.apache.ofbiz.entity.Delegator");
            Object delegator = OfbizConnections.delegator(delegatorName, loader);
            Object local = loader.loadClass("org.apache.ofbiz.service.ServiceContainer")
                    .getMethod("getLocalDispatcher", String.class, delegatorType).invoke(null, "clv", delegator);
            Method runSync = loader.loadClass("org.apache.ofbiz.service.LocalDispatcher")
                    .getMethod("runSync", String.class, Map.class);
            Object system = delegatorType.getMethod("findOne", String.class, Map.class, boolean.class)
                    .invoke(delegator, "UserLogin", Map.of("userLoginId", "system"), true);
            if (system == null) {
                throw new IllegalStateException("OFBiz has no user login 'system' (OFBiz's seed data makes it)");
            }
            return new OfbizServiceTasks(local, runSync, system, db);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("OFBiz's service engine is not on the classpath (" + e.getMessage()
                    + "): outside OFBiz set clv.datasource=jdbc", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("OFBiz's service engine refused: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public boolean createTask(FollowUpTask task) {
        String id = OfbizFollowUpTasks.workEffortId(task.key());
        if (OfbizFollowUpTasks.exists(db, id)) {
            return false;
        }
        boolean own = task.contactPartyId().equals(task.ownerPartyId());
        Map<String, Object> context = new HashMap<>();
        context.put("workEffortId", id);
        context.put("workEffortTypeId", "TASK");
        context.put("currentStatusId", "CAL_NEEDS_ACTION");
        context.put("workEffortName", OfbizFollowUpTasks.cut(task.subject(), OfbizFollowUpTasks.NAME_LENGTH));
        if (task.description() != null && !task.description().isEmpty()) {
            context.put("description", OfbizFollowUpTasks.cut(task.description(),
                    OfbizFollowUpTasks.DESCRIPTION_LENGTH));
        }
        context.put("estimatedStartDate", Timestamp.from(task.createdAt()));
        context.put("estimatedCompletionDate", Timestamp.from(task.due()));
        context.put("sourceReferenceId", task.key());
        context.put("partyId", task.contactPartyId());
        context.put("roleTypeId", own ? "CAL_OWNER" : "CONTACT");
        context.put("statusId", "PRTYASGN_ASSIGNED");
        if (!own) {
            context.put("quickAssignPartyId", task.ownerPartyId());
        }
        context.put("userLogin", systemUser);
        Map<String, Object> result = run(context);
        if (!"success".equals(result.get("responseMessage"))) {
            if (OfbizFollowUpTasks.exists(db, id)) {
                return false; // another node delivered the same firing at the same moment
            }
            throw new IllegalStateException("OFBiz's " + SERVICE + " refused the task: " + result.get("errorMessage")
                    + (result.get("errorMessageList") == null ? "" : " " + result.get("errorMessageList")));
        }
        return true;
    }

    /** LocalDispatcher.runSync, by reflection. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> run(Map<String, Object> context) {
        try {
            return (Map<String, Object>) runSync.invoke(dispatcher, SERVICE, context);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("OFBiz's " + SERVICE + " failed: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("OFBiz's " + SERVICE + " cannot be called: " + e.getMessage(), e);
        }
    }
}
