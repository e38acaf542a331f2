package org.clvplugin.host.ofbiz.component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

import org.clvplugin.api.host.HostProvider;
import org.clvplugin.rest.ClvRuntime;
import org.clvplugin.runtime.HostProviders;
import org.clvplugin.runtime.PluginServices;
import org.clvplugin.store.RunRepository;

/**
 * The plugin as an OFBiz component. The /clv webapp's listener (web.xml) starts it over the host 'ofbiz' (found
 * with ServiceLoader: {@link OfbizHostFactory}): the schedule (recompute and delivery) and the API's runtime, with
 * card tokens as its security. OFBiz's screens and the {@code clvRecompute} service reach it through the static methods. When a host
 * has already given the webapp its runtime (the standalone server does), the listener leaves it alone.
 */
public final class ClvComponent implements ServletContextListener {

    private record Started(PluginServices services, PluginServices.Running running, OfbizHost host) {
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
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        HostProvider provider = HostProviders.open(OfbizHostFactory.ID, ComponentSettings.merged(resource(),
                System.getProperties()), loader == null ? ClvComponent.class.getClassLoader() : loader);
        if (!(provider instanceof OfbizHost host)) {
            provider.close();
            throw new IllegalStateException("the host 'ofbiz' on the class path is not this component's ("
                    + provider.getClass().getName() + "): OFBiz's screens could not get card tokens from it");
        }
        PluginServices services = new PluginServices(host);
        try {
            PluginServices.Running running = services.run();
            context.setAttribute(ClvRuntime.ATTRIBUTE, running.runtime());
            current = new Started(services, running, host);
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
        return started().host().cardToken(userLoginId, partyId, admin);
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
