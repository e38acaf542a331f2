package org.clvplugin.runtime;

import java.util.ServiceLoader;
import java.util.TreeSet;

import org.clvplugin.api.host.HostConfig;
import org.clvplugin.api.host.HostProvider;
import org.clvplugin.api.host.HostProviderFactory;

/** Finds a host by its id among the {@link HostProviderFactory} implementations on the class path. */
public final class HostProviders {

    private HostProviders() {
    }

    /**
     * The provider of the host with this id, made from its settings; an {@link IllegalArgumentException} naming the
     * hosts there are when none has the id.
     */
    public static HostProvider open(String id, HostConfig config, ClassLoader loader) {
        TreeSet<String> known = new TreeSet<>();
        for (HostProviderFactory factory : ServiceLoader.load(HostProviderFactory.class, loader)) {
            if (factory.id().equals(id)) {
                return factory.init(config);
            }
            known.add(factory.id());
        }
        throw new IllegalArgumentException("no host '" + id + "' on the class path (hosts found: "
                + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
    }
}
