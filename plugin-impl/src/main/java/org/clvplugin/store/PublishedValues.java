package org.clvplugin.store;

import java.util.Optional;

/** Reads what readers may see: rows of the published run only. */
public final class PublishedValues {

    private final PluginStore store;

    public PublishedValues(PluginStore store) {
        this.store = store;
    }

    /** The card query: one contact's row in the published run. */
    public Optional<SnapshotRow> ofContact(String partyId) {
        return store.fromTransaction(s -> s.createSelectionQuery(
                        "from SnapshotRow r where r.partyId = :party and r.runId = "
                                + "(select p.runId from PublishedRun p)", SnapshotRow.class)
                .setParameter("party", partyId).getResultList().stream().findFirst());
    }

    /** How many contacts the published run holds. */
    public long contacts() {
        return store.fromTransaction(s -> s.createSelectionQuery(
                "select count(*) from SnapshotRow r where r.runId = (select p.runId from PublishedRun p)",
                Long.class).getSingleResult());
    }
}
