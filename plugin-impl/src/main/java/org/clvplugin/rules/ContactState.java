package org.clvplugin.rules;

/**
 * A contact as one published run has it: what triggers compare.
 *
 * @param tierKey  the tier, or null
 * @param tierRank the tier's place in the policy (0 the lowest), -1 without a tier
 * @param probabilityAlive the chance the contact is still active, or null where the run has no churn estimate
 */
public record ContactState(String tierKey, int tierRank, double clv, Double probabilityAlive, String segment) {
}
