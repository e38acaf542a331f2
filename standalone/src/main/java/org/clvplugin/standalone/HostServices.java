package org.clvplugin.standalone;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import javax.sql.DataSource;

import org.clvplugin.runtime.PluginServices;
import org.clvplugin.store.RunRecord;
import org.clvplugin.store.SettingsRepository;

/** The standalone host's wiring: the plugin's services over its own database pool, and the CDNOW demo data. */
final class HostServices extends PluginServices {

    HostServices(DataSource db) {
        super(db);
    }

    static HostServices open(DatabaseOptions options) throws IOException {
        return new HostServices(options.open());
    }

    /** Loads the CDNOW demo data unless the database already has parties; sets the as-of date to its end. */
    void importCdnow(PrintWriter out) throws IOException, SQLException {
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
    RunRecord recompute(LocalDate asOf, String by, PrintWriter out) {
        return recompute(asOf, by, line -> {
            out.println(line);
            out.flush();
        });
    }

    /** Closes the plugin store and the database pool, which belongs to this host. */
    @Override
    public void close() {
        super.close();
        if (db instanceof org.h2.jdbcx.JdbcConnectionPool pool) {
            pool.dispose();
        } else if (db instanceof AutoCloseable pool) {
            try {
                pool.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the database pool failed: " + e.getMessage(), e);
            }
        }
    }
}
