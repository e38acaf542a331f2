package org.clvplugin.standalone.bench;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.clvplugin.api.PeriodUnit;
import org.clvplugin.api.host.CountingRules;
import org.clvplugin.api.host.LedgerReport;
import org.clvplugin.host.ofbiz.OfbizOrderLedger;
import org.clvplugin.model.CalibrationHoldout;
import org.clvplugin.model.StreamingSummarizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "benchmark-ledger", mixinStandardHelpOptions = true,
        description = "Loads N contacts with about five completed sales orders each into OFBiz tables on "
                + "PostgreSQL, MariaDB or MySQL (once; a database already holding them is reused), then times "
                + "streaming the counted orders and building every contact's summary. Use a database of its own: the command empties the "
                + "tables it loads.")
public final class LedgerBenchmarkCommand implements Callable<Integer> {

    @Mixin
    BenchmarkDatabase bench;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DataSource db = bench.prepare(out);
        OfbizOrderLedger ledger = new OfbizOrderLedger(db, ZoneOffset.UTC);
        CountingRules rules = CountingRules.defaults(BenchmarkDatabase.asOf());
        bench.timedRuns(out, () -> {
            StreamingSummarizer summarizer = new StreamingSummarizer(rules.asOf(), PeriodUnit.WEEK);
            LedgerReport report = ledger.streamCountedOrders(rules, (c, o, day, v) -> summarizer.add(c, day, v));
            CalibrationHoldout result = summarizer.finish();
            return String.format(Locale.ROOT, "streamed %,d orders into %,d summaries", report.ordersCounted(),
                    result.calibration().size());
        });
        return 0;
    }
}
