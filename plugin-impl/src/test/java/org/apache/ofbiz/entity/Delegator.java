package org.apache.ofbiz.entity;

import org.apache.ofbiz.entity.datasource.GenericHelperInfo;

/** Test stand-in for the part of OFBiz's entity engine the plugin calls (same names and signatures as trunk). */
public interface Delegator {

    GenericHelperInfo getGroupHelperInfo(String entityGroupName);
}
