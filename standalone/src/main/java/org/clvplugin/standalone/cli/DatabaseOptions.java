package org.clvplugin.standalone.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import java.time.Clock;

import javax.sql.DataSource;

import org.clvplugin.standalone.host.StandaloneDatabase;
import org.clvplugin.standalone.host.StandaloneHost;
import org.clvplugin.standalone.security.Accounts;
import org.clvplugin.standalone.security.StandaloneSecurity;

import picocli.CommandLine.Option;

/** The database options shared by the host commands. */
public final class DatabaseOptions {

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

    public DataSource open() {
        if (passwordOnCommandLine != null) {
            throw new IllegalArgumentException("--db-password is not taken: a password on the command line shows in "
                    + "the process list; set CLV_DB_PASSWORD or give --db-password-file FILE");
        }
        return StandaloneDatabase.open(dataDir, url, user, password());
    }

    /** The JDBC URL given, or null for the H2 database of the data directory. */
    public String url() {
        return url;
    }

    public java.nio.file.Path dataDir() {
        return dataDir;
    }

    /** The standalone host over this database, with the users given and the key file of the data directory. */
    public StandaloneHost host(Accounts accounts) {
        return new StandaloneHost(open(), new StandaloneSecurity(accounts, Clock.systemDefaultZone()),
                dataDir.resolve("secret.key"));
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

    public String describe() {
        return url != null ? url.replaceAll("password=[^&;]*", "password=***")
                : StandaloneDatabase.defaultUrl(dataDir);
    }
}
