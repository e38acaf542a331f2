package org.clvplugin.rules;

import java.util.ArrayList;
import java.util.List;

import org.clvplugin.api.FieldError;

/**
 * What a rule does when it fires (stored as JSON in CLV_RULE.ACTION_SPEC): a task in the host for the contact's
 * owner, or a signed webhook. The webhook's secret is not part of it: it is kept apart and never returned.
 *
 * @param subject     TASK: the task's subject, a {@link Template}
 * @param description TASK: the task's description, a {@link Template}
 * @param dueInDays   TASK: the due date, days after the firing (0-365)
 * @param url         WEBHOOK: where the event is posted
 */
public record Action(Kind kind, String subject, String description, Integer dueInDays, String url) {

    public enum Kind { TASK, WEBHOOK }

    public List<FieldError> validate(String at, WebhookTargets targets) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(FieldError.coded(at + "kind", "oneOf", "TASK or WEBHOOK", "values", "TASK, WEBHOOK"));
            return errors;
        }
        switch (kind) {
            case TASK -> {
                errors.addAll(new Template(subject).problems(at + "subject"));
                if (description != null && !description.isEmpty()) {
                    errors.addAll(new Template(description).problems(at + "description"));
                }
                if (dueInDays == null || dueInDays < 0 || dueInDays > 365) {
                    errors.add(FieldError.coded(at + "dueInDays", "range", "0 to 365 days, was " + dueInDays, "min", 0,
                            "max", 365, "value", dueInDays));
                }
            }
            case WEBHOOK -> targets.refusal(url).ifPresent(r -> errors.add(r.at(at + "url")));
        }
        return errors;
    }
}
