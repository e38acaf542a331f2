package org.clvplugin.standalone.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.clvplugin.standalone.security.Accounts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.clvplugin.standalone.host.HostServices;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the plugin's webapp and schedule on a database that already holds OFBiz's tables, "
                + "with the users and API tokens of a users file (see README: clv hash-password, clv new-token).")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--users", required = true, paramLabel = "FILE", description = "The users file (JSON).")
    Path users;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Accounts accounts = Accounts.read(users);
        out.println("clv serve: database " + database.describe() + ", users from " + users);
        out.flush();
        try (HostServices host = new HostServices(database.host(accounts))) {
            Serving.serve(host, database, port, out, "clv serve", List.of());
        }
        return 0;
    }
}
