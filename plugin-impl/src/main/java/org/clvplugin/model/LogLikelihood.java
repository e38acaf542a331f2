package org.clvplugin.model;

/** A model's total (weighted) log-likelihood as a function of its natural parameters. */
interface LogLikelihood {

    int dimension();

    /**
     * The log-likelihood at {@code params}; when {@code gradient} is not null it is filled with the partial
     * derivatives with respect to each parameter. Returns negative infinity or NaN where the parameters are
     * outside the model's domain.
     */
    double evaluate(double[] params, double[] gradient);

    /** The number of customers behind the likelihood (the sum of the pattern weights). */
    double observations();
}
