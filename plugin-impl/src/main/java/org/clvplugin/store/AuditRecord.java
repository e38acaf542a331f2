package org.clvplugin.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who changed what, when (CLV_AUDIT). */
@Entity
@Table(name = "CLV_AUDIT")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "AUDIT_ID")
    private Long id;

    @Column(name = "AUDITED_AT", nullable = false) private Instant at;
    @Column(name = "ACTOR", nullable = false) private String actor;
    @Column(name = "ACTION_NAME", nullable = false, length = 60) private String action;
    @Column(name = "DETAIL", length = 4000) private String detail;

    protected AuditRecord() {
    }

    public AuditRecord(Instant at, String actor, String action, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
    }
}
