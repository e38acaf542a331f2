package org.clvplugin.api.host;

/**
 * A host the plugin can run in, found with {@link java.util.ServiceLoader}: a host's jar names its factory in
 * {@code META-INF/services/org.clvplugin.api.host.HostProviderFactory}, and the plugin picks the factory by its id.
 */
public interface HostProviderFactory {

    /** The host's id, e.g. {@code ofbiz}: how a configuration names it. */
    String id();

    /**
     * Reads the host's settings and makes its provider. A missing or wrong setting is an
     * {@link IllegalArgumentException} naming it: the plugin does not start on a guess.
     */
    HostProvider init(HostConfig config);
}
