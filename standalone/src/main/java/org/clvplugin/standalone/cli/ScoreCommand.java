package org.clvplugin.standalone.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.clvplugin.api.ClvSettings;
import org.clvplugin.api.PeriodUnit;
import org.clvplugin.api.PurchaseModelType;
import org.clvplugin.model.ClvScorer;
import org.clvplugin.model.FittedPurchaseModel;
import org.clvplugin.model.FittedSpendModel;
import org.clvplugin.model.ModelFitting;
import org.clvplugin.model.ScoreTable;
import org.clvplugin.model.SummaryTable;
import org.clvplugin.model.io.SummaryCsvReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Fits a purchase model and Gamma-Gamma to a summary CSV and writes every customer's expected "
                + "purchases, P(alive), expected order value and discounted CLV with its P10-P90 interval.")
public final class ScoreCommand implements Callable<Integer> {

    private static final int PROGRESS_EVERY = 1_000_000;

    @Option(names = "--summary", required = true, paramLabel = "FILE.csv",
            description = "Columns x,t_x,T,zbar or frequency,recency,T,monetary_value, optional id first.")
    Path summary;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "Where to write the scores.")
    Path out;

    @Option(names = "--model", defaultValue = "bgnbd", paramLabel = "MODEL",
            description = "Purchase model: bgnbd, paretonbd or mbgnbd (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--time-unit", defaultValue = "week", paramLabel = "UNIT",
            description = "Time unit of t_x and T in the file: day, week or month (default: ${DEFAULT-VALUE}).")
    String timeUnit;

    @Option(names = "--horizon-weeks", defaultValue = "52", paramLabel = "WEEKS",
            description = "Horizon of expected_purchases, in weeks (default: ${DEFAULT-VALUE}).")
    double horizonWeeks;

    @Option(names = "--clv-months", defaultValue = "12", paramLabel = "MONTHS",
            description = "CLV horizon in months (default: ${DEFAULT-VALUE}).")
    int clvMonths;

    @Option(names = "--discount", defaultValue = "0.01", paramLabel = "RATE",
            description = "Discount rate per month, 0.01 = 1 %% (default: ${DEFAULT-VALUE}).")
    double discount;

    @Option(names = "--margin", defaultValue = "1.0", paramLabel = "SHARE",
            description = "Profit margin as a share of revenue, 0..1 (default: ${DEFAULT-VALUE}).")
    double margin;

    @Option(names = "--month-length", paramLabel = "PERIODS",
            description = "Length of a month in the time unit (default: 365.25/12 days, e.g. 4.348 weeks).")
    Double monthLength;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PeriodUnit unit = PeriodUnit.parse(timeUnit);
        PurchaseModelType type = PurchaseModelType.fromKey(model);
        ClvSettings settings = ClvSettings.of(clvMonths, discount, margin, unit);
        if (monthLength != null) {
            settings = settings.withPeriodsPerMonth(monthLength);
        }
        if (!(horizonWeeks > 0)) {
            throw new IllegalArgumentException("--horizon-weeks must be positive, was " + horizonWeeks);
        }
        SummaryTable data = SummaryCsvReader.read(summary);
        if (!data.hasMonetaryValues()) {
            throw new IllegalArgumentException(summary + ": scoring needs monetary values (a zbar or "
                    + "monetary_value column)");
        }
        err.printf(Locale.ROOT, "read %,d customers from %s%n", data.size(), summary);
        FittedPurchaseModel purchase = ModelFitting.fitPurchaseModel(type, data);
        FittedSpendModel spend = ModelFitting.fitGammaGamma(data);
        err.print(FitReport.text(purchase.fit()));
        err.print(FitReport.text(spend.fit()));
        double horizon = unit.fromDays(horizonWeeks * 7);
        ScoreTable scores = new ClvScorer(purchase, spend, settings, horizon).score(data);
        write(scores, err);
        err.printf(Locale.ROOT, "wrote %,d scores to %s; total CLV %,.2f%n", scores.size(), out,
                scores.totalClv());
        err.flush();
        return 0;
    }

    private void write(ScoreTable scores, PrintWriter err) throws IOException {
        AtomicFile.write(out, w -> {
            w.write("id,expected_purchases,p_alive,expected_order_value,clv,clv_p10,clv_p90\n");
            StringBuilder line = new StringBuilder(128);
            for (int i = 0; i < scores.size(); i++) {
                line.setLength(0);
                line.append(scores.id(i)).append(',');
                DecimalText.append(line, scores.expectedPurchases(i)).append(',');
                DecimalText.append(line, scores.probabilityAlive(i)).append(',');
                DecimalText.append(line, scores.expectedOrderValue(i)).append(',');
                DecimalText.append(line, scores.clv(i)).append(',');
                DecimalText.append(line, scores.clvLow(i)).append(',');
                DecimalText.append(line, scores.clvHigh(i)).append('\n');
                w.append(line);
                if ((i + 1) % PROGRESS_EVERY == 0) {
                    err.printf(Locale.ROOT, "  written %,d of %,d%n", i + 1, scores.size());
                    err.flush();
                }
            }
        });
    }
}
