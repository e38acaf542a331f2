package org.clvplugin.model.io;

import java.io.IOException;
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
        try (CsvRows rows = CsvRows.open(file, "frequency,recency,periods,weights")) {
            List<String> names = rows.header().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            int x = column(names, "frequency", "x");
            int tx = column(names, "recency", "t_x");
            int n = column(names, "periods", "n");
            int w = column(names, "weights", "weight");
            if (x < 0 || tx < 0 || n < 0) {
                throw new InvalidSummaryException(file + " header: needs columns frequency, recency and periods "
                        + "(or x, t_x, n), optionally weights; found " + names);
            }
            DiscreteSummary.Builder data = DiscreteSummary.builder();
            rows.forEach((cells, where) -> {
                int frequency = CsvRows.wholeNumber(cells.get(x), "frequency", where);
                int recency = CsvRows.wholeNumber(cells.get(tx), "recency", where);
                int periods = CsvRows.wholeNumber(cells.get(n), "periods", where);
                double weight = w < 0 ? 1 : CsvRows.number(cells.get(w), "weights", where);
                try {
                    data.add(frequency, recency, periods, weight);
                } catch (InvalidSummaryException e) {
                    throw new InvalidSummaryException(where + ": " + e.getMessage().replaceFirst("^row \\d+: ", ""));
                }
            });
            return data.build();
        }
    }

    private static int column(List<String> names, String name, String alias) {
        int i = names.indexOf(name);
        return i >= 0 ? i : names.indexOf(alias);
    }
}
