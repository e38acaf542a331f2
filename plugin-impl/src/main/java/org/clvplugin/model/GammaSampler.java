package org.clvplugin.model;

import java.util.SplittableRandom;

/**
 * Gamma(shape, 1) variates by Marsaglia &amp; Tsang (2000), "A simple method for generating gamma variables", ACM
 * TOMS 26(3); shapes below 1 by the boost Gamma(a) = Gamma(a + 1) U^(1/a).
 */
final class GammaSampler {

    private GammaSampler() {
    }

    static double next(SplittableRandom random, double shape) {
        if (shape < 1) {
            return next(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = random.nextGaussian();
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    static double beta(SplittableRandom random, double a, double b) {
        double x = next(random, a);
        return x / (x + next(random, b));
    }
}
