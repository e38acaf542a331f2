package org.clvplugin.api.host;

import java.util.Optional;
import java.util.function.Consumer;

/** The host's contacts: persons and organisations with a customer role. */
public interface ContactDirectory {

    Optional<Contact> find(String partyId);

    /** Visits every contact, ordered by party id; returns how many there were. */
    long forEachContact(Consumer<Contact> visitor);
}
