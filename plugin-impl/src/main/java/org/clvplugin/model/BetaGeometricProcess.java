package org.clvplugin.model;

/**
 * The future of a BG/NBD-type customer known to be alive: purchases at rate lambda ~ Gamma(r, alpha); after each
 * purchase the customer drops out with probability p ~ Beta(a, b). Conditioning on the past only updates the
 * parameters (Fader, Hardie &amp; Lee 2005): BG/NBD uses (r + x, alpha + T, a, b + x), MBG/NBD (r + x,
 * alpha + T, a, b + x + 1).
 */
final class BetaGeometricProcess {

    private static final double NEAR_SINGULAR = 1e-4;

    private BetaGeometricProcess() {
    }

    /**
     * E[N(t)] = (a + b - 1) / (a - 1) [1 - (alpha / (alpha + t))^r 2F1(r, b; a + b - 1; t / (alpha + t))]
     * (Fader, Hardie &amp; Lee 2005, eq. 7). At a = 1 the formula is 0/0, and at a + b - 1 = 0, -1, ... the 2F1
     * has a pole; the expectation is smooth in a and b, so there it is the mean of its values 1e-4 either side.
     */
    static double expectedPurchases(double r, double alpha, double a, double b, double t) {
        if (t <= 0) {
            return 0;
        }
        double c = a + b - 1;
        if (Math.abs(a - 1) < NEAR_SINGULAR) {
            return 0.5 * (expectedPurchasesAwayFromOne(r, alpha, 1 + NEAR_SINGULAR, b, t)
                    + expectedPurchasesAwayFromOne(r, alpha, 1 - NEAR_SINGULAR, b, t));
        }
        if (c <= NEAR_SINGULAR && Math.abs(c - Math.rint(c)) < NEAR_SINGULAR) {
            // 2F1 has a pole at c = 0, -1, ...; the expectation does not, so take the mean at b +- 1e-4.
            return 0.5 * (expectedPurchasesAwayFromOne(r, alpha, a, b + NEAR_SINGULAR, t)
                    + expectedPurchasesAwayFromOne(r, alpha, a, b - NEAR_SINGULAR, t));
        }
        return expectedPurchasesAwayFromOne(r, alpha, a, b, t);
    }

    private static double expectedPurchasesAwayFromOne(double r, double alpha, double a, double b, double t) {
        double z = t / (alpha + t);
        // With a + b < 1 the 2F1 may be negative, so its sign is kept.
        SignedLog f = Hypergeometric2F1.signedLog(r, b, a + b - 1, z);
        double logTerm = r * Math.log(alpha / (alpha + t)) + f.log();
        double bracket = f.sign() > 0 ? -Math.expm1(logTerm) : 1 - f.sign() * Math.exp(logTerm);
        return (a + b - 1) / (a - 1) * bracket;
    }

    /**
     * P(N(t) = n) = B(a, b + n)/B(a, b) NB(n) + [n &gt; 0] B(a + 1, b + n - 1)/B(a, b) P(NB &ge; n), where NB is
     * the negative binomial count of a Poisson(lambda t) with lambda ~ Gamma(r, alpha): either the customer
     * survives all n purchases and makes exactly n, or drops out at the n-th having had the chance to make at least
     * n (Fader, Hardie &amp; Lee 2005, eq. 8).
     */
    static CountDistribution purchaseDistribution(double r, double alpha, double a, double b, double t) {
        NegativeBinomialCounts nb = new NegativeBinomialCounts(r, alpha, t);
        CountDistribution.Builder pmf = new CountDistribution.Builder();
        double survive = 1; // B(a, b + n) / B(a, b)
        double atLeast = 1; // P(NB >= n)
        int n = 0;
        boolean more = true;
        while (more) {
            double nbN = nb.probability();
            double p = survive * nbN;
            if (n > 0) {
                p += a / (b + n - 1) * survive * atLeast;
            }
            more = pmf.add(p, nb.mode());
            atLeast = Math.max(0, atLeast - nbN);
            survive *= (b + n) / (a + b + n);
            nb.advance();
            n++;
        }
        return pmf.build(expectedPurchases(r, alpha, a, b, t));
    }

    /** ln of the odds of having dropped out: ln[a / (b + k - 1) ((alpha + T) / (alpha + t_x))^(r + x)]. */
    static double logOddsDead(double r, double alpha, double a, double bShifted, int x, double tx, double age) {
        return Math.log(a / bShifted) + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx));
    }

    /**
     * d ln P(alive) / d(r, alpha, a, b) where P(alive) = 1 / (1 + D), ln D = ln a - ln(b') + (r + x) ln((alpha + T) /
     * (alpha + t_x)): -(1 - P) times the derivative of ln D.
     */
    static double[] logAliveGradient(double r, double alpha, double a, double bShifted, int x, double tx,
                                     double age, double probabilityAlive) {
        double dead = 1 - probabilityAlive;
        return new double[] {
            -dead * (Math.log(alpha + age) - Math.log(alpha + tx)),
            -dead * (r + x) * (1 / (alpha + age) - 1 / (alpha + tx)),
            -dead / a,
            dead / bShifted,
        };
    }

    /** 1 / (1 + e^z), without overflow. */
    static double logistic(double logOdds) {
        return logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
    }
}
