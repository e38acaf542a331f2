package org.clvplugin.api.host;

import java.util.Map;
import java.util.Optional;

/** A host's settings by name (for OFBiz: {@code clv.properties} and {@code -Dclv.*}), as text. */
@FunctionalInterface
public interface HostConfig {

    /** The setting's value, or empty when it is not set. */
    Optional<String> get(String name);

    /** The setting's value, or {@code otherwise} when it is not set. */
    default String get(String name, String otherwise) {
        return get(name).orElse(otherwise);
    }

    /** Settings from a map (a copy). */
    static HostConfig of(Map<String, String> settings) {
        Map<String, String> copy = Map.copyOf(settings);
        return name -> Optional.ofNullable(copy.get(name));
    }
}
