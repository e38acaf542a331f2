package org.clvplugin.standalone;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class ApiOverHttpOnMariaDbTest extends ApiOverHttpContract {

    @Override
    DataSource database() {
        return TestDatabases.mariadb();
    }
}
