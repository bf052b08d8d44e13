package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import mou.core.command.Status;
import mou.core.model.GroupYear;
import mou.core.model.QuarterlyUpdate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A figure or event that several quarterly updates report: the Quarter cell of the workbook and of the CSV file lists
 * every one of those quarters ("1, 3"), so that a workbook imported as it was exported changes nothing and an edited
 * cell says which quarters report the figure or event from then on.
 */
class QuarterCellsTest {

    @TempDir
    Path temp;

    Fixture f;

    @BeforeEach
    void aYearWithItemsReportedInSeveralQuarters() {
        f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        f.ok("event", "air-quality", "2017", "aq-2017-meeting", "--kind", "meeting", "--date", "2017-03-14", "--title", "Border meeting",
                "--quarter", "1");
        f.ok("figure", "air-quality", "2017", "aq-2017-samples", "--label", "PM2.5 samples analysed", "--value", "120", "--quarter", "1");
        // the event reported again in Q2 (as the updates form adds it), the figure again in Q3
        f.ok("update", "air-quality", "2017-Q2", "--event", "aq-2017-meeting", "--text", "The meeting's follow-up.");
        f.ok("update", "air-quality", "2017-Q3", "--figure", "aq-2017-samples");
        // and an update left with nothing in it: its only event removed
        f.ok("event", "air-quality", "2017", "aq-2017-visit", "--kind", "site-visit", "--date", "2017-11-02", "--title", "Visit",
                "--quarter", "4");
        f.ok("event", "air-quality", "2017", "aq-2017-visit", "--remove");
        GroupYear y = f.year("air-quality", 2017);
        assertThat(y.updates()).extracting(QuarterlyUpdate::quarter).containsExactly(1, 2, 3, 4);
        assertThat(y.update(2).orElseThrow().events()).containsExactly("aq-2017-meeting");
        assertThat(y.update(3).orElseThrow().metrics()).containsExactly("aq-2017-samples");
    }

    private Path exportXlsx() {
        f.ok("export", "air-quality", "2017", "--out", "aq.xlsx");
        return f.home.resolve("aq.xlsx");
    }

    private static Cell cell(XSSFWorkbook book, String sheet, String ref) {
        org.apache.poi.ss.util.CellReference r = new org.apache.poi.ss.util.CellReference(ref);
        Sheet s = book.getSheet(sheet);
        Row row = s.getRow(r.getRow()) == null ? s.createRow(r.getRow()) : s.getRow(r.getRow());
        return row.getCell(r.getCol()) == null ? row.createCell(r.getCol()) : row.getCell(r.getCol());
    }

    private Map<String, String> csvFiles(String folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(f.home.resolve(folder))) {
            for (Path p : all.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void anUnchangedWorkbookWithItemsOfSeveralQuartersChangesNothing() throws Exception {
        Path workbook = exportXlsx();
        Map<String, String> before = f.files();
        int entries = f.history().size();

        Fixture.Run run = f.ok("import", "aq.xlsx", "--by", "Ana");

        assertThat(run.out()).contains("already holds what aq.xlsx says; nothing changed");
        assertThat(f.files()).as("every file byte for byte as it was").isEqualTo(before);
        assertThat(f.history()).hasSize(entries);
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(cell(book, "Events", "J1").getStringCellValue()).isEqualTo("Quarter");
            assertThat(cell(book, "Events", "J2").getStringCellValue()).isEqualTo("1, 2");
            assertThat(cell(book, "Figures", "J2").getStringCellValue()).isEqualTo("1, 3");
            // the drop-down offers one quarter; several typed with commas are a warning the person may confirm, not refused
            assertThat(book.getSheet("Events").getDataValidations()).anySatisfy(v -> {
                assertThat(v.getRegions().getCellRangeAddresses()[0].getFirstColumn()).isEqualTo(9);
                assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("1", "2", "3", "4");
                assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
            });
            // the About sheet says how to write several quarters, and what taking one out does
            Sheet about = book.getSheet("About");
            assertThat(java.util.stream.IntStream.rangeClosed(0, about.getLastRowNum()).mapToObj(about::getRow)
                    .filter(r -> r != null && r.getCell(0) != null && r.getCell(0).getStringCellValue().equals("Quarters"))
                    .map(r -> r.getCell(1).getStringCellValue()).findFirst())
                    .hasValueSatisfying(words -> assertThat(words).contains("separated by commas (1, 3)").contains("taken out of that update"));
            assertThat(book.getSheet("Updates").getDataValidations()).allSatisfy(v ->
                    assertThat(v.getErrorStyle()).as("a paragraph reports on one quarter").isEqualTo(DataValidation.ErrorStyle.STOP));
        }
    }

    @Test
    void unchangedCsvFilesWithItemsOfSeveralQuartersChangeNothingAndAreExportedAgainAsTheyWere() throws Exception {
        f.ok("export", "air-quality", "2017", "--format", "csv", "--out", "csv");
        Map<String, String> exported = csvFiles("csv");
        Map<String, String> before = f.files();
        int entries = f.history().size();

        Fixture.Run run = f.ok("import", "csv", "--by", "Ana");

        assertThat(run.out()).contains("nothing changed");
        assertThat(f.files()).isEqualTo(before);
        assertThat(f.history()).hasSize(entries);
        assertThat(exported.get("air-quality-2017-events.csv")).contains(",\"1, 2\",");
        assertThat(exported.get("air-quality-2017-figures.csv")).contains(",\"1, 3\",");
        f.ok("export", "air-quality", "2017", "--format", "csv", "--out", "again");
        Map<String, String> again = csvFiles("again");
        // the About table says when it was exported (the fixture's clock stands still); every other table is the same
        assertThat(again).isEqualTo(exported);
    }

    @Test
    void anEditedQuarterCellSaysWhichQuartersReportTheItemFromThenOn() throws Exception {
        Path workbook = exportXlsx();
        Fixture.editWorkbook(workbook, book -> {
            cell(book, "Events", "J2").setCellValue("2");
            cell(book, "Figures", "J2").setCellValue("Q1, 3, 4");
        });

        Fixture.Run run = f.ok("import", "aq.xlsx", "--by", "Ana");

        GroupYear y = f.year("air-quality", 2017);
        assertThat(y.update(1).orElseThrow().events()).as("no longer reported in Q1").isEmpty();
        assertThat(y.update(1).orElseThrow().metrics()).containsExactly("aq-2017-samples");
        assertThat(y.update(2).orElseThrow().events()).containsExactly("aq-2017-meeting");
        assertThat(y.update(3).orElseThrow().metrics()).containsExactly("aq-2017-samples");
        assertThat(y.update(4).orElseThrow().metrics()).containsExactly("aq-2017-samples");
        assertThat(run.out()).contains("2 changes applied");
        assertThat(f.history().subList(f.history().size() - 2, f.history().size())).extracting(e -> e.subject())
                .containsExactly("Q1", "Q4");
    }

    @Test
    void aQuarterCellThatIsNoListOfQuartersIsRefusedWithItsCell() throws Exception {
        Path workbook = exportXlsx();
        Fixture.editWorkbook(workbook, book -> cell(book, "Events", "J2").setCellValue("1, 5"));
        Map<String, String> before = f.files();

        Fixture.Run run = f.run("import", "aq.xlsx");

        assertThat(run.status()).isEqualTo(Status.INVALID_DATA);
        assertThat(run.err()).contains("Events!J2: '1, 5' is not a quarter of 2017; choose 1, 2, 3 or 4, or list several separated by"
                + " commas (1, 3)");
        assertThat(f.files()).isEqualTo(before);
    }

    @Test
    void aFiguresNumberWithADecimalCommaIsRefusedNotReadAsAnotherNumber() throws Exception {
        Path workbook = exportXlsx();
        Fixture.editWorkbook(workbook, book -> {
            cell(book, "Figures", "C2").setCellValue("12,5");
            cell(book, "Figures", "E2").setCellValue("1,234,567.5");
            cell(book, "Events", "G2").setCellValue("1e3");
        });
        Map<String, String> before = f.files();

        Fixture.Run run = f.run("import", "aq.xlsx");

        assertThat(run.status()).isEqualTo(Status.INVALID_DATA);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Figures!C2: '12,5' is not a number as written here: write decimals with"
                + " a point (12.5), and thousands with commas in groups of three or none"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Events!G2: '1e3' is not a whole number as written here"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("Figures!E2"));
        assertThat(lines.get(lines.size() - 1)).contains("2 problems; nothing was imported");
        assertThat(f.files()).isEqualTo(before);
    }
}
