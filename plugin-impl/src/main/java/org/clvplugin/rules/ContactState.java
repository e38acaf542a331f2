package org.clvplugin.rules;

/**
 * A contact as one published run has it: what triggers compare.
 *
 * @param tierKey  the tier, or null
 * @param tierRank the tier's place in the policy (0 the lowest), -1 without a tier
 */
public record ContactState(String tierKey, int tierRank, double clv, double probabilityAlive, String segment) {
}
