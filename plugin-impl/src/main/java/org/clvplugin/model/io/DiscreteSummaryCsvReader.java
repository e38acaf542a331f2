package org.clvplugin.model.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.clvplugin.model.DiscreteSummary;
import org.clvplugin.model.InvalidSummaryException;

/**
 * Reads discrete-time (BG/BB) summaries: header {@code frequency,recency,periods[,weights]} (or {@code x,t_x,n}),
 * one pattern a line; without a weights column every line is one customer.
 */
public final class DiscreteSummaryCsvReader {

    private DiscreteSummaryCsvReader() {
    }

    public static DiscreteSummary read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new InvalidSummaryException(file + ": the file is empty; expected a header such as "
                        + "frequency,recency,periods,weights");
            }
            List<String> names = List.of(header.trim().toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
            int x = column(names, "frequency", "x");
            int tx = column(names, "recency", "t_x");
            int n = column(names, "periods", "n");
            int w = column(names, "weights", "weight");
            if (x < 0 || tx < 0 || n < 0) {
                throw new InvalidSummaryException(file + " header: needs columns frequency, recency and periods "
                        + "(or x, t_x, n), optionally weights; found " + names);
            }
            DiscreteSummary.Builder data = DiscreteSummary.builder();
            String line;
            int lineNumber = 1;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + " line " + lineNumber;
                String[] cells = line.trim().split("\\s*,\\s*");
                if (cells.length != names.size()) {
                    throw new InvalidSummaryException(where + ": expected " + names.size() + " fields, found "
                            + cells.length);
                }
                try {
                    data.add(whole(cells[x], "frequency", where), whole(cells[tx], "recency", where),
                            whole(cells[n], "periods", where), w < 0 ? 1 : number(cells[w], "weights", where));
                } catch (InvalidSummaryException e) {
                    throw new InvalidSummaryException(e.getMessage().startsWith(file.toString()) ? e.getMessage()
                            : where + ": " + e.getMessage().replaceFirst("^row \\d+: ", ""));
                }
            }
            return data.build();
        }
    }

    private static int column(List<String> names, String name, String alias) {
        int i = names.indexOf(name);
        return i >= 0 ? i : names.indexOf(alias);
    }

    private static int whole(String text, String field, String where) {
        double v = number(text, field, where);
        if (v != Math.rint(v)) {
            throw new InvalidSummaryException(where + ": field " + field + " must be a whole number, was " + text);
        }
        return (int) v;
    }

    private static double number(String text, String field, String where) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InvalidSummaryException(where + ": field " + field + ": '" + text + "' is not a number");
        }
    }
}
