package org.clvplugin.scoring;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import org.clvplugin.api.host.ContactDirectory;
import org.clvplugin.api.host.LedgerReport;
import org.clvplugin.api.host.OrderLedger;
import org.clvplugin.model.CalibrationHoldout;
import org.clvplugin.model.ClvScorer;
import org.clvplugin.model.FittedPurchaseModel;
import org.clvplugin.model.FittedSpendModel;
import org.clvplugin.model.FormulaClv;
import org.clvplugin.model.ModelFitException;
import org.clvplugin.model.ModelFitting;
import org.clvplugin.model.ScoreTable;
import org.clvplugin.model.StreamingSummarizer;
import org.clvplugin.model.SummaryTable;
import org.clvplugin.rules.RuleStore;
import org.clvplugin.rules.RunRules;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.store.RunRecord;
import org.clvplugin.store.TierPolicyRepository;
import org.clvplugin.store.RunRepository;
import org.clvplugin.store.SnapshotWriter;
import org.clvplugin.store.PluginStore;
import org.clvplugin.tiers.TierPolicy;
import org.clvplugin.tiers.TierState;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One recompute: the host's counted orders become summaries, the models are fitted (the formula model when the
 * data cannot support them, with the reason in the report), every contact is scored, the snapshot rows are
 * written, and the run is published. A failure at any step marks the run FAILED and leaves the last published
 * values in place.
 */
public final class Recompute {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ContactDirectory contacts;
    private final OrderLedger ledger;
    private final PluginStore store;
    private final RunRepository runs;
    private final TierPolicyRepository tierPolicies;
    private final Clock clock;

    public Recompute(ContactDirectory contacts, OrderLedger ledger, PluginStore store, RunRepository runs,
                     TierPolicyRepository tierPolicies, Clock clock) {
        this.contacts = contacts;
        this.ledger = ledger;
        this.store = store;
        this.runs = runs;
        this.tierPolicies = tierPolicies;
        this.clock = clock;
    }

    /** Runs a recompute to its end; returns the run, SUCCEEDED, or throws after marking it FAILED. */
    public RunRecord run(RecomputeSettings settings, String triggeredBy, Consumer<String> progress) {
        LocalDate asOf = settings.rules().asOf();
        RunRecord run = runs.start(triggeredBy, asOf);
        long runId = run.id();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("settings", settingsUsed(settings));
        try {
            long t0 = clock.millis();
            runs.progress(runId, "READING", 0, 0);
            LocalDate split = backtestSplit(settings, asOf);
            StreamingSummarizer summarizer = new StreamingSummarizer(asOf, settings.unit());
            StreamingSummarizer backtestSummarizer = new StreamingSummarizer(split, settings.unit());
            LedgerReport read = ledger.streamCountedOrders(settings.rules(), (contact, order, day, value) -> {
                summarizer.add(contact, day, value);
                backtestSummarizer.add(contact, day, value);
            });
            CalibrationHoldout summaries = summarizer.finish();
            SummaryTable table = summaries.calibration();
            report.put("ordersRead", read.ordersRead());
            report.put("ordersCounted", read.ordersCounted());
            report.put("ordersSkipped", read.skipped());
            report.put("contactsWithOrders", table.size());
            progress.accept(String.format(Locale.ROOT, "read %,d orders of %,d contacts: %,d counted, "
                    + "skipped %s", read.ordersRead(), table.size(), read.ordersCounted(),
                    read.skipped().isEmpty() ? "none" : read.skipped()));
            long t1 = clock.millis();

            runs.progress(runId, "FITTING", 0, table.size());
            // The published run's standings load beside the fit, which keeps the processors busy while the
            // load mostly waits on the database; they are needed only when the write begins.
            TierPolicy policy = tierPolicies.load();
            PublishedValues published = new PublishedValues(store);
            CompletableFuture<RunRules> rulesLoading = CompletableFuture.supplyAsync(() -> RunRules.prepare(
                    new RuleStore(store, clock), published, policy, runId, clock));
            Scores scores = score(settings, table, report);
            long t2 = clock.millis();
            progress.accept("fitted: " + report.get("model"));

            // The backtest is the models' work again on part of the history: it runs beside the write, which
            // waits mostly on the database.
            CompletableFuture<TimedBacktest> backtest = CompletableFuture.supplyAsync(
                    () -> backtest(settings, split, asOf, backtestSummarizer));
            runs.progress(runId, "WRITING", 0, table.size());
            Tiering tiering = new Tiering(policy, published.tierStates(), table,
                    scores.model() == null ? scores.formula() : scores.model().clvValues(), LocalDate.now(clock));
            RunRules rules = rulesLoading.join();
            long t3 = clock.millis();
            long written = write(runId, settings, table, scores, tiering, rules, done -> runs.progress(runId,
                    "WRITING", done, table.size()));
            report.put("contactsScored", written);
            report.put("totalClv", tiering.totalClv());
            report.put("tierChanges", tiering.changes());
            report.put("tierCounts", tiering.counts());
            long t4 = clock.millis();
            TimedBacktest tested = backtest.join();
            report.put("backtestFrom", split.plusDays(1).toString());
            report.put("backtest", tested.result());
            progress.accept(describe(tested.result(), split));
            report.put("rules", rules.report());
            report.put("millis", Map.of("read", t1 - t0, "fit", t2 - t1, "backtest", tested.millis(),
                    "tierStates", t3 - t2, "write", t4 - t3, "total", clock.millis() - t0));
            Instant firedAt = clock.instant();
            runs.publish(runId, (String) report.get("model"), JSON.writeValueAsString(report),
                    c -> rules.enqueue(c, firedAt));
            if (rules.active()) {
                progress.accept(rules.summary());
            }
            progress.accept(String.format(Locale.ROOT, "published run %d: %,d contacts", runId, written));
            return runs.find(runId).orElseThrow();
        } catch (RuntimeException | SQLException | JsonProcessingException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            runs.fail(runId, cause.getMessage());
            throw new RecomputeFailedException("run " + runId + " failed: " + cause.getMessage()
                    + "; the last published values stay in place", cause);
        }
    }

    /** What the run's values depend on, kept with it so that a value can be explained later. */
    private static Map<String, Object> settingsUsed(RecomputeSettings settings) {
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("asOf", settings.rules().asOf().toString());
        used.put("currency", settings.rules().reportingCurrency());
        used.put("purchaseModel", settings.model().key());
        used.put("timeUnit", settings.unit().name().toLowerCase(Locale.ROOT));
        used.put("predictionWeeks", settings.predictionWeeks());
        used.put("horizonMonths", settings.clv().horizonMonths());
        used.put("monthlyDiscount", settings.clv().monthlyDiscountRate());
        used.put("margin", settings.clv().margin());
        used.put("holdoutShare", settings.holdoutShare());
        used.put("minimumRepeatCustomers", settings.minimumRepeatCustomers());
        return used;
    }

    private record TimedBacktest(Backtest.Result result, long millis) {
    }

    private TimedBacktest backtest(RecomputeSettings settings, LocalDate split, LocalDate asOf,
                                   StreamingSummarizer backtestSummarizer) {
        long start = clock.millis();
        Backtest.Result result = split.isBefore(asOf) ? Backtest.run(backtestSummarizer.finish(),
                settings.unit().fromDays(split.until(asOf, ChronoUnit.DAYS)), settings.model(), settings.clv(),
                settings.minimumRepeatCustomers())
                : Backtest.Result.skipped("the history is too short to hold part of it out");
        return new TimedBacktest(result, clock.millis() - start);
    }

    private static String describe(Backtest.Result backtest, LocalDate split) {
        return backtest.notRun() != null ? "backtest not run: " + backtest.notRun()
                : String.format(Locale.ROOT, "backtest from %s: mean absolute error of purchases %.3f (model) "
                        + "against %.3f (formula)", split.plusDays(1), backtest.modelPurchases().meanAbsoluteError(),
                backtest.formulaPurchases().meanAbsoluteError());
    }

    /** The backtest holds out the last share of the history from the first order to the as-of date. */
    private LocalDate backtestSplit(RecomputeSettings settings, LocalDate asOf) {
        LocalDate first = ledger.firstOrderDay(settings.rules()).orElse(asOf);
        long span = Math.max(0, first.until(asOf, ChronoUnit.DAYS));
        return asOf.minusDays(Math.round(settings.holdoutShare() * span));
    }

    /** The model's scores (or null: the formula model's), the formula CLV, and the RFM scores per summary row. */
    private record Scores(ScoreTable model, double[] formula, int[] rfmRecency, int[] rfmFrequency,
                          int[] rfmMonetary) {
    }

    private Scores score(RecomputeSettings settings, SummaryTable table, Map<String, Object> report) {
        double[] formula = new FormulaClv(settings.clv()).values(table);
        double[] sinceLast = new double[table.size()];
        double[] purchaseDays = new double[table.size()];
        double[] orderValue = new double[table.size()];
        for (int i = 0; i < table.size(); i++) {
            sinceLast[i] = table.age(i) - table.recency(i);
            purchaseDays[i] = table.frequency(i) + 1;
            orderValue[i] = table.historicalValue(i) / purchaseDays[i];
        }
        int[] r = Rfm.reversedScores(sinceLast);
        int[] f = Rfm.scores(purchaseDays);
        int[] m = Rfm.scores(orderValue);
        try {
            MinimumData.require(table, settings.minimumRepeatCustomers());
            FittedPurchaseModel purchase = ModelFitting.fitPurchaseModel(settings.model(), table);
            FittedSpendModel spend = ModelFitting.fitGammaGamma(table);
            report.put("model", settings.model().key());
            report.put("purchaseFit", purchase.fit());
            report.put("spendFit", spend.fit());
            double horizon = settings.unit().fromDays(settings.predictionWeeks() * 7);
            return new Scores(new ClvScorer(purchase, spend, settings.clv(), horizon).score(table), formula, r, f,
                    m);
        } catch (ModelFitException e) {
            report.put("model", "formula");
            report.put("fallbackReason", e.getMessage());
            return new Scores(null, formula, r, f, m);
        }
    }

    private long write(long runId, RecomputeSettings settings, SummaryTable table, Scores scores, Tiering tiering,
                       RunRules rules, java.util.function.LongConsumer progress) throws SQLException {
        Map<String, Integer> rowOf = new HashMap<>(table.size() * 2);
        for (int i = 0; i < table.size(); i++) {
            rowOf.put(table.id(i), i);
        }
        LocalDate asOf = settings.rules().asOf();
        try (SnapshotWriter writer = new SnapshotWriter(store, runId)) {
            contacts.forEachContact(contact -> {
                Integer i = rowOf.remove(contact.partyId());
                SnapshotWriter.Row row = (i == null ? tiering.noOrders(noOrders(contact.partyId()))
                        : tiering.apply(i, row(table, i, scores, settings, asOf), writer))
                        .withOwner(contact.ownerPartyId());
                writer.write(row);
                observe(rules, row, contact.displayName());
                if (writer.written() % 50_000 == 0) {
                    progress.accept(writer.written());
                }
            });
            // Parties with counted orders but no contact role still have a value.
            for (int i : rowOf.values()) {
                SnapshotWriter.Row row = tiering.apply(i, row(table, i, scores, settings, asOf), writer);
                writer.write(row);
                observe(rules, row, null);
            }
            return writer.written();
        }
    }

    private static void observe(RunRules rules, SnapshotWriter.Row row, String name) {
        rules.observe(row.partyId(), name, row.ownerPartyId(), row.tier().tierKey(), row.clv(), row.probabilityAlive(),
                row.segment());
    }

    private static SnapshotWriter.Row noOrders(String partyId) {
        return new SnapshotWriter.Row(partyId, 0, 0, 0, 0, 0, 0, null, null, 0, 0, 0, 0, 0, 0, 0, 1, 0, null,
                0, 0, 0, TierState.NONE, 0, null);
    }

    private static SnapshotWriter.Row row(SummaryTable t, int i, Scores s, RecomputeSettings settings,
                                          LocalDate asOf) {
        double daysPerUnit = settings.unit().days();
        LocalDate first = asOf.minusDays(Math.round(t.age(i) * daysPerUnit));
        LocalDate last = first.plusDays(Math.round(t.recency(i) * daysPerUnit));
        ScoreTable m = s.model();
        double formula = s.formula()[i];
        int r = s.rfmRecency()[i];
        int f = s.rfmFrequency()[i];
        String segment = Rfm.segment(r, f);
        if (m == null) {
            return new SnapshotWriter.Row(t.id(i), t.orders(i), t.frequency(i), t.recency(i), t.age(i),
                    t.monetaryValue(i), t.historicalValue(i), first, last, 0, 1, t.historicalValue(i)
                    / (t.frequency(i) + 1), formula, formula, formula, 0, 1, formula, segment, r, f,
                    s.rfmMonetary()[i], TierState.NONE, 0, null);
        }
        var p = m.prediction(i);
        return new SnapshotWriter.Row(t.id(i), t.orders(i), t.frequency(i), t.recency(i), t.age(i),
                t.monetaryValue(i), t.historicalValue(i), first, last, p.expectedPurchases(), p.probabilityAlive(),
                p.expectedOrderValue(), p.clv(), p.clvLow(), p.clvHigh(), p.explanation().expectedPurchases(),
                p.explanation().discountFactor(), formula, segment, r, f, s.rfmMonetary()[i], TierState.NONE, 0,
                null);
    }
}
