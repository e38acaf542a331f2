package org.clvplugin.standalone.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.clvplugin.standalone.host.StandaloneDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second clv on a data folder whose database another one holds open says so in one line. */
class DataFolderInUseTest {

    @Test
    void aSecondClvOnTheSameDataFolderSaysItIsInUse(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("clv-data");
        DataSource first = StandaloneDatabase.open(data, null, null, null);
        try (var held = first.getConnection()) {
            // H2 lets one process open the file: a second process is what a second `clv demo` is.
            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.clvplugin.standalone.ClvCommand", "recompute",
                    "--data-dir", data.toString()).start();
            String err = new String(second.getErrorStream().readAllBytes());
            assertEquals(1, second.waitFor());
            assertTrue(err.startsWith("clv recompute: the data folder " + data.toAbsolutePath() + " is in use by another"
                    + " clv"), err);
            assertEquals(1, err.strip().lines().count(), "one line, no stack trace: " + err);
            assertFalse(err.contains("Exception"), err);
        } finally {
            ((org.h2.jdbcx.JdbcConnectionPool) first).dispose();
        }
    }
}
