package org.clvplugin.values;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.clvplugin.api.host.Contact;
import org.clvplugin.api.host.ContactDirectory;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.store.RunRecord;
import org.clvplugin.store.RunRepository;
import org.clvplugin.store.SnapshotRow;

/**
 * Lists of contacts for admins and reps: the published run's contacts by value (top contacts, a tier's members,
 * a segment, a rep's own, those whose name or party id contains a text, or any combination), page by page. A search
 * ranks over all of the run's matches, most valuable first; contacts the host added since the run (no value yet)
 * follow them. A cursor stays on the run it started in, so pages do not shift when a new run is published meanwhile.
 */
public final class ContactList {

    /**
     * Which contacts to list; null criteria are not applied. {@code text} is a search in names and party ids; the
     * value (in the run's currency) and churn-risk (0 to 1) bounds are inclusive; {@code newWithin} keeps contacts
     * whose first order is at most that many days before the run's as-of date.
     */
    public record Criteria(String text, String tier, String segment, Double minClv, Double maxClv,
                           Double minChurnRisk, Double maxChurnRisk, String owner, Integer newWithin) {
        public static final Criteria ALL = new Criteria(null, null, null, null, null, null, null, null, null);

        PublishedValues.Filter filter(LocalDate asOf) {
            return new PublishedValues.Filter(text, tier, segment, minClv, maxClv, minChurnRisk, maxChurnRisk, owner,
                    newWithin == null || asOf == null ? null : asOf.minusDays(newWithin));
        }

        /** Only a search narrowed by owner at most: contacts without a value can match it. */
        boolean searchOnly() {
            return text != null && equals(new Criteria(text, null, null, null, null, null, null, owner, null));
        }
    }

    /** What to list, in which order, a page of how many, after the cursor when given. */
    public record Query(Criteria criteria, PublishedValues.Order order, int limit, String cursor) {

        /** Contacts without a value can match: a search by value, narrowed by owner at most. */
        boolean findsContactsWithoutValue() {
            return criteria.searchOnly() && order == PublishedValues.Order.VALUE;
        }

        public Query withCursor(String next) {
            return new Query(criteria, order, limit, next);
        }
    }

    /**
     * A contact in a list, with its name from the host; the figures are null for a contact no run has scored, the
     * prediction (CLV, interval, P(alive)) for one without orders (bought so far is then 0), and the interval and
     * P(alive) where the run could not estimate them. Amounts in the currency's minor units.
     */
    public record Item(String partyId, String name, String ownerPartyId, String ownerName, Double clv, Double clvLow,
                       Double clvHigh, Double previousClv, Double historicalValue, Double probabilityAlive,
                       String tierKey, String segment, LocalDate firstOrderDate, LocalDate lastOrderDate) {

        Item withOwnerName(String owner) {
            return new Item(partyId, name, ownerPartyId, owner, clv, clvLow, clvHigh, previousClv, historicalValue,
                    probabilityAlive, tierKey, segment, firstOrderDate, lastOrderDate);
        }

        /**
         * A contact of the run; one without orders has no prediction (null, as on its card), only what it bought:
         * nothing.
         */
        static Item of(SnapshotRow r, SnapshotRow before, String name, String currency) {
            boolean predicted = r.orders() > 0;
            return new Item(r.partyId(), name, r.ownerPartyId(), null,
                    predicted ? Money.round(r.clv(), currency) : null,
                    predicted ? Money.round(r.clvLow(), currency) : null,
                    predicted ? Money.round(r.clvHigh(), currency) : null,
                    before == null || before.orders() == 0 ? null : Money.round(before.clv(), currency),
                    Money.round(r.historicalValue(), currency), predicted ? r.probabilityAlive() : null, r.tierKey(),
                    r.segment(), r.firstOrderDate(), r.lastOrderDate());
        }

        static Item withoutValue(Contact c) {
            return new Item(c.partyId(), c.displayName(), c.ownerPartyId(), null, null, null, null, null, null, null,
                    null, null, null, null);
        }
    }


    /**
     * One page, its values in the run's currency; {@code nextCursor} is null on the last. {@code total} is how many
     * contacts the whole list holds, given on the first page (null on the others); {@code asOf} the run's as-of date
     * (what "days since the last order" counts to).
     */
    public record Page(Long runId, String currency, Long total, List<Item> items, String nextCursor, LocalDate asOf) {
    }

    /**
     * The most contacts without a value a search looks at (they follow the valued ones): the host's directory is
     * searched again for each of their pages.
     */
    static final int WITHOUT_VALUE_MAX = 1000;

    /** A cursor that this server did not make, or whose run is no longer kept. */
    public static final class InvalidCursorException extends IllegalArgumentException {
        public InvalidCursorException(String message) {
            super(message);
        }
    }

    /**
     * After this contact: at {@code value} in the list's order (named in {@code phase}), or among the contacts
     * without a value (phase WITHOUT_VALUE), by party id.
     */
    private record Cursor(long runId, double value, String partyId, String phase) {
        static final String WITHOUT_VALUE = "WITHOUT_VALUE";

        Cursor(long runId, double value, String partyId, PublishedValues.Order order) {
            this(runId, value, partyId, order.name());
        }

        boolean amongWithoutValue() {
            return phase.equals(WITHOUT_VALUE);
        }

        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((runId + "|" + Double.doubleToLongBits(value)
                    + "|" + partyId + "|" + phase).getBytes(StandardCharsets.UTF_8));
        }

        /**
         * Only a cursor this server could have made: three fields, a run id, a finite value, a party id of at most
         * 20 plain characters, written as this server writes them.
         */
        static Cursor decode(String text) {
            Cursor cursor;
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8)
                        .split("\\|", -1);
                cursor = new Cursor(Long.parseLong(parts.length == 4 ? parts[0] : "none"),
                        Double.longBitsToDouble(Long.parseLong(parts[1])), parts[2], parts[3]);
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw notOurs();
            }
            boolean plausible = cursor.runId > 0 && Double.isFinite(cursor.value)
                    && (cursor.amongWithoutValue() || java.util.Arrays.stream(PublishedValues.Order.values())
                            .anyMatch(o -> o.name().equals(cursor.phase)))
                    && !cursor.partyId.isEmpty() && cursor.partyId.length() <= 20
                    && cursor.partyId.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
            if (!plausible || !cursor.encode().equals(text)) {
                throw notOurs();
            }
            return cursor;
        }

        private static InvalidCursorException notOurs() {
            return new InvalidCursorException("the cursor is not one this server gave out");
        }
    }

    private final RunRepository runs;
    private final PublishedValues values;
    private final ContactDirectory directory;
    private final OwnerNames owners;

    public ContactList(RunRepository runs, PublishedValues values, ContactDirectory directory, OwnerNames owners) {
        this.runs = runs;
        this.values = values;
        this.directory = directory;
        this.owners = owners;
    }

    public Page page(Query q) {
        Page page = pageOf(q);
        return new Page(page.runId(), page.currency(), page.total(), withOwnerNames(page.items()), page.nextCursor(),
                page.asOf());
    }

    /** The items with their owners' names. */
    private List<Item> withOwnerNames(List<Item> items) {
        List<String> ids = items.stream().map(Item::ownerPartyId).filter(java.util.Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return items;
        }
        Map<String, String> names = owners.of(ids);
        return items.stream().map(i -> i.withOwnerName(names.get(i.ownerPartyId()))).toList();
    }

    private Page pageOf(Query q) {
        Optional<Cursor> after = Optional.ofNullable(q.cursor()).map(Cursor::decode);
        Long runId = after.map(Cursor::runId).orElseGet(() -> values.publishedRunId().orElse(null));
        // A search's matches that have no value (added to the host since the run): looked up at most once a page,
        // and only by the pages that need them (the first, for the count; those at and after the valued ones' end).
        Supplier<List<Contact>> without = new Supplier<>() {
            private List<Contact> found;

            @Override
            public List<Contact> get() {
                if (found == null) {
                    found = q.findsContactsWithoutValue() ? withoutValue(runId, q) : List.of();
                }
                return found;
            }
        };
        if (runId == null) {
            // Before the first run only a search finds anything: contacts, none with a value yet.
            return withoutValuePage(null, null, null, without.get(), q.limit(), after, (long) without.get().size());
        }
        Optional<RunRecord> run = runs.find(runId);
        if (after.isPresent() && run.map(RunRecord::state).orElse(null) != RunRecord.State.SUCCEEDED) {
            throw new InvalidCursorException("the run this cursor pages through is no longer kept; start again");
        }
        if (after.isPresent() && !after.get().amongWithoutValue() && !after.get().phase().equals(q.order().name())) {
            throw new InvalidCursorException("the cursor pages through another order than the one asked for");
        }
        String currency = run.map(r -> RunContext.of(r).currency()).orElse(null);
        LocalDate asOf = run.map(RunRecord::asOf).orElse(null);
        if (after.isPresent() && after.get().amongWithoutValue()) {
            return withoutValuePage(runId, currency, asOf, without.get(), q.limit(), after, null);
        }
        PublishedValues.Filter filter = q.criteria().filter(asOf);
        Long total = after.isPresent() ? null : values.count(runId, filter, q.order()) + without.get().size();
        List<SnapshotRow> rows = values.page(runId, filter, q.order(), after.map(Cursor::value).orElse(null),
                after.map(Cursor::partyId).orElse(null), q.limit() + 1);
        boolean more = rows.size() > q.limit();
        List<SnapshotRow> shown = more ? rows.subList(0, q.limit()) : rows;
        List<String> ids = shown.stream().map(SnapshotRow::partyId).toList();
        Map<String, Contact> contacts = directory.findAll(ids);
        Map<String, SnapshotRow> before = runs.succeededBefore(runId).map(r -> values.ofContactsInRun(r, ids)).orElse(Map.of());
        List<Item> items = new ArrayList<>(shown.stream().map(r -> Item.of(r, before.get(r.partyId()),
                Optional.ofNullable(contacts.get(r.partyId())).map(Contact::displayName).orElse(r.contactName()),
                currency)).toList());
        String afterLast = shown.isEmpty() ? null : new Cursor(runId, q.order().valueOf(shown.get(shown.size() - 1)),
                shown.get(shown.size() - 1).partyId(), q.order()).encode();
        if (more) {
            return new Page(runId, currency, total, items, afterLast, asOf);
        }
        // The valued matches end on this page: those without a value follow, on it as far as there is room (with
        // none, the next page starts after the last valued one).
        int room = q.limit() - items.size();
        Page rest = withoutValuePage(runId, currency, asOf, without.get(), room, Optional.empty(), null);
        items.addAll(rest.items());
        String next = room == 0 && !without.get().isEmpty() ? afterLast : rest.nextCursor();
        return new Page(runId, currency, total, items, next, asOf);
    }

    /** The search's matches that the run has no value for, by party id (none unless the query can find them). */
    private List<Contact> withoutValue(Long runId, Query q) {
        String owner = q.criteria().owner();
        List<Contact> found = directory.search(q.criteria().text(), WITHOUT_VALUE_MAX).stream()
                .filter(c -> owner == null || owner.equals(c.ownerPartyId())).toList();
        Map<String, SnapshotRow> valued = runId == null ? Map.of()
                : values.ofContacts(found.stream().map(Contact::partyId).toList());
        return found.stream().filter(c -> !valued.containsKey(c.partyId())).toList();
    }

    /** A page of contacts without a value, after the cursor's party. */
    private static Page withoutValuePage(Long runId, String currency, LocalDate asOf, List<Contact> without,
                                         int limit, Optional<Cursor> after, Long total) {
        String afterParty = after.map(Cursor::partyId).orElse(null);
        List<Contact> next = without.stream().filter(c -> afterParty == null || c.partyId().compareTo(afterParty) > 0)
                .limit(limit + 1L).toList();
        boolean more = next.size() > limit;
        List<Contact> shown = more ? next.subList(0, limit) : next;
        List<Item> items = shown.stream().map(Item::withoutValue).toList();
        boolean cursorPossible = more && runId != null && !shown.isEmpty();
        return new Page(runId, currency, total, items, cursorPossible ? new Cursor(runId, 0,
                shown.get(shown.size() - 1).partyId(), Cursor.WITHOUT_VALUE).encode() : null, asOf);
    }
}
