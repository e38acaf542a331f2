package org.clvplugin.host.ofbiz.component;

import org.clvplugin.api.host.HostConfig;
import org.clvplugin.api.host.HostProvider;
import org.clvplugin.api.host.HostProviderFactory;

/** The OFBiz host, from the settings of {@code clv.properties} (see {@link ComponentSettings}). */
public final class OfbizHostFactory implements HostProviderFactory {

    public static final String ID = "ofbiz";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public HostProvider init(HostConfig config) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new OfbizHost(ComponentSettings.read(config), loader == null ? OfbizHost.class.getClassLoader()
                : loader);
    }
}
