package org.clvplugin.values;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.clvplugin.api.host.ContactDirectory;

/**
 * Owners' names, kept a minute: every card view and list page shows its owners by name, and owners are the CRM's
 * users (few, their names seldom change), so the host is asked once a minute per owner, not on every view. At most
 * {@link #MOST} are kept (owner ids come from the host's data, not from callers).
 */
public final class OwnerNames {

    static final Duration KEPT = Duration.ofMinutes(1);
    static final int MOST = 10_000;

    private record Named(String name, Instant at) {
    }

    private final ContactDirectory directory;
    private final Clock clock;
    private final Map<String, Named> names = new ConcurrentHashMap<>();

    public OwnerNames(ContactDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** The name of each owner the host names, by party id; the ones not kept (or kept too long) in one look-up. */
    public Map<String, String> of(Collection<String> ownerPartyIds) {
        Instant now = clock.instant();
        Map<String, String> found = new HashMap<>();
        List<String> stale = ownerPartyIds.stream().distinct().filter(id -> {
            Named kept = names.get(id);
            if (kept == null || now.isAfter(kept.at().plus(KEPT))) {
                return true;
            }
            if (kept.name() != null) {
                found.put(id, kept.name());
            }
            return false;
        }).toList();
        if (!stale.isEmpty()) {
            if (names.size() + stale.size() > MOST) {
                names.clear();
            }
            Map<String, String> read = directory.namesOf(stale);
            stale.forEach(id -> names.put(id, new Named(read.get(id), now)));
            found.putAll(read);
        }
        return found;
    }
}
