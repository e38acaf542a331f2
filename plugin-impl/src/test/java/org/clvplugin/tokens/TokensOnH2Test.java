package org.clvplugin.tokens;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class TokensOnH2Test extends TokensContract {

    @Override
    DataSource database() {
        return TestDatabases.h2();
    }
}
