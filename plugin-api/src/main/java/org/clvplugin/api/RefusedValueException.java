package org.clvplugin.api;

/**
 * A value that cannot be used (a setting's), with the code and parameters a client says in its own language; the
 * message is English. Thrown where the value is read, it names the field once the reader knows which it was.
 */
public class RefusedValueException extends IllegalArgumentException {

    private final transient FieldError error;

    public RefusedValueException(FieldError error) {
        super(error.field().isEmpty() ? error.message() : error.field() + ": " + error.message());
        this.error = error;
    }

    /** A refusal of a value whose field the caller names later, with parameters as name, value pairs. */
    public static RefusedValueException of(String code, String message, Object... params) {
        return new RefusedValueException(FieldError.coded("", code, message, params));
    }

    public FieldError error() {
        return error;
    }

    /** The same refusal, of the given field. */
    public RefusedValueException at(String field) {
        return new RefusedValueException(error.at(field));
    }
}
