package org.clvplugin.schedule;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class ClusteredScheduleOnPostgresTest extends ClusteredScheduleContract {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
