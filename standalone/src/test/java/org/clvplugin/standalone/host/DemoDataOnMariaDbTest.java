package org.clvplugin.standalone.host;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class DemoDataOnMariaDbTest extends DemoDataContract {

    @Override
    DataSource database() {
        return TestDatabases.mariadb();
    }
}
