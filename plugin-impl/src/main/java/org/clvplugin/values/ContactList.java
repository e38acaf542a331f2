package org.clvplugin.values;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
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
 * a segment, a rep's own), page by page. A cursor stays on the run it started in, so pages do not shift when a
 * new run is published meanwhile.
 */
public final class ContactList {

    /** What to list; null filters are not applied. */
    public record Query(String tier, String segment, Double minClv, String owner, boolean ascending, int limit,
                        String cursor) {
    }

    /**
     * A contact in a list, with its name from the host; the figures are null for a contact no run has scored, and
     * the interval and P(alive) where the run could not estimate them. Amounts in the currency's minor units.
     */
    public record Item(String partyId, String name, String ownerPartyId, Double clv, Double clvLow, Double clvHigh,
                       Double historicalValue, Double probabilityAlive, String tierKey, String segment) {

        static Item of(SnapshotRow r, String name, String currency) {
            return new Item(r.partyId(), name, r.ownerPartyId(), Money.round(r.clv(), currency),
                    Money.round(r.clvLow(), currency), Money.round(r.clvHigh(), currency),
                    Money.round(r.historicalValue(), currency), r.probabilityAlive(), r.tierKey(), r.segment());
        }
    }


    /** One page, its values in the run's currency; {@code nextCursor} is null on the last. */
    public record Page(Long runId, String currency, List<Item> items, String nextCursor) {
    }

    /** A cursor that this server did not make, or whose run is no longer kept. */
    public static final class InvalidCursorException extends IllegalArgumentException {
        public InvalidCursorException(String message) {
            super(message);
        }
    }

    private record Cursor(long runId, double clv, String partyId) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((runId + "|" + Double.doubleToLongBits(clv)
                    + "|" + partyId).getBytes(StandardCharsets.UTF_8));
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
                cursor = new Cursor(Long.parseLong(parts.length == 3 ? parts[0] : "none"),
                        Double.longBitsToDouble(Long.parseLong(parts[1])), parts[2]);
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw notOurs();
            }
            boolean plausible = cursor.runId > 0 && Double.isFinite(cursor.clv) && cursor.clv >= 0
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
        Optional<Cursor> after = Optional.ofNullable(q.cursor()).map(Cursor::decode);
        Long runId = after.map(Cursor::runId).orElseGet(() -> values.publishedRunId().orElse(null));
        if (runId == null) {
            return new Page(null, null, List.of(), null);
        }
        if (after.isPresent() && runs.find(runId).map(RunRecord::state).orElse(null) != RunRecord.State.SUCCEEDED) {
            throw new InvalidCursorException("the run this cursor pages through is no longer kept; start again");
        }
        List<SnapshotRow> rows = values.page(runId, q.tier(), q.segment(), q.minClv(), q.owner(), q.ascending(),
                after.map(Cursor::clv).orElse(null), after.map(Cursor::partyId).orElse(null), q.limit() + 1);
        boolean more = rows.size() > q.limit();
        List<SnapshotRow> shown = more ? rows.subList(0, q.limit()) : rows;
        Map<String, Contact> contacts = directory.findAll(shown.stream().map(SnapshotRow::partyId).toList());
        String currency = currency(runId);
        List<Item> items = shown.stream().map(r -> Item.of(r,
                Optional.ofNullable(contacts.get(r.partyId())).map(Contact::displayName).orElse(null), currency))
                .toList();
        SnapshotRow last = more ? shown.get(shown.size() - 1) : null;
        return new Page(runId, currency, items,
                last == null ? null : new Cursor(runId, last.clv(), last.partyId()).encode());
    }

    /**
     * Contacts whose party id or name contains the text, with their values in the published run; only those the
     * owner owns when {@code owner} is given; scored contacts by value first, in one page.
     */
    public Page search(String text, String owner, int limit) {
        Long runId = values.publishedRunId().orElse(null);
        List<Contact> found = directory.search(text, limit).stream()
                .filter(c -> owner == null || owner.equals(c.ownerPartyId())).toList();
        Map<String, SnapshotRow> rows = runId == null ? Map.of()
                : values.ofContacts(found.stream().map(Contact::partyId).toList());
        String currency = runId == null ? null : currency(runId);
        List<Item> items = new ArrayList<>();
        for (Contact c : found) {
            SnapshotRow row = rows.get(c.partyId());
            items.add(row != null ? Item.of(row, c.displayName(), currency) : new Item(c.partyId(), c.displayName(),
                    c.ownerPartyId(), null, null, null, null, null, null, null));
        }
        items.sort(Comparator.comparing(Item::clv, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Item::partyId));
        return new Page(runId, currency, items, null);
    }

    private String currency(long runId) {
        return runs.find(runId).map(r -> RunContext.of(r).currency()).orElse(null);
    }
}
