package org.clvplugin.host.ofbiz.component;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import org.clvplugin.api.host.HostConfig;

/**
 * The plugin's settings inside OFBiz, from {@code config/clv.properties} of the component (on OFBiz's classpath),
 * each overridable by a system property of the same name. Everything else is in the plugin's own settings table.
 *
 * @param source       where the database connections come from: {@code ofbiz} (the host's entity engine) or
 *                     {@code jdbc} (a URL of the same database, for a host whose engine cannot be reached)
 * @param delegator    OFBiz's delegator name ({@code ofbiz})
 * @param entityGroup  the entity group whose data source holds OFBiz's tables ({@code ofbiz})
 * @param jdbcUrl      the database ({@code jdbc})
 * @param keyFile      the key that seals webhook secrets and signs the card's tokens
 */
public record ComponentSettings(Source source, String delegator, String entityGroup, String jdbcUrl, String jdbcUser,
                                String jdbcPassword, Path keyFile) {

    public enum Source { OFBIZ, JDBC }

    public static final String RESOURCE = "clv.properties";

    /** The resource's values, then system properties that start with {@code clv.}, which win. */
    public static HostConfig merged(Properties file, Properties system) {
        Properties p = new Properties();
        p.putAll(file);
        system.stringPropertyNames().stream().filter(k -> k.startsWith("clv.")).forEach(k -> p.setProperty(k,
                system.getProperty(k)));
        return name -> java.util.Optional.ofNullable(p.getProperty(name));
    }

    /** Reads the settings: the resource's values, then system properties; refuses a bad value naming it. */
    public static ComponentSettings read(Properties file, Properties system) {
        return read(merged(file, system));
    }

    /** Reads the settings; refuses a bad value naming it. */
    public static ComponentSettings read(HostConfig p) {
        String source = p.get("clv.datasource", "ofbiz").trim().toLowerCase(Locale.ROOT);
        Source kind = switch (source) {
            case "ofbiz" -> Source.OFBIZ;
            case "jdbc" -> Source.JDBC;
            default -> throw new IllegalArgumentException("clv.datasource: 'ofbiz' or 'jdbc', was '" + source + "'");
        };
        String url = p.get("clv.jdbc.url", "").trim();
        if (kind == Source.JDBC && !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("clv.jdbc.url: a JDBC URL is needed with clv.datasource=jdbc, was '"
                    + url + "'");
        }
        return new ComponentSettings(kind, p.get("clv.delegator", "default").trim(),
                p.get("clv.entityGroup", "org.apache.ofbiz").trim(), url,
                p.get("clv.jdbc.user", "").trim(), p.get("clv.jdbc.password", ""),
                Path.of(p.get("clv.keyFile", "runtime/clv/secret.key").trim()));
    }
}
