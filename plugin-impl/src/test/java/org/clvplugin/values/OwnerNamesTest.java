package org.clvplugin.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.clvplugin.api.host.Contact;
import org.clvplugin.api.host.ContactDirectory;
import org.clvplugin.testsupport.TestClock;
import org.junit.jupiter.api.Test;

/** Owners' names are asked of the host once a minute per owner, several in one look-up, not on every view. */
class OwnerNamesTest {

    private final List<List<String>> asked = new ArrayList<>();

    private final ContactDirectory directory = new ContactDirectory() {
        @Override
        public Map<String, String> namesOf(Collection<String> partyIds) {
            asked.add(List.copyOf(partyIds));
            Map<String, String> names = new HashMap<>();
            partyIds.stream().filter(id -> id.startsWith("REP_")).forEach(id -> names.put(id, "Name of " + id));
            return names;
        }

        @Override
        public Optional<Contact> find(String partyId) {
            return Optional.empty();
        }

        @Override
        public List<Contact> search(String text, int limit) {
            return List.of();
        }

        @Override
        public long forEachContact(Consumer<Contact> visitor) {
            return 0;
        }
    };

    private final TestClock clock = new TestClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final OwnerNames owners = new OwnerNames(directory, clock);

    @Test
    void namesAreKeptAMinuteAndAskedForTogether() {
        assertEquals(Map.of("REP_ANNA", "Name of REP_ANNA", "REP_BEN", "Name of REP_BEN"),
                owners.of(List.of("REP_ANNA", "REP_BEN", "REP_ANNA", "GONE")), "the host does not name GONE");
        assertEquals(List.of(List.of("REP_ANNA", "REP_BEN", "GONE")), asked, "one look-up, each owner once");
        assertEquals(Map.of("REP_ANNA", "Name of REP_ANNA"), owners.of(List.of("REP_ANNA", "GONE")));
        assertEquals(1, asked.size(), "kept, the unnamed one too");
        owners.of(List.of("REP_ANNA", "REP_CARLA"));
        assertEquals(List.of("REP_CARLA"), asked.get(1), "only the one not kept");
        clock.advance(OwnerNames.KEPT.plusSeconds(1));
        owners.of(List.of("REP_ANNA"));
        assertEquals(List.of("REP_ANNA"), asked.get(2), "asked again after a minute");
    }
}
