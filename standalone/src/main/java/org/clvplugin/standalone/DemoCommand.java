package org.clvplugin.standalone;

import java.io.PrintWriter;
import java.util.concurrent.Callable;


import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs the plugin on its embedded default host: the database (H2 under ./clv-data unless "
                + "--db says otherwise) with OFBiz's tables and the CDNOW demo data, a first recompute, and the "
                + "webapp at http://localhost:PORT/clv.")
final class DemoCommand implements Callable<Integer> {

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
        try (HostServices host = HostServices.open(database)) {
            host.importCdnow(out);
            if (host.runs.published().isEmpty()) {
                host.recompute(null, "clv demo", out);
            } else {
                out.println("published run " + host.runs.published().get().id() + " found: not recomputed "
                        + "(run 'clv recompute' for a new one)");
            }
            try (var schedule = host.startSchedule();
                 WebServer web = WebServer.start(port, database.dataDir, host.webRuntime(schedule))) {
                String base = "http://localhost:" + web.port() + "/clv";
                out.println();
                out.println("The CLV plugin is running at " + base + "/");
                out.println("  health:      " + base + "/api/v1/health");
                out.println("  sales reps owning the demo contacts: " + String.join(", ", CdnowDemoImport.REPS));
                out.println("  next scheduled recompute: " + schedule.nextRun().map(Object::toString).orElse("none"));
                out.println("  (logins and the contact card arrive with the API and UI issues)");
                out.println("Press Ctrl+C to stop.");
                out.flush();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> out.println("clv demo: stopping")));
                web.awaitShutdown();
            }
        }
        return 0;
    }
}
