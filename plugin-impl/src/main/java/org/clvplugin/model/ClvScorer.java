package org.clvplugin.model;

import java.util.stream.IntStream;

import org.clvplugin.api.ClvPrediction;
import org.clvplugin.api.ClvSettings;
import org.clvplugin.api.CustomerSummary;
import org.hipparchus.special.Erf;

/**
 * Scores customers with a fitted purchase model and the Gamma-Gamma spend model: expected purchases over the
 * prediction horizon, P(alive), expected order value, discounted CLV with margin, and its interval.
 *
 * <p>Work is shared at three levels. Everything that depends on (x, T) only, the expectations given alive at
 * each month of the horizon and the purchase-count distribution, is computed once per distinct (x, T); P(alive)
 * once per distinct (x, t_x, T); a customer then costs a handful of multiplications and two exponentials.
 *
 * <p>Discounted CLV = margin x E[M | x, zbar] x sum_k (E[X(k m)] - E[X((k - 1) m)]) / (1 + d)^k over the horizon's
 * months k = 1..H, m the month in the data's time unit (the discounting of the reference implementations). The
 * interval method is described in docs/model.md.
 */
public final class ClvScorer {

    private static final double DERIVATIVE_STEP = 1e-6;

    private final PurchaseModel purchase;
    private final double[][] purchaseCovariance;
    private final GammaGamma spend;
    private final double[][] spendCovariance;
    private final ClvSettings settings;
    private final double predictionHorizon;

    /**
     * @param predictionHorizon the horizon of the expected-purchases figure, in the data's time unit
     */
    public ClvScorer(FittedPurchaseModel purchase, FittedSpendModel spend, ClvSettings settings,
                     double predictionHorizon) {
        this.purchase = purchase.model();
        this.purchaseCovariance = purchase.covariance();
        this.spend = spend.model();
        this.spendCovariance = spend.covariance();
        this.settings = settings;
        if (!(predictionHorizon > 0) || Double.isInfinite(predictionHorizon)) {
            throw new IllegalArgumentException("the prediction horizon must be positive, was " + predictionHorizon);
        }
        this.predictionHorizon = predictionHorizon;
    }

    /** One customer's prediction, with its explanation. */
    public ClvPrediction predict(CustomerSummary customer) {
        return score(SummaryTable.of(customer)).prediction(0);
    }

    public ScoreTable score(SummaryTable data) {
        Patterns patterns = data.patterns();
        int[] groupOfPattern = new int[patterns.size()];
        PatternIndex groupIndex = new PatternIndex(Math.min(patterns.size(), 1 << 16));
        for (int i = 0; i < patterns.size(); i++) {
            groupOfPattern[i] = groupIndex.add(patterns.x[i], patterns.age[i], 0);
        }
        GroupForecast[] groups = new GroupForecast[groupIndex.size()];
        IntStream.range(0, groups.length).parallel()
                .forEach(g -> groups[g] = groupForecast(groupIndex.count(g), groupIndex.first(g)));
        PatternForecast[] forecasts = new PatternForecast[patterns.size()];
        IntStream.range(0, forecasts.length).parallel().forEach(i -> forecasts[i] = patternForecast(
                patterns.x[i], patterns.recency[i], patterns.age[i], groups[groupOfPattern[i]]));
        ScoreTable scores = new ScoreTable(data, settings);
        IntStream.range(0, data.size()).parallel().forEach(c -> {
            int pattern = patterns.patternOfCustomer[c];
            scoreCustomer(c, data.frequency(c), data.monetaryValue(c), forecasts[pattern],
                    groups[groupOfPattern[pattern]], scores);
        });
        requireValid(scores);
        return scores;
    }

    /** What depends on (x, T) only. */
    private record GroupForecast(double atPredictionHorizon, double undiscounted, double discounted,
                                 double[] logUndiscountedGradient, FutureValueSpread spread) {
        double discountFactor() {
            return undiscounted > 0 ? discounted / undiscounted : 1;
        }
    }

    /** What depends on (x, t_x, T): P(alive), and the quantile levels of the interval given a purchase. */
    private record PatternForecast(double probabilityAlive, double logPurchaseVariance, double probabilityNone,
                                   double zLow, double zHigh) {
    }

    private GroupForecast groupForecast(int x, double age) {
        double month = settings.periodsPerMonth();
        double discount = 1 + settings.monthlyDiscountRate();
        double previous = 0;
        double discounted = 0;
        double factor = 1;
        for (int k = 1; k <= settings.horizonMonths(); k++) {
            double cumulative = purchase.expectedPurchasesIfAlive(x, age, k * month);
            factor /= discount;
            discounted += (cumulative - previous) * factor;
            previous = cumulative;
        }
        double undiscounted = previous;
        double horizon = settings.horizonPeriods();
        double[] gradient = logGradient(p -> purchase.withParameters(p).expectedPurchasesIfAlive(x, age, horizon),
                undiscounted);
        CountDistribution pmf = purchase.purchaseDistributionIfAlive(x, age, horizon);
        return new GroupForecast(purchase.expectedPurchasesIfAlive(x, age, predictionHorizon), undiscounted,
                discounted, gradient, FutureValueSpread.of(pmf, x, spend));
    }

    private PatternForecast patternForecast(int x, double recency, double age, GroupForecast group) {
        double alive = purchase.probabilityAlive(x, recency, age);
        double[] gradient = purchaseCovariance == null ? new double[0]
                : purchase.logProbabilityAliveGradient(x, recency, age);
        for (int j = 0; j < gradient.length; j++) {
            gradient[j] += group.logUndiscountedGradient()[j];
        }
        double none = 1 - alive * (1 - group.spread().probabilityNone());
        return new PatternForecast(alive, quadraticForm(purchaseCovariance, gradient), none,
                levelGivenPurchase(settings.intervalLow(), none), levelGivenPurchase(settings.intervalHigh(), none));
    }

    private void scoreCustomer(int c, int x, double zbar, PatternForecast pattern, GroupForecast group,
                               ScoreTable out) {
        double orderValue = spend.expectedSpend(x, zbar);
        double alive = pattern.probabilityAlive();
        double margin = settings.margin();
        double value = margin * orderValue * alive * group.discounted();
        out.expectedPurchases[c] = alive * group.atPredictionHorizon();
        out.probabilityAlive[c] = alive;
        out.expectedOrderValue[c] = orderValue;
        out.clv[c] = value;
        out.purchasesInClvHorizon[c] = alive * group.undiscounted();
        out.discountFactor[c] = group.discountFactor();

        FutureValueSpread spread = group.spread();
        double scaleOfSpend = spend.gamma() + x * zbar;
        double variance = spread.logVariance() + pattern.logPurchaseVariance()
                + quadraticForm(spendCovariance, logSpendGradient(x, scaleOfSpend));
        double sd = Math.sqrt(variance);
        double scale = margin * group.discountFactor() * scaleOfSpend;
        double low = Double.isNaN(pattern.zLow()) ? 0 : scale * Math.exp(spread.logMean() + sd * pattern.zLow());
        double high = Double.isNaN(pattern.zHigh()) ? 0 : scale * Math.exp(spread.logMean() + sd * pattern.zHigh());
        // A quantile interval can miss the mean of a very skewed distribution; the interval shown always holds it.
        out.clvLow[c] = Math.min(low, value);
        out.clvHigh[c] = Math.max(high, value);
    }

    /**
     * Values are never NaN, infinite or negative: when the fitted model produces one (parameters at the edge of
     * what the formulas can evaluate), the scores are refused as a whole, so that the caller can fall back.
     */
    private void requireValid(ScoreTable s) {
        for (int c = 0; c < s.size(); c++) {
            if (!(valid(s.expectedPurchases[c]) && valid(s.probabilityAlive[c]) && valid(s.expectedOrderValue[c])
                    && valid(s.clv[c]) && valid(s.clvLow[c]) && valid(s.clvHigh[c])
                    && valid(s.purchasesInClvHorizon[c]) && valid(s.discountFactor[c])
                    && s.discountFactor[c] <= 1 + 1e-9)) {
                throw new ModelFitException(String.format(java.util.Locale.ROOT, "%s: the fitted model gives an "
                        + "invalid value for customer %s (CLV %s, discount factor %s); parameters %s",
                        purchase.type().key(), s.id(c), s.clv[c], s.discountFactor[c],
                        java.util.Arrays.toString(purchase.parameters())));
            }
        }
    }

    private static boolean valid(double v) {
        return v >= 0 && v < Double.POSITIVE_INFINITY;
    }

    /**
     * The standard-normal quantile for level u of the value given at least one purchase, or NaN when u falls in
     * the probability mass at zero (no purchase at all).
     */
    private static double levelGivenPurchase(double u, double probabilityNone) {
        if (u <= probabilityNone) {
            return Double.NaN;
        }
        double level = (u - probabilityNone) / (1 - probabilityNone);
        return Math.sqrt(2) * Erf.erfInv(2 * level - 1);
    }

    /** d ln E[M] / d(p, q, gamma) for E[M] = (gamma + x zbar) p / (p x + q - 1). */
    private double[] logSpendGradient(int x, double scaleOfSpend) {
        double denominator = spend.p() * x + spend.q() - 1;
        return new double[] {1 / spend.p() - x / denominator, -1 / denominator, 1 / scaleOfSpend};
    }

    /** Forward differences of ln f in the purchase parameters. */
    private double[] logGradient(java.util.function.ToDoubleFunction<double[]> f, double atValue) {
        double[] params = purchase.parameters();
        double[] gradient = new double[params.length];
        if (!(atValue > 0) || purchaseCovariance == null) {
            return gradient;
        }
        double logAt = Math.log(atValue);
        for (int j = 0; j < params.length; j++) {
            double[] moved = params.clone();
            double h = DERIVATIVE_STEP * params[j];
            moved[j] += h;
            gradient[j] = (Math.log(f.applyAsDouble(moved)) - logAt) / h;
        }
        return gradient;
    }

    private static double quadraticForm(double[][] covariance, double[] g) {
        if (covariance == null) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g.length; j++) {
                sum += g[i] * covariance[i][j] * g[j];
            }
        }
        return Math.max(0, sum);
    }
}
