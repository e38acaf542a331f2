package org.clvplugin.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One admin setting (CLV_SETTING). */
@Entity
@Table(name = "CLV_SETTING")
public class SettingRecord {

    @Id
    @Column(name = "SETTING_KEY", length = 60)
    private String key;

    @Column(name = "SETTING_VALUE", nullable = false, length = 4000)
    private String value;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Column(name = "UPDATED_BY")
    private String updatedBy;

    protected SettingRecord() {
    }

    public SettingRecord(String key, String value, Instant updatedAt, String updatedBy) {
        this.key = key;
        this.value = value;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }
}
