package org.apache.ofbiz.entity.transaction;

import java.sql.DriverManager;
import java.sql.SQLException;

/** Test stand-in: connections to the JDBC URL registered for a helper name, as OFBiz's pool would give them. */
public final class TransactionFactoryLoader {

    private static final java.util.Map<String, String> URLS = new java.util.concurrent.ConcurrentHashMap<>();

    private TransactionFactoryLoader() {
    }

    public static void register(String helperName, String jdbcUrl) {
        URLS.put(helperName, jdbcUrl);
    }

    public static TransactionFactory getInstance() {
        return helper -> {
            String url = URLS.get(helper.getHelperBaseName());
            if (url == null) {
                throw new SQLException("no data source " + helper.getHelperBaseName());
            }
            return DriverManager.getConnection(url, "sa", "");
        };
    }
}
