package org.clvplugin.settings;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class AdminOnH2Test extends AdminContract {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
