package org.clvplugin.store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;

import org.clvplugin.report.RunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs and their publication. A run's snapshot rows are written while it runs; {@link #publish} then marks it
 * SUCCEEDED and points CLV_PUBLISHED at it in one transaction, so readers see the previous run or the new one,
 * never part of one. A failed run is marked FAILED and leaves the published run as it was.
 */
public final class RunRepository {

    private static final Logger LOG = LoggerFactory.getLogger(RunRepository.class);

    static final String INTERRUPTED = "interrupted: the process stopped during the run";

    private final PluginStore store;
    private final Clock clock;
    private final IntSupplier runsKept;
    /** Runs that failed while the database could not record it, with their reasons. */
    private final java.util.Map<Long, String> pendingFailures = new java.util.concurrent.ConcurrentHashMap<>();

    /** @param runsKept how many published runs keep their snapshot rows (older ones are deleted) */
    public RunRepository(PluginStore store, Clock clock, int runsKept) {
        this(store, clock, () -> runsKept);
        if (runsKept < 1) {
            throw new IllegalArgumentException("at least one run must be kept, was " + runsKept);
        }
    }

    /**
     * @param runsKept how many published runs keep their snapshot rows, asked after each publication (the setting
     *                 history.runsKept takes effect from the next run on)
     */
    public RunRepository(PluginStore store, Clock clock, IntSupplier runsKept) {
        this.store = store;
        this.clock = clock;
        this.runsKept = runsKept;
    }

    /**
     * What asking for a new run got: when {@code started}, the new run's id (QUEUED, to be begun by
     * {@link #begin}); otherwise the id of the run in progress, queued or running, on this node or another.
     */
    public record Claim(long runId, boolean started) {
    }

    /**
     * A new QUEUED run, unless one is in progress: the database gives the one run slot (CLV_RUN_SLOT) to one
     * transaction at a time, so of requests at once on any number of nodes exactly one gets a run and the others
     * the id of that run. A slot left by a process that died is taken back (its run marked FAILED) first.
     */
    public Claim claim(String triggeredBy, LocalDate asOf) {
        failInterrupted();
        Claim claim = claimSlot(triggeredBy, asOf);
        if (!claim.started() && find(claim.runId()).filter(RunRecord::inProgress).isEmpty()) {
            // Only an edit by hand leaves the slot to a finished run: free it rather than refuse runs for ever.
            LOG.warn("the run slot named run {}, which is not in progress; freed", claim.runId());
            store.inTransaction(s -> freeSlot(s, claim.runId()));
            return claimSlot(triggeredBy, asOf);
        }
        return claim;
    }

    private Claim claimSlot(String triggeredBy, LocalDate asOf) {
        return store.fromTransaction(s -> {
            int free = s.createNativeMutationQuery("UPDATE CLV_RUN_SLOT SET RUN_ID = 0 WHERE SLOT_ID = 1 "
                    + "AND RUN_ID IS NULL").executeUpdate();
            if (free == 0) {
                Number holder = (Number) s.createNativeQuery("SELECT RUN_ID FROM CLV_RUN_SLOT WHERE SLOT_ID = 1",
                        Object.class).getSingleResult();
                return new Claim(holder.longValue(), false);
            }
            RunRecord run = new RunRecord(triggeredBy, asOf, clock.instant());
            s.persist(run);
            s.createNativeMutationQuery("UPDATE CLV_RUN_SLOT SET RUN_ID = :run WHERE SLOT_ID = 1")
                    .setParameter("run", run.id()).executeUpdate();
            store.leases().queued(run.id());
            return new Claim(run.id(), true);
        });
    }

    /**
     * Begins a claimed run: RUNNING and held by this process until it is published or failed. Empty when the run
     * is no longer QUEUED (given up meanwhile).
     */
    public Optional<RunRecord> begin(long runId) {
        return Optional.ofNullable(store.fromTransaction(s -> {
            RunRecord run = s.find(RunRecord.class, runId);
            if (run == null || run.state() != RunRecord.State.QUEUED) {
                return null;
            }
            // Held before it commits, so no other node ever sees it RUNNING and unheld.
            store.leases().acquire(runId);
            run.start(clock.instant());
            return run;
        }));
    }

    /** A new run, begun at once; {@link RunInProgressException} when another one is in progress. */
    public RunRecord start(String triggeredBy, LocalDate asOf) {
        Claim claim = claim(triggeredBy, asOf);
        if (!claim.started()) {
            throw new RunInProgressException(claim.runId());
        }
        return begin(claim.runId()).orElseThrow(() -> new IllegalStateException("run " + claim.runId()
                + " was given up before it began"));
    }

    public void progress(long runId, RunRecord.Phase phase, long done, long total) {
        store.inTransaction(s -> {
            s.find(RunRecord.class, runId).progress(phase, done, total);
        });
    }

    /**
     * Marks a QUEUED or RUNNING run FAILED, frees the run slot and drops the tier changes it recorded; its snapshot
     * rows stay invisible. A run that has finished is left as it is: a published run stays published, whatever
     * fails after. When the database cannot take it (it went away, its disk is full), the failure and its reason
     * are kept and written the next time the runs are read or a run is claimed, so the run never shows an
     * invented reason ("interrupted") for a true one.
     */
    public void fail(long runId, String message) {
        try {
            markFailed(runId, message);
            pendingFailures.remove(runId);
        } catch (RuntimeException e) {
            pendingFailures.put(runId, message);
            LOG.error("run {} failed ({}), and could not be marked FAILED: {}; it is marked when the database "
                    + "answers again", runId, message, e.getMessage());
        } finally {
            store.leases().release(runId);
        }
    }

    private void markFailed(long runId, String message) {
        store.inTransaction(s -> {
            RunRecord run = s.find(RunRecord.class, runId);
            if (!run.inProgress()) {
                LOG.warn("run {} is {}, not marked FAILED for: {}", runId, run.state(), message);
                return;
            }
            run.fail(clock.instant(), message);
            freeSlot(s, runId);
            s.createMutationQuery("delete from TierChangeRecord where runId = :run").setParameter("run", runId)
                    .executeUpdate();
        });
    }

    /** Writes the failures the database could not take when they happened; those it still cannot take wait. */
    private void markPendingFailures() {
        pendingFailures.forEach((runId, message) -> {
            markFailed(runId, message);
            pendingFailures.remove(runId, message);
            LOG.info("run {} is now marked FAILED: {}", runId, message);
        });
    }

    /** Work done on the publishing transaction's connection: it commits with the publication or not at all. */
    @FunctionalInterface
    public interface WithPublication {
        void execute(java.sql.Connection connection) throws java.sql.SQLException;
    }

    /** Marks the run SUCCEEDED and makes it the published run, atomically; then trims old runs. */
    public void publish(long runId, RunReport report) {
        publish(runId, report, c -> { });
        afterPublication(runId);
    }

    /**
     * As {@link #publish(long, RunReport)}, with more work in the same transaction (the run's outbox). This is
     * the commit point of a run: once it returns, the run is SUCCEEDED and stays so. The caller then calls
     * {@link #afterPublication}.
     */
    public void publish(long runId, RunReport report, WithPublication alsoInTransaction) {
        publishAtomically(runId, report, alsoInTransaction);
        store.leases().release(runId);
    }

    /**
     * The bookkeeping after a publication (deleting runs beyond those kept). It cannot undo the publication: what
     * fails here is logged and added to the run's report as a warning, which is returned.
     */
    public List<String> afterPublication(long runId) {
        try {
            trim();
            return List.of();
        } catch (RuntimeException e) {
            String warning = "run " + runId + " is published, but deleting the runs beyond those kept failed: "
                    + e.getMessage() + "; they are deleted after a later run";
            LOG.warn(warning, e);
            try {
                addWarning(runId, warning);
            } catch (RuntimeException again) {
                LOG.warn("the warning could not be added to the report of run {}", runId, again);
            }
            return List.of(warning);
        }
    }

    private void addWarning(long runId, String warning) {
        store.inTransaction(s -> s.find(RunRecord.class, runId).addWarning(warning));
    }

    private void publishAtomically(long runId, RunReport report, WithPublication also) {
        store.inTransaction(s -> {
            RunRecord run = s.find(RunRecord.class, runId);
            if (run.state() != RunRecord.State.RUNNING) {
                throw new IllegalStateException("run " + runId + " is " + run.state() + ", not RUNNING");
            }
            run.succeed(clock.instant(), report);
            freeSlot(s, runId);
            PublishedRun pointer = s.find(PublishedRun.class, PublishedRun.SLOT);
            if (pointer == null) {
                s.persist(new PublishedRun(runId, clock.instant()));
            } else {
                pointer.point(runId, clock.instant());
            }
            s.doWork(also::execute);
        });
    }

    private static void freeSlot(org.hibernate.Session s, long runId) {
        s.createNativeMutationQuery("UPDATE CLV_RUN_SLOT SET RUN_ID = NULL WHERE SLOT_ID = 1 AND RUN_ID = :run")
                .setParameter("run", runId).executeUpdate();
    }

    /**
     * Marks runs left RUNNING by a process that stopped (killed, crashed), and runs queued that no node began, as
     * FAILED, and drops their tier changes; a run another live node is working on is left alone. Their snapshot
     * rows were never published, so readers never saw them. Returns how many there were.
     */
    public int failInterrupted() {
        markPendingFailures();
        List<RunRecord> interrupted = inProgress().stream().filter(this::abandoned).toList();
        interrupted.forEach(this::failAbandoned);
        return interrupted.size();
    }

    private boolean abandoned(RunRecord run) {
        return store.leases().abandoned(run, clock.instant());
    }

    private void failAbandoned(RunRecord run) {
        fail(run.id(), run.state() == RunRecord.State.QUEUED
                ? "never began: no node took the run up within " + RunLeases.QUEUED_GRACE.toMinutes()
                        + " minutes of the request"
                : INTERRUPTED);
    }

    /** The run in progress (queued or running) on this or another live node, if one is. */
    public Optional<RunRecord> running() {
        markPendingFailures();
        return inProgress().stream().filter(r -> !abandoned(r)).findFirst();
    }

    private List<RunRecord> inProgress() {
        return store.fromTransaction(s -> s.createSelectionQuery(
                "from RunRecord where state in (:states) order by id", RunRecord.class)
                .setParameter("states", List.of(RunRecord.State.QUEUED.name(), RunRecord.State.RUNNING.name()))
                .getResultList());
    }

    public Optional<RunRecord> find(long runId) {
        return Optional.ofNullable(store.fromTransaction(s -> s.find(RunRecord.class, runId)));
    }

    public Optional<RunRecord> published() {
        return Optional.ofNullable(store.fromTransaction(s -> {
            PublishedRun pointer = s.find(PublishedRun.class, PublishedRun.SLOT);
            return pointer == null ? null : s.find(RunRecord.class, pointer.runId());
        }));
    }

    /** Up to {@code limit} runs older than {@code beforeId} (all when null), newest first. */
    public List<RunRecord> recent(int limit, Long beforeId) {
        markPendingFailures();
        return store.fromTransaction(s -> s.createSelectionQuery("from RunRecord r where r.id < :before "
                + "order by r.id desc", RunRecord.class)
                .setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId).setMaxResults(limit)
                .getResultList());
    }

    /** The succeeded runs still kept, oldest first. */
    public List<RunRecord> succeeded() {
        return store.fromTransaction(s -> s.createSelectionQuery("from RunRecord where state = :state order by id",
                RunRecord.class).setParameter("state", RunRecord.State.SUCCEEDED.name()).getResultList());
    }

    /** The id of the succeeded run before this one that is still kept, if any. */
    public Optional<Long> succeededBefore(long runId) {
        return Optional.ofNullable(store.fromTransaction(s -> s.createSelectionQuery("select max(r.id) from RunRecord r "
                + "where r.state = :state and r.id < :run", Long.class).setParameter("state",
                RunRecord.State.SUCCEEDED.name()).setParameter("run", runId).getSingleResult()));
    }

    public Optional<RunRecord> latest() {
        markPendingFailures();
        return store.fromTransaction(s -> s.createSelectionQuery("from RunRecord order by id desc", RunRecord.class)
                .setMaxResults(1).getResultList().stream().findFirst());
    }

    /** Deletes the runs (and, by cascade, their snapshot rows) older than the oldest of the runs kept. */
    private void trim() {
        int keep = runsKept.getAsInt();
        store.inTransaction(s -> {
            List<Long> kept = s.createSelectionQuery("select id from RunRecord where state = :state order by id desc",
                    Long.class).setParameter("state", RunRecord.State.SUCCEEDED.name()).setMaxResults(keep)
                    .getResultList();
            if (kept.size() == keep) {
                long oldestKept = kept.get(kept.size() - 1);
                s.createMutationQuery("delete from RunRecord where id < :oldest").setParameter("oldest", oldestKept)
                        .executeUpdate();
            }
        });
    }
}
