package org.clvplugin.model;

import java.util.function.ToDoubleFunction;

/** Central finite differences, with steps relative to each coordinate. */
final class NumericalDerivatives {

    private static final double RELATIVE_STEP = 1e-5;

    private NumericalDerivatives() {
    }

    static void gradient(ToDoubleFunction<double[]> f, double[] at, double[] out) {
        double[] probe = at.clone();
        for (int j = 0; j < at.length; j++) {
            double h = RELATIVE_STEP * Math.max(Math.abs(at[j]), 1e-8);
            probe[j] = at[j] + h;
            double up = f.applyAsDouble(probe);
            probe[j] = at[j] - h;
            double down = f.applyAsDouble(probe);
            probe[j] = at[j];
            out[j] = (up - down) / (2 * h);
        }
    }
}
