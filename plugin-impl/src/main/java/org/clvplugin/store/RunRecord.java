package org.clvplugin.store;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.clvplugin.report.RunReport;

/** A recompute run (CLV_RUN). */
@Entity
@Table(name = "CLV_RUN")
public class RunRecord {

    public enum State { QUEUED, RUNNING, SUCCEEDED, FAILED }

    /** What a running run is doing; a published run's phase is PUBLISHED. */
    public enum Phase { READING, FITTING, WRITING, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "RUN_ID")
    private Long id;

    @Column(name = "STATE", nullable = false, length = 16)
    private String state;

    @Column(name = "TRIGGERED_BY", nullable = false, length = 60)
    private String triggeredBy;

    @Column(name = "AS_OF", nullable = false)
    private LocalDate asOf;

    @Column(name = "REQUESTED_AT", nullable = false)
    private Instant requestedAt;

    @Column(name = "STARTED_AT")
    private Instant startedAt;

    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    @Column(name = "PHASE", length = 30)
    private String phase;

    @Column(name = "CONTACTS_DONE", nullable = false)
    private long contactsDone;

    @Column(name = "CONTACTS_TOTAL", nullable = false)
    private long contactsTotal;

    @Column(name = "MODEL", length = 20)
    private String model;

    @Column(name = "REPORT")
    private String report;

    @Column(name = "ERROR_MESSAGE", length = 2000)
    private String errorMessage;

    protected RunRecord() {
    }

    public RunRecord(String triggeredBy, LocalDate asOf, Instant requestedAt) {
        this.state = State.QUEUED.name();
        this.triggeredBy = triggeredBy;
        this.asOf = asOf;
        this.requestedAt = requestedAt;
    }

    public Long id() {
        return id;
    }

    public State state() {
        return State.valueOf(state);
    }

    /** Queued or running: not finished. */
    public boolean inProgress() {
        return state() == State.QUEUED || state() == State.RUNNING;
    }

    public String triggeredBy() {
        return triggeredBy;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    /** The phase, or null before the run begins. */
    public Phase phase() {
        return phase == null ? null : Phase.valueOf(phase);
    }

    public long contactsDone() {
        return contactsDone;
    }

    public long contactsTotal() {
        return contactsTotal;
    }

    public String model() {
        return model;
    }

    /** The report of a published run; none for a run that failed or has not finished. */
    public java.util.Optional<RunReport> report() {
        return java.util.Optional.ofNullable(report).map(RunReport::read);
    }

    public String errorMessage() {
        return errorMessage;
    }

    void start(Instant at) {
        state = State.RUNNING.name();
        startedAt = at;
    }

    void progress(Phase newPhase, long done, long total) {
        phase = newPhase.name();
        contactsDone = done;
        contactsTotal = total;
    }

    void succeed(Instant at, RunReport runReport) {
        state = State.SUCCEEDED.name();
        finishedAt = at;
        model = runReport.fit().model();
        report = runReport.toJson();
        phase = Phase.PUBLISHED.name();
        // The runs table and the report count the same contacts: every one written.
        contactsDone = runReport.tiers().contactsScored();
        contactsTotal = contactsDone;
    }

    /** Adds a warning to the report of a published run: something after the publication that failed. */
    void addWarning(String warning) {
        report = RunReport.read(report).withWarning(warning).toJson();
    }

    void fail(Instant at, String message) {
        state = State.FAILED.name();
        finishedAt = at;
        errorMessage = message == null ? "failed" : message.length() > 2000 ? message.substring(0, 2000) : message;
    }
}
