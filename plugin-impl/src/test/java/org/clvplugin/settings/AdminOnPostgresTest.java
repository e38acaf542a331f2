package org.clvplugin.settings;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class AdminOnPostgresTest extends AdminContract {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
