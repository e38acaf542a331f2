package org.clvplugin.scoring;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import org.clvplugin.api.host.ContactDirectory;
import org.clvplugin.api.host.LedgerReport;
import org.clvplugin.api.host.OrderLedger;
import org.clvplugin.model.CalibrationHoldout;
import org.clvplugin.model.StreamingSummarizer;
import org.clvplugin.model.SummaryTable;
import org.clvplugin.report.BacktestResult;
import org.clvplugin.report.RunReport;
import org.clvplugin.rules.RuleStore;
import org.clvplugin.rules.RunRules;
import org.clvplugin.store.PluginStore;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.store.RunRecord;
import org.clvplugin.store.RunRepository;
import org.clvplugin.store.SnapshotWriter;
import org.clvplugin.store.TierPolicyRepository;
import org.clvplugin.tiers.TierPolicy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * One recompute: the host's counted orders become summaries, the backtest compares the candidate models on the
 * history before a split date (and with {@code model.purchase = auto} picks the one the run fits), the model is
 * fitted (the formula model when the data cannot support it, with the reason in the report), every contact is
 * scored, the snapshot rows are written, and the run is published. A failure before the publication marks the run
 * FAILED and leaves the last published values in place.
 */
public final class Recompute {

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
        long written;
        try {
            written = publishRun(runId, settings, progress);
        } catch (RuntimeException | SQLException e) {
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

    private long publishRun(long runId, RecomputeSettings settings, Consumer<String> progress) throws SQLException {
        LocalDate asOf = settings.rules().asOf();
        long t0 = clock.millis();
        runs.progress(runId, RunRecord.Phase.READING, 0, 0);
        LocalDate split = backtestSplit(settings, asOf);
        StreamingSummarizer summarizer = new StreamingSummarizer(asOf, settings.unit());
        StreamingSummarizer backtestSummarizer = new StreamingSummarizer(split, settings.unit());
        LedgerReport read = ledger.streamCountedOrders(settings.rules(), (contact, order, day, value) -> {
            summarizer.add(contact, day, value);
            backtestSummarizer.add(contact, day, value);
        });
        CalibrationHoldout summaries = summarizer.finish();
        SummaryTable table = summaries.calibration();
        RunReport.Orders orders = new RunReport.Orders(read.ordersRead(), read.ordersCounted(), read.skipped(),
                table.size());
        String readLine = String.format(Locale.ROOT, "read %,d orders of %,d contacts: %,d counted, skipped %s",
                read.ordersRead(), table.size(), read.ordersCounted(),
                read.skipped().isEmpty() ? "none" : read.skipped());
        progress.accept(readLine);
        long t1 = clock.millis();
        LOG.info("run {}: {} ({} ms)", runId, readLine, t1 - t0);

        runs.progress(runId, RunRecord.Phase.FITTING, 0, table.size());
        // The published run's standings load beside the fit, which keeps the processors busy while the
        // load mostly waits on the database; they are needed only when the write begins.
        TierPolicy policy = tierPolicies.load();
        PublishedValues published = new PublishedValues(store);
        CompletableFuture<RunRules> rulesLoading = CompletableFuture.supplyAsync(() -> RunRules.prepare(
                new RuleStore(store, clock), published, policy, runId, clock));
        // The backtest comes first: with model.purchase = auto it decides which model the run fits.
        BacktestResult tested = backtest(settings, split, asOf, backtestSummarizer);
        long tBacktest = clock.millis();
        progress.accept(describe(tested, split));
        ModelChoice.Decision decision = ModelChoice.decide(settings.model(), tested);
        RunReport.Backtested backtested = new RunReport.Backtested(split.plusDays(1), tested, decision.reason());
        ContactScores scores = ContactScores.of(runId, settings, decision.model(), table, clock);
        RunReport.Fit fit = scores.report();
        long t2 = clock.millis();
        progress.accept("fitted: " + fit.model() + " (" + decision.reason() + ")");
        LOG.info("run {}: backtest {} ms, fitted {} in {} ms ({}){}", runId, tBacktest - t1, fit.model(),
                t2 - tBacktest, decision.reason(), fit.fallbackReason() != null
                        ? "; formula model: " + fit.fallbackReason() : "");

        runs.progress(runId, RunRecord.Phase.WRITING, 0, table.size());
        Tiering tiering = new Tiering(policy, published.tierStates(), table, scores.clv(), LocalDate.now(clock));
        RunRules rules = rulesLoading.join();
        long t3 = clock.millis();
        // Contacts without orders are written too: the total grows past the contacts with orders as they come.
        long written = write(runId, settings, table, scores, tiering, rules, done -> runs.progress(runId,
                RunRecord.Phase.WRITING, done, Math.max(done, table.size())));
        long t4 = clock.millis();
        LOG.info("run {}: wrote {} contacts, {} tier changes ({} ms)", runId, written, tiering.changes(), t4 - t3);
        RunReport report = new RunReport(RunReport.VERSION, settingsUsed(settings), orders, backtested, fit,
                new RunReport.Tiers(written, tiering.totalClv(), tiering.changes(), tiering.counts()), rules.report(),
                new RunReport.Millis(t1 - t0, tBacktest - t1, t2 - tBacktest, t3 - t2, t4 - t3, clock.millis() - t0),
                List.of());
        Instant firedAt = clock.instant();
        runs.publish(runId, report, c -> rules.enqueue(c, firedAt));
        LOG.info("run {} published: {} contacts, model {}, {} ms in all", runId, written, fit.model(),
                clock.millis() - t0);
        if (rules.active()) {
            progress.accept(rules.summary());
            LOG.info("run {}: {}", runId, rules.summary());
        }
        return written;
    }

    /** What the run's values depend on, kept with it so that a value can be explained later. */
    private static RunReport.SettingsUsed settingsUsed(RecomputeSettings settings) {
        return new RunReport.SettingsUsed(settings.rules().asOf(), settings.rules().reportingCurrency(),
                settings.model().key(), settings.unit().name().toLowerCase(Locale.ROOT), settings.clv().horizonMonths(),
                settings.clv().monthlyDiscountRate(), settings.clv().margin(), settings.holdoutShare(),
                settings.minimumRepeatCustomers());
    }

    private BacktestResult backtest(RecomputeSettings settings, LocalDate split, LocalDate asOf,
                                     StreamingSummarizer backtestSummarizer) {
        return split.isBefore(asOf) ? Backtest.run(backtestSummarizer.finish(),
                settings.unit().fromDays(split.until(asOf, ChronoUnit.DAYS)), settings.model().candidates(),
                settings.clv(), settings.minimumRepeatCustomers())
                : BacktestResult.skipped("the history is too short to hold part of it out");
    }

    private static String describe(BacktestResult backtest, LocalDate split) {
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
     * The written count reaches the run's record every this many contacts, at most twice a second: the console's
     * progress moves during the write without a transaction per contact.
     */
    private static final int PROGRESS_EVERY = 1_000;
    private static final long PROGRESS_MILLIS = 500;

    private long write(long runId, RecomputeSettings settings, SummaryTable table, ContactScores scores,
                       Tiering tiering, RunRules rules, java.util.function.LongConsumer progress) throws SQLException {
        Map<String, Integer> rowOf = new HashMap<>(table.size() * 2);
        for (int i = 0; i < table.size(); i++) {
            rowOf.put(table.id(i), i);
        }
        LocalDate asOf = settings.rules().asOf();
        long[] lastProgress = {clock.millis()};
        try (SnapshotWriter writer = new SnapshotWriter(store, runId)) {
            contacts.forEachContact(contact -> {
                Integer i = rowOf.remove(contact.partyId());
                SnapshotWriter.Row row = (i == null ? tiering.noOrders(SnapshotWriter.Row.withoutOrders(contact.partyId()))
                        : tiering.apply(i, scores.row(i, settings, asOf), writer))
                        .withContact(contact.ownerPartyId(), contact.displayName());
                writer.write(row);
                observe(rules, row, contact.displayName());
                if (writer.written() % PROGRESS_EVERY == 0 && clock.millis() - lastProgress[0] >= PROGRESS_MILLIS) {
                    lastProgress[0] = clock.millis();
                    progress.accept(writer.written());
                }
            });
            // Parties with counted orders but no contact role still have a value.
            for (int i : rowOf.values()) {
                SnapshotWriter.Row row = tiering.apply(i, scores.row(i, settings, asOf), writer);
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
}
