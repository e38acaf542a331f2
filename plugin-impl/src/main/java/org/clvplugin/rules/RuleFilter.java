package org.clvplugin.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.clvplugin.api.FieldError;

/**
 * Which contacts a rule considers, judged on their state after the transition; null or empty parts do not filter.
 *
 * @param tiers    only contacts now in one of these tiers
 * @param segments only contacts now in one of these RFM segments
 * @param owner    only contacts this sales rep owns
 * @param minClv   only contacts whose CLV is now at least this
 */
public record RuleFilter(Set<String> tiers, Set<String> segments, String owner, Double minClv) {

    public static final RuleFilter NONE = new RuleFilter(null, null, null, null);

    public boolean matches(Transition t) {
        ContactState a = t.after();
        return (tiers == null || tiers.isEmpty() || tiers.contains(a.tierKey()))
                && (segments == null || segments.isEmpty() || segments.contains(a.segment()))
                && (owner == null || owner.equals(t.ownerPartyId()))
                && (minClv == null || a.clv() >= minClv);
    }

    public List<FieldError> validate(String at, Set<String> tierKeys, Set<String> segmentNames) {
        List<FieldError> errors = new ArrayList<>();
        if (tiers != null && !tierKeys.containsAll(tiers)) {
            errors.add(FieldError.coded(at + "tiers", "rule.tiers", "tiers of the policy " + tierKeys + ", was "
                    + tiers, "value", String.join(", ", tiers)));
        }
        if (segments != null && !segmentNames.containsAll(segments)) {
            errors.add(FieldError.coded(at + "segments", "rule.segments", "segments among " + segmentNames + ", was "
                    + segments, "value", String.join(", ", segments)));
        }
        if (owner != null && (owner.isBlank() || owner.length() > 20)) {
            errors.add(FieldError.coded(at + "owner", "length", "a party id of 1 to 20 characters", "min", 1, "max",
                    20));
        }
        if (minClv != null && !(Double.isFinite(minClv) && minClv >= 0)) {
            errors.add(FieldError.coded(at + "minClv", "amount", "an amount of 0 or more, was " + minClv, "value",
                    minClv));
        }
        return errors;
    }
}
