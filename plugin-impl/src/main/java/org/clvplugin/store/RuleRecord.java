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
    @Column(name = "FILTER_SPEC", length = 4000) private String filterSpec;
    @Column(name = "CREATED_AT", nullable = false) private Instant createdAt;
    @Column(name = "UPDATED_AT", nullable = false) private Instant updatedAt;
    @Column(name = "DELETED_AT") private Instant deletedAt;

    protected RuleRecord() {
    }

    public RuleRecord(Instant at) {
        this.createdAt = at;
    }

    /** Replaces what the rule is (the JSON documents are the rules feature's). */
    public void update(String newName, boolean isEnabled, String trigger, String filter, String action,
                       int cooldown, Integer maximumPerRun, Instant at) {
        this.name = newName;
        this.enabled = isEnabled;
        this.triggerSpec = trigger;
        this.filterSpec = filter;
        this.actionSpec = action;
        this.cooldownHours = cooldown;
        this.maxPerRun = maximumPerRun;
        this.updatedAt = at;
    }

    /** The webhook secret, sealed by the rules feature (never the secret itself). */
    /** Deleted: hidden and never fires again; the row stays for the firings that refer to it. */
    public void delete(Instant at) {
        enabled = false;
        deletedAt = at;
        updatedAt = at;
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    public void sealSecret(String sealed) {
        this.secretCipher = sealed;
    }

    public String secretCipher() {
        return secretCipher;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean enabled() {
        return enabled;
    }

    public String triggerSpec() {
        return triggerSpec;
    }

    public String filterSpec() {
        return filterSpec;
    }

    public String actionSpec() {
        return actionSpec;
    }

    public int cooldownHours() {
        return cooldownHours;
    }

    public Integer maxPerRun() {
        return maxPerRun;
    }
}
