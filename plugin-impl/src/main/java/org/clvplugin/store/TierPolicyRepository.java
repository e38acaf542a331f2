package org.clvplugin.store;

import java.time.Clock;
import java.util.List;

import org.clvplugin.api.FieldError;
import org.clvplugin.api.InvalidFieldsException;
import org.clvplugin.tiers.Hysteresis;
import org.clvplugin.tiers.Tier;
import org.clvplugin.tiers.TierBasis;
import org.clvplugin.tiers.TierPolicy;

/**
 * The tier policy: tiers in CLV_TIER, the basis and hysteresis in CLV_SETTING. The default policy applies until
 * an admin saves one; a policy is validated before it is saved, and every save is audited.
 */
public final class TierPolicyRepository {

    static final String BASIS = "tiers.basis";
    static final String GRACE = "tiers.grace";
    static final String MINIMUM_IN_TIER = "tiers.minimumInTier";
    static final String HYSTERESIS_UNIT = "tiers.hysteresisUnit";

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final PluginStore store;
    private final SettingsRepository settings;
    private final Clock clock;

    public TierPolicyRepository(PluginStore store, SettingsRepository settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    public TierPolicy load() {
        List<TierRecord> rows = store.fromTransaction(s -> s.createSelectionQuery(
                "from TierRecord order by rank", TierRecord.class).getResultList());
        if (rows.isEmpty()) {
            return TierPolicy.defaults();
        }
        TierPolicy defaults = TierPolicy.defaults();
        return new TierPolicy(settings.get(BASIS).map(TierBasis::valueOf).orElse(defaults.basis()),
                rows.stream().map(TierRecord::tier).toList(),
                new Hysteresis(
                        settings.get(GRACE).map(Integer::parseInt).orElse(defaults.hysteresis().grace()),
                        settings.get(MINIMUM_IN_TIER).map(Integer::parseInt)
                                .orElse(defaults.hysteresis().minimumInTier()),
                        settings.get(HYSTERESIS_UNIT).map(Hysteresis.Unit::valueOf)
                                .orElse(defaults.hysteresis().unit())));
    }

    /**
     * Replaces the policy, tiers and settings in one transaction with its audit record (the policy before and
     * after); refused with the field errors when it does not validate, and then nothing changes.
     */
    public void save(TierPolicy policy, String by) {
        List<FieldError> errors = policy.validateForSaving();
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException("tier policy", errors);
        }
        String before = json(load());
        store.inTransaction(s -> {
            s.createMutationQuery("delete from TierRecord").executeUpdate();
            s.flush();
            for (int i = 0; i < policy.tiers().size(); i++) {
                Tier t = policy.tiers().get(i);
                s.persist(new TierRecord(t.key(), t.displayName(), t.colour(), i, policy.basis().name(),
                        t.threshold(), 0));
            }
            Hysteresis h = policy.hysteresis();
            for (String[] setting : new String[][] {{BASIS, policy.basis().name()},
                    {GRACE, Integer.toString(h.grace())}, {MINIMUM_IN_TIER, Integer.toString(h.minimumInTier())},
                    {HYSTERESIS_UNIT, h.unit().name()}}) {
                s.merge(new SettingRecord(setting[0], setting[1], clock.instant(), by));
            }
            s.persist(new AuditRecord(clock.instant(), by, "TIER_POLICY_SAVED", policy.tiers().size() + " tiers on "
                    + policy.basis(), before, json(policy)));
        });
    }

    private static String json(TierPolicy policy) {
        try {
            return JSON.writeValueAsString(policy);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tier policy is always JSON", e);
        }
    }
}
