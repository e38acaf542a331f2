package org.clvplugin.standalone.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import javax.sql.DataSource;

import org.clvplugin.report.RunReport;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.store.RunRecord;
import org.junit.jupiter.api.Test;


/** What `clv demo` does before serving: load CDNOW into OFBiz tables, recompute, publish (H2 and PostgreSQL). */
abstract class DemoDataContract {

    abstract DataSource database();

    @Test
    void demoDataLoadsOnceAndTheFirstRecomputeHandlesTheEdgeCases() throws Exception {
        StringWriter log = new StringWriter();
        PrintWriter out = new PrintWriter(log, true);
        try (HostServices host = new HostServices(StandaloneHost.withoutUsers(database(),
                java.nio.file.Files.createTempDirectory("clv-demo")))) {
            host.importCdnow(out);
            assertTrue(log.toString().contains("loaded 69,667 orders"), log.toString());
            host.importCdnow(out);
            assertTrue(log.toString().contains("already holds parties"), log.toString());

            RunRecord run = host.recompute(null, "test", out);
            assertEquals(RunRecord.State.SUCCEEDED, run.state());
            assertEquals(CdnowDemoImport.END_OF_DATA, run.asOf());
            RunReport.Orders report = run.report().orElseThrow().orders();
            assertEquals(69_667, report.ordersRead());
            assertEquals(1, report.ordersSkipped().get("status ORDER_CANCELLED"));
            assertEquals(1, report.ordersSkipped().get("after the as-of date"));
            assertEquals(23_571, report.contactsWithOrders(), "23,570 CDNOW customers and Acme");

            PublishedValues values = new PublishedValues(host.store);
            assertEquals(23_572, values.contacts(), "and the contact without orders");
            assertEquals(0, values.ofContact("DEMO_NOORDERS").orElseThrow().clv());
            var acme = values.ofContact("DEMO_ACME").orElseThrow();
            assertEquals(4, acme.orders());
            assertEquals(500, acme.historicalValue(), 1e-9);
            var returned = values.ofContact("CDNOW00002").orElseThrow();
            assertTrue(returned.historicalValue() > 0);
            assertTrue(returned.clvLow() <= returned.clv() && returned.clv() <= returned.clvHigh());
        }
    }
}
