package org.clvplugin.api;

import java.util.List;
import java.util.Locale;

/** The purchase-count models the plugin can fit, with the names of their parameters in order. */
public enum PurchaseModelType {
    BG_NBD("bgnbd", List.of("r", "alpha", "a", "b")),
    PARETO_NBD("paretonbd", List.of("r", "alpha", "s", "beta")),
    MBG_NBD("mbgnbd", List.of("r", "alpha", "a", "b"));

    private final String key;
    private final List<String> parameterNames;

    PurchaseModelType(String key, List<String> parameterNames) {
        this.key = key;
        this.parameterNames = parameterNames;
    }

    /** The short name used on the command line, in settings and in JSON. */
    public String key() {
        return key;
    }

    public List<String> parameterNames() {
        return parameterNames;
    }

    public static PurchaseModelType fromKey(String text) {
        String k = text.trim().toLowerCase(Locale.ROOT).replace("/", "").replace("-", "").replace("_", "");
        for (PurchaseModelType type : values()) {
            if (type.key.equals(k)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown purchase model '" + text + "': use bgnbd, paretonbd or mbgnbd");
    }
}
