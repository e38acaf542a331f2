package org.clvplugin.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.clvplugin.api.RefusedValueException;
import org.quartz.CronExpression;

/**
 * What makes a schedule acceptable: a Quartz cron expression that fires from now on (Quartz itself refuses to
 * schedule one that never fires), and, for one an admin saves, runs at least {@link #SHORTEST_INTERVAL} apart (a
 * run reads every order and writes every contact). The scheduler applies schedules; this says which it may.
 */
public final class CronSchedules {

    /** The shortest time between two scheduled runs an admin may set. */
    public static final Duration SHORTEST_INTERVAL = Duration.ofMinutes(15);

    private static final String EXAMPLE = "for example '0 0 2 * * ?' is every night at 02:00";

    private CronSchedules() {
    }

    /** Refuses an expression Quartz cannot parse, or one that never fires from now on, with its reason. */
    public static void requireValid(String cron) {
        CronExpression expression = parse(cron);
        // 31 February, a year gone by.
        if (expression.getNextValidTimeAfter(new Date()) == null) {
            throw refused("cron.never", "'" + cron + "' never fires from now on; " + EXAMPLE, cron);
        }
    }

    /** Refuses a schedule whose runs come closer together than {@link #SHORTEST_INTERVAL}. */
    public static void requireRunsApart(String cron) {
        CronExpression expression = parse(cron);
        Date previous = expression.getNextValidTimeAfter(new Date());
        // The first 2,000 fire times: enough to meet the closest pair of any schedule that repeats by the day.
        for (int i = 0; i < 2_000 && previous != null; i++) {
            Date next = expression.getNextValidTimeAfter(previous);
            if (next != null && next.getTime() - previous.getTime() < SHORTEST_INTERVAL.toMillis()) {
                throw refused("cron.tooOften", "'" + cron + "' runs more often than every "
                        + SHORTEST_INTERVAL.toMinutes() + " minutes; " + EXAMPLE, cron);
            }
            previous = next;
        }
    }

    /** The next {@code count} times a schedule fires after {@code after}, in the server's time zone's terms. */
    public static List<Instant> next(String cron, Instant after, int count) {
        CronExpression expression = parse(cron);
        List<Instant> times = new ArrayList<>();
        Date at = Date.from(after);
        while (times.size() < count && (at = expression.getNextValidTimeAfter(at)) != null) {
            times.add(at.toInstant());
        }
        return times;
    }

    private static CronExpression parse(String cron) {
        try {
            return new CronExpression(cron);
        } catch (java.text.ParseException | RuntimeException e) {
            throw refused("cron.invalid", "'" + cron + "' is not a valid Quartz cron expression (" + e.getMessage()
                    + "); " + EXAMPLE, cron);
        }
    }

    /** A refused schedule, with the code the console says in its language and the example it gives. */
    private static RefusedValueException refused(String code, String message, String cron) {
        return RefusedValueException.of(code, message, "value", cron, "minutes", SHORTEST_INTERVAL.toMinutes(),
                "example", "0 0 2 * * ?").at(org.clvplugin.store.SettingsRepository.SCHEDULE_CRON);
    }
}
