package org.clvplugin.tiers;

/**
 * What keeps tiers from flapping: a contact moves up at once, but down only after its basis has stayed below its
 * tier's threshold for {@code grace} and after {@code minimumInTier} in the tier, both counted in runs or in days.
 */
public record Hysteresis(int grace, int minimumInTier, Unit unit) {

    /** How grace and the minimum time in a tier are counted. */
    public enum Unit { RUNS, DAYS }

    /** Two runs of grace, at least one run in the tier. */
    public static final Hysteresis DEFAULT = new Hysteresis(2, 1, Unit.RUNS);
}
