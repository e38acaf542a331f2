package org.clvplugin.tiers;

/** A problem with one field of a submitted policy, for display next to the field. */
public record FieldError(String field, String message) {
}
