package org.clvplugin.model;

/**
 * The Pareto/NBD log-likelihood on compressed patterns (Fader &amp; Hardie 2005, eq. 22):
 * ln Gamma(r + x) - ln Gamma(r) + r ln alpha + s ln beta
 * + ln[(alpha + T)^-(r+x) (beta + T)^-s + s / (r + s + x) A0], summed in log space. Its gradient is taken by
 * central differences: the 2F1 inside A0 has no convenient closed-form derivative in its parameters.
 */
final class ParetoNbdLikelihood extends PurchaseLikelihood {


    ParetoNbdLikelihood(Patterns patterns) {
        super(patterns);
    }

    @Override
    public double evaluate(double[] params, double[] gradient) {
        if (gradient != null) {
            NumericalDerivatives.gradient(p -> evaluate(p, null), params, gradient);
        }
        ParetoNbd model;
        try {
            model = new ParetoNbd(params[0], params[1], params[2], params[3]);
        } catch (IllegalArgumentException outsideDomain) {
            return Double.NEGATIVE_INFINITY;
        }
        double r = params[0];
        double alpha = params[1];
        double s = params[2];
        double beta = params[3];
        RisingFactorialTable ofR = new RisingFactorialTable(r, maxFrequency);
        double constant = r * Math.log(alpha) + s * Math.log(beta);
        return ParallelSum.sum(patterns.size(), 4, null, (i, g) -> {
            int x = patterns.x[i];
            double age = patterns.age[i];
            double survivor = -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
            double died = Math.log(s / (r + s + x)) + model.logA0(x, patterns.recency[i], age);
            double max = Math.max(survivor, died);
            double logSum = max + Math.log1p(Math.exp(Math.min(survivor, died) - max));
            return patterns.weight[i] * (ofR.logRatio[x] + constant + logSum);
        });
    }
}
