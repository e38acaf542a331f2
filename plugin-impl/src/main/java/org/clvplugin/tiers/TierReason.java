package org.clvplugin.tiers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a contact's tier changed, read back into its parts from the words {@link TierAssigner} recorded (kept in
 * CLV_TIER_HISTORY), so that a UI can say it in its own language and money: entered at a value, crossed a higher
 * tier's threshold at a value, fell below the tier's threshold for longer than the grace, or the policy dropped the
 * tier. {@code value} is the tier basis's value (money in the reporting currency, or a percentile); {@code count}
 * and {@code unit} ("runs" or "days") are the grace that ran out. Words this version did not write are OTHER.
 */
public record TierReason(Kind kind, Double value, boolean percentile, Integer count, String unit) {

    public enum Kind { ENTERED, CROSSED, GRACE_EXPIRED, POLICY_CHANGED, OTHER }

    private static final String VALUE = "(percentile )?(-?[0-9]+(?:\\.[0-9]+)?)";
    private static final Pattern ENTERED = Pattern.compile("entered at " + VALUE);
    private static final Pattern CROSSED = Pattern.compile("threshold of \\S+ crossed at " + VALUE);
    private static final Pattern GRACE = Pattern.compile("below the threshold of \\S+ for ([0-9]+) (run|runs|day|days)"
            + " \\(grace expired\\) at " + VALUE);

    public static TierReason parse(String words) {
        if (words == null) {
            return new TierReason(Kind.OTHER, null, false, null, null);
        }
        Matcher m = ENTERED.matcher(words);
        if (m.matches()) {
            return new TierReason(Kind.ENTERED, Double.valueOf(m.group(2)), m.group(1) != null, null, null);
        }
        m = CROSSED.matcher(words);
        if (m.matches()) {
            return new TierReason(Kind.CROSSED, Double.valueOf(m.group(2)), m.group(1) != null, null, null);
        }
        m = GRACE.matcher(words);
        if (m.matches()) {
            return new TierReason(Kind.GRACE_EXPIRED, Double.valueOf(m.group(4)), m.group(3) != null,
                    Integer.valueOf(m.group(1)), m.group(2).startsWith("run") ? "runs" : "days");
        }
        return new TierReason(words.startsWith("policy changed:") ? Kind.POLICY_CHANGED : Kind.OTHER, null, false,
                null, null);
    }
}
