package org.apache.ofbiz.service;

import java.util.Map;

/** Test stand-in for the one method of OFBiz's LocalDispatcher the plugin calls (trunk's signature). */
public interface LocalDispatcher {

    Map<String, Object> runSync(String serviceName, Map<String, ? extends Object> context) throws Exception;
}
