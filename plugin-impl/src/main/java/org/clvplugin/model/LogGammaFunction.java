package org.clvplugin.model;

import org.hipparchus.special.Gamma;

/**
 * The gamma function of any real argument as sign and log-magnitude. Negative non-integers use the reflection
 * formula Gamma(x) = pi / (sin(pi x) Gamma(1 - x)); non-positive integers are poles, returned as infinite
 * magnitude so that their reciprocal is an exact zero.
 */
final class LogGammaFunction {

    private LogGammaFunction() {
    }

    static SignedLog of(double x) {
        if (x > 0) {
            return new SignedLog(1, Gamma.logGamma(x));
        }
        if (x == Math.rint(x)) {
            return new SignedLog(1, Double.POSITIVE_INFINITY);
        }
        double sinPiX = Math.sin(Math.PI * x);
        double logMagnitude = Math.log(Math.PI) - Math.log(Math.abs(sinPiX)) - Gamma.logGamma(1 - x);
        return new SignedLog(Math.signum(sinPiX), logMagnitude);
    }

    /** 1 / Gamma(x): exactly zero at the poles. */
    static SignedLog reciprocal(double x) {
        SignedLog g = of(x);
        return g.log() == Double.POSITIVE_INFINITY ? SignedLog.ZERO : new SignedLog(g.sign(), -g.log());
    }
}
