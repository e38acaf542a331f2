package org.clvplugin.rules;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class DeliveryOnH2Test extends DeliveryContract {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
