package org.clvplugin.api.host;

/**
 * Where follow-up tasks go in the host (in OFBiz: a WorkEffort of type TASK assigned to the owner). Delivery may
 * repeat after a crash, so creating a task must be idempotent by its key.
 */
public interface FollowUpSink {

    /** Creates the task, or does nothing when the task with this key exists: true when it was created now. */
    boolean createTask(FollowUpTask task);
}
