package org.clvplugin.host.ofbiz;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class OrderLedgerOnH2Test extends OrderLedgerContract {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
