package org.apache.ofbiz.entity.transaction;

import java.sql.Connection;
import java.sql.SQLException;

import org.apache.ofbiz.entity.datasource.GenericHelperInfo;

/** Test stand-in for OFBiz's TransactionFactory (the one method the plugin calls). */
public interface TransactionFactory {

    Connection getConnection(GenericHelperInfo helperInfo) throws SQLException;
}
