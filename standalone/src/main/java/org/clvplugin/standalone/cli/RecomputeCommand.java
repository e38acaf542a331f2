package org.clvplugin.standalone.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.clvplugin.store.RunRecord;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.clvplugin.standalone.host.HostServices;
import org.clvplugin.standalone.security.Accounts;

@Command(name = "recompute", mixinStandardHelpOptions = true,
        description = "Recomputes every contact's value from the database's OFBiz orders and publishes the run.")
public final class RecomputeCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Count orders up to this day (default: the configured as-of date, else today).")
    LocalDate asOf;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (HostServices host = new HostServices(database.host(Accounts.none()))) {
            RunRecord run = host.recompute(asOf, "clv recompute", out);
            out.printf("run %d %s (model %s)%n", run.id(), run.state(), run.model());
            out.flush();
        }
        return 0;
    }
}
