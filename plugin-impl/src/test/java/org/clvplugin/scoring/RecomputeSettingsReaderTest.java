package org.clvplugin.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;

import org.clvplugin.api.RefusedValueException;
import org.clvplugin.api.PeriodUnit;
import org.clvplugin.api.PurchaseModelType;
import org.clvplugin.api.host.CountingRules;
import org.clvplugin.store.PluginStore;
import org.clvplugin.store.SettingsRepository;
import org.clvplugin.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

class RecomputeSettingsReaderTest {

    private final CountingRules rules = CountingRules.defaults(LocalDate.of(2024, 6, 30));

    @Test
    void defaultsUntilSetThenTheSettings() {
        try (PluginStore store = PluginStore.open(TestDatabases.h2())) {
            SettingsRepository settings = new SettingsRepository(store, Clock.systemUTC());
            assertEquals(RecomputeSettings.defaults(rules), RecomputeSettingsReader.read(settings::get, rules));

            settings.put(RecomputeSettingsReader.PURCHASE_MODEL, "paretonbd", "admin");
            settings.put(RecomputeSettingsReader.TIME_UNIT, "day", "admin");
            settings.put(RecomputeSettingsReader.HORIZON_MONTHS, "24", "admin");
            settings.put(RecomputeSettingsReader.MONTHLY_DISCOUNT, "0.02", "admin");
            settings.put(RecomputeSettingsReader.MARGIN, "0.3", "admin");
            settings.put(RecomputeSettingsReader.HOLDOUT_SHARE, "0.2", "admin");
            settings.put(RecomputeSettingsReader.MINIMUM_REPEAT_CUSTOMERS, "200", "admin");
            RecomputeSettings read = RecomputeSettingsReader.read(settings::get, rules);
            assertEquals(PurchaseModelType.PARETO_NBD, read.model().fixed());
            assertEquals(PeriodUnit.DAY, read.unit());
            assertEquals(24, read.clv().horizonMonths());
            assertEquals(30.4375, read.clv().periodsPerMonth(), 1e-12, "months in the chosen unit");
            assertEquals(0.3, read.clv().margin());
            assertEquals(0.2, read.holdoutShare());
            assertEquals(200, read.minimumRepeatCustomers());
            settings.put(RecomputeSettingsReader.MINIMUM_REPEAT_CUSTOMERS, "2", "admin");
            RefusedValueException few = assertThrows(RefusedValueException.class,
                    () -> RecomputeSettingsReader.read(settings::get, rules));
            assertEquals("model.minimumRepeatCustomers: must be at least 5 (the models have four parameters), was 2",
                    few.getMessage());
            assertEquals("atLeast", few.error().code(), "a code the console says in its language");
            assertEquals(5, few.error().params().get("min"));
            settings.put(RecomputeSettingsReader.MINIMUM_REPEAT_CUSTOMERS, "200", "admin");

            settings.put(RecomputeSettingsReader.MARGIN, "1.5", "admin");
            RefusedValueException margin = assertThrows(RefusedValueException.class,
                    () -> RecomputeSettingsReader.read(settings::get, rules));
            assertEquals("clv.margin", margin.error().field(), "named by its setting");
            assertEquals("range", margin.error().code());
            assertEquals(1.5, margin.error().params().get("value"));
            settings.put(RecomputeSettingsReader.MARGIN, "lots", "admin");
            assertEquals("number", assertThrows(RefusedValueException.class,
                    () -> RecomputeSettingsReader.read(settings::get, rules)).error().code());
            settings.put(RecomputeSettingsReader.MARGIN, "0.3", "admin");
            settings.put(RecomputeSettingsReader.PURCHASE_MODEL, "weibull", "admin");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RecomputeSettingsReader.read(settings::get, rules));
            assertTrue(e.getMessage().startsWith("model.purchase: 'weibull' cannot be used"), e.getMessage());
        }
    }
}
