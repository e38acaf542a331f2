package org.clvplugin.values;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
     * What to list; null filters are not applied; {@code text} is a search in names and party ids; {@code newWithin}
     * keeps contacts whose first order is at most that many days before the run's as-of date.
     */
    public record Query(String text, String tier, String segment, Double minClv, String owner, Integer newWithin,
                        PublishedValues.Order order, int limit, String cursor) {

        PublishedValues.Filter filter(LocalDate asOf) {
            return new PublishedValues.Filter(text, tier, segment, minClv, owner,
                    newWithin == null || asOf == null ? null : asOf.minusDays(newWithin));
        }

        /** Contacts without a value can match: a search by value, narrowed by owner at most. */
        boolean findsContactsWithoutValue() {
            return text != null && tier == null && segment == null && minClv == null && newWithin == null
                    && order == PublishedValues.Order.VALUE;
        }

        Query withLimit(int pageSize) {
            return new Query(text, tier, segment, minClv, owner, newWithin, order, pageSize, null);
        }
    }

    /**
     * A contact in a list, with its name from the host; the figures are null for a contact no run has scored, and
     * the interval and P(alive) where the run could not estimate them. Amounts in the currency's minor units.
     */
    public record Item(String partyId, String name, String ownerPartyId, String ownerName, Double clv, Double clvLow,
                       Double clvHigh, Double historicalValue, Double probabilityAlive, String tierKey,
                       String segment, LocalDate firstOrderDate, LocalDate lastOrderDate) {

        Item withOwnerName(String owner) {
            return new Item(partyId, name, ownerPartyId, owner, clv, clvLow, clvHigh, historicalValue,
                    probabilityAlive, tierKey, segment, firstOrderDate, lastOrderDate);
        }

        static Item of(SnapshotRow r, String name, String currency) {
            return new Item(r.partyId(), name, r.ownerPartyId(), null, Money.round(r.clv(), currency),
                    Money.round(r.clvLow(), currency), Money.round(r.clvHigh(), currency),
                    Money.round(r.historicalValue(), currency), r.probabilityAlive(), r.tierKey(), r.segment(),
                    r.firstOrderDate(), r.lastOrderDate());
        }
    }


    /**
     * One page, its values in the run's currency; {@code nextCursor} is null on the last. {@code total} is how many
     * contacts the whole list holds, given on the first page (null on the others); {@code asOf} the run's as-of date
     * (what "days since the last order" counts to).
     */
    public record Page(Long runId, String currency, Long total, List<Item> items, String nextCursor,
                       java.time.LocalDate asOf) {

        /** A page before its run's as-of date is added. */
        public Page(Long runId, String currency, Long total, List<Item> items, String nextCursor) {
            this(runId, currency, total, items, nextCursor, null);
        }
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

    public ContactList(RunRepository runs, PublishedValues values, ContactDirectory directory) {
        this.runs = runs;
        this.values = values;
        this.directory = directory;
    }

    public Page page(Query q) {
        Page page = pageOf(q);
        return new Page(page.runId(), page.currency(), page.total(), withOwnerNames(page.items()), page.nextCursor(),
                page.runId() == null ? null : runs.find(page.runId()).map(RunRecord::asOf).orElse(null));
    }

    /** The items with their owners' names, in one look-up of the host for the page. */
    private List<Item> withOwnerNames(List<Item> items) {
        List<String> owners = items.stream().map(Item::ownerPartyId).filter(java.util.Objects::nonNull).distinct()
                .toList();
        if (owners.isEmpty()) {
            return items;
        }
        Map<String, String> names = directory.namesOf(owners);
        return items.stream().map(i -> i.withOwnerName(names.get(i.ownerPartyId()))).toList();
    }

    private Page pageOf(Query q) {
        Optional<Cursor> after = Optional.ofNullable(q.cursor()).map(Cursor::decode);
        Long runId = after.map(Cursor::runId).orElseGet(() -> values.publishedRunId().orElse(null));
        if (runId == null) {
            // Before the first run only a search finds anything: contacts, none with a value yet.
            return q.findsContactsWithoutValue() ? withoutValue(null, null, q, after) : new Page(null, null, 0L,
                    List.of(), null);
        }
        if (after.isPresent() && runs.find(runId).map(RunRecord::state).orElse(null) != RunRecord.State.SUCCEEDED) {
            throw new InvalidCursorException("the run this cursor pages through is no longer kept; start again");
        }
        String currency = currency(runId);
        PublishedValues.Filter filter = q.filter(runs.find(runId).map(RunRecord::asOf).orElse(null));
        if (after.isPresent() && !after.get().amongWithoutValue() && !after.get().phase().equals(q.order().name())) {
            throw new InvalidCursorException("the cursor pages through another order than the one asked for");
        }
        Long total = after.isPresent() ? null : values.count(runId, filter, q.order())
                + (q.findsContactsWithoutValue() ? withoutValue(runId, currency, q.withLimit(0), Optional.empty())
                        .total() : 0);
        if (after.isPresent() && after.get().amongWithoutValue()) {
            Page page = withoutValue(runId, currency, q, after);
            return new Page(runId, currency, null, page.items(), page.nextCursor());
        }
        List<SnapshotRow> rows = values.page(runId, filter, q.order(), after.map(Cursor::value).orElse(null),
                after.map(Cursor::partyId).orElse(null), q.limit() + 1);
        boolean more = rows.size() > q.limit();
        List<SnapshotRow> shown = more ? rows.subList(0, q.limit()) : rows;
        Map<String, Contact> contacts = directory.findAll(shown.stream().map(SnapshotRow::partyId).toList());
        List<Item> items = new ArrayList<>(shown.stream().map(r -> Item.of(r, Optional.ofNullable(contacts.get(
                r.partyId())).map(Contact::displayName).orElse(r.contactName()), currency)).toList());
        if (more) {
            SnapshotRow last = shown.get(shown.size() - 1);
            return new Page(runId, currency, total, items, new Cursor(runId, q.order().valueOf(last), last.partyId(),
                    q.order()).encode());
        }
        if (!q.findsContactsWithoutValue()) {
            return new Page(runId, currency, total, items, null);
        }
        // The valued matches end on this page: those without a value follow, on it as far as there is room.
        int room = q.limit() - items.size();
        Page rest = withoutValue(runId, currency, q.withLimit(room), Optional.empty());
        items.addAll(rest.items());
        String next = rest.nextCursor();
        if (room == 0 && rest.total() > 0 && !shown.isEmpty()) {
            // No room left, but some follow: the next page starts after the last valued one.
            SnapshotRow last = shown.get(shown.size() - 1);
            next = new Cursor(runId, q.order().valueOf(last), last.partyId(), q.order()).encode();
        }
        return new Page(runId, currency, total, items, next);
    }

    /**
     * The search's matches that the run has no value for (added to the host since), by party id, after the cursor;
     * the page's total is how many there are in all.
     */
    private Page withoutValue(Long runId, String currency, Query q, Optional<Cursor> after) {
        List<Contact> found = directory.search(q.text(), WITHOUT_VALUE_MAX).stream()
                .filter(c -> q.owner() == null || q.owner().equals(c.ownerPartyId())).toList();
        Map<String, SnapshotRow> valued = runId == null ? Map.of()
                : values.ofContacts(found.stream().map(Contact::partyId).toList());
        List<Contact> without = found.stream().filter(c -> !valued.containsKey(c.partyId())).toList();
        String afterParty = after.map(Cursor::partyId).orElse(null);
        List<Contact> next = without.stream().filter(c -> afterParty == null || c.partyId().compareTo(afterParty) > 0)
                .limit(Math.max(0, q.limit()) + 1L).toList();
        boolean more = next.size() > q.limit();
        List<Contact> shown = more ? next.subList(0, q.limit()) : next;
        List<Item> items = shown.stream().map(c -> new Item(c.partyId(), c.displayName(), c.ownerPartyId(), null,
                null, null, null, null, null, null, null, null, null)).toList();
        long total = without.size();
        boolean cursorPossible = more && runId != null && !shown.isEmpty();
        return new Page(runId, currency, total, items, cursorPossible ? new Cursor(runId, 0,
                shown.get(shown.size() - 1).partyId(), Cursor.WITHOUT_VALUE).encode() : null);
    }

    private String currency(long runId) {
        return runs.find(runId).map(r -> RunContext.of(r).currency()).orElse(null);
    }
}
