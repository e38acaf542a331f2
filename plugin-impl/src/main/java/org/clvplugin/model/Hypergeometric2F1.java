package org.clvplugin.model;

import org.hipparchus.special.Gamma;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for real parameters and real z &lt; 1.
 *
 * <p>Method (Abramowitz &amp; Stegun 15.1.1, 15.3.5, 15.3.6; DLMF 15.8.1, 15.8.4):
 * <ul>
 *   <li>z &lt; 0: Pfaff's transformation 2F1(a,b;c;z) = (1-z)^-a 2F1(a, c-b; c; z/(z-1)) moves z into [0, 1).</li>
 *   <li>0 &le; z &le; 0.9: the power series, summed with running rescaling so that terms that first grow (large
 *       a, b, as in BG/NBD with thousands of purchases) cannot overflow.</li>
 *   <li>otherwise: the connection formula in 1 - z, where the series converges fast. When c - a - b is within
 *       1e-8 of an integer m, the gamma terms have poles that cancel, and the limit form of DLMF 15.8.10 is used
 *       (after Euler's transformation when m &lt; 0). Where large parameters make the two terms cancel
 *       (more than four digits lost), the series is summed instead, up to ten million terms.</li>
 * </ul>
 * Results are returned as sign and logarithm, so that callers can use values far beyond the double range.
 */
public final class Hypergeometric2F1 {

    private static final double SERIES_LIMIT = 0.9;
    private static final double LIMIT_GAP = 1e-8;
    private static final double MAX_DIGITS_LOST = Math.log(1e4);
    private static final int MAX_TERMS = 10_000_000;
    private static final double RESCALE_AT = 1e200;
    private static final double LOG_RESCALE = Math.log(RESCALE_AT);

    private Hypergeometric2F1() {
    }

    /** 2F1(a, b; c; z) as a double (may be infinite when the value exceeds the double range). */
    public static double value(double a, double b, double c, double z) {
        return signedLog(a, b, c, z).value();
    }

    /** ln 2F1(a, b; c; z); the value must be positive, as it is for the positive parameters of the CLV models. */
    public static double logValue(double a, double b, double c, double z) {
        SignedLog result = signedLog(a, b, c, z);
        if (result.sign() <= 0) {
            throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") is not positive");
        }
        return result.log();
    }

    static SignedLog signedLog(double a, double b, double c, double z) {
        if (!(Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c) && Double.isFinite(z))) {
            throw new IllegalArgumentException("2F1 needs finite arguments: " + a + ", " + b + ", " + c + ", " + z);
        }
        if (c <= 0 && c == Math.rint(c)) {
            throw new IllegalArgumentException("2F1 is undefined for c = " + c + " (a non-positive integer)");
        }
        if (z >= 1) {
            throw new IllegalArgumentException("2F1 is computed for z < 1 only, z was " + z);
        }
        if (z == 0 || a == 0 || b == 0) {
            return new SignedLog(1, 0);
        }
        if (z < 0) {
            double w = z / (z - 1);
            return new SignedLog(1, -a * Math.log1p(-z)).times(signedLog(a, c - b, c, w));
        }
        if (z <= SERIES_LIMIT) {
            return series(a, b, c, z);
        }
        double s = c - a - b;
        double m = Math.rint(s);
        if (Math.abs(s - m) < LIMIT_GAP) {
            // Euler's transformation turns c - a - b = -m into +m.
            return m >= 0 ? integerGap(a, b, (int) m, z)
                    : new SignedLog(1, s * Math.log1p(-z)).times(integerGap(c - a, c - b, (int) -m, z));
        }
        SignedLog[] terms = connectionTerms(a, b, c, z);
        SignedLog sum = terms[0].plus(terms[1]);
        // Opposite terms cancel: beyond four lost digits, sum the series instead (slower, but exact when the
        // parameters are positive, since then every term is positive).
        double lost = Math.max(terms[0].log(), terms[1].log()) - sum.log();
        if (terms[0].sign() * terms[1].sign() < 0 && lost > MAX_DIGITS_LOST) {
            return series(a, b, c, z);
        }
        return sum;
    }

    /**
     * DLMF 15.8.10, the limit of the connection formula when c = a + b + m for an integer m &ge; 0:
     * F(a, b; a+b+m; z) / Gamma(c) = 1 / (Gamma(a+m) Gamma(b+m)) sum_{k&lt;m} (a)_k (b)_k (m-k-1)! / k! (z-1)^k
     * - (z-1)^m / (Gamma(a) Gamma(b)) sum_k (a+m)_k (b+m)_k / (k! (k+m)!) (1-z)^k
     * [ln(1-z) - psi(k+1) - psi(k+m+1) + psi(a+k+m) + psi(b+k+m)].
     */
    private static SignedLog integerGap(double a, double b, int m, double z) {
        double y = 1 - z;
        double finite = 0;
        double term = 1;
        for (int k = 0; k < m; k++) {
            finite += term;
            term *= (a + k) * (b + k) / ((k + 1.0) * (m - k - 1)) * -y;
        }
        SignedLog first = SignedLog.of(finite).times(new SignedLog(1, Gamma.logGamma(m)))
                .times(LogGammaFunction.reciprocal(a + m)).times(LogGammaFunction.reciprocal(b + m));
        double psiK = Gamma.digamma(1);
        double psiKm = Gamma.digamma(m + 1);
        double psiA = Gamma.digamma(a + m);
        double psiB = Gamma.digamma(b + m);
        double logY = Math.log(y);
        double coefficient = 1;
        double infinite = 0;
        for (int k = 0; k < MAX_TERMS; k++) {
            double add = coefficient * (logY - psiK - psiKm + psiA + psiB);
            infinite += add;
            if (Math.abs(add) <= 1e-17 * Math.abs(infinite) && k > 2) {
                break;
            }
            coefficient *= (a + m + k) * (b + m + k) / ((k + 1.0) * (k + m + 1)) * y;
            psiK += 1.0 / (k + 1);
            psiKm += 1.0 / (k + m + 1);
            psiA += 1.0 / (a + m + k);
            psiB += 1.0 / (b + m + k);
        }
        SignedLog second = SignedLog.of(-infinite).times(new SignedLog(m % 2 == 0 ? 1 : -1, m * logY))
                .times(new SignedLog(1, -Gamma.logGamma(m + 1.0)))
                .times(LogGammaFunction.reciprocal(a)).times(LogGammaFunction.reciprocal(b));
        return LogGammaFunction.of(a + b + m).times(first.plus(second));
    }

    /** DLMF 15.8.4: the two terms of the expansion about z = 1, valid when c - a - b is not an integer. */
    private static SignedLog[] connectionTerms(double a, double b, double c, double z) {
        double s = c - a - b;
        double y = 1 - z;
        SignedLog first = LogGammaFunction.of(c).times(LogGammaFunction.of(s))
                .times(LogGammaFunction.reciprocal(c - a)).times(LogGammaFunction.reciprocal(c - b))
                .times(series(a, b, 1 - s, y));
        SignedLog second = new SignedLog(1, s * Math.log(y))
                .times(LogGammaFunction.of(c)).times(LogGammaFunction.of(-s))
                .times(LogGammaFunction.reciprocal(a)).times(LogGammaFunction.reciprocal(b))
                .times(series(c - a, c - b, s + 1, y));
        return new SignedLog[] {first, second};
    }

    /** The power series sum_k (a)_k (b)_k / ((c)_k k!) z^k, rescaled as it grows. */
    static SignedLog series(double a, double b, double c, double z) {
        double term = 1;
        double sum = 1;
        double logScale = 0;
        for (int k = 0; k < MAX_TERMS; k++) {
            if (a + k == 0 || b + k == 0) {
                return SignedLog.of(sum).times(new SignedLog(1, logScale));
            }
            double ratio = (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            term *= ratio;
            sum += term;
            if (Math.abs(sum) > RESCALE_AT) {
                sum /= RESCALE_AT;
                term /= RESCALE_AT;
                logScale += LOG_RESCALE;
            }
            // Stop only while terms shrink: a tiny term can precede growing ones when a and b are large.
            if (Math.abs(term) <= 1e-17 * Math.abs(sum) && Math.abs(ratio) < 1) {
                return SignedLog.of(sum).times(new SignedLog(1, logScale));
            }
        }
        throw new ArithmeticException("2F1 series did not converge for a=" + a + ", b=" + b + ", c=" + c
                + ", z=" + z);
    }
}
