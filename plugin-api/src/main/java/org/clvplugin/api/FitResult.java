package org.clvplugin.api;

import java.util.List;

/**
 * The outcome of one maximum-likelihood fit.
 *
 * @param model         model key ("bgnbd", "paretonbd", "mbgnbd", "gammagamma")
 * @param parameters    estimates in the model's parameter order
 * @param logLikelihood at the estimate, in the data's own time unit
 * @param converged     whether the optimizer met its gradient tolerance
 * @param iterations    optimizer iterations used
 * @param customers     customers the fit used (for Gamma-Gamma: those with at least one repeat purchase)
 * @param message       a plain sentence on convergence
 */
public record FitResult(String model, List<FittedParameter> parameters, double logLikelihood, boolean converged,
                        int iterations, long customers, String message) {

    public FitResult {
        parameters = List.copyOf(parameters);
    }

    public double value(String name) {
        return parameter(name).value();
    }

    public FittedParameter parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parameter " + name + " in " + model));
    }

    public double[] values() {
        return parameters.stream().mapToDouble(FittedParameter::value).toArray();
    }
}
