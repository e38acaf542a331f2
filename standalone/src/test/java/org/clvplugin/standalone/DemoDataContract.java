package org.clvplugin.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import javax.sql.DataSource;

import org.clvplugin.store.PublishedValues;
import org.clvplugin.store.RunRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What `clv demo` does before serving: load CDNOW into OFBiz tables, recompute, publish (H2 and PostgreSQL). */
abstract class DemoDataContract {

    abstract DataSource database();

    @Test
    void demoDataLoadsOnceAndTheFirstRecomputeHandlesTheEdgeCases() throws Exception {
        StringWriter log = new StringWriter();
        PrintWriter out = new PrintWriter(log, true);
        try (HostServices host = new HostServices(database())) {
            host.importCdnow(out);
            assertTrue(log.toString().contains("loaded 69,667 orders"), log.toString());
            host.importCdnow(out);
            assertTrue(log.toString().contains("already holds parties"), log.toString());

            RunRecord run = host.recompute(null, "test", out);
            assertEquals(RunRecord.State.SUCCEEDED, run.state());
            assertEquals(CdnowDemoImport.END_OF_DATA, run.asOf());
            JsonNode report = new ObjectMapper().readTree(run.report());
            assertEquals(69_667, report.get("ordersRead").asLong());
            assertEquals(1, report.get("ordersSkipped").get("status ORDER_CANCELLED").asLong());
            assertEquals(1, report.get("ordersSkipped").get("after the as-of date").asLong());
            assertEquals(23_571, report.get("contactsWithOrders").asLong(), "23,570 CDNOW customers and Acme");

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
