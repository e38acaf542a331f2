package org.clvplugin.scoring;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import org.clvplugin.api.PurchaseModelType;
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
import org.clvplugin.model.Rfm;
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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One recompute: the host's counted orders become summaries, the backtest compares the candidate models on the
 * history before a split date (and with {@code model.purchase = auto} picks the one the run fits), the model is
 * fitted (the formula model when the data cannot support it, with the reason in the report), every contact is
 * scored, the snapshot rows are written, and the run is published. A failure before the publication marks the run
 * FAILED and leaves the last published values in place.
 */
public final class Recompute {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(Recompute.class);

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

    /**
     * Runs a recompute to its end; returns the run, SUCCEEDED, or throws after marking it FAILED. The publication
     * is the commit point: once it has committed the run stays SUCCEEDED, and what fails after it (trimming old
     * runs) is recorded as a warning in the report.
     */
    public RunRecord run(RecomputeSettings settings, String triggeredBy, Consumer<String> progress) {
        return work(settings, runs.start(triggeredBy, settings.rules().asOf()), progress);
    }

    /**
     * Runs a claimed run (see {@link RunRepository#claim}) to its end, as {@link #run}; empty when it was given up
     * before it began. The settings' as-of date is the run's.
     */
    public Optional<RunRecord> runClaimed(RecomputeSettings settings, long claimedRunId, Consumer<String> progress) {
        Optional<RunRecord> begun;
        try {
            begun = runs.begin(claimedRunId);
        } catch (RuntimeException e) {
            String errorId = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("run {} could not begin (error id {})", claimedRunId, errorId, e);
            runs.fail(claimedRunId, "could not begin: " + e.getMessage() + " (error id " + errorId + ")");
            throw e;
        }
        if (begun.isEmpty()) {
            LOG.warn("run {} was given up before it began; nothing to do", claimedRunId);
        }
        return begun.map(run -> work(settings, run, progress));
    }

    private RunRecord work(RecomputeSettings settings, RunRecord run, Consumer<String> progress) {
        LocalDate asOf = settings.rules().asOf();
        long runId = run.id();
        LOG.info("run {} started by {}, as of {}, model {}", runId, run.triggeredBy(), asOf, settings.model().key());
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("settings", settingsUsed(settings));
        long written;
        try {
            written = publishRun(runId, settings, report, progress);
        } catch (RuntimeException | SQLException | JsonProcessingException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            String errorId = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("run {} failed (error id {}); the last published values stay in place", runId, errorId, cause);
            runs.fail(runId, cause.getMessage() + " (error id " + errorId + ")");
            throw new RecomputeFailedException("run " + runId + " failed: " + cause.getMessage()
                    + "; the last published values stay in place (error id " + errorId + ")", cause);
        }
        List<String> warnings = runs.afterPublication(runId);
        warnings.forEach(w -> progress.accept("warning: " + w));
        progress.accept(String.format(Locale.ROOT, "published run %d: %,d contacts", runId, written));
        return runs.find(runId).orElseThrow();
    }

    private long publishRun(long runId, RecomputeSettings settings, Map<String, Object> report,
                            Consumer<String> progress) throws SQLException, JsonProcessingException {
        LocalDate asOf = settings.rules().asOf();
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
        String readLine = String.format(Locale.ROOT, "read %,d orders of %,d contacts: %,d counted, skipped %s",
                read.ordersRead(), table.size(), read.ordersCounted(),
                read.skipped().isEmpty() ? "none" : read.skipped());
        progress.accept(readLine);
        long t1 = clock.millis();
        LOG.info("run {}: {} ({} ms)", runId, readLine, t1 - t0);

        runs.progress(runId, "FITTING", 0, table.size());
        // The published run's standings load beside the fit, which keeps the processors busy while the
        // load mostly waits on the database; they are needed only when the write begins.
        TierPolicy policy = tierPolicies.load();
        PublishedValues published = new PublishedValues(store);
        CompletableFuture<RunRules> rulesLoading = CompletableFuture.supplyAsync(() -> RunRules.prepare(
                new RuleStore(store, clock), published, policy, runId, clock));
        // The backtest comes first: with model.purchase = auto it decides which model the run fits.
        Backtest.Result tested = backtest(settings, split, asOf, backtestSummarizer);
        long tBacktest = clock.millis();
        report.put("backtestFrom", split.plusDays(1).toString());
        report.put("backtest", tested);
        progress.accept(describe(tested, split));
        ModelChoice.Decision decision = ModelChoice.decide(settings.model(), tested);
        report.put("modelChoice", decision.reason());
        Scores scores = score(runId, settings, decision.model(), table, report);
        long t2 = clock.millis();
        progress.accept("fitted: " + report.get("model") + " (" + decision.reason() + ")");
        LOG.info("run {}: backtest {} ms, fitted {} in {} ms ({}){}", runId, tBacktest - t1, report.get("model"),
                t2 - tBacktest, decision.reason(), report.containsKey("fallbackReason")
                        ? "; formula model: " + report.get("fallbackReason") : "");

        runs.progress(runId, "WRITING", 0, table.size());
        Tiering tiering = new Tiering(policy, published.tierStates(), table, scores.clv(), LocalDate.now(clock));
        RunRules rules = rulesLoading.join();
        long t3 = clock.millis();
        long written = write(runId, settings, table, scores, tiering, rules, done -> runs.progress(runId,
                "WRITING", done, table.size()));
        report.put("contactsScored", written);
        report.put("totalClv", tiering.totalClv());
        report.put("tierChanges", tiering.changes());
        report.put("tierCounts", tiering.counts());
        long t4 = clock.millis();
        LOG.info("run {}: wrote {} contacts, {} tier changes ({} ms)", runId, written, tiering.changes(), t4 - t3);
        report.put("rules", rules.report());
        report.put("millis", Map.of("read", t1 - t0, "backtest", tBacktest - t1, "fit", t2 - tBacktest,
                "tierStates", t3 - t2, "write", t4 - t3, "total", clock.millis() - t0));
        Instant firedAt = clock.instant();
        runs.publish(runId, (String) report.get("model"), JSON.writeValueAsString(report),
                c -> rules.enqueue(c, firedAt));
        LOG.info("run {} published: {} contacts, model {}, {} ms in all", runId, written, report.get("model"),
                clock.millis() - t0);
        if (rules.active()) {
            progress.accept(rules.summary());
            LOG.info("run {}: {}", runId, rules.summary());
        }
        return written;
    }

    /** What the run's values depend on, kept with it so that a value can be explained later. */
    private static Map<String, Object> settingsUsed(RecomputeSettings settings) {
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("asOf", settings.rules().asOf().toString());
        used.put("currency", settings.rules().reportingCurrency());
        used.put("purchaseModel", settings.model().key());
        used.put("timeUnit", settings.unit().name().toLowerCase(Locale.ROOT));
        used.put("horizonMonths", settings.clv().horizonMonths());
        used.put("monthlyDiscount", settings.clv().monthlyDiscountRate());
        used.put("margin", settings.clv().margin());
        used.put("holdoutShare", settings.holdoutShare());
        used.put("minimumRepeatCustomers", settings.minimumRepeatCustomers());
        return used;
    }

    private Backtest.Result backtest(RecomputeSettings settings, LocalDate split, LocalDate asOf,
                                     StreamingSummarizer backtestSummarizer) {
        return split.isBefore(asOf) ? Backtest.run(backtestSummarizer.finish(),
                settings.unit().fromDays(split.until(asOf, ChronoUnit.DAYS)), settings.model().candidates(),
                settings.clv(), settings.minimumRepeatCustomers())
                : Backtest.Result.skipped("the history is too short to hold part of it out");
    }

    private static String describe(Backtest.Result backtest, LocalDate split) {
        return backtest.notRun() != null ? "backtest not run: " + backtest.notRun()
                : String.format(Locale.ROOT, "backtest from %s: mean absolute error of purchases %.3f (%s) "
                        + "against %.3f (formula)", split.plusDays(1), backtest.modelPurchases().meanAbsoluteError(),
                backtest.model(), backtest.formulaPurchases().meanAbsoluteError());
    }

    /** The backtest holds out the last share of the history from the first order to the as-of date. */
    private LocalDate backtestSplit(RecomputeSettings settings, LocalDate asOf) {
        LocalDate first = ledger.firstOrderDay(settings.rules()).orElse(asOf);
        long span = Math.max(0, first.until(asOf, ChronoUnit.DAYS));
        return asOf.minusDays(Math.round(settings.holdoutShare() * span));
    }

    /**
     * The model's scores (or null: the formula model's), the model's key, the churn estimate for one-time buyers
     * where the model cannot give one, the formula's CLV and expected orders over the horizon, and the RFM scores
     * per summary row.
     */
    private record Scores(ScoreTable model, String modelKey, OneTimeBuyerChurn oneTimeBuyers, double[] formula,
                          double[] formulaPurchases, int[] rfmRecency, int[] rfmFrequency, int[] rfmMonetary) {
        double[] clv() {
            return model == null ? formula : model.clvValues();
        }
    }

    private Scores score(long runId, RecomputeSettings settings, PurchaseModelType type, SummaryTable table,
                         Map<String, Object> report) {
        FormulaClv formulaClv = new FormulaClv(settings.clv());
        double[] formula = formulaClv.values(table);
        double horizon = settings.clv().horizonPeriods();
        double[] formulaPurchases = new double[table.size()];
        double[] sinceLast = new double[table.size()];
        double[] purchaseDays = new double[table.size()];
        double[] orderValue = new double[table.size()];
        double totalOrderValue = 0;
        for (int i = 0; i < table.size(); i++) {
            formulaPurchases[i] = formulaClv.expectedPurchases(table.frequency(i), table.age(i), horizon);
            sinceLast[i] = table.age(i) - table.recency(i);
            purchaseDays[i] = table.frequency(i) + 1;
            orderValue[i] = table.historicalValue(i) / purchaseDays[i];
            totalOrderValue += orderValue[i];
        }
        // What "spend against the base" on the card compares with.
        report.put("meanOrderValue", table.size() == 0 ? 0 : totalOrderValue / table.size());
        int[] r = Rfm.reversedScores(sinceLast);
        int[] f = Rfm.scores(purchaseDays);
        int[] m = Rfm.scores(orderValue);
        try {
            MinimumData.require(table, settings.minimumRepeatCustomers());
            long fitStarted = clock.millis();
            FittedPurchaseModel purchase = ModelFitting.fitPurchaseModel(type, table);
            long purchaseFitted = clock.millis();
            FittedSpendModel spend = ModelFitting.fitGammaGamma(table);
            long spendFitted = clock.millis();
            ScoreTable scored = new ClvScorer(purchase, spend, settings.clv(), horizon).score(table);
            LOG.info("run {}: {} fitted on {} contacts in {} ms ({} iterations), gamma-gamma in {} ms, scored in {} ms",
                    runId, type.key(), table.size(), purchaseFitted - fitStarted, purchase.fit().iterations(),
                    spendFitted - purchaseFitted, clock.millis() - spendFitted);
            report.put("model", type.key());
            report.put("purchaseFit", purchase.fit());
            report.put("spendFit", spend.fit());
            OneTimeBuyerChurn oneTime = OneTimeBuyerChurn.forModel(type, table);
            report.put("churnOfOneTimeBuyers", oneTime.report());
            return new Scores(scored, type.key(), oneTime, formula, formulaPurchases, r, f, m);
        } catch (ModelFitException e) {
            report.put("model", "formula");
            report.put("fallbackReason", e.getMessage());
            report.put("churnUnavailable", OneTimeBuyerChurn.FORMULA_REASON);
            report.put("intervalUnavailable", FORMULA_INTERVAL_REASON);
            return new Scores(null, "formula", null, formula, formulaPurchases, r, f, m);
        }
    }

    /** Why a run on the formula model shows no likely range. */
    static final String FORMULA_INTERVAL_REASON = "the formula model has no distribution of future purchases, so "
            + "there is no likely range to show";

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
                SnapshotWriter.Row row = (i == null ? tiering.noOrders(SnapshotWriter.Row.withoutOrders(contact.partyId()))
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
        rules.observe(row.partyId(), name, row.ownerPartyId(), row.tier().tierKey(), row.prediction().clv(),
                row.prediction().probabilityAlive(), row.rfm().segment());
    }

    private static SnapshotWriter.Row row(SummaryTable t, int i, Scores s, RecomputeSettings settings,
                                          LocalDate asOf) {
        double daysPerUnit = settings.unit().days();
        LocalDate first = asOf.minusDays(Math.round(t.age(i) * daysPerUnit));
        LocalDate last = first.plusDays(Math.round(t.recency(i) * daysPerUnit));
        var history = new SnapshotWriter.History(t.orders(i), t.frequency(i), t.recency(i), t.age(i),
                t.monetaryValue(i), t.historicalValue(i), first, last);
        int r = s.rfmRecency()[i];
        int f = s.rfmFrequency()[i];
        var rfm = new SnapshotWriter.RfmScores(Rfm.segment(r, f), r, f, s.rfmMonetary()[i]);
        return new SnapshotWriter.Row(t.id(i), history, prediction(t, i, s, settings), rfm, TierState.NONE, 0, null);
    }

    private static SnapshotWriter.Prediction prediction(SummaryTable t, int i, Scores s, RecomputeSettings settings) {
        ScoreTable m = s.model();
        double formula = s.formula()[i];
        if (m == null) {
            // The formula model: its own rate over the horizon, no churn estimate and no interval (null).
            double orderValue = t.historicalValue(i) / (t.frequency(i) + 1);
            double purchases = s.formulaPurchases()[i];
            double undiscounted = settings.clv().margin() * orderValue * purchases;
            return new SnapshotWriter.Prediction(purchases, null, null, orderValue, formula, null, null, purchases,
                    undiscounted > 0 ? Math.min(1, formula / undiscounted) : 1, formula);
        }
        var p = m.prediction(i);
        Double alive = p.probabilityAlive();
        String aliveModel = s.modelKey();
        if (s.oneTimeBuyers().applies(t.frequency(i))) {
            alive = s.oneTimeBuyers().probabilityAlive(t.age(i));
            aliveModel = s.oneTimeBuyers().modelKey();
        }
        return new SnapshotWriter.Prediction(p.explanation().expectedPurchases(), alive, aliveModel,
                p.expectedOrderValue(), p.clv(), p.clvLow(), p.clvHigh(), p.explanation().expectedPurchases(),
                p.explanation().discountFactor(), formula);
    }
}
