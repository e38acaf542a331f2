package org.clvplugin.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An action waiting for delivery (CLV_OUTBOX): written in the transaction that publishes its run; unique per rule,
 * contact and transition, so a rule fires once per transition.
 */
@Entity
@Table(name = "CLV_OUTBOX")
public class OutboxRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ENTRY_ID")
    private Long id;

    @Column(name = "RULE_ID", nullable = false) private long ruleId;
    @Column(name = "RUN_ID", nullable = false) private long runId;
    @Column(name = "PARTY_ID", nullable = false, length = 20) private String partyId;
    @Column(name = "TRANSITION_KEY", nullable = false, length = 200) private String transitionKey;
    @Column(name = "ACTION_KIND", nullable = false, length = 20) private String actionKind;
    @Column(name = "PAYLOAD", nullable = false) private String payload;
    @Column(name = "IDEMPOTENCY_KEY", nullable = false, length = 100) private String idempotencyKey;
    @Column(name = "STATE", nullable = false, length = 16) private String state;
    @Column(name = "ATTEMPTS", nullable = false) private int attempts;
    @Column(name = "NEXT_ATTEMPT_AT") private Instant nextAttemptAt;
    @Column(name = "LAST_ERROR", length = 2000) private String lastError;
    @Column(name = "CREATED_AT", nullable = false) private Instant createdAt;
    @Column(name = "DELIVERED_AT") private Instant deliveredAt;

    protected OutboxRecord() {
    }

    public OutboxRecord(long ruleId, long runId, String partyId, String transitionKey, String actionKind,
                        String payload, String idempotencyKey, Instant createdAt) {
        this.ruleId = ruleId;
        this.runId = runId;
        this.partyId = partyId;
        this.transitionKey = transitionKey;
        this.actionKind = actionKind;
        this.payload = payload;
        this.idempotencyKey = idempotencyKey;
        this.state = "PENDING";
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }
}
