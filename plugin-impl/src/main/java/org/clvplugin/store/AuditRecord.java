package org.clvplugin.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who changed what, when, with the state before and after (CLV_AUDIT). */
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
    @Column(name = "BEFORE_STATE", length = 20000) private String before;
    @Column(name = "AFTER_STATE", length = 20000) private String after;

    protected AuditRecord() {
    }

    public AuditRecord(Instant at, String actor, String action, String detail) {
        this(at, actor, action, detail, null, null);
    }

    /** @param before the state before the change as JSON (null when there was none), {@code after} likewise */
    public AuditRecord(Instant at, String actor, String action, String detail, String before, String after) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
        this.before = before;
        this.after = after;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String detail() {
        return detail;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
