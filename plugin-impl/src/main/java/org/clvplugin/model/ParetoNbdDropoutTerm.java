package org.clvplugin.model;

/**
 * ln F(t) of the Pareto/NBD likelihood ({@link ParetoNbd#logF}) together with its partial derivatives in
 * (r, alpha, s, beta), so that the fit has an exact gradient instead of eight extra likelihood evaluations.
 *
 * <p>F(t) = 2F1(a, b; a + 1; z) / (m + t)^a with a = r + s + x, b = s + 1 (alpha &ge; beta) or r + x,
 * m = max(alpha, beta), z = |alpha - beta| / (m + t). For z &le; 0.9 the power series and its derivatives in a
 * (with c = a + 1 moving along), b and z are summed in one pass: with T_k = a / (a + k) (b)_k z^k / k!,
 * dT_k/da = T_k (1/a - 1/(a + k)), dT_k/db = T_k sum_{j&lt;k} 1/(b + j), dT_k/dz = k T_k / z. All terms are
 * positive, so nothing cancels. Beyond 0.9 (one of alpha, beta ten times the other and t small), where 2F1 needs
 * its connection formula, the gradient is taken by central differences of ln F.
 */
final class ParetoNbdDropoutTerm {

    private static final double SERIES_LIMIT = 0.9;
    private static final double EPSILON = 1e-17;
    private static final int MAX_TERMS = 10_000_000;
    private static final double RESCALE_AT = 1e200;
    private static final double LOG_RESCALE = Math.log(RESCALE_AT);

    private ParetoNbdDropoutTerm() {
    }

    /**
     * ln F(t); writes d ln F / d(r, alpha, s, beta) to {@code gradient[offset..offset+3]} when {@code gradient} is
     * not null.
     */
    static double logF(double r, double alpha, double s, double beta, int x, double t, double[] gradient,
            int offset) {
        double a = r + s + x;
        boolean alphaAbove = alpha >= beta;
        double b = alphaAbove ? s + 1 : r + x;
        double shifted = (alphaAbove ? alpha : beta) + t;
        double z = Math.abs(alpha - beta) / shifted;
        if (z > SERIES_LIMIT) {
            if (gradient != null) {
                differences(new double[] {r, alpha, s, beta}, x, t, gradient, offset);
            }
            return ParetoNbd.logF(r, alpha, s, beta, x, t);
        }
        double term = 1;
        double sum = 1;
        double sumA = 0;
        double sumB = 0;
        double sumZ = 0;
        double harmonic = 0;
        double logScale = 0;
        for (int k = 0; k < MAX_TERMS; k++) {
            double growth = (a + k) * (b + k) / ((a + 1 + k) * (k + 1));
            double withoutZ = term * growth;
            harmonic += 1 / (b + k);
            double dz = (k + 1) * withoutZ;
            term = withoutZ * z;
            double da = term * (1 / a - 1 / (a + k + 1));
            double db = term * harmonic;
            sum += term;
            sumA += da;
            sumB += db;
            sumZ += dz;
            if (sum > RESCALE_AT) {
                sum /= RESCALE_AT;
                sumA /= RESCALE_AT;
                sumB /= RESCALE_AT;
                sumZ /= RESCALE_AT;
                term /= RESCALE_AT;
                logScale += LOG_RESCALE;
            }
            // Stop only while terms shrink, once each of the four sums has stopped moving.
            if (growth * z < 1 && term <= EPSILON * sum && da <= EPSILON * sumA && db <= EPSILON * sumB
                    && dz <= EPSILON * sumZ) {
                double logShifted = Math.log(shifted);
                if (gradient != null) {
                    double dLogA = sumA / sum - logShifted;
                    double dLogB = sumB / sum;
                    double dLogZ = sumZ / sum;
                    // z = (alpha - beta) / (alpha + t) or (beta - alpha) / (beta + t); a ln(m + t) moves with m.
                    double zAlpha = alphaAbove ? (beta + t) / (shifted * shifted) : -1 / shifted;
                    double zBeta = alphaAbove ? -1 / shifted : (alpha + t) / (shifted * shifted);
                    gradient[offset] = dLogA + (alphaAbove ? 0 : dLogB);
                    gradient[offset + 1] = dLogZ * zAlpha - (alphaAbove ? a / shifted : 0);
                    gradient[offset + 2] = dLogA + (alphaAbove ? dLogB : 0);
                    gradient[offset + 3] = dLogZ * zBeta - (alphaAbove ? 0 : a / shifted);
                }
                return Math.log(sum) + logScale - a * logShifted;
            }
        }
        throw new ArithmeticException("2F1 series of the Pareto/NBD likelihood did not converge for a=" + a
                + ", b=" + b + ", z=" + z);
    }

    private static void differences(double[] p, int x, double t, double[] gradient, int offset) {
        double[] g = new double[4];
        NumericalDerivatives.gradient(q -> ParetoNbd.logF(q[0], q[1], q[2], q[3], x, t), p, g);
        System.arraycopy(g, 0, gradient, offset, 4);
    }
}
