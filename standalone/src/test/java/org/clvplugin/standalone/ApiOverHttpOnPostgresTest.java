package org.clvplugin.standalone;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class ApiOverHttpOnPostgresTest extends ApiOverHttpContract {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
