package org.clvplugin.model;

/**
 * The distinct (x, t_x, T) patterns of a summary table with their weights, and for every customer the pattern it
 * belongs to.
 */
final class Patterns {

    final int[] x;
    final double[] recency;
    final double[] age;
    final double[] weight;
    final int[] patternOfCustomer;
    final long customers;
    /** The distinct values among all recencies and ages, and each pattern's index into them. */
    final double[] times;
    final int[] recencyIndex;
    final int[] ageIndex;

    private Patterns(PatternIndex index, int[] patternOfCustomer) {
        int n = index.size();
        x = new int[n];
        recency = new double[n];
        age = new double[n];
        weight = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = index.count(i);
            recency[i] = index.first(i);
            age[i] = index.second(i);
            weight[i] = index.weight(i);
        }
        this.patternOfCustomer = patternOfCustomer;
        this.customers = patternOfCustomer.length;
        // Order data has day resolution: a few thousand distinct times serve hundreds of thousands of patterns,
        // so per-time terms such as ln(alpha + T) are computed once per time, not once per pattern.
        PatternIndex distinct = new PatternIndex(Math.min(n, 1 << 12));
        recencyIndex = new int[n];
        ageIndex = new int[n];
        for (int i = 0; i < n; i++) {
            recencyIndex[i] = distinct.add(0, recency[i], 0);
            ageIndex[i] = distinct.add(0, age[i], 0);
        }
        times = new double[distinct.size()];
        for (int k = 0; k < times.length; k++) {
            times[k] = distinct.first(k);
        }
    }

    static Patterns of(SummaryTable table) {
        PatternIndex index = new PatternIndex(Math.min(table.size(), 1 << 20));
        int[] patternOfCustomer = new int[table.size()];
        for (int i = 0; i < table.size(); i++) {
            patternOfCustomer[i] = index.add(table.frequency(i), table.recency(i), table.age(i));
        }
        return new Patterns(index, patternOfCustomer);
    }

    int size() {
        return x.length;
    }

    int maxFrequency() {
        int max = 0;
        for (int v : x) {
            max = Math.max(max, v);
        }
        return max;
    }
}
