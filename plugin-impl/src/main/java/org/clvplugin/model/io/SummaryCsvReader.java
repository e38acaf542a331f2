package org.clvplugin.model.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.clvplugin.model.InvalidSummaryException;
import org.clvplugin.model.SummaryTable;

/**
 * Reads a customer summary CSV. The header decides the columns: {@code x,t_x,T[,zbar]} (Fader-Hardie) or
 * {@code frequency,recency,T[,monetary_value]} (lifetimes), with an optional id column first; the columns
 * {@code historical_value}, {@code orders}, {@code holdout_purchases} and {@code holdout_value} written by
 * {@code clv transactions-to-summary} are understood too. Errors name the line and the field.
 */
public final class SummaryCsvReader {

    private SummaryCsvReader() {
    }

    /** What the header said: where each column is, and whether monetary values are present. */
    private record Layout(int id, int x, int tx, int age, int zbar, int historical, int orders) {
        boolean hasMonetary() {
            return zbar >= 0;
        }
    }

    public static SummaryTable read(Path file) throws IOException {
        try (CsvRows rows = CsvRows.open(file, "x,t_x,T,zbar")) {
            Layout layout = layout(file, rows.header());
            SummaryTable.Builder table = SummaryTable.builder();
            rows.forEach((cells, where) -> addRow(table, layout, cells, where));
            return table.build();
        }
    }

    private static void addRow(SummaryTable.Builder table, Layout layout, List<String> cells, String where) {
        String id = layout.id() >= 0 ? cells.get(layout.id()) : null;
        int x = CsvRows.wholeNumber(cells.get(layout.x()), "frequency x", where);
        double tx = CsvRows.number(cells.get(layout.tx()), "recency t_x", where);
        double age = CsvRows.number(cells.get(layout.age()), "age T", where);
        double zbar = layout.hasMonetary()
                ? CsvRows.number(cells.get(layout.zbar()), "monetary value zbar", where) : Double.NaN;
        if (x > 0 && zbar <= 0) {
            // In a summary file a repeat buyer without spend is a missing value. (Orders from the host may be
            // free, so the table itself accepts zero.)
            throw new InvalidSummaryException(where + ": monetary value zbar must be > 0 when frequency x > 0, was "
                    + cells.get(layout.zbar()));
        }
        double historical = layout.historical() >= 0
                ? CsvRows.number(cells.get(layout.historical()), "historical value", where) : Double.NaN;
        double orders = layout.orders() >= 0 ? CsvRows.number(cells.get(layout.orders()), "orders", where) : -1;
        try {
            table.add(id, x, tx, age, zbar, historical, (int) orders);
        } catch (InvalidSummaryException e) {
            // The builder counts rows; the file's line number is what a person can find.
            throw new InvalidSummaryException(where + ": "
                    + e.getMessage().replaceFirst("^row \\d+( \\(id [^)]*\\))?: ", ""));
        }
    }

    private static Layout layout(Path file, List<String> names) {
        int x = -1;
        int tx = -1;
        int age = -1;
        int zbar = -1;
        int historical = -1;
        int orders = -1;
        int id = -1;
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim();
            switch (name.toLowerCase(Locale.ROOT)) {
                case "x", "frequency" -> x = i;
                case "t_x", "recency" -> tx = i;
                case "t" -> age = i;
                case "zbar", "monetary_value" -> zbar = i;
                case "historical_value" -> historical = i;
                case "orders" -> orders = i;
                case "holdout_purchases", "holdout_value" -> {
                    // Written by transactions-to-summary for evaluation; not part of the calibration summary.
                }
                default -> {
                    if (i == 0) {
                        id = 0;
                    } else {
                        unknown.add(name);
                    }
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidSummaryException(file + " header: unknown column(s) " + unknown
                    + "; expected an optional id column first, then x,t_x,T[,zbar] or "
                    + "frequency,recency,T[,monetary_value]");
        }
        if (x < 0 || tx < 0 || age < 0) {
            throw new InvalidSummaryException(file + " header: needs columns x (or frequency), t_x (or recency) "
                    + "and T; found " + names);
        }
        return new Layout(id, x, tx, age, zbar, historical, orders);
    }



}
