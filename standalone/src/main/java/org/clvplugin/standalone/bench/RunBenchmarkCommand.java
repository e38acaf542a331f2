package org.clvplugin.standalone.bench;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.clvplugin.standalone.host.HostServices;
import org.clvplugin.standalone.host.StandaloneHost;

@Command(name = "benchmark-run", mixinStandardHelpOptions = true,
        description = "Loads N contacts with about five completed sales orders each into OFBiz tables on "
                + "PostgreSQL, MariaDB or MySQL (as benchmark-ledger does), then times whole recomputes: reading the "
                + "orders, fitting, scoring, RFM, tiers, the backtest, writing the snapshot and publishing. Use a "
                + "database of its own.")
public final class RunBenchmarkCommand implements Callable<Integer> {

    @Mixin
    BenchmarkDatabase bench;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DataSource db = bench.prepare(out);
        try (HostServices host = new HostServices(StandaloneHost.withoutUsers(db, bench.dataDir()))) {
            bench.timedRuns(out, () -> host.recompute(BenchmarkDatabase.asOf(), "clv benchmark-run", out).state()
                    + " (orders to published run)");
        }
        return 0;
    }
}
