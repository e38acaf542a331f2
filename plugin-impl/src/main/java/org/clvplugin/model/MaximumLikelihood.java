package org.clvplugin.model;

import java.util.ArrayList;
import java.util.List;

import org.clvplugin.api.FitResult;
import org.clvplugin.api.FittedParameter;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Maximises a log-likelihood over positive parameters. The search runs on theta = ln(parameter), which keeps every
 * parameter positive without constraints and makes the problem independent of the time unit's scale; the
 * objective is the negative log-likelihood per customer, so tolerances mean the same for 100 or 10 million
 * customers. Standard errors come from the inverse of the observed information (the Hessian of -LL, by central
 * differences of the gradient), mapped back by the delta method.
 */
final class MaximumLikelihood {

    private static final double GRADIENT_TOLERANCE = 1e-9;
    private static final int MAX_ITERATIONS = 1000;
    private static final double HESSIAN_STEP = 1e-5;
    /** |ln(parameter)| beyond this (a parameter above 6.6e7 or below 1.5e-8) is a fit that ran to a limit. */
    private static final double EDGE = 18;

    /** The estimate with its covariance matrix (natural parameters) and the report for people. */
    record Estimate(double[] values, double[][] covariance, FitResult result) {
    }

    private MaximumLikelihood() {
    }

    static Estimate fit(String model, List<String> names, LogLikelihood likelihood, double[] start) {
        int n = likelihood.dimension();
        double perCustomer = 1 / likelihood.observations();
        Bfgs.Objective objective = (theta, gradient) -> {
            double[] params = exp(theta);
            double[] natural = new double[n];
            double ll = likelihood.evaluate(params, natural);
            for (int j = 0; j < n; j++) {
                gradient[j] = -natural[j] * params[j] * perCustomer;
            }
            return Double.isNaN(ll) ? Double.POSITIVE_INFINITY : -ll * perCustomer;
        };
        double[] theta0 = new double[n];
        for (int j = 0; j < n; j++) {
            theta0[j] = Math.log(start[j]);
        }
        Bfgs.Result optimum = new Bfgs(GRADIENT_TOLERANCE, MAX_ITERATIONS).minimize(objective, theta0);
        double[] values = exp(optimum.x());
        for (int j = 0; j < n; j++) {
            if (!Double.isFinite(values[j]) || values[j] <= 0) {
                throw new ModelFitException(model + ": the fit did not reach valid parameters ("
                        + names.get(j) + " = " + values[j] + "); " + optimum.message());
            }
            if (Math.abs(optimum.x()[j]) > EDGE) {
                // The likelihood keeps rising towards a limit of the model (for BG/NBD with no sign of drop-out:
                // a -> 0, r and alpha -> infinity): the estimates say nothing and the predictions are unusable.
                throw new ModelFitException(String.format(java.util.Locale.ROOT, "%s: the estimate of %s ran to "
                        + "%.3g, a limit of the model: the data does not show the pattern the model describes "
                        + "(for example no sign of customers dropping out)", model, names.get(j), values[j]));
            }
        }
        double logLikelihood = likelihood.evaluate(values, null);
        double[][] covariance = covariance(likelihood, optimum.x());
        List<FittedParameter> parameters = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            double variance = covariance == null ? Double.NaN : covariance[j][j];
            parameters.add(new FittedParameter(names.get(j), values[j],
                    variance >= 0 ? Math.sqrt(variance) : Double.NaN));
        }
        FitResult result = new FitResult(model, parameters, logLikelihood, optimum.converged(),
                optimum.iterations(), Math.round(likelihood.observations()), optimum.message());
        return new Estimate(values, covariance, result);
    }

    /**
     * Cov(p) = D H_theta^-1 D with D = diag(p), where H_theta is the Hessian of -LL in theta at the optimum (there
     * the gradient vanishes, so this equals the inverse of the Hessian in p). The Hessian is taken by forward
     * differences of the gradient (relative error about the step, 1e-5, far below what a standard error needs).
     * Null when it is not positive definite.
     */
    private static double[][] covariance(LogLikelihood likelihood, double[] theta) {
        int n = theta.length;
        double[][] hessian = new double[n][n];
        double[] probe = theta.clone();
        double[] at = thetaGradient(likelihood, theta);
        for (int k = 0; k < n; k++) {
            probe[k] = theta[k] + HESSIAN_STEP;
            double[] moved = thetaGradient(likelihood, probe);
            probe[k] = theta[k];
            for (int j = 0; j < n; j++) {
                hessian[j][k] = -(moved[j] - at[j]) / HESSIAN_STEP;
            }
        }
        RealMatrix h = MatrixUtils.createRealMatrix(hessian);
        h = h.add(h.transpose()).scalarMultiply(0.5);
        RealMatrix inverse;
        try {
            inverse = new CholeskyDecomposition(h, 1e-12, 1e-14).getSolver().getInverse();
        } catch (RuntimeException notPositiveDefinite) {
            return null;
        }
        double[] p = exp(theta);
        double[][] cov = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cov[i][j] = p[i] * p[j] * inverse.getEntry(i, j);
            }
        }
        return cov;
    }

    private static double[] thetaGradient(LogLikelihood likelihood, double[] theta) {
        double[] params = exp(theta);
        double[] gradient = new double[theta.length];
        likelihood.evaluate(params, gradient);
        for (int j = 0; j < theta.length; j++) {
            gradient[j] *= params[j];
        }
        return gradient;
    }

    private static double[] exp(double[] theta) {
        double[] out = new double[theta.length];
        for (int j = 0; j < theta.length; j++) {
            out[j] = Math.exp(theta[j]);
        }
        return out;
    }
}
