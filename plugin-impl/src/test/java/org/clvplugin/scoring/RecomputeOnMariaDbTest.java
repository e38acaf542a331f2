package org.clvplugin.scoring;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class RecomputeOnMariaDbTest extends RecomputeContract {

    @Override
    DataSource database() {
        return TestDatabases.mariadb();
    }
}
