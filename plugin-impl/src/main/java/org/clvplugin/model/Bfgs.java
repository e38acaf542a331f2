package org.clvplugin.model;

/**
 * Quasi-Newton minimisation (BFGS with an inverse-Hessian update and a backtracking Armijo line search with quadratic interpolation;
 * Nocedal &amp; Wright, Numerical Optimization, 2nd ed., algorithm 6.1). Hipparchus offers no gradient-based
 * unconstrained minimiser with this reliability on smooth 3- and 4-parameter likelihoods, and the problem is
 * small enough that a transparent implementation is the safer choice.
 */
final class Bfgs {

    /** A function with its gradient; returns +infinity or NaN outside its domain. */
    @FunctionalInterface
    interface Objective {
        double valueAndGradient(double[] x, double[] gradient);
    }

    record Result(double[] x, double value, double gradientNorm, int iterations, boolean converged,
                  String message) {
    }

    private static final double ARMIJO = 1e-4;
    /**
     * A gradient this small, with no decrease left to find, means the optimum up to the rounding of a sum over
     * many customers: parameters are then accurate to about 1e-5 relative, far inside their standard errors.
     */
    private static final double ROUNDING_FLOOR = 1e-6;
    private static final double MAX_STEP = 2;
    /** Enough to shrink a step by 1e-10; beyond that the objective is at its rounding floor. */
    private static final int MAX_TRIALS = 12;

    private final double gradientTolerance;
    private final int maxIterations;

    Bfgs(double gradientTolerance, int maxIterations) {
        this.gradientTolerance = gradientTolerance;
        this.maxIterations = maxIterations;
    }

    Result minimize(Objective f, double[] start) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double value = f.valueAndGradient(x, g);
        if (!Double.isFinite(value) || !allFinite(g)) {
            return new Result(x, value, Double.NaN, 0, false, "the objective is not finite at the start point");
        }
        double[][] h = identity(n);
        int stalls = 0;
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            double gNorm = maxAbs(g);
            if (gNorm < gradientTolerance) {
                return new Result(x, value, gNorm, iteration - 1, true, "converged: gradient below tolerance");
            }
            double[] direction = times(h, g, -1);
            if (dot(direction, g) >= 0) {
                h = identity(n);
                direction = times(h, g, -1);
            }
            double scale = Math.min(1, MAX_STEP / maxAbs(direction));
            double slope = dot(direction, g) * scale;
            double[] next = new double[n];
            double[] nextG = new double[n];
            double nextValue = Double.NaN;
            double step = scale;
            boolean accepted = false;
            for (int trial = 0; trial < MAX_TRIALS; trial++) {
                for (int j = 0; j < n; j++) {
                    next[j] = x[j] + step * direction[j];
                }
                nextValue = f.valueAndGradient(next, nextG);
                boolean finite = Double.isFinite(nextValue) && allFinite(nextG);
                double unitSlope = slope / scale;
                if (finite && (nextValue <= value + ARMIJO * step * unitSlope
                        || maxAbs(nextG) < gradientTolerance)) {
                    // The second case: at the rounding floor of the objective a step to a point whose gradient
                    // meets the tolerance shows no measurable decrease, yet it is the answer.
                    accepted = true;
                    break;
                }
                if (finite && gNorm < ROUNDING_FLOOR
                        && Math.abs(nextValue - value) <= 1e-15 * Math.max(1, Math.abs(value))) {
                    break;
                }
                // Backtrack to the minimum of the quadratic through f(0), f'(0) and f(step), kept in
                // [0.1, 0.5] of the step (Nocedal & Wright, section 3.5).
                double shrink = finite
                        ? -unitSlope * step / (2 * (nextValue - value - unitSlope * step)) : 0.1;
                step *= Math.min(0.5, Math.max(0.1, shrink));
            }
            if (!accepted) {
                // No descent along the search direction: at the precision limit of the objective.
                return new Result(x, value, gNorm, iteration, gNorm < ROUNDING_FLOOR,
                        "converged to rounding precision (no further decrease along the search direction); "
                                + "gradient " + gNorm);
            }
            double[] s = new double[n];
            double[] y = new double[n];
            for (int j = 0; j < n; j++) {
                s[j] = next[j] - x[j];
                y[j] = nextG[j] - g[j];
            }
            double improvement = value - nextValue;
            x = next;
            g = nextG;
            value = nextValue;
            stalls = improvement <= 1e-15 * Math.max(1, Math.abs(value)) ? stalls + 1 : 0;
            if (stalls >= 5) {
                double gn = maxAbs(g);
                return new Result(x, value, gn, iteration, gn < ROUNDING_FLOOR,
                        "objective stopped improving; gradient " + gn);
            }
            double sy = dot(s, y);
            if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
                if (iteration == 1) {
                    h = identity(n);
                    double gammaScale = sy / dot(y, y);
                    for (int j = 0; j < n; j++) {
                        h[j][j] = gammaScale;
                    }
                }
                update(h, s, y, sy);
            }
        }
        double gn = maxAbs(g);
        return new Result(x, value, gn, maxIterations, false,
                "stopped after " + maxIterations + " iterations; gradient " + gn);
    }

    /** H &lt;- (I - rho s y') H (I - rho y s') + rho s s', rho = 1 / (y's). */
    private static void update(double[][] h, double[] s, double[] y, double sy) {
        int n = s.length;
        double rho = 1 / sy;
        double[] hy = times(h, y, 1);
        double yhy = dot(y, hy);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] += -rho * (s[i] * hy[j] + hy[i] * s[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
            }
        }
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    private static double[] times(double[][] m, double[] v, double factor) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += m[i][j] * v[j];
            }
            out[i] = factor * sum;
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double maxAbs(double[] v) {
        double max = 0;
        for (double d : v) {
            max = Math.max(max, Math.abs(d));
        }
        return max;
    }

    private static boolean allFinite(double[] v) {
        for (double d : v) {
            if (!Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }
}
