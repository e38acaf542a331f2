package org.clvplugin.scoring;

/** A recompute that did not publish; the message says why and that the previous values stand. */
public final class RecomputeFailedException extends RuntimeException {

    public RecomputeFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
