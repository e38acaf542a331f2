package org.clvplugin.host.ofbiz;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class OrderLedgerOnPostgresTest extends OrderLedgerContract {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
