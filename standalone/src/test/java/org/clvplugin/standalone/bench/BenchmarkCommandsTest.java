package org.clvplugin.standalone.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clvplugin.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.clvplugin.standalone.cli.CliRun;

/**
 * The database benchmarks run end to end on a small load in PostgreSQL and MariaDB (their figures are in
 * docs/benchmarks.md).
 */
class BenchmarkCommandsTest {

    /** The password in a file of its own, as an operator gives it (never on the command line). */
    private static String passwordFile(String secret) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("clv-db", ".password");
            java.nio.file.Files.writeString(file, secret + "\n");
            return file.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPasswordOnTheCommandLineIsRefusedWithWhereToPutIt() {
        CliRun run = CliRun.of("recompute", "--db", "jdbc:postgresql://localhost:1/none", "--db-password", "secret");
        assertTrue(run.exitCode() != 0);
        assertTrue((run.err() + run.out()).contains("--db-password is not taken: a password on the command line "
                + "shows in the process list; set CLV_DB_PASSWORD or give --db-password-file FILE"), run.err());
    }

    @Test
    void ledgerAndRunBenchmarksOnAFewThousandContactsInPostgresql() {
        ledgerAndRunBenchmarksOnAFewThousandContacts(TestDatabases.postgresUrl(),
                System.getenv().getOrDefault("CLV_TEST_PG_USER", "clv"),
                System.getenv().getOrDefault("CLV_TEST_PG_PASSWORD", "clv"));
    }

    @Test
    void ledgerAndRunBenchmarksOnAFewThousandContactsInMariadb() {
        ledgerAndRunBenchmarksOnAFewThousandContacts(TestDatabases.mariadbUrl(), TestDatabases.mariadbUser(),
                TestDatabases.mariadbPassword());
    }

    private static void ledgerAndRunBenchmarksOnAFewThousandContacts(String url, String user, String secret) {
        String password = passwordFile(secret);
        CliRun ledger = CliRun.of("benchmark-ledger", "--db", url, "--db-user", user, "--db-password-file", password,
                "--contacts", "3000", "--runs", "1");
        assertEquals(0, ledger.exitCode(), ledger.err() + ledger.out());
        assertTrue(ledger.out().matches("(?s).*loaded 3,000 contacts and [0-9,]+ orders.*"), ledger.out());
        assertTrue(ledger.out().matches("(?s).*run 1: streamed [0-9,]+ orders into 3,000 summaries.*"), ledger.out());

        CliRun run = CliRun.of("benchmark-run", "--db", url, "--db-user", user, "--db-password-file", password,
                "--contacts", "3000", "--runs", "1");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("reusing the"), run.out());
        assertTrue(run.out().matches("(?s).*run 1: SUCCEEDED \\(orders to published run\\) in [0-9.]+ s.*"), run.out());

        CliRun rules = CliRun.of("benchmark-rules", "--db", url, "--db-user", user, "--db-password-file", password,
                "--contacts", "3000", "--runs", "1", "--changes", "300");
        assertEquals(0, rules.exitCode(), rules.err() + rules.out());
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("rules: ([0-9,]+) actions enqueued by 5 rules"
                + " on 3,000 transitions").matcher(rules.out());
        assertTrue(line.find(), rules.out());
        assertTrue(Integer.parseInt(line.group(1).replace(",", "")) >= 300, "upgraded and entered: " + rules.out());
        assertTrue(rules.out().matches("(?s).*run 1: SUCCEEDED \\(orders to published run, with the rules\\).*"),
                rules.out());
    }

    @Test
    void theDeliveryBenchmarkDeliversEveryActionAndLeavesNothingBehind() throws Exception {
        String url = "jdbc:h2:mem:delivery" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "")) {
            CliRun delivery = CliRun.of("benchmark-delivery", "--db", url, "--actions", "40", "--latency-ms", "5");
            assertEquals(0, delivery.exitCode(), delivery.err() + delivery.out());
            assertTrue(delivery.out().matches("(?s).*tasks: 40 enqueued in [0-9.]+ s, 40 delivered in [0-9.]+ s.*"),
                    delivery.out());
            assertTrue(delivery.out().matches("(?s).*webhooks: 40 enqueued in [0-9.]+ s, 40 delivered in.*"),
                    delivery.out());
            assertTrue(delivery.out().contains("signatures the receiver refused: 0"), delivery.out());
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM CLV_OUTBOX)"
                    + " + (SELECT COUNT(*) FROM CLV_RULE) + (SELECT COUNT(*) FROM WORK_EFFORT)"
                    + " + (SELECT COUNT(*) FROM WORK_EFFORT_PARTY_ASSIGNMENT)")) {
                rs.next();
                assertEquals(0, rs.getLong(1), "the benchmark removes what it made");
            }
        }
    }

    @Test
    void anH2DatabaseIsRefused() {
        CliRun run = CliRun.of("benchmark-ledger", "--db", "jdbc:h2:mem:x");
        assertEquals(2, run.exitCode());
        assertEquals("clv benchmark-ledger: --db must name a PostgreSQL, MariaDB or MySQL database of the "
                + "benchmark's own (jdbc:postgresql://..., jdbc:mariadb://...)", run.err().trim());
    }
}
