package org.clvplugin.values;

import java.time.Instant;
import java.time.LocalDate;

import org.clvplugin.api.PeriodUnit;
import org.clvplugin.report.RunReport;
import org.clvplugin.store.RunRecord;


/**
 * A published run as its values need it: when it was published, its as-of date, and the settings its values were
 * computed with (kept in the run's report), so that a value is explained with the settings that made it; why the
 * run has no churn estimate or interval where it has none; the mean order value the card compares a contact's with.
 *
 * @param churnUnavailable             why no contact of the run has a churn estimate (the formula model), or null
 * @param oneTimeBuyersChurnUnavailable why contacts without a repeat purchase have none, or null
 * @param intervalUnavailable          why the run's values have no likely range, or null
 */
public record RunContext(long id, Instant publishedAt, LocalDate asOf, String model, String currency,
                         int horizonMonths, double monthlyDiscount, double margin, PeriodUnit unit,
                         double meanOrderValue, String churnUnavailable, String oneTimeBuyersChurnUnavailable,
                         String intervalUnavailable) {

    /** From the run's report; a report from before the settings were kept in it gives the defaults of then. */
    static RunContext of(RunRecord run) {
        RunReport report = run.report().orElse(null);
        RunReport.SettingsUsed settings = report == null ? null : report.settings();
        RunReport.Fit fit = report == null ? null : report.fit();
        return new RunContext(run.id(), run.finishedAt(), run.asOf(), run.model(),
                settings == null ? "USD" : settings.currency(), settings == null ? 12 : settings.horizonMonths(),
                settings == null ? 0.01 : settings.monthlyDiscount(), settings == null ? 1.0 : settings.margin(),
                PeriodUnit.parse(settings == null ? "week" : settings.timeUnit()),
                fit == null ? 0 : fit.meanOrderValue(), fit == null ? null : fit.churnUnavailable(),
                fit == null || fit.churnOfOneTimeBuyers() == null ? null : fit.churnOfOneTimeBuyers().unavailable(),
                fit == null ? null : fit.intervalUnavailable());
    }
}
