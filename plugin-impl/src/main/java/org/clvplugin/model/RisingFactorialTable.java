package org.clvplugin.model;

/**
 * For a base v and counts 0..n: ln Gamma(v + k) - ln Gamma(v) = sum_{j<k} ln(v + j) and
 * psi(v + k) - psi(v) = sum_{j<k} 1 / (v + j). The likelihoods need these for every customer's count x; one table
 * per evaluation replaces a log-gamma and a digamma call per customer.
 */
final class RisingFactorialTable {

    final double[] logRatio;
    final double[] digammaDifference;

    RisingFactorialTable(double v, int n) {
        logRatio = new double[n + 1];
        digammaDifference = new double[n + 1];
        for (int k = 1; k <= n; k++) {
            logRatio[k] = logRatio[k - 1] + Math.log(v + k - 1);
            digammaDifference[k] = digammaDifference[k - 1] + 1.0 / (v + k - 1);
        }
    }
}
