package org.clvplugin.schedule;

import java.util.Optional;

import org.clvplugin.store.RunRecord;

/** What the scheduler calls: run a recompute now, and tell whether one is running. */
public interface RecomputeService {

    RunRecord recompute(String triggeredBy);

    /** The run in progress, on any node sharing the database. */
    Optional<RunRecord> running();
}
