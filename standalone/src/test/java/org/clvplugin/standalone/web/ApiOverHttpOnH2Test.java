package org.clvplugin.standalone.web;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class ApiOverHttpOnH2Test extends ApiOverHttpContract {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
