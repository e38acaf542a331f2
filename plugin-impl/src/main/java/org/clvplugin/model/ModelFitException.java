package org.clvplugin.model;

/** The data cannot support the requested model (too few customers, no repeat buyers, ...); the message says why. */
public final class ModelFitException extends RuntimeException {

    public ModelFitException(String message) {
        super(message);
    }
}
