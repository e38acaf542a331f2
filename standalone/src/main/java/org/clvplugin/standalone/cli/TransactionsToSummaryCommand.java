package org.clvplugin.standalone.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.clvplugin.api.PeriodUnit;
import org.clvplugin.model.SummaryTable;
import org.clvplugin.model.CalibrationHoldout;
import org.clvplugin.model.TransactionSummarizer;
import org.clvplugin.model.io.TransactionFileReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "transactions-to-summary", mixinStandardHelpOptions = true,
        description = "Summarises a CDNOW-style transaction file (id [sampleId] yyyymmdd quantity value) per "
                + "customer in the Fader-Hardie convention: purchases collapsed per day, x, t_x, T and zbar over "
                + "the calibration period, and what each customer did after it.")
public final class TransactionsToSummaryCommand implements Callable<Integer> {

    @Option(names = "--transactions", required = true, paramLabel = "FILE", description = "The transaction file.")
    Path transactions;

    @Option(names = "--calibration-end", required = true, paramLabel = "DATE",
            description = "Last day of the calibration period, yyyy-mm-dd or yyyymmdd (inclusive).")
    String calibrationEnd;

    @Option(names = "--time-unit", defaultValue = "week", paramLabel = "UNIT",
            description = "day, week or month (default: ${DEFAULT-VALUE}).")
    String timeUnit;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "Where to write the summary.")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        TransactionSummarizer summarizer = new TransactionSummarizer(parseDate(calibrationEnd),
                PeriodUnit.parse(timeUnit));
        long read = TransactionFileReader.read(transactions, summarizer);
        CalibrationHoldout result = summarizer.summarize();
        write(result);
        spec.commandLine().getErr().printf(Locale.ROOT,
                "read %,d transactions; wrote %,d customers to %s (%,d first bought after the calibration end "
                        + "and are left out)%n", read, result.calibration().size(), out, result.acquiredInHoldout());
        spec.commandLine().getErr().flush();
        return 0;
    }

    private void write(CalibrationHoldout result) throws IOException {
        SummaryTable table = result.calibration();
        AtomicFile.write(out, w -> {
            w.write("id,x,t_x,T,zbar,historical_value,orders,holdout_purchases,holdout_value\n");
            StringBuilder line = new StringBuilder(128);
            for (int i = 0; i < table.size(); i++) {
                line.setLength(0);
                line.append(table.id(i)).append(',').append(table.frequency(i)).append(',');
                DecimalText.append(line, table.recency(i)).append(',');
                DecimalText.append(line, table.age(i)).append(',');
                DecimalText.append(line, table.monetaryValue(i)).append(',');
                DecimalText.append(line, table.historicalValue(i)).append(',');
                line.append(table.orders(i)).append(',');
                DecimalText.append(line, result.holdoutPurchases()[i]).append(',');
                DecimalText.append(line, result.holdoutValue()[i]).append('\n');
                w.append(line);
            }
        });
    }

    private static LocalDate parseDate(String text) {
        try {
            return text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--calibration-end: '" + text
                    + "' is not a date (use yyyy-mm-dd or yyyymmdd)");
        }
    }
}
