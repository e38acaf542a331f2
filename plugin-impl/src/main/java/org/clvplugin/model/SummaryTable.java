package org.clvplugin.model;

import java.util.Arrays;

import org.clvplugin.api.CustomerSummary;

/**
 * Per-customer summaries held column-wise in primitive arrays, so that millions of customers cost tens of bytes
 * each. Times are in the table's time unit. Built with {@link Builder}, which validates every row.
 */
public final class SummaryTable {

    private final String[] ids;
    private final int[] frequency;
    private final double[] recency;
    private final double[] age;
    private final double[] monetaryValue;
    private final double[] historicalValue;
    private final int[] orders;
    private final int size;
    private final boolean monetaryValuesKnown;
    private volatile Patterns patterns;

    private SummaryTable(Builder b) {
        size = b.size;
        ids = b.ids == null ? null : Arrays.copyOf(b.ids, size);
        frequency = Arrays.copyOf(b.frequency, size);
        recency = Arrays.copyOf(b.recency, size);
        age = Arrays.copyOf(b.age, size);
        monetaryValue = Arrays.copyOf(b.monetaryValue, size);
        historicalValue = Arrays.copyOf(b.historicalValue, size);
        orders = Arrays.copyOf(b.orders, size);
        monetaryValuesKnown = !b.unknownMonetaryValue;
    }

    /** False when the rows came without monetary values (a summary of x, t_x and T only). */
    public boolean hasMonetaryValues() {
        return monetaryValuesKnown;
    }

    public int size() {
        return size;
    }

    /** The customer's id, or its 1-based row number when the table was built without ids. */
    public String id(int i) {
        return ids == null ? Integer.toString(i + 1) : ids[i];
    }

    public int frequency(int i) {
        return frequency[i];
    }

    public double recency(int i) {
        return recency[i];
    }

    public double age(int i) {
        return age[i];
    }

    public double monetaryValue(int i) {
        return monetaryValue[i];
    }

    public double historicalValue(int i) {
        return historicalValue[i];
    }

    public int orders(int i) {
        return orders[i];
    }

    /** The distinct (x, t_x, T) patterns, computed once and shared by fitting and scoring. */
    Patterns patterns() {
        Patterns p = patterns;
        if (p == null) {
            p = Patterns.of(this);
            patterns = p;
        }
        return p;
    }

    public CustomerSummary row(int i) {
        return new CustomerSummary(id(i), frequency[i], recency[i], age[i], monetaryValue[i], historicalValue[i],
                orders[i]);
    }

    public static Builder builder() {
        return new Builder(true, 16);
    }

    /** A builder that keeps no ids (rows are named by number): for generated data and benchmarks. */
    public static Builder builderWithoutIds(int expectedRows) {
        return new Builder(false, expectedRows);
    }

    public static SummaryTable of(CustomerSummary... rows) {
        Builder b = builder();
        for (CustomerSummary row : rows) {
            b.add(row);
        }
        return b.build();
    }

    /** Collects rows, checking each against the convention. Not thread-safe. */
    public static final class Builder {
        private String[] ids;
        private int[] frequency;
        private double[] recency;
        private double[] age;
        private double[] monetaryValue;
        private double[] historicalValue;
        private int[] orders;
        private int size;
        private boolean unknownMonetaryValue;

        private Builder(boolean withIds, int capacity) {
            capacity = Math.max(16, capacity);
            ids = withIds ? new String[capacity] : null;
            frequency = new int[capacity];
            recency = new double[capacity];
            age = new double[capacity];
            monetaryValue = new double[capacity];
            historicalValue = new double[capacity];
            orders = new int[capacity];
        }

        public Builder add(CustomerSummary s) {
            return add(s.id(), s.frequency(), s.recency(), s.age(), s.monetaryValue(), s.historicalValue(),
                    s.orders());
        }

        /** Adds a row with no separate history: historical value and orders follow from x and zbar. */
        public Builder add(String id, int x, double tx, double t, double zbar) {
            return add(id, x, tx, t, zbar, Double.NaN, -1);
        }

        /**
         * Adds one customer. A NaN zbar means the monetary value is not known (the table then has none, and only
         * purchase models can be fitted). A NaN historical value or negative order count means "not known": they are then
         * derived from x and zbar ((x + 1) purchase days, each at zbar).
         *
         * @throws InvalidSummaryException naming the row and field when the row breaks the convention
         */
        public Builder add(String id, int x, double tx, double t, double zbar, double historical, int orderCount) {
            String row = "row " + (size + 1) + (id == null ? "" : " (id " + id + ")");
            boolean knownMonetary = !Double.isNaN(zbar);
            unknownMonetaryValue |= !knownMonetary;
            check(row, x, tx, t, knownMonetary ? zbar : 1);
            boolean knownHistory = !Double.isNaN(historical);
            if (knownHistory && !(historical >= 0 && Double.isFinite(historical))) {
                throw new InvalidSummaryException(row + ": historical value must be a finite number >= 0, was "
                        + historical);
            }
            grow();
            if (ids != null) {
                ids[size] = id == null ? Integer.toString(size + 1) : id;
            }
            frequency[size] = x;
            recency[size] = tx;
            age[size] = t;
            monetaryValue[size] = knownMonetary ? zbar : 0;
            historicalValue[size] = knownHistory ? historical : knownMonetary ? (x + 1) * zbar : 0;
            orders[size] = orderCount >= 0 ? orderCount : x + 1;
            size++;
            return this;
        }

        private static void check(String row, int x, double tx, double t, double zbar) {
            if (x < 0) {
                throw new InvalidSummaryException(row + ": frequency x must be >= 0, was " + x);
            }
            requireNonNegative(row, "recency t_x", tx);
            requireNonNegative(row, "age T", t);
            requireNonNegative(row, "monetary value zbar", zbar);
            if (tx > t) {
                throw new InvalidSummaryException(row + ": recency t_x = " + tx + " is greater than age T = " + t);
            }
            if (x == 0 && tx != 0) {
                throw new InvalidSummaryException(row + ": recency t_x must be 0 when frequency x is 0, was " + tx);
            }
        }

        private static void requireNonNegative(String row, String field, double value) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new InvalidSummaryException(row + ": " + field + " must be a finite number >= 0, was " + value);
            }
        }

        private void grow() {
            if (size < frequency.length) {
                return;
            }
            int capacity = frequency.length * 2;
            if (ids != null) {
                ids = Arrays.copyOf(ids, capacity);
            }
            frequency = Arrays.copyOf(frequency, capacity);
            recency = Arrays.copyOf(recency, capacity);
            age = Arrays.copyOf(age, capacity);
            monetaryValue = Arrays.copyOf(monetaryValue, capacity);
            historicalValue = Arrays.copyOf(historicalValue, capacity);
            orders = Arrays.copyOf(orders, capacity);
        }

        public int size() {
            return size;
        }

        public SummaryTable build() {
            return new SummaryTable(this);
        }
    }
}
