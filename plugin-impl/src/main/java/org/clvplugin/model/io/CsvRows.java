package org.clvplugin.model.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.clvplugin.model.InvalidSummaryException;

/**
 * A comma-separated file with a header line, read row by row with each row's place ("FILE line N") for error
 * messages. Cells are trimmed and may be quoted; a row must have as many cells as the header.
 */
final class CsvRows implements AutoCloseable {

    /** Receives one data row. */
    @FunctionalInterface
    interface Row {
        void accept(List<String> cells, String where);
    }

    private final Path file;
    private final BufferedReader in;
    private final List<String> header;

    private CsvRows(Path file, BufferedReader in, List<String> header) {
        this.file = file;
        this.in = in;
        this.header = header;
    }

    /** Opens the file and reads its header; an empty file is an error that shows an example header. */
    static CsvRows open(Path file, String exampleHeader) throws IOException {
        BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        String first = in.readLine();
        if (first == null) {
            in.close();
            throw new InvalidSummaryException(file + ": the file is empty; expected a header such as "
                    + exampleHeader);
        }
        return new CsvRows(file, in, split(first.startsWith("\uFEFF") ? first.substring(1) : first));
    }

    List<String> header() {
        return header;
    }

    void forEach(Row row) throws IOException {
        String line;
        int lineNumber = 1;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String where = file + " line " + lineNumber;
            List<String> cells = split(line);
            if (cells.size() != header.size()) {
                throw new InvalidSummaryException(where + ": expected " + header.size() + " fields, found "
                        + cells.size());
            }
            row.accept(cells, where);
        }
    }

    static double number(String text, String field, String where) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidSummaryException(where + ": field " + field + ": '" + text.trim() + "' is not a number");
        }
    }

    static int wholeNumber(String text, String field, String where) {
        double v = number(text, field, where);
        if (v != Math.rint(v)) {
            throw new InvalidSummaryException(where + ": field " + field + " must be a whole number, was "
                    + text.trim());
        }
        return (int) v;
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == ',') {
                String cell = line.substring(start, i).trim();
                cells.add(cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                        ? cell.substring(1, cell.length() - 1) : cell);
                start = i + 1;
            }
        }
        return cells;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
