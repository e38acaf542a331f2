package org.clvplugin.standalone.bench;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.clvplugin.rules.Action;
import org.clvplugin.rules.Rule;
import org.clvplugin.rules.RuleStore;
import org.clvplugin.rules.Trigger;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.store.TierPolicyRepository;
import org.clvplugin.tiers.Tier;
import org.clvplugin.tiers.TierPolicy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.clvplugin.standalone.host.HostServices;
import org.clvplugin.standalone.host.StandaloneHost;

@Command(name = "benchmark-rules", mixinStandardHelpOptions = true,
        description = "On the benchmark database of benchmark-run, times runs in which about N contacts move up a "
                + "tier (the second tier's threshold is lowered before each run) with five follow-up rules "
                + "enabled: the run evaluates every contact's transition and enqueues the actions in its "
                + "publishing transaction (the 'rules:' line). Afterwards the rules and their actions are removed "
                + "and the tier policy restored. Use a database of its own.")
public final class RulesBenchmarkCommand implements Callable<Integer> {

    @Mixin
    BenchmarkDatabase bench;

    @Option(names = "--changes", defaultValue = "100000", paramLabel = "N",
            description = "Contacts that move up a tier in each run (default: ${DEFAULT-VALUE}).")
    int changes;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DataSource db = bench.prepare(out);
        Clock clock = Clock.systemUTC();
        try (HostServices host = new HostServices(StandaloneHost.withoutUsers(db, bench.dataDir()))) {
            if (host.runs.published().isEmpty()) {
                host.recompute(BenchmarkDatabase.asOf(), "clv benchmark-rules", out);
            }
            TierPolicyRepository policies = new TierPolicyRepository(host.store, host.settings, clock);
            TierPolicy original = policies.load();
            PublishedValues published = new PublishedValues(host.store);
            RuleStore rules = new RuleStore(host.store, clock);
            List<Long> made = new ArrayList<>();
            try {
                Tier second = original.tiers().get(1);
                Action task = new Action(Action.Kind.TASK, "Follow up {name}: now {tier}, CLV {clv}", null, 3, null);
                for (Trigger t : List.of(new Trigger(Trigger.Kind.TIER_UPGRADED, null, null, null, null),
                        new Trigger(Trigger.Kind.TIER_ENTERED, second.key(), null, null, null),
                        new Trigger(Trigger.Kind.CLV_ABOVE, null, second.threshold(), null, null),
                        new Trigger(Trigger.Kind.CLV_CHANGED, null, null, null, 50.0),
                        new Trigger(Trigger.Kind.CHURN_RISK, null, 100.0, 0.3, null))) {
                    made.add(rules.save(new Rule(null, "benchmark " + t.kind(), true, t, null, task, 0, null)).id());
                }
                bench.timedRuns(out, () -> {
                    double threshold = lowered(published, original, changes);
                    List<Tier> tiers = new ArrayList<>(original.tiers());
                    tiers.set(1, new Tier(second.key(), second.displayName(), second.colour(), threshold));
                    policies.save(new TierPolicy(original.basis(), tiers, original.hysteresis()), "benchmark");
                    out.printf(Locale.ROOT, "%s from %.2f: about %,d more contacts reach it than in the last run%n",
                            second.key(), threshold, changes);
                    return host.recompute(BenchmarkDatabase.asOf(), "clv benchmark-rules", out).state()
                            + " (orders to published run, with the rules)";
                });
            } finally {
                policies.save(original, "benchmark");
                remove(db, made);
            }
        }
        return 0;
    }

    /**
     * A threshold for the second tier that {@code more} contacts reach beyond those now in it or above, by the
     * published run (earlier runs of this benchmark have lowered it already).
     */
    private static double lowered(PublishedValues published, TierPolicy policy, int more) {
        double[] values = published.basisValues(policy.basis());
        Arrays.sort(values);
        java.util.Map<String, Long> counts = published.tierCounts("(none)");
        long reached = policy.tiers().stream().skip(1).mapToLong(t -> counts.getOrDefault(t.key(), 0L)).sum();
        return values[(int) Math.max(0, values.length - reached - more)];
    }

    private static void remove(DataSource db, List<Long> rules) throws java.sql.SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement outbox = c.prepareStatement("DELETE FROM CLV_OUTBOX WHERE RULE_ID = ?");
             PreparedStatement rule = c.prepareStatement("DELETE FROM CLV_RULE WHERE RULE_ID = ?")) {
            for (long id : rules) {
                outbox.setLong(1, id);
                outbox.executeUpdate();
                rule.setLong(1, id);
                rule.executeUpdate();
            }
        }
    }
}
