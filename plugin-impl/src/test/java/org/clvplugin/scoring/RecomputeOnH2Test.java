package org.clvplugin.scoring;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class RecomputeOnH2Test extends RecomputeContract {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
