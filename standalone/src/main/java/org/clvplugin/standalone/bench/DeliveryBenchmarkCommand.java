package org.clvplugin.standalone.bench;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.clvplugin.host.ofbiz.OfbizTables;
import org.clvplugin.rules.Action;
import org.clvplugin.rules.ContactState;
import org.clvplugin.rules.DeliveryPolicy;
import org.clvplugin.rules.OutboxDispatcher;
import org.clvplugin.rules.OutboxEntries;
import org.clvplugin.rules.Rule;
import org.clvplugin.rules.RuleEvaluator;
import org.clvplugin.rules.RuleStore;
import org.clvplugin.rules.SecretBox;
import org.clvplugin.rules.Transition;
import org.clvplugin.rules.Trigger;
import org.clvplugin.rules.WebhookSignature;

import com.sun.net.httpserver.HttpServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.clvplugin.standalone.cli.DatabaseOptions;
import org.clvplugin.standalone.host.HostServices;
import org.clvplugin.standalone.security.Accounts;

@Command(name = "benchmark-delivery", mixinStandardHelpOptions = true,
        description = "Times the delivery of follow-up actions as the dispatcher does it: N tasks into OFBiz's "
                + "WORK_EFFORT tables of the database, then N signed webhooks to a receiver on loopback that "
                + "checks each signature and answers after --latency-ms (a remote receiver's round trip). The rules, "
                + "actions and tasks it makes are removed afterwards. Use a database of its own.")
public final class DeliveryBenchmarkCommand implements Callable<Integer> {

    private static final String SECRET = "benchmark-secret-0123456789";
    private static final Trigger UP = new Trigger(Trigger.Kind.TIER_UPGRADED, null, null, null, null);

    @Mixin
    DatabaseOptions database;

    @Option(names = "--actions", defaultValue = "10000", paramLabel = "N",
            description = "Tasks, and webhooks, to deliver (default: ${DEFAULT-VALUE}).")
    int actions;

    @Option(names = "--latency-ms", defaultValue = "50", paramLabel = "MS",
            description = "How long the receiver takes to answer (default: ${DEFAULT-VALUE}).")
    int latencyMs;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Clock.systemUTC();
        AtomicInteger badSignatures = new AtomicInteger();
        HttpServer receiver = receiver(latencyMs, badSignatures);
        try (HostServices host = new HostServices(database.host(Accounts.none()))) {
            DataSource db = host.db;
            try (Connection c = db.getConnection()) {
                OfbizTables.create(c);
            }
            SecretBox secrets = new SecretBox(SecretBox.newKey());
            RuleStore rules = new RuleStore(host.store, clock);
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            Rule task = rules.save(new Rule(null, "benchmark tasks", true, UP, null, new Action(Action.Kind.TASK,
                    "Follow up {name}: now {tier}", "CLV {previousClv} to {clv}", 3, null), 0, null));
            Rule hook = rules.save(new Rule(null, "benchmark webhooks", true, UP, null,
                    new Action(Action.Kind.WEBHOOK, null, null, null, url), 0, null), secrets.seal(SECRET));
            OutboxDispatcher dispatcher = host.dispatcher(() -> Set.of("127.0.0.1:"
                    + receiver.getAddress().getPort()), () -> DeliveryPolicy.DEFAULT, secrets);
            out.printf(Locale.ROOT, "%d deliveries at once; receiver latency %d ms%n", OutboxDispatcher.PARALLEL,
                    latencyMs);
            try {
                timed(out, "tasks", db, task, dispatcher, clock);
                timed(out, "webhooks", db, hook, dispatcher, clock);
                out.printf(Locale.ROOT, "signatures the receiver refused: %d%n", badSignatures.get());
            } finally {
                remove(db, List.of(task.id(), hook.id()));
            }
        } finally {
            receiver.stop(0);
        }
        return badSignatures.get() == 0 ? 0 : 1;
    }

    private void timed(PrintWriter out, String what, DataSource db, Rule rule, OutboxDispatcher dispatcher,
                       Clock clock) throws Exception {
        long t0 = System.nanoTime();
        enqueue(db, rule, clock.instant());
        double enqueued = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        int delivered = 0;
        OutboxDispatcher.Pass pass;
        do {
            pass = dispatcher.deliverDue(Duration.ofMinutes(10));
            delivered += pass.delivered();
            if (pass.retrying() + pass.dead() > 0) {
                throw new IllegalStateException(what + ": " + pass);
            }
        } while (pass.handled() > 0);
        double seconds = (System.nanoTime() - t1) / 1e9;
        out.printf(Locale.ROOT, "%s: %,d enqueued in %.1f s, %,d delivered in %.1f s (%,.0f per second)%n", what,
                actions, enqueued, delivered, seconds, delivered / seconds);
        out.flush();
    }

    private void enqueue(DataSource db, Rule rule, Instant now) throws Exception {
        List<RuleEvaluator.Firing> firings = new ArrayList<>(actions);
        for (int i = 0; i < actions; i++) {
            Transition t = new Transition("BENCH" + i, "Contact " + i, "BENCH_OWNER", 1, 2,
                    new ContactState("SILVER", 1, 150, .9, "LOYAL"), new ContactState("GOLD", 2, 600, .9,
                    "CHAMPIONS"));
            firings.add(new RuleEvaluator.Firing(rule.id(), t.key(UP.kind()), t));
        }
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            OutboxEntries.write(c, 2, new RuleEvaluator.Evaluation(firings, Map.of(), Map.of()),
                    Map.of(rule.id(), rule), now);
            c.commit();
        }
    }

    /** Checks each request's signature, then answers 204 after the latency; many at once, as a real one would. */
    private static HttpServer receiver(int latencyMs, AtomicInteger badSignatures) throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "benchmark-receiver");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!WebhookSignature.verify(SECRET, exchange.getRequestHeaders().getFirst(
                    WebhookSignature.TIMESTAMP_HEADER), exchange.getRequestHeaders().getFirst(
                    WebhookSignature.SIGNATURE_HEADER), body, Instant.now(), Duration.ofMinutes(5))) {
                badSignatures.incrementAndGet();
            }
            try {
                Thread.sleep(latencyMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static void remove(DataSource db, List<Long> rules) throws java.sql.SQLException {
        String keys = "SELECT IDEMPOTENCY_KEY FROM CLV_OUTBOX WHERE RULE_ID = ?";
        String tasks = "SELECT WORK_EFFORT_ID FROM WORK_EFFORT WHERE SOURCE_REFERENCE_ID IN (" + keys + ")";
        try (Connection c = db.getConnection()) {
            for (String sql : new String[] {
                    "DELETE FROM WORK_EFFORT_PARTY_ASSIGNMENT WHERE WORK_EFFORT_ID IN (" + tasks + ")",
                    "DELETE FROM WORK_EFFORT WHERE SOURCE_REFERENCE_ID IN (" + keys + ")",
                    "DELETE FROM CLV_OUTBOX WHERE RULE_ID = ?", "DELETE FROM CLV_RULE WHERE RULE_ID = ?"}) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    for (long id : rules) {
                        s.setLong(1, id);
                        s.executeUpdate();
                    }
                }
            }
        }
    }
}
