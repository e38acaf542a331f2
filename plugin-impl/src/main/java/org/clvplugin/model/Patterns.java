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
