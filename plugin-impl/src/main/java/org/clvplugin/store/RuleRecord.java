package org.clvplugin.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A follow-up rule (CLV_RULE); trigger and action are JSON documents the rules feature validates. */
@Entity
@Table(name = "CLV_RULE")
public class RuleRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "RULE_ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 200) private String name;
    @Column(name = "ENABLED", nullable = false) private boolean enabled;
    @Column(name = "TRIGGER_SPEC", nullable = false, length = 4000) private String triggerSpec;
    @Column(name = "ACTION_SPEC", nullable = false, length = 4000) private String actionSpec;
    @Column(name = "COOLDOWN_HOURS", nullable = false) private int cooldownHours;
    @Column(name = "MAX_PER_RUN") private Integer maxPerRun;
    @Column(name = "SECRET_CIPHER", length = 1000) private String secretCipher;
    @Column(name = "CREATED_AT", nullable = false) private Instant createdAt;
    @Column(name = "UPDATED_AT", nullable = false) private Instant updatedAt;

    protected RuleRecord() {
    }

    public RuleRecord(String name, boolean enabled, String triggerSpec, String actionSpec, Instant at) {
        this.name = name;
        this.enabled = enabled;
        this.triggerSpec = triggerSpec;
        this.actionSpec = actionSpec;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }
}
