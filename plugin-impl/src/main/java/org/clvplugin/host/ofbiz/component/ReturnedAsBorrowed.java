package org.clvplugin.host.ofbiz.component;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A connection of OFBiz's pool that goes back as it was borrowed. OFBiz's DBCP2 pool neither rolls back nor resets
 * autoCommit when a connection returns (its DBCPConnectionFactory sets rollbackOnReturn and autoCommitOnReturn to
 * false), so what the plugin changes would reach OFBiz's next borrower. On close: work left uncommitted in a
 * transaction the plugin began is rolled back, then autoCommit, read-only and the isolation level are set back.
 * A transaction that was already open when borrowed belongs to its owner and is left alone.
 */
final class ReturnedAsBorrowed implements InvocationHandler {

    private final Connection target;
    private final boolean autoCommit;
    private final boolean readOnly;
    private final int isolation;

    private ReturnedAsBorrowed(Connection target) throws SQLException {
        this.target = target;
        this.autoCommit = target.getAutoCommit();
        this.readOnly = target.isReadOnly();
        this.isolation = target.getTransactionIsolation();
    }

    static Connection of(Connection borrowed) throws SQLException {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ReturnedAsBorrowed(borrowed));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("close") && method.getParameterCount() == 0) {
            close();
            return null;
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void close() throws SQLException {
        try {
            if (!target.isClosed()) {
                if (autoCommit && !target.getAutoCommit()) {
                    target.rollback();
                    target.setAutoCommit(true);
                }
                if (target.isReadOnly() != readOnly) {
                    target.setReadOnly(readOnly);
                }
                if (target.getTransactionIsolation() != isolation) {
                    target.setTransactionIsolation(isolation);
                }
            }
        } finally {
            target.close();
        }
    }
}
