package org.clvplugin.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.clvplugin.api.FieldError;

/**
 * A follow-up rule: when its trigger fires for a contact its filter admits, it does its action, at most once per
 * contact per transition, not again for the same contact within the cooldown, and at most {@code maxPerRun}
 * times in one run (the excess is counted and reported).
 *
 * @param id        null for a rule not saved yet
 * @param maxPerRun null for no limit
 */
public record Rule(Long id, String name, boolean enabled, Trigger trigger, RuleFilter filter, Action action,
                   int cooldownHours, Integer maxPerRun) {

    public Rule {
        filter = filter == null ? RuleFilter.NONE : filter;
    }

    /** Every problem, each naming its field; tiers and segments must exist, webhook targets must be allowed. */
    public List<FieldError> validate(Set<String> tierKeys, Set<String> segmentNames, WebhookTargets targets) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            errors.add(FieldError.coded("name", "length", "1 to 200 characters", "min", 1, "max", 200));
        }
        if (trigger == null) {
            errors.add(FieldError.coded("trigger", "required", "a trigger is needed"));
        } else {
            errors.addAll(trigger.validate("trigger.", tierKeys));
        }
        errors.addAll(filter.validate("filter.", tierKeys, segmentNames));
        if (action == null) {
            errors.add(FieldError.coded("action", "required", "an action is needed"));
        } else {
            errors.addAll(action.validate("action.", targets));
        }
        if (cooldownHours < 0 || cooldownHours > 24 * 366) {
            errors.add(FieldError.coded("cooldownHours", "range", "0 to 8784 hours, was " + cooldownHours, "min", 0,
                    "max", 24 * 366, "value", cooldownHours));
        }
        if (maxPerRun != null && maxPerRun < 1) {
            errors.add(FieldError.coded("maxPerRun", "rule.maxPerRun", "at least 1, or none for no limit; was "
                    + maxPerRun, "value", maxPerRun));
        }
        return errors;
    }
}
