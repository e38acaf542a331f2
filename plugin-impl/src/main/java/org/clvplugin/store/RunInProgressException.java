package org.clvplugin.store;

/** A new run was asked for while another one is in progress; names that run. */
public final class RunInProgressException extends IllegalStateException {

    private final long runId;

    public RunInProgressException(long runId) {
        super("run " + runId + " is in progress; try again when it has finished");
        this.runId = runId;
    }

    public long runId() {
        return runId;
    }
}
