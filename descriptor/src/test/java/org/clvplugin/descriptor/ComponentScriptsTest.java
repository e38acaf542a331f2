package org.clvplugin.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;


import org.clvplugin.testsupport.SharedData;
import org.junit.jupiter.api.Test;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import groovy.lang.Script;

/**
 * The component's scripts run as OFBiz runs them, at the major versions OFBiz trunk ships: the Groovy service
 * (with the names OFBiz's GroovyEngine binds: parameters, dctx), the screen's ${groovy:} expressions (security,
 * userLogin), and the card's FreeMarker template. OFBiz's own classes are stand-ins here (ServiceUtil; Security
 * and DispatchContext below); the plugin behind them is the real one, started from the zip's webapp.
 */
class ComponentScriptsTest {

    private static final Path COMPONENT = Path.of("src/main/ofbiz/clv");

    /** OFBiz's Security as the scripts call it. */
    public static final class Security {
        private final Set<String> granted;

        Security(Set<String> granted) {
            this.granted = granted;
        }

        public boolean hasPermission(String permission, Map<String, Object> userLogin) {
            return granted.contains(permission);
        }

        /** As OFBiz's: the entity's action, or its _ADMIN. */
        public boolean hasEntityPermission(String entity, String action, Map<String, Object> userLogin) {
            return granted.contains(entity + action) || granted.contains(entity + "_ADMIN");
        }
    }

    /** OFBiz's DispatchContext as the service script calls it. */
    public static final class DispatchContext {
        private final Security security;

        DispatchContext(Security security) {
            this.security = security;
        }

        public Security getSecurity() {
            return security;
        }
    }

    private static Map<String, Object> userLogin(String id, String partyId) {
        Map<String, Object> u = new HashMap<>();
        u.put("userLoginId", id);
        u.put("partyId", partyId);
        return u;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> service(String method, Set<String> granted) throws Exception {
        Binding binding = new Binding();
        binding.setVariable("parameters", Map.of("userLogin", userLogin("admin", "Company")));
        binding.setVariable("dctx", new DispatchContext(new Security(granted)));
        Script script = new GroovyShell(binding).parse(COMPONENT.resolve("groovyScripts/ClvServices.groovy")
                .toFile());
        return (Map<String, Object>) script.invokeMethod(method, null);
    }

    @Test
    void theScriptsRunOnTheGroovyAndFreeMarkerOfbizTrunkShips() throws Exception {
        String versions = Files.readString(SharedData.file("ofbiz/gradle/libs.versions.toml"));
        assertTrue(versions.contains("groovy-all = \"" + groovy.lang.GroovySystem.getVersion() + "\""),
                "Groovy " + groovy.lang.GroovySystem.getVersion() + " is trunk's");
        assertTrue(versions.contains("freemarker = \"" + Configuration.getVersion() + "\""),
                "FreeMarker " + Configuration.getVersion() + " is trunk's");
    }

    @Test
    void theRecomputeServiceHandsOverToThePluginOrSaysWhyNot() throws Exception {
        Map<String, Object> notStarted = service("clvRecompute", Set.of("CLV_ADMIN"));
        assertEquals("error", notStarted.get("responseMessage"));
        assertTrue(String.valueOf(notStarted.get("errorMessage")).contains("has not started"), notStarted.toString());
        try (ZipWebapp webapp = new ZipWebapp()) {
            Map<String, Object> started = service("clvRecompute", Set.of("CLV_ADMIN"));
            assertEquals("success", started.get("responseMessage"), started.toString());
            assertTrue(String.valueOf(started.get("message")).matches("run \\d+ has started|run \\d+ is in "
                    + "progress"), started.toString());
        }
        assertEquals(true, service("clvAdminPermission", Set.of("CLV_ADMIN")).get("hasPermission"));
        Map<String, Object> viewer = service("clvAdminPermission", Set.of("CLV_VIEW"));
        assertEquals(false, viewer.get("hasPermission"));
        assertTrue(String.valueOf(viewer.get("failMessage")).contains("CLV_ADMIN"));
    }

    @Test
    void thePortletsPermissionServiceAllowsViewersAndAdminsOnly() throws Exception {
        assertEquals(true, service("clvViewPermission", Set.of("CLV_VIEW")).get("hasPermission"));
        assertEquals(true, service("clvViewPermission", Set.of("CLV_ADMIN")).get("hasPermission"));
        Map<String, Object> other = service("clvViewPermission", Set.of("PARTYMGR_VIEW"));
        assertEquals(false, other.get("hasPermission"));
        assertTrue(String.valueOf(other.get("failMessage")).contains("CLV_VIEW"), other.toString());
    }

    @Test
    void theScreenHasNoInlineGroovyAndRunsItsActionsFromAScriptOfTheComponent() throws Exception {
        String screens = java.nio.file.Files.readString(COMPONENT.resolve("widget/ClvScreens.xml"));
        // OFBiz trunk checks inline ${groovy:} expressions against security.deniedScriptletsTokens and
        // sandboxes them; a script file of the component is not an expression.
        assertFalse(screens.contains("${groovy:"), "no inline Groovy in the screen");
        assertTrue(screens.contains("<script location=\"component://clv/groovyScripts/ContactCardActions.groovy\"/>"),
                screens);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theScreenMintsATokenTheApiAcceptsWithTheUsersPermissions() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (ZipWebapp webapp = new ZipWebapp()) {
            List<String> seen = new ArrayList<>();
            for (Set<String> granted : List.of(Set.of("CLV_VIEW"), Set.of("CLV_VIEW", "CLV_ADMIN"))) {
                // As OFBiz runs a screen's script action: the screen's context, and its entries as variables.
                Map<String, Object> context = new HashMap<>();
                context.put("security", new Security(granted));
                context.put("userLogin", userLogin("DemoRep", "REP_ANNA"));
                Binding screen = new Binding(new HashMap<>(context));
                screen.setVariable("context", context);
                new GroovyShell(screen).parse(COMPONENT.resolve("groovyScripts/ContactCardActions.groovy").toFile())
                        .run();
                String token = (String) context.get("clvToken");
                HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(webapp.base + "/api/v1/me"))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, me.statusCode(), me.body());
                assertTrue(me.body().contains("\"partyId\":\"REP_ANNA\""), me.body());
                assertEquals(granted.contains("CLV_ADMIN"), context.get("clvAdmin"));
                seen.add(me.body().contains("clv.admin.write") ? "admin" : "viewer");
            }
            assertEquals(List.of("viewer", "admin"), seen, "CLV_ADMIN in OFBiz is admin in the API, else a viewer");
        }
    }

    private static String card(Map<String, Object> model) throws Exception {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setDirectoryForTemplateLoading(COMPONENT.resolve("template").toFile());
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        StringWriter out = new StringWriter();
        config.getTemplate("ContactCard.ftl").process(model, out);
        return out.toString();
    }

    @Test
    void theTemplateShowsTheCardAndTheConsoleLinkOnlyToAdmins() throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("partyId", "CD1\"><script>alert(1)</script>");
        model.put("clvToken", "clv1.payload.signature");
        model.put("clvAdmin", false);
        model.put("locale", Locale.GERMAN);
        model.put("uiLabelMap", Map.of("ClvOpenConsole", "CLV-Konsole öffnen"));
        String viewer = card(model);
        assertTrue(viewer.contains("<script type=\"module\" src=\"/clv/ui/clv-contact-card.js\"></script>"), viewer);
        assertTrue(viewer.contains("<clv-contact-card party-id=\"CD1&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""
                + " token=\"clv1.payload.signature\" lang=\"de\"></clv-contact-card>"), viewer);
        assertFalse(viewer.contains("console.html"), "no console link for a viewer");
        model.put("clvAdmin", true);
        String admin = card(model);
        assertTrue(admin.contains("<a href=\"/clv/ui/console.html#token=clv1.payload.signature\">CLV-Konsole öffnen"
                + "</a>"), admin);
    }
}
