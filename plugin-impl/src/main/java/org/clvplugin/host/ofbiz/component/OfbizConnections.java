package org.clvplugin.host.ofbiz.component;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The host's database connections, from OFBiz's entity engine: the delegator's data source for an entity group,
 * through {@code TransactionFactoryLoader.getInstance().getConnection(delegator.getGroupHelperInfo(group))}, the
 * pool OFBiz itself uses, each handed back to it as it came ({@link ReturnedAsBorrowed}). Called by reflection: the
 * plugin is built without OFBiz's jars, and inside OFBiz they are on the classpath.
 */
final class OfbizConnections extends ConnectionSource {

    private final Object helperInfo;
    private final Object transactionFactory;
    private final Method getConnection;

    private OfbizConnections(Object helperInfo, Object transactionFactory, Method getConnection) {
        this.helperInfo = helperInfo;
        this.transactionFactory = transactionFactory;
        this.getConnection = getConnection;
    }

    /** The connections of the delegator's data source for the group; refused with the reason outside OFBiz. */
    static OfbizConnections of(String delegatorName, String entityGroup, ClassLoader loader) {
        try {
            Object delegator = delegator(delegatorName, loader);
            Object helperInfo = loader.loadClass("org.apache.ofbiz.entity.Delegator")
                    .getMethod("getGroupHelperInfo", String.class).invoke(delegator, entityGroup);
            if (helperInfo == null) {
                throw new IllegalStateException("OFBiz's delegator '" + delegatorName + "' has no data source for "
                        + "the entity group '" + entityGroup + "' (clv.entityGroup)");
            }
            Object factory = loader.loadClass("org.apache.ofbiz.entity.transaction.TransactionFactoryLoader")
                    .getMethod("getInstance").invoke(null);
            Method get = loader.loadClass("org.apache.ofbiz.entity.transaction.TransactionFactory")
                    .getMethod("getConnection",
                            loader.loadClass("org.apache.ofbiz.entity.datasource.GenericHelperInfo"));
            return new OfbizConnections(helperInfo, factory, get);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("OFBiz's entity engine is not on the classpath (" + e.getMessage()
                    + "): outside OFBiz set clv.datasource=jdbc", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("OFBiz's entity engine refused: " + e.getCause(), e.getCause());
        }
    }

    /** OFBiz's delegator of that name (clv.delegator), or refused. */
    static Object delegator(String delegatorName, ClassLoader loader) throws ClassNotFoundException,
            NoSuchMethodException, IllegalAccessException, InvocationTargetException {
        Object delegator = loader.loadClass("org.apache.ofbiz.entity.DelegatorFactory")
                .getMethod("getDelegator", String.class).invoke(null, delegatorName);
        if (delegator == null) {
            throw new IllegalStateException("OFBiz has no delegator '" + delegatorName + "' (clv.delegator)");
        }
        return delegator;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return ReturnedAsBorrowed.of((Connection) getConnection.invoke(transactionFactory, helperInfo));
        } catch (IllegalAccessException e) {
            throw new SQLException("OFBiz's connection factory cannot be called: " + e.getMessage(), e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException("OFBiz could not give a connection: " + e.getCause(), e.getCause());
        }
    }
}
