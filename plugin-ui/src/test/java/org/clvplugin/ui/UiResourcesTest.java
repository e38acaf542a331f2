package org.clvplugin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The UI's files over HTTP: types, revalidation, and nothing outside the UI's folder. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiResourcesTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private Tomcat tomcat;
    private String base;

    @BeforeAll
    void start() throws Exception {
        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("clv-ui-files").toString());
        tomcat.setPort(0);
        Context context = tomcat.addContext("/clv", null);
        Tomcat.addServlet(context, "ui", new UiResources());
        context.addServletMappingDecoded("/ui/*", "ui");
        tomcat.start();
        base = "http://localhost:" + tomcat.getConnector().getLocalPort() + "/clv/ui";
    }

    @AfterAll
    void stop() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }

    private HttpResponse<String> get(String path, String etag) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void modulesAreJavascriptRevalidatedByEtag() throws Exception {
        HttpResponse<String> card = get("/clv-contact-card.js", null);
        assertEquals(200, card.statusCode());
        assertEquals("text/javascript;charset=UTF-8", card.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", card.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("no-cache", card.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(card.body().contains("customElements.define('clv-contact-card'"));
        String etag = card.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/clv-contact-card.js", etag).statusCode());
        assertEquals(200, get("/clv-admin.js", etag).statusCode(), "another file, another tag");
        assertEquals(200, get("/admin/tiers.js", null).statusCode(), "sub-folders");
        assertEquals("text/css;charset=UTF-8", get("/pages.css", null).headers().firstValue("Content-Type")
                .orElseThrow());
        assertTrue(card.headers().firstValue("Content-Security-Policy").isEmpty(), "a module is not a page");
        HttpResponse<String> console = get("/console.html", null);
        assertEquals("text/html;charset=UTF-8", console.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(UiResources.CONTENT_SECURITY_POLICY, console.headers().firstValue("Content-Security-Policy")
                .orElseThrow(), "a page runs under the strict policy");
        assertEquals("same-origin", console.headers().firstValue("Referrer-Policy").orElseThrow());
    }

    @Test
    void nothingOutsideTheUiFolderAndNoUnknownTypes() throws Exception {
        for (String path : new String[] {"/../UiResources.class", "/%2e%2e/UiResources.class", "/nothing.js",
                "/..%2Fui%2Fdom.js", "/", "", "/UiResources.class", "/.hidden.js"}) {
            int status = get(path, null).statusCode();
            assertTrue(status == 404 || status == 400, path + " answered " + status);
        }
    }
}
