package org.clvplugin.model;

import org.clvplugin.api.FitResult;

/** The Gamma-Gamma spend model at its estimate, with covariance (null when unavailable) and fit report. */
public record FittedSpendModel(GammaGamma model, double[][] covariance, FitResult fit) {
}
