package org.clvplugin.host.ofbiz.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import org.apache.commons.dbcp2.DriverManagerConnectionFactory;
import org.apache.commons.dbcp2.PoolableConnection;
import org.apache.commons.dbcp2.PoolableConnectionFactory;
import org.apache.commons.dbcp2.PoolingDataSource;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.ofbiz.entity.DelegatorFactory;
import org.apache.ofbiz.entity.transaction.TransactionFactoryLoader;
import org.junit.jupiter.api.Test;

/**
 * Connections the plugin borrows from OFBiz's pool go back as they came. The pool is DBCP2 (OFBiz trunk's version)
 * set up as OFBiz's DBCPConnectionFactory sets it up: no rollback and no autoCommit reset on return, and one
 * connection, so that the next borrower gets the very connection the plugin had.
 */
class PooledConnectionsTest {

    @Test
    void aConnectionComesBackToOfbizsPoolAsItLeft() throws Exception {
        String url = "jdbc:h2:mem:pool" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        PoolableConnectionFactory factory = new PoolableConnectionFactory(
                new DriverManagerConnectionFactory(url, "sa", ""), null);
        factory.setDefaultReadOnly(false);
        factory.setRollbackOnReturn(false);
        factory.setAutoCommitOnReturn(false);
        GenericObjectPool<PoolableConnection> pool = new GenericObjectPool<>(factory);
        pool.setMaxTotal(1);
        factory.setPool(pool);
        try (PoolingDataSource<PoolableConnection> ofbizPool = new PoolingDataSource<>(pool)) {
            DelegatorFactory.register("pooled", "org.apache.ofbiz", "pooledh2");
            TransactionFactoryLoader.register("pooledh2", ofbizPool);
            int isolation;
            try (Connection c = ofbizPool.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE T (V INT)");
                isolation = c.getTransactionIsolation();
            }

            try (Connection plugin = OfbizConnections.of("pooled", "org.apache.ofbiz", getClass().getClassLoader())
                    .getConnection(); Statement s = plugin.createStatement()) {
                plugin.setAutoCommit(false);
                plugin.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
                s.execute("INSERT INTO T VALUES (1)");
                plugin.commit();
                s.execute("INSERT INTO T VALUES (2)");
                // closed here with the second row neither committed nor rolled back
            }

            try (Connection next = ofbizPool.getConnection(); Statement s = next.createStatement();
                 ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM T")) {
                assertTrue(next.getAutoCommit(), "autoCommit as it was borrowed");
                assertFalse(next.isReadOnly());
                assertEquals(isolation, next.getTransactionIsolation(), "the isolation level as it was");
                rows.next();
                assertEquals(1, rows.getInt(1), "the plugin's uncommitted row did not reach the next borrower");
            }
        }
    }
}
