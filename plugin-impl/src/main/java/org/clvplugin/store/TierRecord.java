package org.clvplugin.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One tier of the tier policy (CLV_TIER); the tiers feature gives it meaning. */
@Entity
@Table(name = "CLV_TIER")
public class TierRecord {

    @Id
    @Column(name = "TIER_KEY", length = 20)
    private String key;

    @Column(name = "DISPLAY_NAME", nullable = false, length = 100) private String displayName;
    @Column(name = "COLOUR", nullable = false, length = 7) private String colour;
    @Column(name = "RANK_ORDER", nullable = false) private int rank;
    @Column(name = "METRIC", nullable = false, length = 30) private String metric;
    @Column(name = "THRESHOLD", nullable = false) private double threshold;
    @Column(name = "HYSTERESIS", nullable = false) private double hysteresis;

    protected TierRecord() {
    }

    public TierRecord(String key, String displayName, String colour, int rank, String metric, double threshold,
                      double hysteresis) {
        this.key = key;
        this.displayName = displayName;
        this.colour = colour;
        this.rank = rank;
        this.metric = metric;
        this.threshold = threshold;
        this.hysteresis = hysteresis;
    }

    public String key() {
        return key;
    }

    org.clvplugin.tiers.Tier tier() {
        return new org.clvplugin.tiers.Tier(key, displayName, colour, threshold);
    }
}
