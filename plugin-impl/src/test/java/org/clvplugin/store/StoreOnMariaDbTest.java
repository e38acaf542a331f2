package org.clvplugin.store;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class StoreOnMariaDbTest extends StoreContract {

    @Override
    DataSource database() {
        return TestDatabases.mariadb();
    }
}
