package org.clvplugin.rules;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class DeliveryOnMariaDbTest extends DeliveryContract {

    @Override
    DataSource database() {
        return TestDatabases.mariadb();
    }
}
