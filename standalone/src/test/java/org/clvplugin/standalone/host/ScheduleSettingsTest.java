package org.clvplugin.standalone.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.rules.SecretBox;
import org.clvplugin.schedule.RecomputeScheduler;
import org.clvplugin.settings.AdminSettings;
import org.clvplugin.store.SettingsRepository;
import org.clvplugin.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The schedule comes from the settings, and an admin's change of the setting (the console's path: AdminSettings)
 * reschedules at once the trigger Quartz holds; a bad one changes nothing.
 */
class ScheduleSettingsTest {

    @Test
    void theSettingDrivesTheSchedule() throws Exception {
        try (HostServices host = new HostServices(StandaloneHost.withoutUsers(TestDatabases.h2(),
                java.nio.file.Files.createTempDirectory("clv-schedule")));
             RecomputeScheduler schedule = host.startSchedule()) {
            AdminSettings admin = host.webRuntime(schedule, new SecretBox(SecretBox.newKey())).settings();
            ZonedDateTime next = schedule.nextRun().orElseThrow().toInstant().atZone(ZoneId.systemDefault());
            assertEquals(2, next.getHour(), "nightly at 02:00 by default");

            admin.update(Map.of("schedule.cron", "0 15 4 * * ?"), "admin");
            ZonedDateTime moved = schedule.nextRun().orElseThrow().toInstant().atZone(ZoneId.systemDefault());
            assertEquals(4, moved.getHour());
            assertEquals(15, moved.getMinute());
            assertEquals("0 15 4 * * ?", host.settings.get(SettingsRepository.SCHEDULE_CRON).orElseThrow());

            assertThrows(InvalidFieldsException.class, () -> admin.update(Map.of("schedule.cron", "61 * * * * ?"),
                    "x"));
            assertEquals("0 15 4 * * ?", host.settings.get(SettingsRepository.SCHEDULE_CRON).orElseThrow());
            assertEquals(moved.toInstant(), schedule.nextRun().orElseThrow().toInstant());
        }
    }
}
