package org.clvplugin.api.host;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The host's contacts: persons and organisations with a customer role. */
public interface ContactDirectory {

    Optional<Contact> find(String partyId);

    /** The contacts of several party ids (those the host knows), by party id; for lists of contacts. */
    default Map<String, Contact> findAll(Collection<String> partyIds) {
        Map<String, Contact> found = new HashMap<>();
        partyIds.forEach(id -> find(id).ifPresent(c -> found.put(id, c)));
        return found;
    }

    /**
     * The names of parties whatever their roles (a contact's owner, a sales rep, is seldom a contact): by party id,
     * those the host knows. By default the contacts' names only; a host whose owners are no contacts overrides it.
     */
    default Map<String, String> namesOf(Collection<String> partyIds) {
        Map<String, String> names = new HashMap<>();
        findAll(partyIds).forEach((id, contact) -> names.put(id, contact.displayName()));
        return names;
    }

    /**
     * Contacts whose party id or name contains the text (ignoring case), ordered by party id, at most
     * {@code limit}: what a search box finds.
     */
    java.util.List<Contact> search(String text, int limit);

    /** Visits every contact, ordered by party id; returns how many there were. */
    long forEachContact(Consumer<Contact> visitor);
}
