package org.clvplugin.standalone.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.clvplugin.api.FitResult;
import org.clvplugin.api.FittedParameter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** A fit result for people (text) or programs (JSON with the keys documented in the README). */
final class FitReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FitReport() {
    }

    static String json(FitResult fit) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Double> params = new LinkedHashMap<>();
        Map<String, Double> errors = new LinkedHashMap<>();
        for (FittedParameter p : fit.parameters()) {
            params.put(p.name(), p.value());
            // JSON has no NaN: an unavailable standard error is null.
            errors.put(p.name(), Double.isFinite(p.standardError()) ? p.standardError() : null);
        }
        out.put("model", fit.model());
        out.put("params", params);
        out.put("stdErrors", errors);
        out.put("logLikelihood", fit.logLikelihood());
        out.put("converged", fit.converged());
        out.put("iterations", fit.iterations());
        out.put("customers", fit.customers());
        out.put("message", fit.message());
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(FitResult fit) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "model %s, %,d customers%n", fit.model(), fit.customers()));
        out.append(String.format(Locale.ROOT, "  %-8s %14s %14s%n", "param", "estimate", "std. error"));
        for (FittedParameter p : fit.parameters()) {
            out.append(String.format(Locale.ROOT, "  %-8s %14.6f %14s%n", p.name(), p.value(),
                    Double.isFinite(p.standardError())
                            ? String.format(Locale.ROOT, "%.6f", p.standardError()) : "n/a"));
        }
        out.append(String.format(Locale.ROOT, "log-likelihood %.4f, %s after %d iterations (%s)%n",
                fit.logLikelihood(), fit.converged() ? "converged" : "NOT converged", fit.iterations(),
                fit.message()));
        return out.toString();
    }
}
