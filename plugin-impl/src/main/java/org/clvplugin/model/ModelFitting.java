package org.clvplugin.model;

import java.util.List;

import org.clvplugin.api.FitResult;
import org.clvplugin.api.PurchaseModelType;

/**
 * Fits the purchase and spend models to a summary table, refusing data that cannot support them with a message
 * that says why rather than returning meaningless parameters.
 */
public final class ModelFitting {

    /** Fewer customers than this cannot identify four parameters. */
    public static final int MINIMUM_CUSTOMERS = 5;

    private ModelFitting() {
    }

    public static FittedPurchaseModel fitPurchaseModel(PurchaseModelType type, SummaryTable data) {
        checkPurchaseData(type, data);
        Patterns patterns = data.patterns();
        double totalAge = 0;
        double totalRepeats = 0;
        for (int i = 0; i < patterns.size(); i++) {
            totalAge += patterns.weight[i] * patterns.age[i];
            totalRepeats += patterns.weight[i] * patterns.x[i];
        }
        // Start at r = 1 with alpha matching the mean repeat rate; a, b, s at 1; beta at alpha.
        double alpha0 = totalAge / totalRepeats;
        LogLikelihood likelihood = switch (type) {
            case BG_NBD -> BetaGeometricLikelihood.bgNbd(patterns);
            case MBG_NBD -> BetaGeometricLikelihood.mbgNbd(patterns);
            case PARETO_NBD -> new ParetoNbdLikelihood(patterns);
        };
        double[] start = type == PurchaseModelType.PARETO_NBD
                ? new double[] {1, alpha0, 1, alpha0}
                : new double[] {1, alpha0, 1, 1};
        MaximumLikelihood.Estimate estimate = MaximumLikelihood.fit(type.key(), type.parameterNames(), likelihood,
                start);
        double[] v = estimate.values();
        PurchaseModel model = switch (type) {
            case BG_NBD -> new BgNbd(v[0], v[1], v[2], v[3]);
            case MBG_NBD -> new MbgNbd(v[0], v[1], v[2], v[3]);
            case PARETO_NBD -> new ParetoNbd(v[0], v[1], v[2], v[3]);
        };
        return new FittedPurchaseModel(model, estimate.covariance(), estimate.result());
    }

    public static FittedSpendModel fitGammaGamma(SummaryTable data) {
        if (!data.hasMonetaryValues()) {
            throw new ModelFitException("gammagamma: the summary has no monetary values (zbar), so there is no "
                    + "spend to fit");
        }
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(data);
        double[] spend = likelihood.meanSpend();
        if (spend.length < MINIMUM_CUSTOMERS) {
            throw new ModelFitException("gammagamma: needs at least " + MINIMUM_CUSTOMERS
                    + " customers with a paid repeat purchase to fit the spend model; the data has " + spend.length);
        }
        double mean = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double z : spend) {
            mean += z / spend.length;
            min = Math.min(min, z);
            max = Math.max(max, z);
        }
        if (max - min <= 1e-12 * max) {
            throw new ModelFitException("gammagamma: every repeat buyer has the same mean spend (" + max
                    + "), so the spread of spend cannot be estimated");
        }
        MaximumLikelihood.Estimate estimate = MaximumLikelihood.fit("gammagamma", List.of("p", "q", "gamma"),
                likelihood, new double[] {1, 2, mean});
        double[] v = estimate.values();
        if (v[1] <= 1) {
            throw new ModelFitException(String.format(java.util.Locale.ROOT,
                    "gammagamma: the estimate q = %.4f is not above 1, so the expected spend would be infinite; "
                            + "the spend data is too heavy-tailed or too thin for this model", v[1]));
        }
        return new FittedSpendModel(new GammaGamma(v[0], v[1], v[2]), estimate.covariance(), estimate.result());
    }

    /** Fits BG/BB to discrete-time patterns. */
    public static FitResult fitBgBb(DiscreteSummary data) {
        if (data.customers() < MINIMUM_CUSTOMERS) {
            throw new ModelFitException("bgbb: needs at least " + MINIMUM_CUSTOMERS + " customers to fit; the data has "
                    + Math.round(data.customers()));
        }
        boolean anyRepeat = false;
        for (int i = 0; i < data.size(); i++) {
            anyRepeat |= data.frequency[i] > 0;
        }
        if (!anyRepeat) {
            throw new ModelFitException("bgbb: no customer has a transaction, so nothing can be estimated");
        }
        return MaximumLikelihood.fit("bgbb", List.of("alpha", "beta", "gamma", "delta"), new BgBbLikelihood(data),
                new double[] {1, 1, 1, 1}).result();
    }

    private static void checkPurchaseData(PurchaseModelType type, SummaryTable data) {
        String model = type.key() + ": ";
        if (data.size() < MINIMUM_CUSTOMERS) {
            throw new ModelFitException(model + "needs at least " + MINIMUM_CUSTOMERS
                    + " customers to fit; the data has " + data.size());
        }
        boolean anyRepeat = false;
        boolean anyAge = false;
        for (int i = 0; i < data.size() && !(anyRepeat && anyAge); i++) {
            anyRepeat |= data.frequency(i) > 0;
            anyAge |= data.age(i) > 0;
        }
        if (!anyAge) {
            throw new ModelFitException(model + "every customer has age T = 0 (all first purchases on the last "
                    + "day), so there is no time in which to observe buying");
        }
        if (!anyRepeat) {
            throw new ModelFitException(model + "no customer has a repeat purchase, so buying and dropping out "
                    + "cannot be told apart");
        }
    }
}
