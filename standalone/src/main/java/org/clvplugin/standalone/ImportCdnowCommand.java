package org.clvplugin.standalone;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "import-cdnow", mixinStandardHelpOptions = true,
        description = "Loads the CDNOW demo history into the database's OFBiz tables (once; an existing load is "
                + "kept) and sets the as-of date to the end of the data.")
final class ImportCdnowCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (HostServices host = HostServices.open(database)) {
            host.importCdnow(spec.commandLine().getOut());
        }
        return 0;
    }
}
