package org.apache.ofbiz.entity.datasource;

/** Test stand-in: which data source (helper) an entity group uses. */
public final class GenericHelperInfo {

    private final String helperBaseName;

    public GenericHelperInfo(String helperBaseName) {
        this.helperBaseName = helperBaseName;
    }

    public String getHelperBaseName() {
        return helperBaseName;
    }
}
