package org.clvplugin.standalone.host;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class DemoDataOnH2Test extends DemoDataContract {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
