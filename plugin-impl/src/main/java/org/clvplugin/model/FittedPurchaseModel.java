package org.clvplugin.model;

import org.clvplugin.api.FitResult;

/**
 * A purchase model at its maximum-likelihood estimate, with the covariance of the estimate (null when the
 * observed information was not positive definite) and the fit report.
 */
public record FittedPurchaseModel(PurchaseModel model, double[][] covariance, FitResult fit) {
}
