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

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "Database password (default: "
            + "$CLV_DB_PASSWORD).")
    String password;

    @Option(names = "--data-dir", defaultValue = "clv-data", paramLabel = "DIR",
            description = "Where the H2 database and the web server's files live (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    DataSource open() throws java.io.IOException {
        Files.createDirectories(dataDir);
        return StandaloneDatabase.open(url != null ? url : StandaloneDatabase.defaultUrl(dataDir), user, password);
    }

    String describe() {
        return url != null ? url.replaceAll("password=[^&;]*", "password=***")
                : StandaloneDatabase.defaultUrl(dataDir);
    }
}
