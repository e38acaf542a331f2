package org.clvplugin.standalone;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import javax.sql.DataSource;

/** What the database benchmarks share: a PostgreSQL database, and a line describing the machine. */
final class BenchmarkDatabase {

    private BenchmarkDatabase() {
    }

    static DataSource open(DatabaseOptions options) throws IOException {
        if (options.url == null || !options.url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db must name a PostgreSQL database (jdbc:postgresql://...)");
        }
        return options.open();
    }

    static void describeMachine(PrintWriter out) {
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "max heap %,d MB, %d cores%n", rt.maxMemory() >> 20, rt.availableProcessors());
        out.flush();
    }
}
