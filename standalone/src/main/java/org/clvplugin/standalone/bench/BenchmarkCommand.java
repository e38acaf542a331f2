package org.clvplugin.standalone.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.clvplugin.api.ClvSettings;
import org.clvplugin.api.PeriodUnit;
import org.clvplugin.api.PurchaseModelType;
import org.clvplugin.model.BgNbd;
import org.clvplugin.model.ClvScorer;
import org.clvplugin.model.FittedPurchaseModel;
import org.clvplugin.model.FittedSpendModel;
import org.clvplugin.model.GammaGamma;
import org.clvplugin.model.ModelFitting;
import org.clvplugin.model.ScoreTable;
import org.clvplugin.model.SummaryTable;
import org.clvplugin.model.SyntheticCustomers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Generates customers from BG/NBD and Gamma-Gamma with CDNOW's parameters (ages 0-104 weeks, "
                + "purchases collapsed per day), then times fitting a purchase model (--model) and Gamma-Gamma "
                + "and scoring everyone: expected "
                + "purchases over 52 weeks, P(alive), 12-month CLV with P10-P90 intervals. Generation is not timed.")
public final class BenchmarkCommand implements Callable<Integer> {

    @Option(names = "--customers", defaultValue = "1000000", paramLabel = "N",
            description = "Customers to generate (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "K",
            description = "Timed runs, each on freshly generated data; the first is in a cold JVM "
                    + "(default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Generator seed.")
    long seed;

    @Option(names = "--model", defaultValue = "bgnbd", paramLabel = "MODEL",
            description = "The purchase model fitted and scored: bgnbd, mbgnbd or paretonbd (default: "
                    + "${DEFAULT-VALUE}).")
    String model;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (customers < ModelFitting.MINIMUM_CUSTOMERS || runs < 1) {
            throw new IllegalArgumentException("--customers must be at least " + ModelFitting.MINIMUM_CUSTOMERS
                    + " and --runs at least 1");
        }
        PurchaseModelType type = PurchaseModelType.fromKey(model);
        PrintWriter out = spec.commandLine().getOut();
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "benchmark: %,d customers, %d cores, max heap %,d MB, Java %s%n", customers,
                runtime.availableProcessors(), runtime.maxMemory() >> 20, System.getProperty("java.version"));
        SyntheticCustomers generator = new SyntheticCustomers(new BgNbd(0.243, 4.414, 0.793, 2.426),
                new GammaGamma(6.25, 3.74, 15.44), 0, 104, 1.0 / 7);
        ClvSettings settings = ClvSettings.of(12, 0.01, 1.0, PeriodUnit.WEEK);
        for (int run = 1; run <= runs; run++) {
            long g0 = System.nanoTime();
            SummaryTable data = generator.generate(customers, seed + run);
            long generated = System.nanoTime() - g0;
            System.gc();
            HeapPeaks.reset();
            long t0 = System.nanoTime();
            FittedPurchaseModel purchase = ModelFitting.fitPurchaseModel(type, data);
            long t1 = System.nanoTime();
            FittedSpendModel spend = ModelFitting.fitGammaGamma(data);
            long t2 = System.nanoTime();
            ScoreTable scores = new ClvScorer(purchase, spend, settings, 52).score(data);
            long t3 = System.nanoTime();
            out.printf(Locale.ROOT, "run %d%s: fit+score %,d ms (%s fit %,d ms in %d iterations, "
                            + "Gamma-Gamma fit %,d ms, score %,d ms); peak heap %,d MB; generation %,d ms; "
                            + "total CLV %,.0f%n",
                    run, run == 1 ? " (cold JVM)" : "", ms(t3 - t0), type.key(), ms(t1 - t0),
                    purchase.fit().iterations(),
                    ms(t2 - t1), ms(t3 - t2), HeapPeaks.peakMb(), ms(generated), scores.totalClv());
            out.flush();
        }
        return 0;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
