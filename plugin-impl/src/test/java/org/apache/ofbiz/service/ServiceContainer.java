package org.apache.ofbiz.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ofbiz.entity.Delegator;

/** Test stand-in: the dispatcher a test registers under a name (trunk's getLocalDispatcher signature). */
public final class ServiceContainer {

    private static final Map<String, LocalDispatcher> DISPATCHERS = new ConcurrentHashMap<>();

    private ServiceContainer() {
    }

    public static void register(String dispatcherName, LocalDispatcher dispatcher) {
        DISPATCHERS.put(dispatcherName, dispatcher);
    }

    public static LocalDispatcher getLocalDispatcher(String dispatcherName, Delegator delegator) {
        return DISPATCHERS.getOrDefault(dispatcherName, (service, context) -> {
            throw new IllegalStateException("no dispatcher registered for " + dispatcherName);
        });
    }
}
