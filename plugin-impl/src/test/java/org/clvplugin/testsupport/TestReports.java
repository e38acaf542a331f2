package org.clvplugin.testsupport;

import java.util.List;
import java.util.Map;

import org.clvplugin.report.RunReport;

/** Run reports for tests that publish runs by hand: what a run of nothing would report, with its model. */
public final class TestReports {

    private TestReports() {
    }

    public static RunReport empty(String model) {
        return new RunReport(RunReport.VERSION, null, new RunReport.Orders(0, 0, Map.of(), 0), null,
                new RunReport.Fit(model, 0, null, null, null, null, null, null),
                new RunReport.Tiers(0, 0, 0, Map.of()), null, null, List.of());
    }
}
