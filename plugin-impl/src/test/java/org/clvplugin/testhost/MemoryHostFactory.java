package org.clvplugin.testhost;

import org.clvplugin.api.host.HostConfig;
import org.clvplugin.api.host.HostProvider;
import org.clvplugin.api.host.HostProviderFactory;

/** The test's host "memory": {@code memory.customers} contacts (default 300) with orders drawn from a seed. */
public final class MemoryHostFactory implements HostProviderFactory {

    @Override
    public String id() {
        return "memory";
    }

    @Override
    public HostProvider init(HostConfig config) {
        int customers;
        try {
            customers = Integer.parseInt(config.get("memory.customers", "300"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("memory.customers: a whole number, was '"
                    + config.get("memory.customers", "") + "'", e);
        }
        return new MemoryHost(org.clvplugin.testsupport.TestDatabases.h2(), customers, 42);
    }
}
