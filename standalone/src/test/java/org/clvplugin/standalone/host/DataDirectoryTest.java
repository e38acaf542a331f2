package org.clvplugin.standalone.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's folder and files are its owner's only (every contact's values are in them). */
class DataDirectoryTest {

    @Test
    void aNewDataDirectoryIs0700AndTheH2FilesAre0600(@TempDir Path parent) throws Exception {
        Path dataDir = parent.resolve("clv-data");
        DataSource db = StandaloneDatabase.open(dataDir, null, null, null);
        try (var c = db.getConnection()) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)));
            Path file = dataDir.resolve("clv.mv.db");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        } finally {
            ((org.h2.jdbcx.JdbcConnectionPool) db).dispose();
        }
    }

    @Test
    void aDirectoryThatExistedIsLeftAsItIs(@TempDir Path parent) throws Exception {
        Path shared = Files.createDirectory(parent.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        DataDirectory.create(shared);
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)),
                "the operator's folder: warned about, not changed");
    }
}
