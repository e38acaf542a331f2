package org.clvplugin.standalone.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data directory holds the H2 database (every contact's values), the webhook secret key and the web server's
 * files: only its owner may read it. Made 0700 when created here; the database files are made 0600. A directory
 * that already existed is left as it is, with a warning when others may read it. Nothing on a file system without
 * POSIX permissions.
 */
final class DataDirectory {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DataDirectory.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private DataDirectory() {
    }

    /** Creates the directory (0700) unless it exists. */
    static void create(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            warnIfOthersMayRead(dir);
            return;
        }
        Files.createDirectories(dir);
        if (posix(dir)) {
            Files.setPosixFilePermissions(dir, OWNER_ONLY_DIRECTORY);
        }
    }

    /** Makes the H2 database's files in the directory readable by their owner only. */
    static void protectDatabaseFiles(Path dir) throws IOException {
        if (!posix(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("clv\\..*\\.db")).toList()) {
                Files.setPosixFilePermissions(f, OWNER_ONLY_FILE);
            }
        }
    }

    private static void warnIfOthersMayRead(Path dir) throws IOException {
        if (posix(dir)) {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(dir);
            if (p.contains(PosixFilePermission.OTHERS_READ) || p.contains(PosixFilePermission.OTHERS_EXECUTE)
                    || p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.GROUP_EXECUTE)) {
                LOG.warn("the data directory {} may be read by other users ({}); it holds every contact's values: "
                        + "chmod 700 it", dir.toAbsolutePath(), PosixFilePermissions.toString(p));
            }
        }
    }

    private static boolean posix(Path dir) {
        return Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null;
    }
}
