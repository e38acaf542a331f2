package org.clvplugin.api;

/** A problem with one field of what an admin submitted (a tier policy, settings), for display next to the field. */
public record FieldError(String field, String message) {
}
