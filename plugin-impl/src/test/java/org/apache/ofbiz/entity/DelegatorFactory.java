package org.apache.ofbiz.entity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ofbiz.entity.datasource.GenericHelperInfo;

/** Test stand-in: delegators a test registers, each with the entity groups it has a data source for. */
public final class DelegatorFactory {

    private static final Map<String, Map<String, String>> DELEGATORS = new ConcurrentHashMap<>();

    private DelegatorFactory() {
    }

    /** A delegator whose entity group has the helper (data source) of that name. */
    public static void register(String delegatorName, String entityGroup, String helperName) {
        DELEGATORS.put(delegatorName, Map.of(entityGroup, helperName));
    }

    public static Delegator getDelegator(String delegatorName) {
        Map<String, String> groups = DELEGATORS.get(delegatorName);
        if (groups == null) {
            return null;
        }
        return group -> groups.containsKey(group) ? new GenericHelperInfo(groups.get(group)) : null;
    }
}
