package org.clvplugin.standalone.cli;

import java.io.PrintWriter;
import java.util.List;

import org.clvplugin.rest.ClvRuntime;
import org.clvplugin.runtime.PluginServices;
import org.clvplugin.schedule.RecomputeScheduler;
import org.clvplugin.standalone.security.StandaloneSecurity;
import org.clvplugin.standalone.host.HostServices;
import org.clvplugin.standalone.web.WebServer;

/** What {@code clv demo} and {@code clv serve} share: the schedule and the web server, until Ctrl+C. */
final class Serving {

    private Serving() {
    }

    static void serve(HostServices host, DatabaseOptions database, int port, PrintWriter out, String name,
                      List<String> signInLines) throws Exception {
        try (PluginServices.Running running = host.run()) {
            serve(running.runtime(), running.schedule(), host.security(), database, port, out, name, signInLines);
        }
    }

    private static void serve(ClvRuntime runtime, RecomputeScheduler schedule, StandaloneSecurity security,
                              DatabaseOptions database, int port, PrintWriter out, String name,
                              List<String> signInLines) throws Exception {
        try (WebServer web = WebServer.start(port, database.dataDir, runtime, security)) {
            String base = "http://localhost:" + web.port() + "/clv";
            out.println();
            out.println("The CLV plugin is running at " + base + "/");
            out.println("  sign in:     " + base + "/login");
            out.println("  contacts:    " + base + "/   (a contact: " + base + "/contacts/PARTY_ID)");
            out.println("  console:     " + base + "/admin   (admins)");
            out.println("  API:         " + base + "/api/v1/ (health: " + base + "/api/v1/health)");
            out.println("  next scheduled recompute: " + schedule.nextRun().map(Object::toString).orElse("none"));
            signInLines.forEach(out::println);
            out.println("Press Ctrl+C to stop.");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> out.println(name + ": stopping")));
            web.awaitShutdown();
        }
    }
}
