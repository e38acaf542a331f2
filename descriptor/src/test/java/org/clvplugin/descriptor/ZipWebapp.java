package org.clvplugin.descriptor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.catalina.Context;
import org.apache.catalina.WebResourceRoot;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.webresources.DirResourceSet;
import org.apache.catalina.webresources.StandardRoot;
import org.apache.tomcat.util.scan.StandardJarScanner;

/** The webapp unpacked from the built zip, in embedded Tomcat, on an H2 database by URL (clv.datasource=jdbc). */
final class ZipWebapp implements AutoCloseable {

    final Path unpacked;
    final String base;
    private final Tomcat tomcat = new Tomcat();
    private final Map<String, String> settings;

    ZipWebapp() throws Exception {
        unpacked = Files.createTempDirectory("clv-zip");
        try (ZipFile zip = new ZipFile(PackageContractTest.ZIP.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                Path target = unpacked.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(unpacked));
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        settings = Map.of("clv.datasource", "jdbc", "clv.jdbc.url", "jdbc:h2:mem:zip"
                + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1", "clv.jdbc.user", "sa",
                "clv.keyFile", unpacked.resolve("runtime/secret.key").toString());
        settings.forEach(System::setProperty);
        tomcat.setBaseDir(unpacked.resolve("tomcat").toString());
        tomcat.setPort(0);
        tomcat.setAddDefaultWebXmlToWebapp(false);
        Context context = tomcat.addWebapp("/clv", unpacked.resolve("clv/webapp/clv").toString());
        ((StandardJarScanner) context.getJarScanner()).setScanClassPath(false);
        // OFBiz's build puts the component's config/ on its one classpath; here, the webapp's.
        WebResourceRoot resources = new StandardRoot(context);
        resources.addPreResources(new DirResourceSet(resources, "/WEB-INF/classes",
                unpacked.resolve("clv/config").toString(), "/"));
        context.setResources(resources);
        tomcat.start();
        base = "http://localhost:" + tomcat.getConnector().getLocalPort() + "/clv";
    }

    @Override
    public void close() throws Exception {
        tomcat.stop();
        tomcat.destroy();
        settings.keySet().forEach(System::clearProperty);
    }
}
