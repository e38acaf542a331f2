package org.clvplugin.standalone;

import java.io.PrintWriter;
import java.util.Locale;

import javax.sql.DataSource;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What the database benchmarks share: a PostgreSQL database of their own holding the synthetic OFBiz orders,
 * the number of contacts and of timed runs, and a line describing the machine.
 */
final class BenchmarkDatabase {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--contacts", defaultValue = "1000000", paramLabel = "N",
            description = "Contacts to load, about five orders each (default: ${DEFAULT-VALUE}).")
    int contacts;

    @Option(names = "--runs", defaultValue = "2", paramLabel = "K",
            description = "Timed runs (default: ${DEFAULT-VALUE}).")
    int runs;

    /** Opens the database, loads the data unless it is there, and prints the machine's heap and cores. */
    DataSource prepare(PrintWriter out) throws Exception {
        if (database.url == null || !database.url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db must name a PostgreSQL database (jdbc:postgresql://...)");
        }
        DataSource db = database.open();
        SyntheticOfbizOrders.ensure(db, contacts, out);
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "max heap %,d MB, %d cores%n", rt.maxMemory() >> 20, rt.availableProcessors());
        out.flush();
        return db;
    }
}
