package org.clvplugin.testsupport;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/** A data source that can be switched off, as a database that went away: no new connection until it is back. */
public final class SwitchableDataSource implements DataSource {

    private final DataSource target;
    private volatile boolean down;

    public SwitchableDataSource(DataSource target) {
        this.target = target;
    }

    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
    }

    private void check() throws SQLException {
        if (down) {
            throw new SQLTransientConnectionException("Connection refused: the database went away (test)", "08001");
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        check();
        return target.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        check();
        return target.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return target.isWrapperFor(type);
    }
}
