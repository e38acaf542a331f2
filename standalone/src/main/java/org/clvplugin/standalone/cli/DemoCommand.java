package org.clvplugin.standalone.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.clvplugin.standalone.host.HostServices;
import org.clvplugin.standalone.security.DemoAccounts;
import org.clvplugin.standalone.security.DemoToken;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs the plugin on its embedded default host: the database (H2 under ./clv-data unless "
                + "--db says otherwise) with OFBiz's tables and the CDNOW demo data, a first recompute, and the "
                + "webapp at http://localhost:PORT/clv, with demo accounts whose passwords are printed.")
public final class DemoCommand implements Callable<Integer> {

    /** The file in the data folder that keeps the demo's API token. */
    static final String DEMO_TOKEN_FILE = "demo-api-token";

    @Mixin
    DatabaseOptions database;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.println("clv demo: database " + database.describe());
        out.flush();
        DemoAccounts.Made accounts = DemoAccounts.make();
        try (HostServices host = new HostServices(database.host(accounts.accounts()))) {
            host.importCdnow(out);
            if (host.runs.published().isEmpty()) {
                host.recompute(null, "clv demo", out);
            } else {
                out.println("published run " + host.runs.published().get().id() + " found: not recomputed "
                        + "(run 'clv recompute' for a new one)");
            }
            List<String> lines = new ArrayList<>(List.of("Demo accounts (made for this start only):"));
            lines.addAll(accounts.howToSignIn());
            lines.add("  API token (read-only, contacts:read; kept in " + database.dataDir().resolve(DEMO_TOKEN_FILE)
                    + " across starts): " + DemoToken.keep(host.tokens(), database.dataDir().resolve(
                    DEMO_TOKEN_FILE)));
            Serving.serve(host, database, port, out, "clv demo", lines);
        }
        return 0;
    }
}
