package org.clvplugin.model;

/**
 * A real number kept as sign and natural log of its magnitude, so that products of huge and tiny factors neither
 * overflow nor underflow before they are combined.
 */
record SignedLog(double sign, double log) {

    static final SignedLog ZERO = new SignedLog(0, Double.NEGATIVE_INFINITY);

    static SignedLog of(double value) {
        return value == 0 ? ZERO : new SignedLog(Math.signum(value), Math.log(Math.abs(value)));
    }

    SignedLog times(SignedLog other) {
        return sign == 0 || other.sign() == 0 ? ZERO : new SignedLog(sign * other.sign(), log + other.log());
    }

    SignedLog plus(SignedLog other) {
        if (sign == 0) {
            return other;
        }
        if (other.sign == 0) {
            return this;
        }
        SignedLog big = log >= other.log ? this : other;
        SignedLog small = big == this ? other : this;
        double ratio = Math.exp(small.log - big.log);
        double mantissa = big.sign + small.sign * ratio;
        return mantissa == 0 ? ZERO : new SignedLog(Math.signum(mantissa), big.log + Math.log(Math.abs(mantissa)));
    }

    double value() {
        return sign == 0 ? 0 : sign * Math.exp(log);
    }
}
