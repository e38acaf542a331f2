package org.clvplugin.model;


/**
 * Recency, frequency and monetary quintile scores (1 to 5, 5 best) and the segment names of the common R-F grid.
 *
 * <p>A score is the customer's quintile in the population: 1 + floor(5 p) with p the share of customers with a
 * worse value plus half the share with the same value (ties share a score), capped at 5. Recency is the time since
 * the last purchase, so fewer days score higher; frequency is the number of purchase days; monetary the mean order
 * value. Segments follow the R and F scores (monetary value is reported, not used for the name):
 *
 * <pre>
 *        F=1            F=2            F=3             F=4              F=5
 * R=5    New customers  Potential l.   Potential l.    Champions        Champions
 * R=4    Promising      Potential l.   Potential l.    Loyal customers  Loyal customers
 * R=3    About to sleep About to sleep Need attention  Loyal customers  Loyal customers
 * R=2    Hibernating    Hibernating    At risk         At risk          Can't lose them
 * R=1    Lost           Hibernating    At risk         At risk          Can't lose them
 * </pre>
 */
public final class Rfm {

    private static final String[][] SEGMENTS = {
        {"Lost", "Hibernating", "At risk", "At risk", "Can't lose them"},
        {"Hibernating", "Hibernating", "At risk", "At risk", "Can't lose them"},
        {"About to sleep", "About to sleep", "Need attention", "Loyal customers", "Loyal customers"},
        {"Promising", "Potential loyalists", "Potential loyalists", "Loyal customers", "Loyal customers"},
        {"New customers", "Potential loyalists", "Potential loyalists", "Champions", "Champions"},
    };

    private Rfm() {
    }

    /** The segment names, each once, from the best (top right of the grid) to the lapsed (bottom left). */
    private static final java.util.List<String> SEGMENT_ORDER = java.util.List.of("Champions", "Loyal customers",
            "Potential loyalists", "New customers", "Promising", "Need attention", "About to sleep", "At risk",
            "Can't lose them", "Hibernating", "Lost");

    /** The segment names, each once, best first: the one list of them (the API's vocabulary gives it the UI). */
    public static java.util.List<String> segments() {
        return SEGMENT_ORDER;
    }

    /** The segment of a recency score and a frequency score, both 1 to 5. */
    public static String segment(int recency, int frequency) {
        if (recency < 1 || recency > 5 || frequency < 1 || frequency > 5) {
            throw new IllegalArgumentException("RFM scores are 1 to 5, were R=" + recency + " F=" + frequency);
        }
        return SEGMENTS[recency - 1][frequency - 1];
    }

    /** Quintile scores of the values, higher values scoring higher. */
    public static int[] scores(double[] values) {
        double[] shares = EmpiricalRank.shares(values);
        int[] out = new int[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.min(5, 1 + (int) Math.floor(5 * shares[i]));
        }
        return out;
    }

    /** Quintile scores where lower values score higher (recency: fewer days since the last purchase). */
    public static int[] reversedScores(double[] values) {
        double[] negated = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            negated[i] = -values[i];
        }
        return scores(negated);
    }
}
