package org.clvplugin.standalone.host;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class DemoDataOnPostgresTest extends DemoDataContract {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
