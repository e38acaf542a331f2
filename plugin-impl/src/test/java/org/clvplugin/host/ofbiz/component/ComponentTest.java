package org.clvplugin.host.ofbiz.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;

import org.apache.ofbiz.entity.DelegatorFactory;
import org.apache.ofbiz.entity.transaction.TransactionFactoryLoader;
import org.clvplugin.api.host.ApiUser;
import org.clvplugin.api.host.HostSecurity;
import org.clvplugin.rest.ClvRuntime;
import org.clvplugin.testsupport.TestRequests;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The plugin's start inside OFBiz, without OFBiz: its settings, the card tokens an OFBiz screen hands the card,
 * connections through OFBiz's entity engine (test stand-ins with trunk's class and method names), and the
 * webapp listener's start and stop.
 */
class ComponentTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private static Properties props(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    @Test
    void settingsHaveDefaultsTakeSystemPropertiesAndNameABadValue() {
        ComponentSettings d = ComponentSettings.read(new Properties(), new Properties());
        assertEquals(ComponentSettings.Source.OFBIZ, d.source());
        assertEquals("default", d.delegator());
        assertEquals("org.apache.ofbiz", d.entityGroup());
        assertEquals(Path.of("runtime/clv/secret.key"), d.keyFile());
        ComponentSettings jdbc = ComponentSettings.read(props("clv.datasource", "ofbiz"),
                props("clv.datasource", "JDBC", "clv.jdbc.url", "jdbc:h2:mem:x", "user.home", "/ignored"));
        assertEquals(ComponentSettings.Source.JDBC, jdbc.source(), "a system property wins");
        assertEquals("jdbc:h2:mem:x", jdbc.jdbcUrl());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ComponentSettings.read(
                props("clv.datasource", "jdbc"), new Properties())).getMessage().startsWith("clv.jdbc.url:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ComponentSettings.read(
                props("clv.datasource", "jndi"), new Properties())).getMessage().startsWith("clv.datasource:"));
    }

    @Test
    void aCardTokenCarriesTheUserUntilItExpiresAndCannotBeForged() {
        byte[] key = new byte[32];
        key[0] = 7;
        CardTokens tokens = new CardTokens(key, Clock.fixed(NOW, ZoneOffset.UTC));
        String admin = tokens.mint("admin", "Company", true);
        assertEquals(Optional.of(new ApiUser("admin", ApiUser.admin(), "Company")), tokens.verify(admin));
        assertEquals(Optional.of(new ApiUser("DemoRep", ApiUser.viewer(), null)),
                tokens.verify(tokens.mint("DemoRep", null, false)));
        CardTokens later = new CardTokens(key, Clock.fixed(NOW.plus(CardTokens.LIFETIME).plusSeconds(1),
                ZoneOffset.UTC));
        assertEquals(Optional.empty(), later.verify(admin), "expired");
        byte[] other = key.clone();
        other[0] = 8;
        assertEquals(Optional.empty(), new CardTokens(other, Clock.fixed(NOW, ZoneOffset.UTC)).verify(admin),
                "another installation's key");
        String viewer = tokens.mint("DemoRep", null, false);
        String forged = viewer.substring(0, viewer.lastIndexOf('.')).replace(
                viewer.substring(CardTokens.PREFIX.length(), viewer.lastIndexOf('.')),
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("DemoRep\n\nadmin\n"
                        + NOW.plus(Duration.ofHours(1)).getEpochSecond()).getBytes()))
                + viewer.substring(viewer.lastIndexOf('.'));
        assertEquals(Optional.empty(), tokens.verify(forged), "a viewer's signature on an admin's payload");
        assertEquals(Optional.empty(), tokens.verify("clv1.bm9uc2Vuc2U.x"));
        assertEquals(Optional.empty(), tokens.verify("Bearer"));

        OfbizCardSecurity security = new OfbizCardSecurity(tokens);
        assertEquals(Optional.empty(), security.authenticate(request(null)), "anonymous: the API answers 401");
        assertEquals("admin", security.authenticate(request("Bearer " + admin)).orElseThrow().name());
        HostSecurity.Refused refused = assertThrows(HostSecurity.Refused.class,
                () -> security.authenticate(request("Bearer " + forged)));
        assertEquals(401, refused.status());
    }

    private static HostSecurity.Request request(String authorization) {
        return TestRequests.get(authorization);
    }

    @Test
    void connectionsComeFromOfbizsEntityEngineOrAClearReason() throws Exception {
        String url = "jdbc:h2:mem:ofbiz" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        DelegatorFactory.register("default", "org.apache.ofbiz", "localh2");
        TransactionFactoryLoader.register("localh2", url);
        ClassLoader here = getClass().getClassLoader();
        try (Connection c = OfbizConnections.of("default", "org.apache.ofbiz", here).getConnection()) {
            assertTrue(c.getMetaData().getURL().startsWith("jdbc:h2:mem:ofbiz"), c.getMetaData().getURL());
        }
        assertTrue(assertThrows(IllegalStateException.class, () -> OfbizConnections.of("tenant7", "org.apache.ofbiz",
                here)).getMessage().contains("no delegator 'tenant7' (clv.delegator)"));
        assertTrue(assertThrows(IllegalStateException.class, () -> OfbizConnections.of("default", "org.example",
                here)).getMessage().contains("(clv.entityGroup)"));
        try (URLClassLoader outside = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            assertTrue(assertThrows(IllegalStateException.class, () -> OfbizConnections.of("default",
                    "org.apache.ofbiz", outside)).getMessage().endsWith("outside OFBiz set clv.datasource=jdbc"));
        }
    }

    @Test
    void theWebappListenerStartsThePluginHandsOutTokensTriggersRunsAndStops() throws Exception {
        Path keyFile = Files.createTempDirectory("clv-key").resolve("secret.key");
        Map<String, String> settings = Map.of("clv.datasource", "jdbc", "clv.jdbc.url", "jdbc:h2:mem:component"
                + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1", "clv.jdbc.user", "sa",
                "clv.keyFile", keyFile.toString());
        settings.forEach(System::setProperty);
        ClvComponent component = new ClvComponent();
        ServletContext context = mock(ServletContext.class);
        try {
            withClasspath(configWith("clv.delegator=default\n"),
                    () -> component.contextInitialized(new ServletContextEvent(context)));
            ArgumentCaptor<Object> runtime = ArgumentCaptor.forClass(Object.class);
            verify(context).setAttribute(eq(ClvRuntime.ATTRIBUTE), runtime.capture());
            assertTrue(Files.exists(keyFile), "the key is made on first start");
            String token = ClvComponent.cardToken("admin", "Company", true);
            ApiUser user = ((ClvRuntime) runtime.getValue()).security().authenticate(request("Bearer " + token))
                    .orElseThrow();
            assertTrue(user.may(ApiUser.WRITE_ADMIN));
            assertNotNull(ClvComponent.recompute("service clvRecompute"));
        } finally {
            component.contextDestroyed(new ServletContextEvent(context));
            settings.keySet().forEach(System::clearProperty);
        }
        assertTrue(assertThrows(IllegalStateException.class, () -> ClvComponent.cardToken("admin", null, true))
                .getMessage().contains("has not started"));

        ServletContext standalone = mock(ServletContext.class);
        when(standalone.getAttribute(ClvRuntime.ATTRIBUTE)).thenReturn(new Object());
        component.contextInitialized(new ServletContextEvent(standalone));
        verify(standalone, never()).setAttribute(any(), any());
        assertThrows(IllegalStateException.class, () -> ClvComponent.recompute("nobody"),
                "a host that brings its own runtime starts nothing here");
    }

    @Test
    void withoutClvPropertiesOnTheClasspathThePluginRefusesToStartAndSaysWhere() throws Exception {
        ClvComponent component = new ClvComponent();
        ServletContext context = mock(ServletContext.class);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> withClasspath(
                Files.createTempDirectory("clv-no-config"),
                () -> component.contextInitialized(new ServletContextEvent(context))));
        assertTrue(refused.getMessage().startsWith("clv.properties is not on the classpath: OFBiz's build puts "
                + "plugins/clv/config/ there"), refused.getMessage());
        verify(context, never()).setAttribute(any(), any());
    }

    /** A directory holding clv.properties with these lines, as the component's config/. */
    private static Path configWith(String lines) throws java.io.IOException {
        Path config = Files.createTempDirectory("clv-config");
        Files.writeString(config.resolve("clv.properties"), lines);
        return config;
    }

    /** Runs the action with the directory on the context class loader, as OFBiz's classpath holds config/. */
    private static void withClasspath(Path directory, Runnable action) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {directory.toUri().toURL()}, before)) {
            thread.setContextClassLoader(loader);
            action.run();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
