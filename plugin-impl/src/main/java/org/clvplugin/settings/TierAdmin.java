package org.clvplugin.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.store.PublishedValues;
import org.clvplugin.store.TierPolicyRepository;
import org.clvplugin.tiers.TierPolicy;
import org.clvplugin.tiers.TierPreview;

/** The tier policy as admins edit it: read, save (validated, audited), and a what-if preview that saves nothing. */
public final class TierAdmin {

    /**
     * Contacts per tier now (the published run, with hysteresis) and under the proposed policy applied afresh to
     * the same run's values; contacts without orders count under "(none)" in both.
     */
    public record Preview(Long runId, Map<String, Long> before, Map<String, Long> after) {
    }

    private final TierPolicyRepository policies;
    private final PublishedValues values;

    public TierAdmin(TierPolicyRepository policies, PublishedValues values) {
        this.policies = policies;
        this.values = values;
    }

    public TierPolicy policy() {
        return policies.load();
    }

    /** Saves a valid policy; an invalid one throws {@link InvalidFieldsException}. */
    public TierPolicy save(TierPolicy policy, String by) {
        policies.save(policy, by);
        return policies.load();
    }

    public Preview preview(TierPolicy proposed) {
        List<org.clvplugin.api.FieldError> errors = proposed.validateForSaving();
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException("tier policy", errors);
        }
        Optional<Long> run = values.publishedRunId();
        if (run.isEmpty()) {
            return new Preview(null, Map.of(), Map.of());
        }
        Map<String, Long> before = values.tierCounts(TierPreview.NO_TIER);
        long contacts = before.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> after = new LinkedHashMap<>(TierPreview.counts(proposed,
                values.basisValues(proposed.basis())));
        long withOrders = after.values().stream().mapToLong(Long::longValue).sum();
        after.merge(TierPreview.NO_TIER, contacts - withOrders, Long::sum);
        return new Preview(run.get(), before, after);
    }
}
