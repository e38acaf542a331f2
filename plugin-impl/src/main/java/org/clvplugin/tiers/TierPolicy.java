package org.clvplugin.tiers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.clvplugin.api.FieldError;

/**
 * The tier policy: tiers in ascending order of threshold on one basis, and the hysteresis that keeps tiers from
 * flapping.
 */
public record TierPolicy(TierBasis basis, List<Tier> tiers, Hysteresis hysteresis) {

    private static final Pattern KEY = Pattern.compile("[A-Z0-9_]{1,20}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public TierPolicy {
        // Kept as given, nulls included, so that validate() can say what is missing rather than fail here.
        tiers = tiers == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(tiers));
    }

    /** Bronze, Silver, Gold and Platinum on predicted CLV, with the default hysteresis. */
    public static TierPolicy defaults() {
        return new TierPolicy(TierBasis.PREDICTED_CLV, List.of(
                new Tier("BRONZE", "Bronze", "#A97142", 0),
                new Tier("SILVER", "Silver", "#8A9597", 100),
                new Tier("GOLD", "Gold", "#C9A227", 500),
                new Tier("PLATINUM", "Platinum", "#5B6770", 2000)), Hysteresis.DEFAULT);
    }

    /** Every problem of the policy, each naming its field ("tiers[2].threshold"); empty when valid. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (basis == null) {
            errors.add(FieldError.coded("basis", "tier.basis", "choose PREDICTED_CLV, HISTORICAL_VALUE or CLV_PERCENTILE"));
        }
        if (tiers.isEmpty()) {
            errors.add(FieldError.coded("tiers", "tier.none", "a policy needs at least one tier"));
        }
        if (hysteresis == null) {
            errors.add(FieldError.coded("hysteresis", "tier.hysteresis", "give grace, minimumInTier and unit (RUNS or DAYS)"));
        } else {
            if (hysteresis.unit() == null) {
                errors.add(FieldError.coded("hysteresis.unit", "tier.unit", "choose RUNS or DAYS"));
            }
            if (hysteresis.grace() < 0 || hysteresis.grace() > 3650) {
                errors.add(between("hysteresis.grace", 0, 3650, hysteresis.grace()));
            }
            if (hysteresis.minimumInTier() < 0 || hysteresis.minimumInTier() > 3650) {
                errors.add(between("hysteresis.minimumInTier", 0, 3650, hysteresis.minimumInTier()));
            }
        }
        Set<String> keys = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            String at = "tiers[" + i + "].";
            if (t == null) {
                errors.add(FieldError.coded("tiers[" + i + "]", "required", "missing"));
                continue;
            }
            if (t.key() == null || !KEY.matcher(t.key()).matches()) {
                errors.add(FieldError.coded(at + "key", "tier.key", "1 to 20 of A-Z, 0-9 and _, was '" + t.key()
                        + "'", "value", t.key()));
            } else if (!keys.add(t.key())) {
                errors.add(FieldError.coded(at + "key", "tier.keyTaken", "'" + t.key() + "' is used by another tier",
                        "value", t.key()));
            }
            if (t.displayName() == null || t.displayName().isBlank()) {
                errors.add(FieldError.coded(at + "displayName", "required", "must not be empty"));
            } else if (t.displayName().length() > 100) {
                errors.add(FieldError.coded(at + "displayName", "tooLong", "at most 100 characters", "max", 100));
            } else if (!names.add(t.displayName().trim())) {
                errors.add(FieldError.coded(at + "displayName", "tier.nameTaken", "'" + t.displayName()
                        + "' is used by another tier", "value", t.displayName()));
            }
            if (t.colour() == null || !COLOUR.matcher(t.colour()).matches()) {
                errors.add(FieldError.coded(at + "colour", "tier.colour", "a colour like #C9A227, was '" + t.colour()
                        + "'", "value", t.colour()));
            }
            if (!Double.isFinite(t.threshold())) {
                errors.add(FieldError.coded(at + "threshold", "number", "must be a number"));
            } else if (basis == TierBasis.CLV_PERCENTILE && (t.threshold() < 0 || t.threshold() > 100)) {
                errors.add(FieldError.coded(at + "threshold", "tier.percentile", "a percentile is between 0 and 100,"
                        + " was " + t.threshold(), "value", t.threshold()));
            } else if (i > 0 && tiers.get(i - 1) != null && Double.isFinite(tiers.get(i - 1).threshold())
                    && t.threshold() <= tiers.get(i - 1).threshold()) {
                Tier below = tiers.get(i - 1);
                boolean named = t.displayName() != null && !t.displayName().isBlank();
                errors.add(FieldError.coded(at + "threshold", named ? "tier.above" : "tier.aboveUnnamed",
                        "must be above the threshold of "
                        + below.key() + " (" + below.threshold() + ")", "tier", t.displayName(), "below",
                        below.displayName(), "threshold", below.threshold(), "percentile",
                        basis == TierBasis.CLV_PERCENTILE));
            }
        }
        return errors;
    }

    private static FieldError between(String field, int min, int max, int value) {
        return FieldError.coded(field, "range", "between " + min + " and " + max + ", was " + value, "min", min, "max",
                max, "value", value);
    }

    /**
     * The problems of a policy an admin saves or previews: those of {@link #validate()}, and a first tier that does
     * not start at 0 (every contact with orders then has a tier). Policies stored before this rule still load and
     * assign (their contacts below the first tier have none).
     */
    public List<FieldError> validateForSaving() {
        List<FieldError> errors = new ArrayList<>(validate());
        if (errors.isEmpty() && tiers.get(0).threshold() != 0) {
            errors.add(FieldError.coded("tiers[0].threshold", "tier.firstAtZero", "the first tier starts at 0, so "
                    + "that every contact with orders has a tier; was " + tiers.get(0).threshold(), "tier",
                    tiers.get(0).displayName(), "value", tiers.get(0).threshold()));
        }
        return errors;
    }

    /** The index of the highest tier whose threshold the value reaches, or -1 below the first tier. */
    public int rankOf(double value) {
        int rank = -1;
        for (int i = 0; i < tiers.size(); i++) {
            if (value >= tiers.get(i).threshold()) {
                rank = i;
            }
        }
        return rank;
    }

    public int indexOf(String key) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
