package org.clvplugin.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An API token an admin made (CLV_API_TOKEN): its SHA-256, never the token, and its scopes separated by spaces. */
@Entity
@Table(name = "CLV_API_TOKEN")
public class ApiTokenRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "TOKEN_ID")
    private Long id;

    @Column(name = "TOKEN_NAME", nullable = false, length = 60) private String name;
    @Column(name = "TOKEN_PREFIX", nullable = false, length = 12) private String prefix;
    @Column(name = "TOKEN_SHA256", nullable = false, length = 64) private String sha256;
    @Column(name = "SCOPES", nullable = false, length = 200) private String scopes;
    @Column(name = "OWNER_PARTY_ID", length = 20) private String owner;
    @Column(name = "CREATED_BY", nullable = false) private String createdBy;
    @Column(name = "CREATED_AT", nullable = false) private Instant createdAt;
    @Column(name = "LAST_USED_AT") private Instant lastUsedAt;
    @Column(name = "REVOKED_BY") private String revokedBy;
    @Column(name = "REVOKED_AT") private Instant revokedAt;

    protected ApiTokenRecord() {
    }

    public ApiTokenRecord(String name, String prefix, String sha256, String scopes, String owner, String createdBy,
                          Instant createdAt) {
        this.name = name;
        this.prefix = prefix;
        this.sha256 = sha256;
        this.scopes = scopes;
        this.owner = owner;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public String scopes() {
        return scopes;
    }

    public String owner() {
        return owner;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public void used(Instant at) {
        lastUsedAt = at;
    }

    public void revoke(String by, Instant at) {
        revokedBy = by;
        revokedAt = at;
    }
}
