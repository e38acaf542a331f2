package org.clvplugin.api;

/** One maximum-likelihood estimate with its asymptotic standard error (NaN when the Hessian is not invertible). */
public record FittedParameter(String name, double value, double standardError) {
}
