package org.apache.ofbiz.service;

import java.util.HashMap;
import java.util.Map;

/** Test stand-in for OFBiz's ServiceUtil: the two results the component's Groovy service returns, as trunk's. */
public final class ServiceUtil {

    private ServiceUtil() {
    }

    public static Map<String, Object> returnSuccess() {
        Map<String, Object> result = new HashMap<>();
        result.put("responseMessage", "success");
        return result;
    }

    public static Map<String, Object> returnError(String errorMessage) {
        Map<String, Object> result = new HashMap<>();
        result.put("responseMessage", "error");
        result.put("errorMessage", errorMessage);
        return result;
    }
}
