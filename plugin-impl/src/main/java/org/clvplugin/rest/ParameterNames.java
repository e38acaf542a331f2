package org.clvplugin.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ParameterNameProvider;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import org.glassfish.jersey.server.validation.ValidationConfig;

/**
 * Bean Validation names a method's parameters arg0, arg1, ...; a client knows them by their query, path, header or
 * form name ("limit"), and a body as "body". Every validation error names what the client sent.
 */
@Provider
public class ParameterNames implements ContextResolver<ValidationConfig> {

    @Override
    public ValidationConfig getContext(Class<?> type) {
        return new ValidationConfig().parameterNameProvider(new ParameterNameProvider() {
            @Override
            public List<String> getParameterNames(Constructor<?> constructor) {
                return names(constructor);
            }

            @Override
            public List<String> getParameterNames(Method method) {
                return names(method);
            }
        });
    }

    static List<String> names(Executable executable) {
        List<String> names = new ArrayList<>();
        for (Annotation[] annotations : executable.getParameterAnnotations()) {
            names.add(name(annotations));
        }
        return names;
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            } else if (a instanceof PathParam p) {
                return p.value();
            } else if (a instanceof HeaderParam h) {
                return h.value();
            } else if (a instanceof FormParam f) {
                return f.value();
            }
        }
        return "body";
    }
}
