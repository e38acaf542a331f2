package org.clvplugin.schedule;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class ClusteredScheduleOnMariaDbTest extends ClusteredScheduleContract {

    @Override
    DataSource database() {
        return TestDatabases.mariadb();
    }
}
