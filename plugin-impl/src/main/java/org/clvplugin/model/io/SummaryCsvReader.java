package org.clvplugin.model.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    private record Layout(int id, int x, int tx, int age, int zbar, int historical, int orders, int columns) {
        boolean hasMonetary() {
            return zbar >= 0;
        }
    }

    public static SummaryTable read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new InvalidSummaryException(file + ": the file is empty; expected a header such as x,t_x,T,zbar");
            }
            Layout layout = layout(file, split(stripBom(header)));
            SummaryTable.Builder table = SummaryTable.builder();
            String line;
            int lineNumber = 1;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                addRow(table, layout, split(line), file + " line " + lineNumber);
            }
            return table.build();
        }
    }

    private static void addRow(SummaryTable.Builder table, Layout layout, List<String> cells, String where) {
        if (cells.size() != layout.columns()) {
            throw new InvalidSummaryException(where + ": expected " + layout.columns() + " fields, found "
                    + cells.size());
        }
        String id = layout.id() >= 0 ? cells.get(layout.id()) : null;
        double x = number(cells, layout.x(), "frequency x", where);
        if (x != Math.rint(x)) {
            throw new InvalidSummaryException(where + ": field frequency x must be a whole number, was "
                    + cells.get(layout.x()));
        }
        double tx = number(cells, layout.tx(), "recency t_x", where);
        double age = number(cells, layout.age(), "age T", where);
        double zbar = layout.hasMonetary() ? number(cells, layout.zbar(), "monetary value zbar", where) : Double.NaN;
        if (x > 0 && zbar <= 0) {
            // In a summary file a repeat buyer without spend is a missing value. (Orders from the host may be
            // free, so the table itself accepts zero.)
            throw new InvalidSummaryException(where + ": monetary value zbar must be > 0 when frequency x > 0, was "
                    + cells.get(layout.zbar()));
        }
        double historical = layout.historical() >= 0
                ? number(cells, layout.historical(), "historical value", where) : Double.NaN;
        double orders = layout.orders() >= 0 ? number(cells, layout.orders(), "orders", where) : -1;
        try {
            table.add(id, (int) x, tx, age, zbar, historical, (int) orders);
        } catch (InvalidSummaryException e) {
            // The builder counts rows; the file's line number is what a person can find.
            throw new InvalidSummaryException(where + ": " + e.getMessage().replaceFirst("^row \\d+( \\(id [^)]*\\))?: ", ""));
        }
    }

    private static double number(List<String> cells, int column, String field, String where) {
        String text = cells.get(column).trim();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InvalidSummaryException(where + ": field " + field + ": '" + text + "' is not a number");
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
        return new Layout(id, x, tx, age, zbar, historical, orders, names.size());
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == ',') {
                cells.add(unquote(line.substring(start, i).trim()));
                start = i + 1;
            }
        }
        return cells;
    }

    private static String unquote(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                ? cell.substring(1, cell.length() - 1) : cell;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
