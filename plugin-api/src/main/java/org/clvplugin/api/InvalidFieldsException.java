package org.clvplugin.api;

import java.util.List;

/** What an admin submitted (settings, a tier policy, a rule) refused field by field; nothing was saved. */
public final class InvalidFieldsException extends IllegalArgumentException {

    private final transient List<FieldError> errors;

    /** @param what what was refused, for the message: "settings", "tier policy", "rule" */
    public InvalidFieldsException(String what, List<FieldError> errors) {
        super("invalid " + what + ": " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
