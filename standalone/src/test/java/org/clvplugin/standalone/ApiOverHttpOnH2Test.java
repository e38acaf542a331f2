package org.clvplugin.standalone;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class ApiOverHttpOnH2Test extends ApiOverHttpContract {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
