package org.clvplugin.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The pointer to the run readers see (CLV_PUBLISHED, a single row). */
@Entity
@Table(name = "CLV_PUBLISHED")
public class PublishedRun {

    static final int SLOT = 1;

    @Id
    @Column(name = "SLOT")
    private int slot;

    @Column(name = "RUN_ID", nullable = false)
    private long runId;

    @Column(name = "PUBLISHED_AT", nullable = false)
    private Instant publishedAt;

    protected PublishedRun() {
    }

    PublishedRun(long runId, Instant publishedAt) {
        this.slot = SLOT;
        this.runId = runId;
        this.publishedAt = publishedAt;
    }

    public long runId() {
        return runId;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    void point(long run, Instant at) {
        runId = run;
        publishedAt = at;
    }
}
