package org.clvplugin.values;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.clvplugin.store.PublishedValues;
import org.clvplugin.store.RunRecord;
import org.clvplugin.store.RunRepository;
import org.clvplugin.tiers.TierPreview;


/**
 * Computes the dashboard's {@link Summary} in one pass over the published run's contacts, and keeps it until
 * another run is published (a run's values never change), so that the dashboard is cheap to reload.
 */
public final class Dashboard {

    /** How cohorts are grouped. */
    public enum CohortPeriod { MONTH, QUARTER }


    private final RunRepository runs;
    private final PublishedValues values;
    private final Map<String, Summary> cache = new ConcurrentHashMap<>();

    public Dashboard(RunRepository runs, PublishedValues values) {
        this.runs = runs;
        this.values = values;
    }

    /** The summary of the published run, or empty before the first run. */
    public Optional<Summary> summary(CohortPeriod period) {
        Optional<RunRecord> run = runs.published();
        if (run.isEmpty()) {
            return Optional.empty();
        }
        String prefix = run.get().id() + "/";
        Summary summary = cache.computeIfAbsent(prefix + period, k -> compute(run.get(), period));
        cache.keySet().removeIf(k -> !k.startsWith(prefix));
        return Optional.of(summary);
    }

    private Summary compute(RunRecord run, CohortPeriod period) {
        Totals t = new Totals(period);
        values.forEachInRun(run.id(), t);
        long buyers = t.buyers;
        String currency = RunContext.of(run).currency();
        Summary.Kpis kpis = new Summary.Kpis(share(t.repeat, buyers),
                t.withAlive == 0 ? null : 1 - t.alive / t.withAlive, buyers - t.withAlive,
                Money.round(t.orders == 0 ? 0 : t.historicalOfBuyers / t.orders, currency), share(t.orders, buyers));
        List<Summary.Cohort> cohorts = new ArrayList<>();
        t.cohorts.forEach((name, c) -> cohorts.add(new Summary.Cohort(name, (long) c[0],
                Money.round(c[1] / c[0], currency), Money.round(c[2] / c[0], currency),
                c[4] == 0 ? null : c[3] / c[4])));
        return new Summary(run.id(), run.finishedAt(), currency, t.contacts, buyers, Money.round(t.clv, currency),
                Money.round(t.historical, currency), kpis, t.perTier, t.perSegment, histogram(Arrays.copyOf(t.clvs, (int) buyers)),
                period.name().toLowerCase(Locale.ROOT), cohorts, trend());
    }

    private static double share(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }

    /**
     * Bins on a log scale, so that one chart shows the many small values, the few large ones and the tier
     * thresholds among them: the first bin from 0 to the first edge (contacts worth next to nothing), then edges
     * at 1, 2 and 5 times powers of ten up to the first edge above the largest value. The first edge is the
     * 1-2-5 value at or below the 1st percentile of the positive values (at most five decades below the largest).
     */
    static Summary.Histogram histogram(double[] clvs) {
        double[] sorted = Arrays.stream(clvs).filter(v -> v > 0).sorted().toArray();
        if (sorted.length == 0) {
            return new Summary.Histogram(new double[] {0, 1}, new long[] {clvs.length});
        }
        double largest = sorted[sorted.length - 1];
        double low = Math.max(sorted[(int) Math.floor(0.01 * (sorted.length - 1))], largest / 1e5);
        List<Double> edges = new ArrayList<>(List.of(0.0));
        for (double edge = OneTwoFive.atOrBelow(low); edges.get(edges.size() - 1) <= largest;
             edge = OneTwoFive.after(edge)) {
            edges.add(edge);
        }
        double[] bounds = edges.stream().mapToDouble(Double::doubleValue).toArray();
        long[] counts = new long[bounds.length - 1];
        for (double v : clvs) {
            int at = Arrays.binarySearch(bounds, Math.max(0, v));
            counts[at >= 0 ? Math.min(at, counts.length - 1) : -at - 2]++;
        }
        return new Summary.Histogram(bounds, counts);
    }

    /** 1, 2 and 5 times powers of ten: round edges for a log-scaled axis. */
    static final class OneTwoFive {
        private OneTwoFive() {
        }

        static double atOrBelow(double value) {
            int power = (int) Math.floor(Math.log10(value));
            double unit = Math.pow(10, power);
            double mantissa = value / unit;
            return round((mantissa >= 5 ? 5 : mantissa >= 2 ? 2 : 1) * unit);
        }

        static double after(double edge) {
            int power = (int) Math.floor(Math.log10(edge) + 1e-9);
            double unit = Math.pow(10, power);
            long mantissa = Math.round(edge / unit);
            return round((mantissa == 1 ? 2 : mantissa == 2 ? 5 : 10) * unit);
        }

        /** Without the binary fraction's tail (0.30000000000000004). */
        private static double round(double value) {
            return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", value));
        }
    }

    /** Total predicted CLV and tier counts of every succeeded run kept, from their reports. */
    private List<Summary.TrendPoint> trend() {
        List<Summary.TrendPoint> points = new ArrayList<>();
        for (RunRecord r : runs.succeeded()) {
            r.report().ifPresent(report -> points.add(new Summary.TrendPoint(r.id(), r.finishedAt(),
                    Money.round(report.tiers().totalClv(), RunContext.of(r).currency()),
                    new TreeMap<>(report.tiers().tierCounts()))));
        }
        return points;
    }

    /** The one pass over a run's contacts. */
    private static final class Totals implements Consumer<PublishedValues.Figures> {
        final CohortPeriod period;
        final Map<String, Long> perTier = new TreeMap<>();
        final Map<String, Long> perSegment = new TreeMap<>();
        /** Per cohort: contacts, historical value, CLV, P(alive), contacts with a P(alive). */
        final Map<String, double[]> cohorts = new TreeMap<>();
        double[] clvs = new double[1024];
        long contacts;
        long buyers;
        double clv;
        double historical;
        double historicalOfBuyers;
        double orders;
        double repeat;
        double alive;
        long withAlive;

        Totals(CohortPeriod period) {
            this.period = period;
        }

        @Override
        public void accept(PublishedValues.Figures f) {
            contacts++;
            perTier.merge(f.tierKey() == null ? TierPreview.NO_TIER : f.tierKey(), 1L, Long::sum);
            clv += f.clv();
            historical += f.historicalValue();
            if (f.orders() == 0) {
                return;
            }
            if (buyers == clvs.length) {
                clvs = Arrays.copyOf(clvs, clvs.length * 2);
            }
            clvs[(int) buyers++] = f.clv();
            perSegment.merge(f.segment() == null ? "(none)" : f.segment(), 1L, Long::sum);
            historicalOfBuyers += f.historicalValue();
            orders += f.orders();
            repeat += f.frequency() > 0 ? 1 : 0;
            Double p = f.probabilityAlive();
            if (p != null) {
                alive += p;
                withAlive++;
            }
            if (f.firstOrder() != null) {
                double[] c = cohorts.computeIfAbsent(name(f.firstOrder()), k -> new double[5]);
                c[0]++;
                c[1] += f.historicalValue();
                c[2] += f.clv();
                if (p != null) {
                    c[3] += p;
                    c[4]++;
                }
            }
        }

        private String name(LocalDate day) {
            return period == CohortPeriod.MONTH ? String.format(Locale.ROOT, "%d-%02d", day.getYear(),
                    day.getMonthValue()) : day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
        }
    }
}
