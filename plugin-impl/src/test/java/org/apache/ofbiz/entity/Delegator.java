package org.apache.ofbiz.entity;

import java.util.Map;

import org.apache.ofbiz.entity.datasource.GenericHelperInfo;

/** Test stand-in for the part of OFBiz's entity engine the plugin calls (same names and signatures as trunk). */
public interface Delegator {

    GenericHelperInfo getGroupHelperInfo(String entityGroupName);

    /** OFBiz's GenericValue is a Map; here only the system user login exists. */
    default Map<String, Object> findOne(String entityName, Map<String, ? extends Object> fields, boolean useCache) {
        return "UserLogin".equals(entityName) && "system".equals(fields.get("userLoginId"))
                ? Map.of("userLoginId", "system") : null;
    }
}
