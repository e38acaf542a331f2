package org.clvplugin.standalone.host;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import javax.sql.DataSource;

import org.clvplugin.runtime.PluginServices;
import org.clvplugin.standalone.security.StandaloneSecurity;
import org.clvplugin.store.RunRecord;
import org.clvplugin.store.SettingsRepository;

/** The plugin's services over the standalone host, with what its commands add: the CDNOW demo data, printed steps. */
public final class HostServices extends PluginServices {

    private final StandaloneHost host;

    public HostServices(StandaloneHost host) {
        super(host);
        this.host = host;
    }

    /** The host's security: the standalone web server signs its users in with it. */
    public StandaloneSecurity security() {
        return host.security();
    }

    /** The API tokens admins make (the demo keeps its token there). */
    public org.clvplugin.tokens.ApiTokens tokens() {
        return new org.clvplugin.tokens.ApiTokens(store, new org.clvplugin.store.AuditRepository(store),
                java.time.Clock.systemDefaultZone());
    }

    /** Loads the CDNOW demo data unless the database already has parties; sets the as-of date to its end. */
    public void importCdnow(PrintWriter out) throws IOException, SQLException {
        CdnowDemoImport demo = new CdnowDemoImport(db, ZoneId.systemDefault(), line -> {
            out.println(line);
            out.flush();
        });
        if (demo.alreadyLoaded()) {
            out.println("the database already holds parties: the demo data is not loaded again");
            return;
        }
        long started = System.nanoTime();
        long orders = demo.load();
        settings.put(SettingsRepository.AS_OF, CdnowDemoImport.END_OF_DATA.toString(), "clv import-cdnow");
        out.printf(Locale.ROOT, "loaded %,d orders in %.1f s; as-of date set to %s (the end of the data)%n", orders,
                (System.nanoTime() - started) / 1e9, CdnowDemoImport.END_OF_DATA);
        out.flush();
    }

    /** A recompute printing its steps. */
    public RunRecord recompute(LocalDate asOf, String by, PrintWriter out) {
        return recompute(asOf, by, line -> {
            out.println(line);
            out.flush();
        });
    }
}
