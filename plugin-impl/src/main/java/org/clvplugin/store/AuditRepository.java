package org.clvplugin.store;

import java.util.List;

/** The audit trail, newest first. */
public final class AuditRepository {

    private final PluginStore store;

    public AuditRepository(PluginStore store) {
        this.store = store;
    }

    /** Records an admin action on its own (changes of settings and tiers record theirs with the change). */
    public void record(AuditRecord entry) {
        store.inTransaction(s -> s.persist(entry));
    }

    /** Up to {@code limit} entries older than {@code beforeId} (all when null), newest first. */
    public List<AuditRecord> recent(int limit, Long beforeId) {
        return store.fromTransaction(s -> s.createSelectionQuery(
                "from AuditRecord a where a.id < :before order by a.id desc", AuditRecord.class)
                .setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .setMaxResults(limit).getResultList());
    }
}
