package org.clvplugin.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A contact's change of tier, with the reason (CLV_TIER_HISTORY). */
@Entity
@Table(name = "CLV_TIER_HISTORY")
public class TierChangeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "CHANGE_ID")
    private Long id;

    @Column(name = "PARTY_ID", nullable = false, length = 20) private String partyId;
    @Column(name = "RUN_ID", nullable = false) private long runId;
    @Column(name = "FROM_TIER", length = 20) private String fromTier;
    @Column(name = "TO_TIER", length = 20) private String toTier;
    @Column(name = "REASON", nullable = false, length = 1000) private String reason;
    @Column(name = "CHANGED_AT", nullable = false) private Instant changedAt;

    protected TierChangeRecord() {
    }

    public TierChangeRecord(String partyId, long runId, String fromTier, String toTier, String reason,
                            Instant changedAt) {
        this.partyId = partyId;
        this.runId = runId;
        this.fromTier = fromTier;
        this.toTier = toTier;
        this.reason = reason;
        this.changedAt = changedAt;
    }
}
