package org.clvplugin.values;

import java.util.Locale;
import java.util.Set;

import org.clvplugin.store.SnapshotRow;

/**
 * The drivers of a contact's value ({@link ContactValue.Drivers}): frequency, recency against the contact's own
 * rhythm, spend against the base, and whether the RFM segment and the model's churn risk agree.
 */
final class Drivers {

    /** Segments whose names tell a rep the contact is buying. */
    static final Set<String> ACTIVE_SEGMENTS = Set.of("Champions", "Loyal customers", "Potential loyalists",
            "New customers", "Promising");
    /** Segments whose names tell a rep the contact has lapsed. */
    static final Set<String> QUIET_SEGMENTS = Set.of("Lost", "Hibernating", "At risk", "Can't lose them",
            "About to sleep");
    static final double HIGH_RISK = 0.5;
    static final double LOW_RISK = 0.25;

    private Drivers() {
    }

    static ContactValue.Drivers of(SnapshotRow s, RunContext r, Double churnRisk) {
        double weeksPerUnit = r.unit().days() / 7;
        double sinceLast = (s.age() - s.recency()) * weeksPerUnit;
        Double usualGap = s.frequency() == 0 ? null : s.recency() / s.frequency() * weeksPerUnit;
        Double ratio = usualGap == null || usualGap <= 0 ? null : sinceLast / usualGap;
        double orderValue = s.historicalValue() / (s.frequency() + 1);
        return new ContactValue.Drivers(s.frequency() + 1, round1(s.age() * weeksPerUnit), round1(sinceLast),
                usualGap == null ? null : round1(usualGap), ratio == null ? null : round1(ratio),
                Money.round(orderValue, r.currency()), Money.round(r.meanOrderValue(), r.currency()),
                usualGap == null ? null : agreement(s.segment(), churnRisk));
    }

    /** Whether segment and churn risk agree; only for repeat buyers, whose own rhythm the model can judge. */
    static String agreement(String segment, Double churnRisk) {
        if (churnRisk == null || segment == null) {
            return null;
        }
        if (ACTIVE_SEGMENTS.contains(segment) && churnRisk >= HIGH_RISK) {
            return "ACTIVE_SEGMENT_LIKELY_LOST";
        }
        if (QUIET_SEGMENTS.contains(segment) && churnRisk < LOW_RISK) {
            return "QUIET_SEGMENT_LIKELY_ACTIVE";
        }
        return "AGREE";
    }

    /** The drivers in an English sentence, for the API's explanation text. */
    static String text(ContactValue.Drivers d, String currency) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "Bought on %d day%s in %.0f weeks; the last order was %.0f weeks ago", d.purchaseDays(),
                d.purchaseDays() == 1 ? "" : "s", d.weeksAsCustomer(), d.weeksSinceLastOrder()));
        if (d.usualGapWeeks() != null) {
            b.append(String.format(Locale.ROOT, ", %.1fx the usual gap of %.0f weeks between orders", d.gapRatio(),
                    d.usualGapWeeks()));
        }
        b.append(String.format(Locale.ROOT, ". Average order %s %.2f against %s %.2f across contacts.", currency,
                d.orderValue(), currency, d.baseOrderValue()));
        if ("ACTIVE_SEGMENT_LIKELY_LOST".equals(d.agreement())) {
            b.append(" The RFM segment compares recency with all contacts and still sounds active; the model "
                    + "compares it with this contact's own rhythm and finds it has probably stopped buying.");
        } else if ("QUIET_SEGMENT_LIKELY_ACTIVE".equals(d.agreement())) {
            b.append(" The RFM segment sounds lapsed against all contacts, but for this contact's own rhythm the "
                    + "gap is not unusual, so the model expects it to buy again.");
        }
        return b.toString();
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
