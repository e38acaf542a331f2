package org.clvplugin.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.clvplugin.api.FieldError;

/**
 * When a rule fires, judged on a contact's {@link Transition} between two published runs. One record for every
 * kind (stored as JSON in CLV_RULE.TRIGGER_SPEC); the parameters a kind does not use stay null.
 *
 * @param tier       TIER_ENTERED: the tier entered
 * @param threshold  CLV_ABOVE, CLV_BELOW: the CLV crossed; CHURN_RISK: the CLV above which the risk matters
 * @param aliveBelow CHURN_RISK: P(alive) below this (0-1)
 * @param percent    CLV_CHANGED: by more than this many percent, either way
 */
public record Trigger(Kind kind, String tier, Double threshold, Double aliveBelow, Double percent) {

    public enum Kind { TIER_UPGRADED, TIER_DOWNGRADED, TIER_ENTERED, CLV_ABOVE, CLV_BELOW, CHURN_RISK, CLV_CHANGED }

    /**
     * Whether the transition fires the trigger. Conditions fire when they become true, not on every run while they
     * hold: a contact already above a threshold, or already at risk, does not fire again. A churn risk is judged
     * only where both runs have a churn estimate (or the contact is new): without one it is unknown, not 0 %.
     */
    public boolean firedBy(Transition t) {
        ContactState b = t.before();
        ContactState a = t.after();
        return switch (kind) {
            case TIER_UPGRADED -> b != null && a.tierRank() > b.tierRank() && a.tierKey() != null;
            case TIER_DOWNGRADED -> b != null && a.tierRank() < b.tierRank();
            case TIER_ENTERED -> tier.equals(a.tierKey()) && (b == null || !tier.equals(b.tierKey()));
            case CLV_ABOVE -> a.clv() >= threshold && (b == null || b.clv() < threshold);
            case CLV_BELOW -> b != null && b.clv() >= threshold && a.clv() < threshold;
            case CHURN_RISK -> atRisk(a) && (b == null || b.probabilityAlive() != null && !atRisk(b));
            case CLV_CHANGED -> b != null && b.clv() > 0 && Math.abs(a.clv() - b.clv()) / b.clv() * 100 > percent;
        };
    }

    private boolean atRisk(ContactState s) {
        return s.probabilityAlive() != null && s.probabilityAlive() < aliveBelow && s.clv() > threshold;
    }

    /** Every problem, each naming its field under {@code at} ("trigger.threshold"); tiers must exist. */
    public List<FieldError> validate(String at, Set<String> tierKeys) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            String kinds = String.join(", ", java.util.Arrays.stream(Kind.values()).map(Kind::name).toList());
            errors.add(FieldError.coded(at + "kind", "oneOf", "one of " + List.of(Kind.values()), "values", kinds));
            return errors;
        }
        switch (kind) {
            case TIER_ENTERED -> {
                if (tier == null || !tierKeys.contains(tier)) {
                    errors.add(FieldError.coded(at + "tier", "rule.tier", "one of the tiers " + tierKeys + ", was "
                            + tier, "value", tier));
                }
            }
            case CLV_ABOVE, CLV_BELOW -> requireAmount(errors, at + "threshold", threshold);
            case CHURN_RISK -> {
                requireAmount(errors, at + "threshold", threshold);
                if (aliveBelow == null || !(aliveBelow > 0 && aliveBelow <= 1)) {
                    errors.add(FieldError.coded(at + "aliveBelow", "rule.aliveBelow", "a probability above 0 and at "
                            + "most 1, was " + aliveBelow, "value", aliveBelow));
                }
            }
            case CLV_CHANGED -> {
                if (percent == null || !(percent > 0 && percent <= 10_000)) {
                    errors.add(FieldError.coded(at + "percent", "rule.percent", "a percentage above 0, was " + percent,
                            "value", percent));
                }
            }
            case TIER_UPGRADED, TIER_DOWNGRADED -> {
                // No parameters.
            }
        }
        return errors;
    }

    private static void requireAmount(List<FieldError> errors, String field, Double value) {
        if (value == null || !Double.isFinite(value) || value < 0) {
            errors.add(FieldError.coded(field, "amount", "an amount of 0 or more, was " + value, "value", value));
        }
    }
}
