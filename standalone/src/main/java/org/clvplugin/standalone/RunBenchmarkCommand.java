package org.clvplugin.standalone;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.clvplugin.store.RunRecord;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "benchmark-run", mixinStandardHelpOptions = true,
        description = "Loads N contacts with about five completed sales orders each into OFBiz tables on "
                + "PostgreSQL (as benchmark-ledger does), then times whole recomputes: reading the orders, fitting, "
                + "scoring, RFM, tiers, the backtest, writing the snapshot and publishing. Use a database of its "
                + "own.")
final class RunBenchmarkCommand implements Callable<Integer> {

    @Mixin
    BenchmarkDatabase bench;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DataSource db = bench.prepare(out);
        LocalDate asOf = SyntheticOfbizOrders.FIRST_DAY.plusDays(SyntheticOfbizOrders.DAYS);
        try (HostServices host = new HostServices(db)) {
            for (int run = 1; run <= bench.runs; run++) {
                System.gc();
                HeapPeaks.reset();
                long t0 = System.nanoTime();
                RunRecord result = host.recompute(asOf, "clv benchmark-run", out);
                out.printf(Locale.ROOT, "run %d: %s in %.1f s (orders to published run); peak heap %,d MB%n", run,
                        result.state(), (System.nanoTime() - t0) / 1e9, HeapPeaks.peakMb());
                out.flush();
            }
        }
        return 0;
    }
}
