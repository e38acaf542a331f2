package org.clvplugin.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.clvplugin.api.PurchaseModelType;
import org.clvplugin.report.BacktestResult;

/**
 * Which purchase model a run uses: a fixed one ({@code model.purchase} = bgnbd, mbgnbd or paretonbd), or with
 * {@code auto} the candidate with the best holdout score in the run's own backtest. The score is the mean absolute
 * error of purchases per contact (what a card shows is one contact's expected orders); candidates within
 * {@link #TIE} of the best are told apart by the error of the total (what the dashboard adds up). Without a
 * backtest to decide, auto uses BG/NBD and says why.
 */
public final class ModelChoice {

    public static final String AUTO = "auto";
    /** Relative difference in mean absolute error below which two candidates count as tied. */
    static final double TIE = 0.005;
    static final PurchaseModelType WITHOUT_BACKTEST = PurchaseModelType.BG_NBD;

    /** The setting: a fixed model, or null for auto. */
    public record Setting(PurchaseModelType fixed) {

        public static final Setting AUTOMATIC = new Setting(null);

        public boolean auto() {
            return fixed == null;
        }

        public String key() {
            return auto() ? AUTO : fixed.key();
        }

        /** The models the backtest compares: all three for auto, else the fixed one. */
        public List<PurchaseModelType> candidates() {
            return auto() ? List.of(PurchaseModelType.BG_NBD, PurchaseModelType.MBG_NBD, PurchaseModelType.PARETO_NBD)
                    : List.of(fixed);
        }

        public static Setting parse(String text) {
            if (text.trim().equalsIgnoreCase(AUTO)) {
                return AUTOMATIC;
            }
            try {
                return new Setting(PurchaseModelType.fromKey(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown purchase model '" + text
                        + "': use auto, bgnbd, mbgnbd or paretonbd", e);
            }
        }
    }

    /** The model the run fits on all data, and why, in a sentence for the report and the model tab. */
    public record Decision(PurchaseModelType model, String reason) {
    }

    private ModelChoice() {
    }

    public static Decision decide(Setting setting, BacktestResult backtest) {
        if (!setting.auto()) {
            return new Decision(setting.fixed(), "fixed by the setting model.purchase");
        }
        if (backtest.model() == null) {
            return new Decision(WITHOUT_BACKTEST, "auto, but the backtest could not compare the models ("
                    + backtest.notRun() + "), so the default " + WITHOUT_BACKTEST.key() + " is used");
        }
        List<BacktestResult.Candidate> fitted = backtest.candidates().stream().filter(BacktestResult.Candidate::fitted)
                .sorted(Comparator.comparingDouble(c -> c.purchases().meanAbsoluteError())).toList();
        BacktestResult.Candidate best = fitted.stream().filter(c -> c.model().equals(backtest.model())).findFirst()
                .orElseThrow();
        String others = fitted.stream().filter(c -> c != best)
                .map(c -> String.format(Locale.ROOT, "%s %.4f", c.model(), c.purchases().meanAbsoluteError()))
                .collect(Collectors.joining(", "));
        boolean tieBroken = fitted.stream().anyMatch(c -> c != best && tied(c, best));
        String notFitted = backtest.candidates().stream().filter(c -> !c.fitted())
                .map(c -> c.model() + " could not be fitted").collect(Collectors.joining(", "));
        String reason = String.format(Locale.ROOT, "auto: %s had the %s in the backtest (mean absolute error of "
                + "purchases per contact %.4f%s; error of the total %+.1f%%)", best.model(),
                tieBroken ? "smallest error of the total among the models tied on the error per contact"
                        : "lowest error per contact",
                best.purchases().meanAbsoluteError(), others.isEmpty() ? "" : " against " + others,
                100 * best.purchases().relativeErrorOfTotal());
        return new Decision(PurchaseModelType.fromKey(best.model()),
                notFitted.isEmpty() ? reason : reason + "; " + notFitted);
    }

    /** Whether candidate a scores better than b: lower error per contact, or tied and a smaller total error. */
    static boolean better(BacktestResult.Candidate a, BacktestResult.Candidate b) {
        if (tied(a, b)) {
            return Math.abs(a.purchases().relativeErrorOfTotal()) < Math.abs(b.purchases().relativeErrorOfTotal());
        }
        return a.purchases().meanAbsoluteError() < b.purchases().meanAbsoluteError();
    }

    private static boolean tied(BacktestResult.Candidate a, BacktestResult.Candidate b) {
        double ea = a.purchases().meanAbsoluteError();
        double eb = b.purchases().meanAbsoluteError();
        return Math.abs(ea - eb) <= TIE * Math.max(ea, eb);
    }
}
