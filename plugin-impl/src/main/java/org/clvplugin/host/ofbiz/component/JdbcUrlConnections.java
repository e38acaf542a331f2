package org.clvplugin.host.ofbiz.component;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Connections to the host's database by its JDBC URL (clv.datasource=jdbc), one per use: for a host whose entity
 * engine the plugin cannot reach, and for checking the packaged webapp outside OFBiz. Not pooled.
 */
final class JdbcUrlConnections extends ConnectionSource {

    private final String url;
    private final String user;
    private final String password;

    JdbcUrlConnections(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
