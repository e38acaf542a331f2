package org.clvplugin.standalone.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.scan.StandardJarScanner;
import org.clvplugin.rest.ClvRuntime;
import org.clvplugin.standalone.security.StandaloneSecurity;

/**
 * Embedded Tomcat deploying the plugin's webapp at /clv from the same web.xml the OFBiz component ships. The
 * runtime (database, store) reaches the webapp as a servlet-context attribute, set before the webapp starts.
 */
public final class WebServer implements AutoCloseable {

    private static final String WEB_XML = "/org/clvplugin/rest/webapp/WEB-INF/web.xml";

    private final Tomcat tomcat;

    private WebServer(Tomcat tomcat) {
        this.tomcat = tomcat;
    }

    /** Starts on the port (0: any free port) with Tomcat's work files under the data directory. */
    public static WebServer start(int port, Path dataDir, ClvRuntime runtime, StandaloneSecurity security)
            throws IOException, LifecycleException {
        Path webapp = dataDir.resolve("webapp");
        Files.createDirectories(webapp.resolve("WEB-INF"));
        try (InputStream in = WebServer.class.getResourceAsStream(WEB_XML)) {
            if (in == null) {
                throw new IOException("the webapp descriptor " + WEB_XML + " is missing from the classpath");
            }
            Files.copy(in, webapp.resolve("WEB-INF/web.xml"), StandardCopyOption.REPLACE_EXISTING);
        }
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(dataDir.resolve("tomcat").toAbsolutePath().toString());
        tomcat.setPort(port);
        // An encoded slash in a path id reaches the API, which answers it as problem details, instead of
        // Tomcat's HTML error page.
        tomcat.getConnector().setEncodedSolidusHandling("passthrough");
        // Form parameters are only the sign-in's: an anonymous caller's form body is parsed up to this size.
        tomcat.getConnector().setMaxPostSize(LoginServlet.MAX_FORM_BYTES);
        // Behind a reverse proxy that terminates TLS (on this machine or a private network: Tomcat's internal
        // proxies), X-Forwarded-Proto: https makes requests secure, and the session cookie Secure.
        org.apache.catalina.valves.RemoteIpValve proxied = new org.apache.catalina.valves.RemoteIpValve();
        proxied.setProtocolHeader("X-Forwarded-Proto");
        tomcat.getEngine().getPipeline().addValve(proxied);
        // Errors Tomcat answers itself (refused paths, long headers, methods) as problem details, without its version.
        ((org.apache.catalina.core.StandardHost) tomcat.getHost()).setErrorReportValveClass(
                ProblemErrorReport.class.getName());
        // Only what web.xml declares: no JSP servlet (and no Jasper) from Tomcat's global defaults.
        tomcat.setAddDefaultWebXmlToWebapp(false);
        Context context = tomcat.addWebapp("/clv", webapp.toAbsolutePath().toString());
        // The classes are on the host's classpath: no jar scanning needed, and start-up stays fast.
        ((StandardJarScanner) context.getJarScanner()).setScanClassPath(false);
        context.addServletContainerInitializer((classes, servletContext) ->
                servletContext.setAttribute(ClvRuntime.ATTRIBUTE, runtime), null);
        // Signing in is the standalone host's own; inside OFBiz the host's login does it.
        Tomcat.addServlet(context, "login", new LoginServlet(security));
        context.addServletMappingDecoded("/login", "login");
        context.addServletMappingDecoded("/logout", "login");
        // The pages around the UI components: contact list and page, the admin console.
        Tomcat.addServlet(context, "pages", new PageServlet(security));
        context.addServletMappingDecoded("", "pages");
        context.addServletMappingDecoded("/admin", "pages");
        context.addServletMappingDecoded("/contacts/*", "pages");
        tomcat.start();
        return new WebServer(tomcat);
    }

    public int port() {
        return tomcat.getConnector().getLocalPort();
    }

    public void awaitShutdown() {
        tomcat.getServer().await();
    }

    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }
}
