package org.clvplugin.model;

/**
 * Quasi-Newton minimisation (BFGS with an inverse-Hessian update and a backtracking Armijo line search;
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
    private static final double MAX_STEP = 4;

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
            for (int halving = 0; halving < 60; halving++) {
                for (int j = 0; j < n; j++) {
                    next[j] = x[j] + step * direction[j];
                }
                nextValue = f.valueAndGradient(next, nextG);
                if (Double.isFinite(nextValue) && allFinite(nextG)
                        && nextValue <= value + ARMIJO * (step / scale) * slope) {
                    accepted = true;
                    break;
                }
                step *= 0.5;
            }
            if (!accepted) {
                // No descent along the search direction: at the precision limit of the objective.
                return new Result(x, value, gNorm, iteration, gNorm < Math.sqrt(gradientTolerance),
                        "line search found no decrease; gradient " + gNorm);
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
                return new Result(x, value, gn, iteration, gn < Math.sqrt(gradientTolerance),
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
