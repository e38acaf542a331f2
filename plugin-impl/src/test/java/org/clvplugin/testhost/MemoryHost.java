package org.clvplugin.testhost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.api.host.Contact;
import org.clvplugin.api.host.ContactDirectory;
import org.clvplugin.api.host.CountingRules;
import org.clvplugin.api.host.FollowUpSink;
import org.clvplugin.api.host.FollowUpTask;
import org.clvplugin.api.host.HostProvider;
import org.clvplugin.api.host.HostSecurity;
import org.clvplugin.api.host.LedgerReport;
import org.clvplugin.api.host.OrderLedger;

/**
 * A third host, made only of this test package: contacts and orders in memory (no OFBiz table anywhere), tasks
 * collected in a list, one bearer token for an admin, the plugin's tables in an H2 database of its own.
 */
public final class MemoryHost implements HostProvider {

    /** An order of a contact on a day. */
    public record Order(String contactId, String orderId, LocalDate day, double value) {
    }

    public static final String ADMIN_TOKEN = "memory-admin";

    private final DataSource db;
    private final Map<String, Contact> contacts = new TreeMap<>();
    private final List<Order> orders = new CopyOnWriteArrayList<>();
    private final List<FollowUpTask> tasks = new CopyOnWriteArrayList<>();
    private final byte[] key = new byte[32];

    MemoryHost(DataSource db, int customers, long seed) {
        this.db = db;
        Random random = new Random(seed);
        random.nextBytes(key);
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 1; i <= customers; i++) {
            String id = String.format(Locale.ROOT, "M%04d", i);
            contacts.put(id, new Contact(id, "Customer " + i, Contact.Kind.PERSON, i % 2 == 0 ? "REP_EVEN"
                    : "REP_ODD"));
            int count = 1 + random.nextInt(6);
            LocalDate day = start.plusDays(random.nextInt(200));
            for (int n = 0; n < count && day.isBefore(LocalDate.of(2025, 6, 30)); n++) {
                orders.add(new Order(id, id + "-" + n, day, 20 + random.nextInt(200)));
                day = day.plusDays(1 + random.nextInt(120));
            }
        }
        orders.sort(Comparator.comparing(Order::contactId).thenComparing(Order::day));
    }

    /** A new order, as a host's users would place one between runs. */
    public void addOrder(Order order) {
        orders.add(order);
        orders.sort(Comparator.comparing(Order::contactId).thenComparing(Order::day));
    }

    /** The tasks the plugin handed to this host. */
    public List<FollowUpTask> tasks() {
        return List.copyOf(tasks);
    }

    @Override
    public DataSource connections() {
        return db;
    }

    @Override
    public OrderLedger ledger() {
        return new OrderLedger() {
            @Override
            public LedgerReport streamCountedOrders(CountingRules rules, CountedOrderSink sink) {
                long counted = 0;
                for (Order o : orders) {
                    if (!o.day().isAfter(rules.asOf())) {
                        sink.accept(o.contactId(), o.orderId(), o.day(), o.value());
                        counted++;
                    }
                }
                return new LedgerReport(orders.size(), counted, Map.of("afterAsOf", orders.size() - counted),
                        orders.stream().map(Order::contactId).distinct().count());
            }

            @Override
            public Optional<LocalDate> firstOrderDay(CountingRules rules) {
                return orders.stream().map(Order::day).min(Comparator.naturalOrder());
            }
        };
    }

    @Override
    public ContactDirectory contacts(Supplier<List<String>> contactRoles) {
        return new ContactDirectory() {
            @Override
            public Optional<Contact> find(String partyId) {
                return Optional.ofNullable(contacts.get(partyId));
            }

            @Override
            public List<Contact> search(String text, int limit) {
                String lower = text.toLowerCase(Locale.ROOT);
                return contacts.values().stream().filter(c -> (c.partyId() + " " + c.displayName())
                        .toLowerCase(Locale.ROOT).contains(lower)).limit(limit).toList();
            }

            @Override
            public long forEachContact(Consumer<Contact> visitor) {
                Collection<Contact> all = contacts.values();
                all.forEach(visitor);
                return all.size();
            }
        };
    }

    @Override
    public FollowUpSink followUps() {
        return task -> {
            if (tasks.stream().anyMatch(t -> t.key().equals(task.key()))) {
                return false;
            }
            return tasks.add(task);
        };
    }

    @Override
    public HostSecurity security() {
        return request -> request.header("Authorization").map(h -> {
            if (!h.equals("Bearer " + ADMIN_TOKEN)) {
                throw new HostSecurity.Refused(401, "not this host's token");
            }
            return new ApiUser("memory-admin", ApiUser.admin(), null);
        });
    }

    @Override
    public byte[] secretKey() {
        return key.clone();
    }

    @Override
    public void close() {
    }
}
