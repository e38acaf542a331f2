package org.clvplugin.host.ofbiz;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

/** The OFBiz tables reader on MariaDB (OFBiz's MySQL field types), by its JDBC path. */
class OrderLedgerOnMariaDbTest extends OrderLedgerContract {

    @Override
    DataSource database() {
        return TestDatabases.mariadb();
    }
}
