package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import mou.core.command.Status;
import mou.core.model.Assessment;
import mou.core.model.Text;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spreadsheets are data, never code: poisoned cells, formula cells, reordered, renamed and cut
 * columns and rows, Excel's byte order mark, floods and files of another kind, each through the
 * real commands on a copy of the shipped workspace; nothing malformed is ever applied.
 */
class HostileSheetsTest {

    private static final String ASSESSMENT_COLUMNS = "its columns are: Goal, Activity id, Activity, Level in 2016, Level, Rationale, Evidence, Rationale (Spanish)";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final CsvMapper CSV = new CsvMapper();

    @TempDir
    Path temp;

    Fixture f;

    @BeforeEach
    void openedYear() {
        f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        f.ok("narrative", "air-quality", "2017", "summary", "--text", "In 2017 the group extended monitoring.", "--es",
                "En 2017 el grupo amplió el monitoreo.");
    }

    private Path exportCsv() {
        f.ok("export", "air-quality", "2017", "--format", "csv", "--out", "csv");
        return f.home.resolve("csv");
    }

    private Path exportXlsx() {
        f.ok("export", "air-quality", "2017", "--out", "aq.xlsx");
        return f.home.resolve("aq.xlsx");
    }

    private static List<List<String>> rows(Path csv) throws IOException {
        return copy(CsvTest.raw(Files.readAllBytes(csv)));
    }

    private static void write(Path csv, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SequenceWriter w = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValues(out)) {
            for (List<String> row : rows) {
                w.write(row.toArray(String[]::new));
            }
        }
        Files.write(csv, out.toByteArray());
    }

    private static Cell cell(XSSFWorkbook book, String sheet, int row, int column) {
        Sheet s = book.getSheet(sheet);
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
    }

    /** The row (0-based) of an activity in a table whose column B holds activity ids. */
    private static int rowOf(List<List<String>> rows, String activityId) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() > 1 && rows.get(r).get(1).equals(activityId)) {
                return r;
            }
        }
        throw new AssertionError(activityId);
    }

    private static int rowOf(XSSFWorkbook book, String activityId) {
        for (Row r : book.getSheet("Assessments")) {
            if (r.getCell(1) != null && activityId.equals(r.getCell(1).getStringCellValue())) {
                return r.getRowNum();
            }
        }
        throw new AssertionError(activityId);
    }

    /** A command that fails, leaving every file of the workspace and the history as they were, in a user's words. */
    private Fixture.Run refused(int status, String... command) {
        Map<String, String> before = f.files();
        Fixture.Run run = f.run(command[0], java.util.Arrays.copyOfRange(command, 1, command.length));
        assertThat(run.status()).as(run.err()).isEqualTo(status);
        assertThat(f.files()).as("nothing applied").isEqualTo(before);
        assertThat(run.err()).doesNotContain("Exception", "bugzilla", "org.apache", "jackson", "java.", "POI");
        return run;
    }

    @Test
    void theEighteenPoisonedCellsAreExportedAsTextAndComeBackUnchanged() throws Exception {
        Path workbook = exportXlsx();
        Fixture.editWorkbook(workbook, book -> {
            for (int i = 0; i < CsvTest.POISONED.size(); i++) {
                cell(book, "Narrative", 2 + i, 0).setCellValue("accomplishments");
                cell(book, "Narrative", 2 + i, 1).setCellValue(CsvTest.POISONED.get(i));
                cell(book, "Narrative", 2 + i, 2).setCellValue(CsvTest.POISONED.get(CsvTest.POISONED.size() - 1 - i));
            }
            int r = rowOf(book, "aq-1-1");
            cell(book, "Assessments", r, 5).setCellValue("=HYPERLINK(\"http://x\",\"y\")");
            cell(book, "Figures", 1, 0).setCellValue("aq-2017-poison");
            cell(book, "Figures", 1, 1).setCellValue("@SUM(1)");
            cell(book, "Figures", 1, 2).setCellValue(-2);
            cell(book, "Figures", 1, 3).setCellValue("-2+3");
        });
        f.ok("import", "aq.xlsx");
        assertThat(f.year("air-quality", 2017).narrative().accomplishments()).hasSize(18);

        Path folder = exportCsv();
        int quoted = 0;
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                for (List<String> row : rows(file)) {
                    for (String cell : row) {
                        assertThat(CsvTest.formula(cell) && !PLAIN_NUMBER.matcher(cell).matches())
                                .as("%s: %s would run as a formula", file.getFileName(), cell).isFalse();
                        quoted += cell.startsWith("'") ? 1 : 0;
                    }
                }
            }
        }
        assertThat(quoted).as("18 narrative cells twice, the rationale, the label and the unit").isEqualTo(18 * 2 + 3);
        List<List<String>> figures = rows(folder.resolve("air-quality-2017-figures.csv"));
        assertThat(figures.get(1).subList(0, 4)).containsExactly("aq-2017-poison", "'@SUM(1)", "-2", "'-2+3");

        Map<String, String> before = f.files();
        Fixture.Run again = f.ok("import", "csv");
        assertThat(again.out()).contains("nothing changed");
        assertThat(f.files()).as("every text came back as it was").isEqualTo(before);
    }

    @Test
    void aFormulaCellIsRefusedWithItsCellWhateverValueItShows() throws Exception {
        Path workbook = exportXlsx();
        Assessment before = f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow();
        int[] rows = new int[2];
        Fixture.editWorkbook(workbook, book -> {
            rows[0] = rowOf(book, "aq-1-1");
            Cell level = cell(book, "Assessments", rows[0], 4);
            level.setCellFormula("\"Deliverable \"&\"Achieved\"");
            book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(level);
            assertThat(level.getStringCellValue()).as("the cached value a spreadsheet shows").isEqualTo("Deliverable Achieved");
            rows[1] = rowOf(book, "aq-2-1");
            cell(book, "Assessments", rows[1], 5).setCellFormula("B2&\"\"");
        });

        Fixture.Run run = refused(Status.INVALID_DATA, "import", "aq.xlsx");

        assertThat(run.err()).contains("import: Assessments!E" + (rows[0] + 1) + ": holds a formula; type the value itself")
                .contains("import: Assessments!F" + (rows[1] + 1) + ": holds a formula; type the value itself")
                .contains("nothing was imported");
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow()).isEqualTo(before);
    }

    @Test
    void csvColumnsAreFoundByTheirHeadersInAnyOrder() throws Exception {
        // exported a second after the narrative was written, so that the export knows it came before
        f.later(1);
        Path folder = exportCsv();
        Path narrative = folder.resolve("air-quality-2017-narrative.csv");
        List<List<String>> rows = rows(narrative);
        rows.forEach(r -> {
            String en = r.get(1);
            r.set(1, r.get(2));
            r.set(2, en);
        });
        write(narrative, rows);
        Path assessments = folder.resolve("air-quality-2017-assessments.csv");
        List<List<String>> reversed = rows(assessments);
        reversed.forEach(java.util.Collections::reverse);
        write(assessments, reversed);
        Map<String, String> before = f.files();

        assertThat(f.ok("import", "csv").out()).contains("nothing changed");
        assertThat(f.files()).as("the Spanish column is read as Spanish").isEqualTo(before);

        rows.get(1).set(1, "En 2017 el grupo amplió la red.");
        write(narrative, rows);
        f.ok("import", "csv");
        assertThat(f.year("air-quality", 2017).narrative().summary())
                .containsExactly(Text.of("In 2017 the group extended monitoring.", "En 2017 el grupo amplió la red."));
    }

    @Test
    void aRenamedMissingExtraOrDuplicatedHeaderIsRefusedNamingItAndTheExpectedOnes() throws Exception {
        Path folder = exportCsv();
        Path assessments = folder.resolve("air-quality-2017-assessments.csv");
        List<List<String>> exported = rows(assessments);

        List<List<String>> renamed = copy(exported);
        renamed.get(0).set(5, "Reason");
        write(assessments, renamed);
        assertThat(refused(Status.INVALID_DATA, "import", "csv").err())
                .contains("import: air-quality-2017-assessments.csv!F1: 'Reason' is not a column of this table")
                .contains("the column 'Rationale' is missing").contains(ASSESSMENT_COLUMNS);

        List<List<String>> missing = copy(exported);
        missing.forEach(r -> r.remove(6));
        write(assessments, missing);
        assertThat(refused(Status.INVALID_DATA, "import", "csv").err())
                .contains("air-quality-2017-assessments.csv: the column 'Evidence' is missing").contains(ASSESSMENT_COLUMNS);

        List<List<String>> extra = copy(exported);
        extra.forEach(r -> r.add(r == extra.get(0) ? "Notes" : "see minutes"));
        write(assessments, extra);
        assertThat(refused(Status.INVALID_DATA, "import", "csv").err())
                .contains("air-quality-2017-assessments.csv!I1: 'Notes' is not a column of this table").contains(ASSESSMENT_COLUMNS);

        List<List<String>> twice = copy(exported);
        twice.get(0).set(6, "rationale");
        write(assessments, twice);
        assertThat(refused(Status.INVALID_DATA, "import", "csv").err())
                .contains("air-quality-2017-assessments.csv!G1: the column 'Rationale' is there twice (also F1)")
                .contains("the column 'Evidence' is missing");

        List<List<String>> unnamed = copy(exported);
        unnamed.forEach(r -> r.add(r == unnamed.get(0) ? "" : "x"));
        write(assessments, unnamed);
        assertThat(refused(Status.INVALID_DATA, "import", "csv").err())
                .contains("air-quality-2017-assessments.csv!I1: column I holds values but has no header");
    }

    private static List<List<String>> copy(List<List<String>> rows) {
        return rows.stream().map(r -> (List<String>) new ArrayList<>(r)).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    @Test
    void aRowCutShortIsRefusedAndItsRatingStays() throws Exception {
        Path folder = exportCsv();
        Path assessments = folder.resolve("air-quality-2017-assessments.csv");
        List<List<String>> rows = rows(assessments);
        int r = rowOf(rows, "aq-3-1");
        rows.set(r, new ArrayList<>(rows.get(r).subList(0, 3)));
        write(assessments, rows);
        Assessment before = f.year("air-quality", 2017).assessment("aq-3-1").orElseThrow();

        Fixture.Run run = refused(Status.INVALID_DATA, "import", "csv");

        assertThat(run.err()).contains("import: air-quality-2017-assessments.csv row " + (r + 1) + " has 3 cells; every row has the 8"
                + " cells of the header row (Goal, Activity id, Activity, Level in 2016, Level, Rationale, Evidence, Rationale (Spanish))");
        assertThat(f.year("air-quality", 2017).assessment("aq-3-1")).contains(before);
    }

    /** Excel in Spanish saves "CSV" with semicolons: the problem says so, once per file, instead of listing every column as missing. */
    @Test
    void aCsvFileSeparatedBySemicolonsIsNamedAsSuch() throws Exception {
        Path folder = exportCsv();
        Path assessments = folder.resolve("air-quality-2017-assessments.csv");
        List<List<String>> rows = rows(assessments);
        StringBuilder semicolons = new StringBuilder();
        for (List<String> row : rows) {
            semicolons.append(String.join(";", row.stream().map(c -> c.contains(";") || c.contains("\n") ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
                    .toList())).append("\r\n");
        }
        Files.writeString(assessments, semicolons.toString(), StandardCharsets.UTF_8);
        Map<String, String> before = f.files();

        Fixture.Run run = f.run("import", "csv");

        assertThat(run.status()).isEqualTo(Status.INVALID_DATA);
        assertThat(run.err()).contains("air-quality-2017-assessments.csv: the columns are separated by semicolons (;)")
                .contains("CSV UTF-8 (comma delimited)").doesNotContain("is missing");
        assertThat(f.files()).isEqualTo(before);
    }

    @Test
    void excelsCsvUtf8WithAByteOrderMarkIsAccepted() throws Exception {
        Path folder = exportCsv();
        Path assessments = folder.resolve("air-quality-2017-assessments.csv");
        List<List<String>> rows = rows(assessments);
        int r = rowOf(rows, "aq-3-1");
        rows.get(r).set(5, "Monitoring extended to Mexicali.");
        write(assessments, rows);
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                byte[] bytes = Files.readAllBytes(file);
                ByteArrayOutputStream withBom = new ByteArrayOutputStream();
                withBom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                withBom.write(bytes);
                Files.write(file, withBom.toByteArray());
            }
        }

        Fixture.Run run = f.ok("import", "csv");

        assertThat(run.out()).contains("1 change applied");
        assertThat(f.year("air-quality", 2017).assessment("aq-3-1").orElseThrow().rationale())
                .isEqualTo(Text.of("Monitoring extended to Mexicali."));
    }

    @Test
    void aMillionRowWorkbookIsRefusedInSecondsWithOneProblem() throws Exception {
        Path workbook = exportXlsx();
        Path flood = f.home.resolve("flood.xlsx");
        flood(workbook, flood, 1_000_000, 1);
        assertThat(Files.size(flood)).isLessThan(Tables.LARGEST);

        long start = System.nanoTime();
        Fixture.Run run = refused(Status.INVALID_DATA, "import", "flood.xlsx");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(run.err().lines()).containsExactly(
                "import: flood.xlsx: the sheet 'Figures' has more than 10,000 rows; a group's year has far fewer, so this is not an exported"
                        + " workbook; nothing was imported",
                "import: nothing was imported, the workspace is unchanged");
        assertThat(millis).as("refused while streaming, before the million rows are read").isLessThan(10_000);
    }

    @Test
    void aWorkbookWithTooManyCellsIsRefusedWhileItIsRead() throws Exception {
        Path workbook = exportXlsx();
        // 60,000 cells: far under the 500,000 of before, which did not fit in serve's heap (POI holds some 0.7 KB a cell)
        flood(workbook, f.home.resolve("wide.xlsx"), 1_000, 60);

        assertThat(refused(Status.INVALID_DATA, "import", "wide.xlsx").err().lines()).containsExactly(
                "import: wide.xlsx has more than 50,000 cells; a group's year has far fewer, so this is not an exported workbook;"
                        + " nothing was imported",
                "import: nothing was imported, the workspace is unchanged");
    }

    @Test
    void aWorkbookWhoseTextsUnpackToMoreThanAYearCanNeedIsRefusedBeforeItIsLoaded() throws Exception {
        Path workbook = exportXlsx();
        // 70,000 distinct texts of 130 letters: fewer texts than the limit, a few megabytes packed, 10 MB unpacked
        java.util.Random random = new java.util.Random(7);
        replace(workbook, f.home.resolve("texts.xlsx"), "xl/sharedStrings.xml", out -> {
            StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" count=\"70000\" uniqueCount=\"70000\">");
            for (int i = 0; i < 70_000; i++) {
                b.append("<si><t>").append(i);
                for (int c = 0; c < 125; c++) {
                    b.append((char) ('a' + random.nextInt(26)));
                }
                b.append("</t></si>");
            }
            out.write(b.append("</sst>").toString().getBytes(StandardCharsets.UTF_8));
        });
        assertThat(Files.size(f.home.resolve("texts.xlsx"))).isLessThan(Tables.LARGEST);

        assertThat(refused(Status.INVALID_DATA, "import", "texts.xlsx").err().lines()).containsExactly(
                "import: texts.xlsx is larger than an exported workbook can be: its texts unpack to more than 8 MB, and a group's year"
                        + " needs far less; export the year again and fill in the new workbook; nothing was imported",
                "import: nothing was imported, the workspace is unchanged");
        Tables.Unreadable spanish = unreadable(f.home.resolve("texts.xlsx"), "texts.xlsx");
        assertThat(SheetProblems.spanish(spanish.problems(), 0)).isEqualTo("texts.xlsx es más grande de lo que puede ser un libro exportado:"
                + " sus textos se descomprimen en más de 8 MB, y el año de un grupo necesita mucho menos; exporte el año de nuevo y complete"
                + " el libro nuevo; no se importó nada");
    }

    @Test
    void aWorkbookWhosePartsUnpackToMoreThanAYearCanNeedIsRefusedBeforeItIsLoaded() throws Exception {
        Path workbook = exportXlsx();
        // the About sheet with 33 MB of a comment: few rows, few texts, under 20 MB packed
        java.util.Random random = new java.util.Random(7);
        try (ZipFile in = new ZipFile(workbook.toFile())) {
            String about = new String(in.getInputStream(in.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            int at = about.indexOf("<sheetData");
            replace(workbook, f.home.resolve("padded.xlsx"), "xl/worksheets/sheet1.xml", out -> {
                out.write(about.substring(0, at).getBytes(StandardCharsets.UTF_8));
                out.write("<!--".getBytes(StandardCharsets.UTF_8));
                // one megabyte of random letters, written 33 times: deflate's window (32 KB) finds no repeat of it,
                // so each copy still packs to about two bits a letter
                byte[] chunk = new byte[1 << 20];
                random.nextBytes(chunk);
                for (int c = 0; c < chunk.length; c++) {
                    chunk[c] = (byte) "acgt".charAt(chunk[c] & 3);
                }
                for (int i = 0; i < 33; i++) {
                    out.write(chunk);
                }
                out.write("-->".getBytes(StandardCharsets.UTF_8));
                out.write(about.substring(at).getBytes(StandardCharsets.UTF_8));
            });
        }
        assertThat(Files.size(f.home.resolve("padded.xlsx"))).isLessThan(Tables.LARGEST);

        assertThat(refused(Status.INVALID_DATA, "import", "padded.xlsx").err().lines()).containsExactly(
                "import: padded.xlsx is larger than an exported workbook can be: it unpacks to more than 32 MB, and a group's year"
                        + " needs far less; export the year again and fill in the new workbook; nothing was imported",
                "import: nothing was imported, the workspace is unchanged");
    }

    @Test
    void theWorkbookLimitsAreSaidInSpanishToo() throws Exception {
        Path workbook = exportXlsx();
        flood(workbook, f.home.resolve("flood.xlsx"), 10_001, 1);
        flood(workbook, f.home.resolve("wide.xlsx"), 1_000, 60);

        Tables.Unreadable rows = unreadable(f.home.resolve("flood.xlsx"), "flood.xlsx");
        Tables.Unreadable cells = unreadable(f.home.resolve("wide.xlsx"), "wide.xlsx");

        assertThat(rows.problems()).containsExactly("flood.xlsx: the sheet 'Figures' has more than 10,000 rows; a group's year has far fewer,"
                + " so this is not an exported workbook; nothing was imported");
        assertThat(SheetProblems.spanish(rows.problems(), 0)).isEqualTo("flood.xlsx: la hoja 'Figures' tiene más de 10.000 filas; el año"
                + " de un grupo tiene muchas menos, así que este no es un libro exportado; no se importó nada");
        assertThat(SheetProblems.spanish(cells.problems(), 0)).isEqualTo("wide.xlsx tiene más de 50.000 celdas; el año de un grupo tiene"
                + " muchas menos, así que este no es un libro exportado; no se importó nada");
    }

    static Tables.Unreadable unreadable(Path workbook, String name) throws IOException {
        try {
            Xlsx.read(workbook, name);
        } catch (Tables.Unreadable e) {
            return e;
        }
        throw new AssertionError(name + " was read");
    }

    /** A copy of the workbook with one part's bytes written by {@code part}. */
    private static void replace(Path workbook, Path copy, String name, IoConsumer<OutputStream> part) throws IOException {
        try (ZipFile in = new ZipFile(workbook.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            out.setLevel(Deflater.BEST_SPEED);
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    part.accept(out);
                } else {
                    in.getInputStream(entry).transferTo(out);
                }
            }
        }
    }

    private interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }

    /** The exported workbook with its Figures sheet replaced by one of {@code rows} rows of {@code cells} cells, written straight into the package (fast). */
    static void flood(Path workbook, Path flood, int rows, int cells) throws IOException {
        try (ZipFile in = new ZipFile(workbook.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(flood))) {
            out.setLevel(Deflater.BEST_SPEED);
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (!entry.getName().equals("xl/worksheets/sheet3.xml")) {
                    in.getInputStream(entry).transferTo(out);
                    continue;
                }
                StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                for (int r = 1; r <= rows; r++) {
                    b.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>aq-")
                            .append(r).append("</t></is></c>");
                    for (int c = 1; c < cells; c++) {
                        b.append("<c r=\"").append(Tables.columnName(c)).append(r).append("\"><v>").append(r).append("</v></c>");
                    }
                    b.append("</row>");
                    if (b.length() > 1 << 20) {
                        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
                        b.setLength(0);
                    }
                }
                b.append("</sheetData></worksheet>");
                out.write(b.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aWorkbookLargerThanTheLimitIsRefusedBeforeItIsOpened() throws Exception {
        try (RandomAccessFile big = new RandomAccessFile(f.home.resolve("big.xlsx").toFile(), "rw")) {
            big.setLength(Tables.LARGEST + 1);
        }

        assertThat(refused(Status.INVALID_DATA, "import", "big.xlsx").err())
                .contains("import: big.xlsx is larger than 20 MB; a group's year is far smaller, so this is not an exported workbook");
    }

    @Test
    void problemsAreListedUpToAHundredAndTheRestCounted() throws Exception {
        Path folder = exportCsv();
        Path figures = folder.resolve("air-quality-2017-figures.csv");
        List<List<String>> rows = new ArrayList<>(rows(figures));
        int width = rows.get(0).size();
        for (int i = 0; i < 150; i++) {
            List<String> row = new ArrayList<>(java.util.Collections.nCopies(width, ""));
            row.set(0, "aq-2017-f" + i);
            row.set(1, "Figure " + i);
            row.set(2, "many");
            rows.add(row);
        }
        write(figures, rows);

        List<String> lines = refused(Status.INVALID_DATA, "import", "csv").err().lines().toList();

        assertThat(lines).hasSize(102);
        assertThat(lines.get(99)).contains("air-quality-2017-figures.csv!C101: 'many' is not a number");
        assertThat(lines.get(100)).isEqualTo("import: ... and 50 more problems");
        assertThat(lines.get(101)).startsWith("import: 150 problems; nothing was imported, the workspace is unchanged");
    }

    @Test
    void filesOfAnotherKindAreRefusedInPlainWords() throws Exception {
        Path workbook = exportXlsx();
        byte[] bytes = Files.readAllBytes(workbook);
        Files.write(f.home.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        try (POIFSFileSystem ole = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(f.home.resolve("old.xlsx"))) {
            ole.createDocument(new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), "Workbook");
            ole.writeFilesystem(out);
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f.home.resolve("zip.xlsx")))) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(f.home.resolve("empty.xlsx"), new byte[0]);
        Files.createDirectories(f.home.resolve("latin1"));
        Files.write(f.home.resolve("latin1/air-quality-2017-about.csv"), "Field,Value\r\nWorking group,Jos\u00e9\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(refused(Status.INVALID_DATA, "import", "cut.xlsx").err()).contains("import: cut.xlsx is not a readable XLSX workbook");
        assertThat(refused(Status.INVALID_DATA, "import", "old.xlsx").err())
                .contains("import: old.xlsx is an older Excel (.xls) or other Office file, not an XLSX workbook");
        assertThat(refused(Status.INVALID_DATA, "import", "zip.xlsx").err()).contains("import: zip.xlsx is not a readable XLSX workbook");
        assertThat(refused(Status.INVALID_DATA, "import", "empty.xlsx").err()).contains("import: empty.xlsx is not a readable XLSX workbook");
        assertThat(refused(Status.INVALID_DATA, "import", "latin1").err())
                .contains("import: air-quality-2017-about.csv line 2, column 18: this is not UTF-8 text (byte 0xE9); save the file as CSV UTF-8");
        assertThat(f.run("export", "air-quality", "2017", "--out", "/proc/x.xlsx").err())
                .startsWith("export: could not write the xlsx export /proc/x.xlsx: ").contains("(--out PATH)").doesNotContain("Exception");
    }
}
