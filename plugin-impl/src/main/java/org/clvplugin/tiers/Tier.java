package org.clvplugin.tiers;

/**
 * One loyalty tier: entered at or above its threshold.
 *
 * @param key         stable identifier (A-Z, 0-9, _; at most 20 characters)
 * @param displayName what people read
 * @param colour      #RRGGBB
 * @param threshold   the basis value from which a contact belongs to the tier
 */
public record Tier(String key, String displayName, String colour, double threshold) {
}
