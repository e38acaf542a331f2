package org.clvplugin.host.ofbiz.component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Properties;

import javax.sql.DataSource;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

import org.clvplugin.rest.ClvRuntime;
import org.clvplugin.rules.SecretBox;
import org.clvplugin.runtime.KeyFile;
import org.clvplugin.runtime.PluginServices;
import org.clvplugin.schedule.RecomputeScheduler;
import org.clvplugin.store.RunRepository;

/**
 * The plugin as an OFBiz component. The /clv webapp's listener (web.xml) starts it: the host's database through
 * OFBiz's entity engine, the schedule (recompute and delivery), the API's runtime with card tokens as its
 * security. OFBiz's screens and the {@code clvRecompute} service reach it through the static methods. When a host
 * has already given the webapp its runtime (the standalone server does), the listener leaves it alone.
 */
public final class ClvComponent implements ServletContextListener {

    private record Started(PluginServices services, PluginServices.Running running, CardTokens tokens) {
    }

    private static volatile Started current;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ClvComponent.class);

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        if (context.getAttribute(ClvRuntime.ATTRIBUTE) != null) {
            return;
        }
        try {
            start(context);
        } catch (RuntimeException e) {
            LOG.error("the CLV plugin did not start: {}", e.getMessage(), e);
            throw e;
        }
    }

    private void start(ServletContext context) {
        ComponentSettings settings = ComponentSettings.read(resource(), System.getProperties());
        boolean ofbiz = settings.source() == ComponentSettings.Source.OFBIZ;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        DataSource db = ofbiz ? OfbizConnections.of(settings.delegator(), settings.entityGroup(), loader)
                : new JdbcUrlConnections(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
        byte[] key;
        try {
            key = KeyFile.load(settings.keyFile(), "CLV_SECRET_KEY");
        } catch (IOException e) {
            throw new UncheckedIOException("the plugin's key file " + settings.keyFile() + " (clv.keyFile) cannot be "
                    + "read or made: " + e.getMessage(), e);
        }
        CardTokens tokens = new CardTokens(key, Clock.systemUTC());
        // Tasks through OFBiz's own services where its engine is reachable; by JDBC with clv.datasource=jdbc.
        PluginServices services = ofbiz
                ? new PluginServices(db, d -> OfbizServiceTasks.of(settings.delegator(), loader, d))
                : new PluginServices(db);
        try {
            PluginServices.Running running = services.run(new OfbizCardSecurity(tokens), new SecretBox(key));
            context.setAttribute(ClvRuntime.ATTRIBUTE, running.runtime());
            current = new Started(services, running, tokens);
        } catch (org.quartz.SchedulerException | RuntimeException e) {
            services.close();
            throw new IllegalStateException("the CLV plugin could not start its schedule: " + e.getMessage(), e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Started started = current;
        current = null;
        if (started != null) {
            try {
                started.running().close();
            } catch (org.quartz.SchedulerException e) {
                throw new IllegalStateException("the CLV schedule did not stop cleanly: " + e.getMessage(), e);
            } finally {
                started.services().close();
            }
        }
    }

    /**
     * A token for the card of an OFBiz screen, for its signed-in user: the screen has checked CLV_VIEW, and says
     * whether the user also has CLV_ADMIN.
     */
    public static String cardToken(String userLoginId, String partyId, boolean admin) {
        return started().tokens().mint(userLoginId, partyId, admin);
    }

    /** For the service clvRecompute: starts a run now, or says which run is in progress. */
    public static String recompute(String by) {
        RunRepository.Claim run = started().running().schedule().trigger(by);
        return run.started() ? "run " + run.runId() + " has started" : "run " + run.runId() + " is in progress";
    }

    private static Started started() {
        Started started = current;
        if (started == null) {
            throw new IllegalStateException("the CLV plugin has not started: is its webapp /clv running?");
        }
        return started;
    }

    /**
     * config/clv.properties from the webapp's class loader (OFBiz's build puts every component's config/ on the one
     * classpath). Absent is an error: defaults would hide a broken install.
     */
    private static Properties resource() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ClvComponent.class.getClassLoader();
        }
        Properties p = new Properties();
        try (InputStream in = loader.getResourceAsStream(ComponentSettings.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(ComponentSettings.RESOURCE + " is not on the classpath: OFBiz's "
                        + "build puts plugins/clv/config/ there (run ./gradlew build after unzipping the plugin); the "
                        + "plugin does not start on settings it would have to guess");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(ComponentSettings.RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
        return p;
    }
}
