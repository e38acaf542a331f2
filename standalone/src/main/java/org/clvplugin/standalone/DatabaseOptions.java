package org.clvplugin.standalone;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import picocli.CommandLine.Option;

/** The database options shared by the host commands. */
final class DatabaseOptions {

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "The database (default: an H2 file database under --data-dir; or jdbc:postgresql://... or "
                    + "jdbc:mariadb://...).")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (default: $CLV_DB_USER).")
    String user;

    @Option(names = "--db-password-file", paramLabel = "FILE", description = "A file whose first line is the "
            + "database password (default: the password in $CLV_DB_PASSWORD). There is no option for the password "
            + "itself: a command line shows in the process list.")
    Path passwordFile;

    /** Refused with its reason: a password given here would show in the process list ({@code ps}). */
    @Option(names = "--db-password", hidden = true, paramLabel = "PASSWORD")
    String passwordOnCommandLine;

    @Option(names = "--data-dir", defaultValue = "clv-data", paramLabel = "DIR",
            description = "Where the H2 database and the web server's files live (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    DataSource open() throws java.io.IOException {
        if (passwordOnCommandLine != null) {
            throw new IllegalArgumentException("--db-password is not taken: a password on the command line shows in "
                    + "the process list; set CLV_DB_PASSWORD or give --db-password-file FILE");
        }
        DataDirectory.create(dataDir);
        if (url != null) {
            return StandaloneDatabase.open(url, user, password());
        }
        DataSource h2 = StandaloneDatabase.open(StandaloneDatabase.defaultUrl(dataDir), user, password());
        try (java.sql.Connection c = h2.getConnection()) {
            DataDirectory.protectDatabaseFiles(dataDir); // the file exists once a connection is open
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot open the H2 database in " + dataDir + ": " + e.getMessage(), e);
        }
        return h2;
    }

    /** The password from --db-password-file; null when none is given (then CLV_DB_PASSWORD is used). */
    private String password() {
        if (passwordFile == null) {
            return null;
        }
        try {
            return Files.readAllLines(passwordFile).stream().findFirst().orElse("");
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("--db-password-file: cannot read " + passwordFile + " ("
                    + e.getMessage() + ")", e);
        }
    }

    String describe() {
        return url != null ? url.replaceAll("password=[^&;]*", "password=***")
                : StandaloneDatabase.defaultUrl(dataDir);
    }
}
