package org.clvplugin.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;

import org.apache.commons.dbcp2.DriverManagerConnectionFactory;
import org.apache.commons.dbcp2.PoolableConnection;
import org.apache.commons.dbcp2.managed.LocalXAConnectionFactory;
import org.apache.commons.dbcp2.managed.ManagedDataSource;
import org.apache.commons.dbcp2.managed.PoolableManagedConnectionFactory;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.geronimo.transaction.manager.TransactionManagerImpl;
import org.apache.ofbiz.entity.DelegatorFactory;
import org.apache.ofbiz.entity.transaction.TransactionFactoryLoader;
import org.clvplugin.host.ofbiz.component.ClvComponent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The service clvRecompute as OFBiz runs it. The plugin starts on connections from a pool built as OFBiz's
 * DBCPConnectionFactory builds it (a DBCP2 managed pool over a LocalXAConnectionFactory, no rollback or autoCommit
 * reset on return) with Geronimo's transaction manager, the versions OFBiz trunk ships; the service is then invoked
 * as OFBiz's service engine invokes it: inside a JTA transaction unless its definition says use-transaction="false".
 * Inside such a transaction every pooled connection is enlisted and refuses the autoCommit changes the plugin's own
 * transactions need, so the hand-over must run outside it.
 */
class ServiceTransactionTest {

    private static final TransactionManagerImpl TRANSACTIONS = transactionManager();
    private static final ClvComponent COMPONENT = new ClvComponent();
    private static final ServletContext CONTEXT = (ServletContext) Proxy.newProxyInstance(
            ServletContext.class.getClassLoader(), new Class<?>[] {ServletContext.class},
            (proxy, method, args) -> method.getReturnType() == boolean.class ? false : null);
    private static Path keyDir;

    private static TransactionManagerImpl transactionManager() {
        try {
            return new TransactionManagerImpl();
        } catch (javax.transaction.xa.XAException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void startThePluginOnOfbizsPool() throws Exception {
        String url = "jdbc:h2:mem:jta" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        LocalXAConnectionFactory xa = new LocalXAConnectionFactory(TRANSACTIONS,
                new DriverManagerConnectionFactory(url, "sa", ""));
        PoolableManagedConnectionFactory factory = new PoolableManagedConnectionFactory(xa, null);
        factory.setDefaultReadOnly(false);
        factory.setRollbackOnReturn(false);
        factory.setAutoCommitOnReturn(false);
        GenericObjectPool<PoolableConnection> pool = new GenericObjectPool<>(factory);
        factory.setPool(pool);
        DelegatorFactory.register("default", "org.apache.ofbiz", "jtah2");
        TransactionFactoryLoader.register("jtah2", new ManagedDataSource<>(pool, xa.getTransactionRegistry()));
        keyDir = Files.createTempDirectory("clv-jta");
        System.setProperty("clv.keyFile", keyDir.resolve("secret.key").toString());
        // The component's own clv.properties (clv.datasource=ofbiz) on the class path, as OFBiz's build puts it.
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {Path.of("src/main/ofbiz/clv/config").toUri()
                .toURL()}, before)) {
            thread.setContextClassLoader(loader);
            COMPONENT.contextInitialized(new ServletContextEvent(CONTEXT));
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @AfterAll
    static void stop() {
        COMPONENT.contextDestroyed(new ServletContextEvent(CONTEXT));
        System.clearProperty("clv.keyFile");
    }

    @Test
    void theServiceRunsOutsideOfbizsTransactionAndStartsARun() throws Exception {
        boolean inTransaction = usesTransaction("clvRecompute");
        assertEquals(false, inTransaction, "clvRecompute must say use-transaction=\"false\"");
        Map<String, Object> result = invokeAsOfbiz("clvRecompute", inTransaction);
        assertEquals("success", result.get("responseMessage"), result.toString());
        assertTrue(String.valueOf(result.get("message")).matches("run \\d+ has started|run \\d+ is in progress"),
                result.toString());
    }

    @Test
    void insideAJtaTransactionTheHandOverFailsAsAServiceErrorNotAnException() throws Exception {
        Map<String, Object> result = invokeAsOfbiz("clvRecompute", true);
        assertEquals("error", result.get("responseMessage"), result.toString());
        assertTrue(String.valueOf(result.get("errorMessage")).toLowerCase(java.util.Locale.ROOT)
                .contains("auto-commit"), result.toString());
    }

    /** As OFBiz's service engine: a transaction around the call when the service uses one, rolled back on error. */
    private static Map<String, Object> invokeAsOfbiz(String service, boolean inTransaction) throws Exception {
        if (inTransaction) {
            TRANSACTIONS.begin();
        }
        Map<String, Object> result;
        try {
            result = ComponentScriptsTest.service(service, Set.of("CLV_ADMIN"));
        } finally {
            if (inTransaction) {
                TRANSACTIONS.rollback();
            }
        }
        return result;
    }

    /** The service's use-transaction in services.xml; OFBiz's default is true. */
    private static boolean usesTransaction(String service) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList services = f.newDocumentBuilder().parse(Path.of("src/main/ofbiz/clv/servicedef/services.xml")
                .toFile()).getElementsByTagName("service");
        for (int i = 0; i < services.getLength(); i++) {
            Element e = (Element) services.item(i);
            if (e.getAttribute("name").equals(service)) {
                return !e.getAttribute("use-transaction").equals("false");
            }
        }
        throw new AssertionError("no service " + service);
    }
}
