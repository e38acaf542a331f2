package org.clvplugin.standalone.bench;

import java.io.PrintWriter;
import java.util.Locale;

import javax.sql.DataSource;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.clvplugin.standalone.cli.DatabaseOptions;

/**
 * What the database benchmarks share: a PostgreSQL, MariaDB or MySQL database of their own holding the synthetic
 * OFBiz orders, the number of contacts and of timed runs, and a line describing the machine.
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

    /** One timed piece of work; returns what it did, for the report line. */
    @FunctionalInterface
    interface Work {
        String run() throws Exception;
    }

    /** The as-of date of the synthetic data: the end of its two years. */
    static java.time.LocalDate asOf() {
        return SyntheticOfbizOrders.FIRST_DAY.plusDays(SyntheticOfbizOrders.DAYS);
    }

    /** Runs the work --runs times, each after a GC, and prints its time and the heap pools' peaks. */
    void timedRuns(PrintWriter out, Work work) throws Exception {
        for (int run = 1; run <= runs; run++) {
            System.gc();
            HeapPeaks.reset();
            long t0 = System.nanoTime();
            String did = work.run();
            out.printf(Locale.ROOT, "run %d: %s in %.1f s; peak heap %,d MB%n", run, did,
                    (System.nanoTime() - t0) / 1e9, HeapPeaks.peakMb());
            out.flush();
        }
    }

    /** Where the benchmark's key file is (its rules' webhook secrets). */
    java.nio.file.Path dataDir() {
        return database.dataDir();
    }

    /** Opens the database, loads the data unless it is there, and prints the machine's heap and cores. */
    DataSource prepare(PrintWriter out) throws Exception {
        if (database.url() == null || !database.url().matches("jdbc:(postgresql|mariadb|mysql):.*")) {
            throw new IllegalArgumentException("--db must name a PostgreSQL, MariaDB or MySQL database of the "
                    + "benchmark's own (jdbc:postgresql://..., jdbc:mariadb://...)");
        }
        DataSource db = database.open();
        SyntheticOfbizOrders.ensure(db, contacts, out);
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "max heap %,d MB, %d cores%n", rt.maxMemory() >> 20, rt.availableProcessors());
        out.flush();
        return db;
    }
}
