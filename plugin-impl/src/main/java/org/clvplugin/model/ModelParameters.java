package org.clvplugin.model;

import org.clvplugin.api.PurchaseModelType;

/** Checks shared by the model records. */
final class ModelParameters {

    private ModelParameters() {
    }

    static void requirePositive(PurchaseModelType type, double... values) {
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException(type.key() + " parameter " + type.parameterNames().get(i)
                        + " must be a finite number > 0, was " + values[i]);
            }
        }
    }
}
