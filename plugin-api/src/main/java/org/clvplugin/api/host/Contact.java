package org.clvplugin.api.host;

/**
 * A person or organisation the plugin gives a value.
 *
 * @param partyId      the host's id
 * @param displayName  "First Last" for a person, the group name for an organisation
 * @param kind         PERSON or ORGANISATION
 * @param ownerPartyId the sales rep who owns the contact, or null
 */
public record Contact(String partyId, String displayName, Kind kind, String ownerPartyId) {

    public enum Kind { PERSON, ORGANISATION }
}
