package org.clvplugin.standalone.web;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class ApiOverHttpOnMariaDbTest extends ApiOverHttpContract {

    @Override
    DataSource database() {
        return TestDatabases.mariadb();
    }
}
