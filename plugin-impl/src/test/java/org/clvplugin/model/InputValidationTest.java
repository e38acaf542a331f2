package org.clvplugin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.clvplugin.api.PeriodUnit;
import org.clvplugin.model.io.DiscreteSummaryCsvReader;
import org.clvplugin.model.io.SummaryCsvReader;
import org.clvplugin.model.io.TransactionFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad rows are refused with a message naming the row (or file line) and the field. */
class InputValidationTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', value = {
        "-1 | 0  | 10  | 0   | frequency x must be >= 0              | negative x",
        "2  | 11 | 10  | 5   | recency t_x = 11.0 is greater than age T = 10.0 | t_x above T",
        "2  | -1 | 10  | 5   | recency t_x must be a finite number >= 0 | negative t_x",
        "2  | 1  | NaN | 5   | age T must be a finite number >= 0     | NaN T",
        "2  | 1  | Infinity | 5 | age T must be a finite number >= 0 | infinite T",
        "2  | 1  | 10  | -3  | monetary value zbar must be a finite number >= 0 | negative zbar",
        "0  | 4  | 10  | 0   | recency t_x must be 0 when frequency x is 0 | t_x without repeats",
    })
    void badRowsNameRowAndField(int x, double tx, double age, double zbar, String message, String title) {
        SummaryTable.Builder builder = SummaryTable.builder().add("ok", 1, 1, 2, 3);
        InvalidSummaryException e = assertThrows(InvalidSummaryException.class,
                () -> builder.add("c42", x, tx, age, zbar));
        assertTrue(e.getMessage().startsWith("row 2 (id c42): "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(1, builder.size(), "the bad row is not added");
    }

    @Test
    void csvErrorsNameTheFileLineAndField() throws IOException {
        Path file = write("id,x,t_x,T,zbar\n1,2,30.43,38.86,22.35\n2,1,abc,38.86,11.77\n");
        InvalidSummaryException e = assertThrows(InvalidSummaryException.class, () -> SummaryCsvReader.read(file));
        assertEquals(file + " line 3: field recency t_x: 'abc' is not a number", e.getMessage());

        Path rule = write("id,x,t_x,T,zbar\n1,2,30.43,38.86,22.35\n\n7,1,40,38.86,11.77\n");
        e = assertThrows(InvalidSummaryException.class, () -> SummaryCsvReader.read(rule));
        assertEquals(rule + " line 4: recency t_x = 40.0 is greater than age T = 38.86", e.getMessage());

        Path noSpend = write("id,x,t_x,T,zbar\n1,2,30.43,38.86,0\n");
        e = assertThrows(InvalidSummaryException.class, () -> SummaryCsvReader.read(noSpend));
        assertEquals(noSpend + " line 2: monetary value zbar must be > 0 when frequency x > 0, was 0",
                e.getMessage());

        Path fraction = write("x,t_x,T\n1.5,2,3\n");
        e = assertThrows(InvalidSummaryException.class, () -> SummaryCsvReader.read(fraction));
        assertTrue(e.getMessage().contains("line 2: field frequency x must be a whole number"), e.getMessage());

        Path ragged = write("x,t_x,T\n1,2\n");
        e = assertThrows(InvalidSummaryException.class, () -> SummaryCsvReader.read(ragged));
        assertTrue(e.getMessage().contains("line 2: expected 3 fields, found 2"), e.getMessage());
    }

    @Test
    void csvHeadersDecideTheColumns() throws IOException {
        SummaryTable lifetimes = SummaryCsvReader.read(write(
                "customer,frequency,recency,T,monetary_value\nA,2,30.43,38.86,22.35\nB,0,0,38.86,0\n"));
        assertEquals("A", lifetimes.id(0));
        assertEquals(2, lifetimes.frequency(0));
        assertEquals(22.35, lifetimes.monetaryValue(0));
        assertTrue(lifetimes.hasMonetaryValues());

        SummaryTable noMoney = SummaryCsvReader.read(write("T,x,t_x\n38.86,2,30.43\n"));
        assertEquals(30.43, noMoney.recency(0));
        assertEquals("1", noMoney.id(0), "rows without an id column are numbered");
        assertFalse(noMoney.hasMonetaryValues());

        InvalidSummaryException e = assertThrows(InvalidSummaryException.class,
                () -> SummaryCsvReader.read(write("id,x,t_x,T,colour\n")));
        assertTrue(e.getMessage().contains("unknown column(s) [colour]"), e.getMessage());
        e = assertThrows(InvalidSummaryException.class, () -> SummaryCsvReader.read(write("id,x,T\n")));
        assertTrue(e.getMessage().contains("needs columns x (or frequency), t_x (or recency) and T"), e.getMessage());
        e = assertThrows(InvalidSummaryException.class, () -> SummaryCsvReader.read(write("")));
        assertTrue(e.getMessage().contains("the file is empty"), e.getMessage());
    }

    @Test
    void transactionErrorsNameTheLine() throws IOException {
        TransactionSummarizer summarizer = new TransactionSummarizer(LocalDate.of(1997, 9, 30), PeriodUnit.WEEK);
        Path badDate = write("00001 19970101 1 11.77\n00001 1997-02-01 1 5.00\n");
        InvalidSummaryException e = assertThrows(InvalidSummaryException.class,
                () -> TransactionFileReader.read(badDate, summarizer));
        assertTrue(e.getMessage().endsWith("line 2: field date: '1997-02-01' is not a date in the form yyyymmdd"),
                e.getMessage());
        Path badValue = write("00001 19970101 1 eleven\n");
        e = assertThrows(InvalidSummaryException.class, () -> TransactionFileReader.read(badValue, summarizer));
        assertTrue(e.getMessage().endsWith("line 1: field value: 'eleven' is not a number"), e.getMessage());
        Path fields = write("00001 19970101\n");
        e = assertThrows(InvalidSummaryException.class, () -> TransactionFileReader.read(fields, summarizer));
        assertTrue(e.getMessage().contains("line 1: expected 4 fields"), e.getMessage());
    }

    @Test
    void discreteSummaryErrorsNameTheLine() throws IOException {
        Path file = write("frequency,recency,periods,weights\n1,1,6,10\n3,2,6,5\n");
        InvalidSummaryException e = assertThrows(InvalidSummaryException.class,
                () -> DiscreteSummaryCsvReader.read(file));
        assertEquals(file + " line 3: frequency x must be between 0 and recency t_x = 2, was 3", e.getMessage());
        Path weight = write("x,t_x,n,weights\n1,1,6,-2\n");
        e = assertThrows(InvalidSummaryException.class, () -> DiscreteSummaryCsvReader.read(weight));
        assertEquals(weight + " line 2: weight must be a positive number, was -2.0", e.getMessage());
        assertEquals(2, DiscreteSummaryCsvReader.read(write("x,t_x,n\n1,1,6\n0,0,6\n")).customers());
    }

    @Test
    void streamedOrdersMustArriveGroupedByCustomer() {
        StreamingSummarizer s = new StreamingSummarizer(LocalDate.of(2024, 1, 31), PeriodUnit.DAY);
        s.add("a", LocalDate.of(2024, 1, 1), 10);
        s.add("a", LocalDate.of(2024, 1, 5), 10);
        s.add("b", LocalDate.of(2024, 1, 2), 10);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> s.add("a", LocalDate.of(2024, 1, 9), 10));
        assertEquals("orders of customer a arrived in two separate groups; the stream must be ordered by customer",
                e.getMessage());
    }

    @Test
    void freeRepeatPurchasesFromTheHostAreAcceptedAndLeftOutOfTheSpendFit() {
        SummaryTable table = SummaryTable.builder().add("free", 2, 3, 5, 0).build();
        assertEquals(0, table.monetaryValue(0));
    }

    @Test
    void sameDayPurchasesCollapseAndHoldoutIsKeptApart() {
        TransactionSummarizer s = new TransactionSummarizer(LocalDate.of(2024, 1, 31), PeriodUnit.DAY);
        s.add("a", LocalDate.of(2024, 1, 1), 10);
        s.add("a", LocalDate.of(2024, 1, 1), 5);
        s.add("a", LocalDate.of(2024, 1, 11), 20);
        s.add("a", LocalDate.of(2024, 1, 21), 30);
        s.add("a", LocalDate.of(2024, 1, 21), 10);
        s.add("a", LocalDate.of(2024, 2, 5), 99);
        s.add("b", LocalDate.of(2024, 1, 31), 7);
        s.add("late", LocalDate.of(2024, 2, 2), 7);
        CalibrationHoldout result = s.summarize();
        SummaryTable t = result.calibration();
        assertEquals(2, t.size());
        assertEquals(2, t.frequency(0), "three purchase days, two of them repeats");
        assertEquals(20, t.recency(0));
        assertEquals(30, t.age(0));
        assertEquals(30, t.monetaryValue(0), "(20 + 40) / 2: the first day is left out");
        assertEquals(75, t.historicalValue(0));
        assertEquals(5, t.orders(0));
        assertEquals(1, result.holdoutPurchases()[0]);
        assertEquals(99, result.holdoutValue()[0]);
        assertEquals(0, t.frequency(1));
        assertEquals(0, t.age(1), "first purchase on the calibration end");
        assertEquals(1, result.acquiredInHoldout());
        assertThrows(InvalidSummaryException.class, () -> s.add("c", LocalDate.of(2024, 1, 2), Double.NaN));
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "input", ".txt");
        Files.writeString(file, content);
        return file;
    }
}
