package org.clvplugin.model;

/** What the likelihoods of the four-parameter purchase models share: the compressed patterns they sum over. */
abstract class PurchaseLikelihood implements LogLikelihood {

    protected final Patterns patterns;
    protected final int maxFrequency;

    PurchaseLikelihood(Patterns patterns) {
        this.patterns = patterns;
        this.maxFrequency = patterns.maxFrequency();
    }

    @Override
    public int dimension() {
        return 4;
    }

    @Override
    public double observations() {
        return patterns.customers;
    }
}
