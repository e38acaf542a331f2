package org.clvplugin.settings;

import java.util.List;

import org.clvplugin.api.FieldError;

/** Settings that were refused, nothing saved; each error names its setting. */
public final class InvalidSettingsException extends IllegalArgumentException {

    private final transient List<FieldError> errors;

    public InvalidSettingsException(List<FieldError> errors) {
        super("invalid settings: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
