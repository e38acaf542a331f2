package org.clvplugin.schedule;

import org.clvplugin.store.RunRepository;

/** What the scheduler calls: claim a new run (one at a time, across nodes), work on a claimed one, give one up. */
public interface RecomputeService {

    /** A new QUEUED run, or the id of the run in progress. */
    RunRepository.Claim claim(String triggeredBy);

    /** Works on a claimed run to its end (published, or failed with its reason); nothing if it was given up. */
    void recompute(long claimedRunId);

    /** Gives up a claimed run no node will work on, with the reason. */
    void cancel(long claimedRunId, String reason);
}
