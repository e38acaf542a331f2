package org.clvplugin.rules;

import java.util.List;

import org.clvplugin.api.FieldError;

/** A rule refused field by field; nothing was saved. */
public final class InvalidRuleException extends IllegalArgumentException {

    private final transient List<FieldError> errors;

    public InvalidRuleException(List<FieldError> errors) {
        super("invalid rule: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
