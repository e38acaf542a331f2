package org.clvplugin.model;

/** A summary row that breaks the Fader-Hardie convention; the message names the row and the field. */
public final class InvalidSummaryException extends IllegalArgumentException {

    public InvalidSummaryException(String message) {
        super(message);
    }
}
