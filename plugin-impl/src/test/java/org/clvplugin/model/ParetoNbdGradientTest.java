package org.clvplugin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Pareto/NBD fit follows the analytic gradient of its likelihood: it must match central differences of the
 * likelihood itself, with alpha above, below and equal to beta, and where one is so far above the other that 2F1
 * leaves its power series (z &gt; 0.9) for the connection formula.
 */
class ParetoNbdGradientTest {

    private static final SummaryTable CUSTOMERS = new SyntheticCustomers(new BgNbd(0.243, 4.414, 0.793, 2.426),
            new GammaGamma(6.25, 3.74, 15.44), 0, 78, 1.0 / 7).generate(4000, 11);

    @ParameterizedTest(name = "r={0} alpha={1} s={2} beta={3}")
    @CsvSource({
        "0.553, 10.58, 0.606, 11.67",  // CDNOW's estimates
        "1.0, 5.0, 1.0, 5.0",          // alpha = beta: z = 0
        "0.8, 3.0, 1.2, 40.0",         // alpha below beta
        "2.0, 60.0, 0.5, 1.5",         // alpha 40 times beta: z > 0.9 for small t
        "0.05, 0.3, 3.0, 20.0",        // beta 70 times alpha
    })
    void gradientMatchesCentralDifferences(double r, double alpha, double s, double beta) {
        ParetoNbdLikelihood likelihood = new ParetoNbdLikelihood(CUSTOMERS.patterns());
        double[] params = {r, alpha, s, beta};
        double[] analytic = new double[4];
        double value = likelihood.evaluate(params, analytic);
        assertTrue(Double.isFinite(value), "log-likelihood " + value);
        assertEquals(value, likelihood.evaluate(params, null), 0, "the value must not depend on the gradient");
        for (int j = 0; j < 4; j++) {
            double h = 1e-5 * params[j];
            double[] up = params.clone();
            double[] down = params.clone();
            up[j] += h;
            down[j] -= h;
            double numeric = (likelihood.evaluate(up, null) - likelihood.evaluate(down, null)) / (2 * h);
            assertEquals(numeric, analytic[j], 1e-5 * Math.max(1, Math.abs(numeric)), "d LL / d parameter " + j);
        }
    }
}
