package org.clvplugin.tokens;

import javax.sql.DataSource;

import org.clvplugin.testsupport.TestDatabases;

class TokensOnMariaDbTest extends TokensContract {

    @Override
    DataSource database() {
        return TestDatabases.mariadb();
    }
}
