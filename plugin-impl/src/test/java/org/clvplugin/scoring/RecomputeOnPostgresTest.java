package org.clvplugin.scoring;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class RecomputeOnPostgresTest extends RecomputeContract {

    @Override
    DataSource database() {
        return TestDatabases.postgres();
    }
}
