package org.clvplugin.tiers;

/** What a tier threshold is compared with. */
public enum TierBasis {
    /** The predicted CLV, in the reporting currency. */
    PREDICTED_CLV,
    /** What the contact has bought so far, in the reporting currency. */
    HISTORICAL_VALUE,
    /** The contact's percentile rank of predicted CLV among all contacts, 0 to 100. */
    CLV_PERCENTILE
}
