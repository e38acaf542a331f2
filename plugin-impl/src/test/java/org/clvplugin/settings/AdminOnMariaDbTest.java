package org.clvplugin.settings;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class AdminOnMariaDbTest extends AdminContract {

    @Override
    DataSource database() {
        return TestDatabases.mariadb();
    }
}
