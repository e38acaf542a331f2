package org.clvplugin.standalone.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.clvplugin.standalone.host.HostServices;
import org.clvplugin.standalone.security.Accounts;

@Command(name = "import-cdnow", mixinStandardHelpOptions = true,
        description = "Loads the CDNOW demo history into the database's OFBiz tables (once; an existing load is "
                + "kept) and sets the as-of date to the end of the data.")
public final class ImportCdnowCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (HostServices host = new HostServices(database.host(Accounts.none()))) {
            host.importCdnow(spec.commandLine().getOut());
        }
        return 0;
    }
}
