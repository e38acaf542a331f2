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
            errors.add(new FieldError(at + "kind", "TASK or WEBHOOK"));
            return errors;
        }
        switch (kind) {
            case TASK -> {
                new Template(subject).problems().forEach(p -> errors.add(new FieldError(at + "subject", p)));
                if (description != null && !description.isEmpty()) {
                    new Template(description).problems()
                            .forEach(p -> errors.add(new FieldError(at + "description", p)));
                }
                if (dueInDays == null || dueInDays < 0 || dueInDays > 365) {
                    errors.add(new FieldError(at + "dueInDays", "0 to 365 days, was " + dueInDays));
                }
            }
            case WEBHOOK -> targets.refusal(url).ifPresent(r -> errors.add(new FieldError(at + "url", r)));
        }
        return errors;
    }
}
