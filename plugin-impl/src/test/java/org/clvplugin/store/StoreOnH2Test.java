package org.clvplugin.store;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class StoreOnH2Test extends StoreContract {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
