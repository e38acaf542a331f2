package org.clvplugin.scoring;


import org.clvplugin.api.PurchaseModelType;
import org.clvplugin.model.FittedPurchaseModel;
import org.clvplugin.model.ModelFitException;
import org.clvplugin.model.ModelFitting;
import org.clvplugin.model.SummaryTable;
import org.clvplugin.report.RunReport;

/**
 * The churn estimate of contacts without a repeat purchase when the run's model is BG/NBD. BG/NBD lets a customer
 * drop out only right after a repeat purchase, so for one who bought once its P(alive) is 1 by construction: a
 * property of the model, not a fact about the customer. For them the chance of still being active comes from
 * MBG/NBD fitted on the same data, which also lets a customer drop out after the first purchase, so that the chance
 * falls with the time since that purchase. When MBG/NBD cannot be fitted there is no estimate (null), with the
 * reason. Other models need nothing: their P(alive) already falls with time for one-time buyers.
 */
final class OneTimeBuyerChurn {

    static final String FORMULA_REASON = "the formula model does not estimate churn: it assumes every contact "
            + "keeps buying at the rate seen so far";
    private static final PurchaseModelType COMPANION = PurchaseModelType.MBG_NBD;

    private final boolean applies;
    private final FittedPurchaseModel companion;
    private final String unavailable;

    private OneTimeBuyerChurn(boolean applies, FittedPurchaseModel companion, String unavailable) {
        this.applies = applies;
        this.companion = companion;
        this.unavailable = unavailable;
    }

    /** What the run does for one-time buyers under {@code model}, fitting the companion model when it is needed. */
    static OneTimeBuyerChurn forModel(PurchaseModelType model, SummaryTable table) {
        if (model != PurchaseModelType.BG_NBD) {
            return new OneTimeBuyerChurn(false, null, null);
        }
        try {
            return new OneTimeBuyerChurn(true, ModelFitting.fitPurchaseModel(COMPANION, table), null);
        } catch (ModelFitException e) {
            return new OneTimeBuyerChurn(true, null, "BG/NBD cannot tell churn for contacts who bought once, and "
                    + COMPANION.key() + " could not be fitted: " + e.getMessage());
        }
    }

    /** Whether a contact with {@code x} repeat purchases gets its churn estimate here rather than from the model. */
    boolean applies(int x) {
        return applies && x == 0;
    }

    /** P(alive) of a one-time buyer whose first purchase was {@code age} ago, or null when there is no estimate. */
    Double probabilityAlive(double age) {
        return companion == null ? null : companion.model().probabilityAlive(0, 0, age);
    }

    /** The model the estimate comes from, or null without one. */
    String modelKey() {
        return companion == null ? null : COMPANION.key();
    }

    /** For the run's report: which model gave one-time buyers' churn, its fit, or why there is none. */
    RunReport.OneTimeBuyers report() {
        if (!applies) {
            return new RunReport.OneTimeBuyers("the run's model", null, null, null);
        } else if (companion != null) {
            return new RunReport.OneTimeBuyers(COMPANION.key(), "BG/NBD puts P(alive) at 1 for every contact "
                    + "without a repeat purchase; their churn comes from " + COMPANION.key() + " fitted on the same "
                    + "data", companion.fit(), null);
        }
        return new RunReport.OneTimeBuyers(null, null, null, unavailable);
    }
}
