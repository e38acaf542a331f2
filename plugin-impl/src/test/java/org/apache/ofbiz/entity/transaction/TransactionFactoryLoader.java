package org.apache.ofbiz.entity.transaction;

import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Test stand-in: connections for a helper name, from a data source registered for it (a pool configured as OFBiz's)
 * or straight from a JDBC URL.
 */
public final class TransactionFactoryLoader {

    private static final java.util.Map<String, DataSource> SOURCES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, String> URLS = new java.util.concurrent.ConcurrentHashMap<>();

    private TransactionFactoryLoader() {
    }

    public static void register(String helperName, String jdbcUrl) {
        URLS.put(helperName, jdbcUrl);
    }

    public static void register(String helperName, DataSource pool) {
        SOURCES.put(helperName, pool);
    }

    public static TransactionFactory getInstance() {
        return helper -> {
            DataSource pool = SOURCES.get(helper.getHelperBaseName());
            if (pool != null) {
                return pool.getConnection();
            }
            String url = URLS.get(helper.getHelperBaseName());
            if (url == null) {
                throw new SQLException("no data source " + helper.getHelperBaseName());
            }
            return DriverManager.getConnection(url, "sa", "");
        };
    }
}
