package org.clvplugin.model.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.clvplugin.model.InvalidSummaryException;
import org.clvplugin.model.TransactionSink;

/**
 * Reads whitespace-separated transaction files in the CDNOW layout: {@code id date quantity value} with the date
 * as yyyymmdd, or {@code id sampleId date quantity value} (the 1/10 sample carries the sample id second; the
 * sample id is used, as the published summaries are keyed by it). A first line that is not data (a header) is
 * skipped.
 */
public final class TransactionFileReader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private TransactionFileReader() {
    }

    /** Feeds every transaction of the file to the sink; returns the number of transactions read. */
    public static long read(Path file, TransactionSink into) throws IOException {
        long count = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                String trimmed = line.trim();
                if (trimmed.isEmpty() || (lineNumber == 1 && !Character.isDigit(trimmed.charAt(0)))) {
                    continue;
                }
                String[] f = trimmed.split("\\s+");
                if (f.length != 4 && f.length != 5) {
                    throw new InvalidSummaryException(file + " line " + lineNumber + ": expected 4 fields (id date "
                            + "quantity value) or 5 (id sampleId date quantity value), found " + f.length);
                }
                int d = f.length - 3;
                String id = f[d - 1];
                LocalDate date;
                try {
                    date = LocalDate.parse(f[d], DATE);
                } catch (DateTimeParseException e) {
                    throw new InvalidSummaryException(file + " line " + lineNumber + ": field date: '" + f[d]
                            + "' is not a date in the form yyyymmdd");
                }
                double value;
                try {
                    value = Double.parseDouble(f[d + 2]);
                } catch (NumberFormatException e) {
                    throw new InvalidSummaryException(file + " line " + lineNumber + ": field value: '" + f[d + 2]
                            + "' is not a number");
                }
                try {
                    into.add(id, date, value);
                } catch (InvalidSummaryException e) {
                    throw new InvalidSummaryException(file + " line " + lineNumber + ": " + e.getMessage());
                }
                count++;
            }
        }
        return count;
    }
}
