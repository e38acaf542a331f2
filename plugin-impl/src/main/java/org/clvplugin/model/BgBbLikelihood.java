package org.clvplugin.model;

/**
 * The BG/BB log-likelihood over discrete-time patterns. Data sets have a few dozen patterns (one per (x, t_x, n)),
 * so the gradient by central differences costs nothing worth an analytic form.
 */
final class BgBbLikelihood implements LogLikelihood {

    private final DiscreteSummary data;

    BgBbLikelihood(DiscreteSummary data) {
        this.data = data;
    }

    @Override
    public int dimension() {
        return 4;
    }

    @Override
    public double observations() {
        return data.customers();
    }

    @Override
    public double evaluate(double[] params, double[] gradient) {
        if (gradient != null) {
            NumericalDerivatives.gradient(p -> evaluate(p, null), params, gradient);
        }
        BgBb model;
        try {
            model = new BgBb(params[0], params[1], params[2], params[3]);
        } catch (IllegalArgumentException outsideDomain) {
            return Double.NEGATIVE_INFINITY;
        }
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            sum += data.weight[i] * model.logLikelihood(data.frequency[i], data.recency[i], data.periods[i]);
        }
        return sum;
    }
}
