package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import mou.core.command.Status;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.ProgressLevel;
import mou.core.model.Text;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spreadsheet round trip: export, fill in, import all or nothing. */
class SheetsTest {

    @TempDir
    Path temp;

    Fixture f;
    Path workbook;

    @BeforeEach
    void exported() {
        f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        // a year with figures, events, a narrative and an update, so that every sheet has rows
        f.ok("figure", "air-quality", "2017", "aq-2017-samples", "--label", "PM2.5 samples analysed", "--label-es", "Muestras analizadas",
                "--value", "120", "--unit", "samples", "--target", "400.5", "--as-of", "2017-03", "--activity", "aq-3-1", "--quarter", "1");
        f.ok("event", "air-quality", "2017", "aq-2017-meeting", "--kind", "meeting", "--date", "2017-03-14/2017-03-15",
                "--title", "Border meeting", "--title-es", "Reunión fronteriza", "--organizations", "carb,semarnat", "--participants", "30",
                "--quarter", "1");
        f.ok("narrative", "air-quality", "2017", "summary", "--text", "In 2017 the group extended monitoring.", "--es", "En 2017 el grupo amplió el monitoreo.");
        f.ok("update", "air-quality", "2017-Q1", "--text", "Monitors serviced.");
        f.later(1);
        Fixture.Run run = f.ok("export", "air-quality", "2017", "--out", "aq.xlsx");
        workbook = f.home.resolve("aq.xlsx");
        assertThat(run.out().strip()).isEqualTo(workbook.toString());
    }

    private void edit(Consumer<XSSFWorkbook> change) throws Exception {
        XSSFWorkbook book;
        try (InputStream in = Files.newInputStream(workbook)) {
            book = new XSSFWorkbook(in);
        }
        change.accept(book);
        try (OutputStream out = Files.newOutputStream(workbook)) {
            book.write(out);
        }
        book.close();
    }

    private static Cell cell(XSSFWorkbook book, String sheet, String ref) {
        org.apache.poi.ss.util.CellReference r = new org.apache.poi.ss.util.CellReference(ref);
        Sheet s = book.getSheet(sheet);
        Row row = s.getRow(r.getRow()) == null ? s.createRow(r.getRow()) : s.getRow(r.getRow());
        return row.getCell(r.getCol()) == null ? row.createCell(r.getCol()) : row.getCell(r.getCol());
    }

    /** The row of an activity on the Assessments sheet (1-based, as a spreadsheet shows it). */
    private static int row(XSSFWorkbook book, String activityId) {
        Sheet s = book.getSheet(YearSheets.ASSESSMENTS);
        for (Row r : s) {
            if (r.getCell(1) != null && activityId.equals(r.getCell(1).getStringCellValue())) {
                return r.getRowNum() + 1;
            }
        }
        throw new AssertionError(activityId);
    }

    @Test
    void theWorkbookHasThePlanLockedTheCellsToFillMarkedAndTheProgressKeyAsADropDown() throws Exception {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(6);
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(5)))
                    .containsExactly("About", "Assessments", "Updates");
            assertThat(cell(book, "About", "B2").getStringCellValue()).isEqualTo("air-quality");
            assertThat(cell(book, "About", "B3").getStringCellValue()).isEqualTo("2017");
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                assertThat(book.getSheetAt(i).getProtect()).as("sheet %s is protected", book.getSheetName(i)).isTrue();
            }
            XSSFSheet assessments = book.getSheet("Assessments");
            int r = row(book, "aq-3-1");
            Cell activity = cell(book, "Assessments", "C" + r);
            Cell level = cell(book, "Assessments", "E" + r);
            assertThat(activity.getCellStyle().getLocked()).as("the plan is read-only").isTrue();
            assertThat(cell(book, "Assessments", "B" + r).getCellStyle().getLocked()).isTrue();
            assertThat(level.getCellStyle().getLocked()).as("the level is to fill").isFalse();
            assertThat(cell(book, "Assessments", "F" + r).getCellStyle().getLocked()).isFalse();
            assertThat(level.getCellStyle().getFillForegroundColor()).as("cells to fill look different from the plan")
                    .isNotEqualTo(activity.getCellStyle().getFillForegroundColor());
            assertThat(level.getStringCellValue()).isEqualTo("Significant Progress");
            assertThat(cell(book, "Assessments", "D1").getStringCellValue()).isEqualTo("Level in 2016");
            List<? extends DataValidation> validations = assessments.getDataValidations();
            assertThat(validations).anySatisfy(v -> {
                assertThat(v.getRegions().getCellRangeAddresses()[0].getFirstColumn()).isEqualTo(4);
                assertThat(v.getValidationConstraint().getExplicitListValues())
                        .containsExactly("No Progress", "Initial Progress", "Moderate Progress", "Significant Progress", "Deliverable Achieved");
            });
            assertThat(book.getSheet("Events").getDataValidations()).anySatisfy(v ->
                    assertThat(v.getValidationConstraint().getExplicitListValues()).contains("meeting", "site-visit"));
            assertThat(cell(book, "Figures", "C2").getNumericCellValue()).isEqualTo(120.0);
            assertThat(cell(book, "Figures", "G2").getStringCellValue()).as("dates stay text as written").isEqualTo("2017-03");
        }
    }

    @Test
    void reImportingAnUnchangedExportChangesNothing() {
        Map<String, String> before = f.files();
        int entries = f.history().size();

        Fixture.Run run = f.ok("import", "aq.xlsx", "--by", "Ana");

        assertThat(run.out()).contains("already holds what aq.xlsx says; nothing changed");
        assertThat(f.files()).isEqualTo(before);
        assertThat(f.history()).hasSize(entries);
    }

    @Test
    void anEditedWorkbookWithErrorsInSeveralCellsListsThemAllAndAppliesNothing() throws Exception {
        edit(book -> {
            int r = row(book, "aq-3-1");
            cell(book, "Assessments", "E" + r).setCellValue("Excellent");
            cell(book, "Assessments", "F" + row(book, "aq-1-1")).setCellValue("");
            cell(book, "Assessments", "G" + row(book, "aq-2-1")).setCellValue("../../secrets.txt");
            cell(book, "Assessments", "B" + row(book, "aq-2-2")).setCellValue("aq-9-9");
            cell(book, "Figures", "C2").setCellValue("about 120");
            cell(book, "Figures", "A3").setCellValue("aq-2017-new");
            cell(book, "Events", "C2").setCellValue("2018-01-05");
            cell(book, "Events", "F2").setCellValue("carb, nobody");
            cell(book, "Narrative", "A3").setCellValue("epilogue");
            cell(book, "Narrative", "B3").setCellValue("The end.");
            cell(book, "Updates", "A3").setCellValue("7");
            cell(book, "Updates", "B3").setCellValue("Later.");
        });
        Map<String, String> before = f.files();
        int entries = f.history().size();

        Fixture.Run run = f.run("import", "aq.xlsx");

        assertThat(run.status()).isEqualTo(Status.INVALID_DATA);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("import: Assessments!E").contains("'Excellent' is not a level of the Progress Key"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Assessments!F").contains("a level needs its rationale"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Assessments!G").contains("leads outside the workspace folder"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Assessments!B").contains("'aq-9-9' is not an activity of the plan"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Assessments!B1: the plan's activity 'aq-2-2' has no row"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Figures!C2: 'about 120' is not a number"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Figures!B3: the figure needs a label"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Figures!C3: a number is needed here"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Events!C2: 2018-01-05 is not in 2017"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Events!F2: no organization 'nobody'"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Narrative!A3: 'epilogue' is not a part of the narrative"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Updates!A3: '7' is not a quarter"));
        assertThat(lines.get(lines.size() - 1)).contains("12 problems; nothing was imported, the workspace is unchanged");
        assertThat(f.files()).as("nothing applied").isEqualTo(before);
        assertThat(f.history()).hasSize(entries);
    }

    @Test
    void anEditedWorkbookIsAppliedWithOneHistoryEntryPerChange() throws Exception {
        Assessment before = f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow();
        edit(book -> {
            int r = row(book, "aq-1-1");
            cell(book, "Assessments", "E" + r).setCellValue("Deliverable Achieved");
            cell(book, "Assessments", "F" + r).setCellValue("The ProAire was adopted in March 2017.");
            cell(book, "Assessments", "G" + r).setCellValue("https://example.org/proaire\nhttps://example.org/gazette");
            cell(book, "Figures", "C2").setCellValue(135.5);
            cell(book, "Events", "A3").setCellValue("aq-2017-training");
            cell(book, "Events", "B3").setCellValue("training");
            cell(book, "Events", "C3").setCellValue("2017-05");
            cell(book, "Events", "D3").setCellValue("Monitor maintenance training");
            cell(book, "Events", "J3").setCellValue("2");
            cell(book, "Narrative", "A3").setCellValue("challenges");
            cell(book, "Narrative", "B3").setCellValue("Staff turnover.");
        });
        int entries = f.history().size();

        Fixture.Run run = f.ok("import", "aq.xlsx", "--by", "Ana");

        GroupYear y = f.year("air-quality", 2017);
        Assessment rated = y.assessment("aq-1-1").orElseThrow();
        assertThat(rated.level()).isEqualTo(ProgressLevel.ACHIEVED);
        assertThat(rated.level()).isNotEqualTo(before.level());
        assertThat(rated.rationale()).isEqualTo(Text.of("The ProAire was adopted in March 2017."));
        assertThat(rated.evidence()).extracting(l -> l.url()).containsExactly("https://example.org/proaire", "https://example.org/gazette");
        assertThat(rated.inferred()).isFalse();
        assertThat(y.metric("aq-2017-samples").orElseThrow().value()).isEqualByComparingTo("135.5");
        assertThat(y.metric("aq-2017-samples").orElseThrow().label()).as("the Spanish label survives").isEqualTo(Text.of("PM2.5 samples analysed", "Muestras analizadas"));
        assertThat(y.event("aq-2017-meeting").orElseThrow().title()).isEqualTo(Text.of("Border meeting", "Reunión fronteriza"));
        assertThat(y.event("aq-2017-training")).isPresent();
        assertThat(y.update(2).orElseThrow().events()).containsExactly("aq-2017-training");
        assertThat(y.narrative().challenges()).containsExactly(Text.of("Staff turnover."));
        assertThat(y.narrative().summary()).containsExactly(Text.of("In 2017 the group extended monitoring.", "En 2017 el grupo amplió el monitoreo."));
        List<HistoryEntry> added = f.history().subList(entries, f.history().size());
        assertThat(added).extracting(HistoryEntry::subject).containsExactlyInAnyOrder("aq-1-1", "aq-2017-samples", "aq-2017-training", "challenges", "Q2");
        assertThat(added).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo("import");
            assertThat(e.by()).isEqualTo("Ana");
            assertThat(e.why()).isEqualTo("imported from aq.xlsx");
        });
        assertThat(run.out()).contains("5 changes applied from aq.xlsx");
        // each change in words, one field per line, as history shows it
        assertThat(run.out().lines().toList()).containsSubsequence(
                "  activity aq-1-1 changed:",
                "    level: Moderate Progress → Deliverable Achieved",
                "    rationale: Level carried over from 2016; not yet re-rated for 2017.",
                "      → The ProAire was adopted in March 2017.",
                "    evidence 1: (none) → https://example.org/proaire",
                "    evidence 2: (none) → https://example.org/gazette");
        assertThat(run.out().lines().toList()).containsSubsequence(
                "  event aq-2017-training added:",
                "    kind: training",
                "    date: 2017-05",
                "    title: Monitor maintenance training");
        assertThat(run.out().lines().toList()).containsSubsequence("  narrative challenges changed:", "    paragraph 1: (none) → Staff turnover.");
        assertThat(run.out()).doesNotContain("{").doesNotContain("…");

        Map<String, String> after = f.files();
        f.ok("import", "aq.xlsx");
        assertThat(f.files()).as("importing the same workbook again changes nothing").isEqualTo(after);
    }

    @Test
    void csvFilesRoundTripAndTheirErrorsNameTheFileAndCell() throws Exception {
        Fixture.Run export = f.ok("export", "air-quality", "2017", "--format", "csv", "--out", "csv");
        assertThat(export.out().lines()).hasSize(6).allSatisfy(l -> assertThat(l).matches(".*/csv/air-quality-2017-[a-z]+\\.csv"));
        Map<String, String> before = f.files();

        Fixture.Run unchanged = f.ok("import", "csv");
        assertThat(unchanged.out()).contains("nothing changed");
        assertThat(f.files()).isEqualTo(before);

        Path assessments = f.home.resolve("csv/air-quality-2017-assessments.csv");
        List<String> lines = Files.readAllLines(assessments, StandardCharsets.UTF_8);
        int row = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(",aq-3-1,")) {
                row = i;
            }
        }
        String line = lines.get(row);
        lines.set(row, line.replace("\"Significant Progress\",\"Level carried", "Great,\"Level carried"));
        Files.write(assessments, lines, StandardCharsets.UTF_8);

        Fixture.Run bad = f.run("import", "csv/air-quality-2017-figures.csv");
        assertThat(bad.status()).isEqualTo(Status.INVALID_DATA);
        assertThat(bad.err()).contains("air-quality-2017-assessments.csv!E" + (row + 1) + ": 'Great' is not a level of the Progress Key");
        assertThat(f.files()).isEqualTo(before);

        lines.set(row, line.replace("\"Significant Progress\",\"Level carried over from 2016; not yet re-rated for 2017.\"",
                "\"Moderate Progress\",\"The network lost two stations.\""));
        Files.write(assessments, lines, StandardCharsets.UTF_8);
        f.ok("import", "csv");
        assertThat(f.year("air-quality", 2017).assessment("aq-3-1").orElseThrow().level()).isEqualTo(ProgressLevel.MODERATE);
    }

    @Test
    void editsOfThePlansColumnsInACsvFileAreNotImportedAndEachIsNamedByItsCell() throws Exception {
        f.ok("export", "air-quality", "2017", "--format", "csv", "--out", "csv");
        Path assessments = f.home.resolve("csv/air-quality-2017-assessments.csv");
        List<String> lines = Files.readAllLines(assessments, StandardCharsets.UTF_8);
        int rated = 0;
        int reworded = 0;
        for (int i = 0; i < lines.size(); i++) {
            rated = lines.get(i).contains(",aq-3-1,") ? i : rated;
            reworded = lines.get(i).contains(",aq-2-1,") ? i : reworded;
        }
        String planText = f.workspace().plan("air-quality").orElseThrow().activity("aq-2-1").orElseThrow().description().en();
        // the activity reworded and its goal written as a spreadsheet may write a number; another activity rated
        lines.set(reworded, lines.get(reworded).replaceFirst("^2,", "2.0,").replace(planText, "Report emissions in Baja California."));
        lines.set(rated, lines.get(rated).replace("\"Significant Progress\",\"Level carried over from 2016; not yet re-rated for 2017.\"",
                "\"Moderate Progress\",\"The network lost two stations.\""));
        Files.write(assessments, lines, StandardCharsets.UTF_8);
        Map<String, String> planFiles = f.files();

        Fixture.Run imported = f.ok("import", "csv", "--by", "Ana");
        assertThat(imported.out()).contains("1 change applied").contains("1 edit was not imported, because it is in a read-only column:")
                .contains("air-quality-2017-assessments.csv!C" + (reworded + 1) + ": the column Activity is read-only (grey in the workbook),"
                        + " so the change there was not imported (it still says '" + planText.substring(0, 20))
                .contains("the plan is changed in groups/air-quality/plan.json")
                .doesNotContain("assessments.csv!A");
        assertThat(f.year("air-quality", 2017).assessment("aq-3-1").orElseThrow().level()).isEqualTo(ProgressLevel.MODERATE);
        assertThat(f.workspace().plan("air-quality").orElseThrow().activity("aq-2-1").orElseThrow().description().en()).isEqualTo(planText);
        assertThat(f.files()).containsEntry("groups/air-quality/plan.json", planFiles.get("groups/air-quality/plan.json"));

        // imported again: nothing to change, and not "already holds what it says", for it does not
        Fixture.Run again = f.ok("import", "csv", "--by", "Ana");
        assertThat(again.out()).contains("air-quality 2017: nothing changed").doesNotContain("already holds").contains("1 edit was not imported");
    }

    @Test
    void aWorkbookExportedBeforeSomeoneElsesChangeIsNotImportedOverIt() throws Exception {
        f.ok("rate", "aq-1-1", "moderate", "--rationale", "First calls held.", "--by", "Ana");
        f.ok("export", "air-quality", "2017", "--format", "csv", "--out", "old");
        // exported an hour before the clock's moment, at which Ana rates aq-1-1 afterwards
        Path about = f.home.resolve("old/air-quality-2017-about.csv");
        Files.writeString(about, Files.readString(about).replace("Exported,\"2017-04-03T15:20:01.000Z", "Exported,\"2017-04-03T14:20:01Z"));
        f.ok("rate", "aq-1-1", "achieved", "--rationale", "Adopted by both states.", "--by", "Ana");
        Map<String, String> before = f.files();

        // the old files, left as exported, would put aq-1-1 back as it was: refused, nothing written
        Fixture.Run stale = f.run("import", "old", "--by", "Bob");
        assertThat(stale.status()).as(stale.err()).isEqualTo(Status.FAILED);
        assertThat(stale.err()).contains("aq-1-1 changed after this workbook was exported (2017-04-03T14:20:01Z): rate by Ana at 2017-04-03T15:20:01Z;"
                + " importing it would undo that change").contains("export the year again");
        assertThat(f.files()).isEqualTo(before);
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().level()).isEqualTo(ProgressLevel.ACHIEVED);

        // exported again, it imports; and a person's own imports since the export are no such change
        f.ok("export", "air-quality", "2017", "--format", "csv", "--out", "new");
        Path assessments = f.home.resolve("new/air-quality-2017-assessments.csv");
        Path newAbout = f.home.resolve("new/air-quality-2017-about.csv");
        Files.writeString(newAbout, Files.readString(newAbout).replace("Exported,\"2017-04-03T15:20:01.000Z", "Exported,\"2017-04-03T14:20:01Z"));
        List<String> lines = Files.readAllLines(assessments, StandardCharsets.UTF_8);
        int row = 0;
        for (int i = 0; i < lines.size(); i++) {
            row = lines.get(i).contains(",aq-3-1,") ? i : row;
        }
        String line = lines.get(row);
        lines.set(row, line.replace("\"Significant Progress\",\"Level carried over from 2016; not yet re-rated for 2017.\"",
                "\"Moderate Progress\",\"The network lost two stations.\""));
        Files.write(assessments, lines, StandardCharsets.UTF_8);
        f.ok("import", "new", "--by", "Bob");
        lines.set(row, line.replace("\"Significant Progress\",\"Level carried over from 2016; not yet re-rated for 2017.\"",
                "\"Initial Progress\",\"The network lost four stations.\""));
        Files.write(assessments, lines, StandardCharsets.UTF_8);
        f.ok("import", "new", "--by", "Bob");
        assertThat(f.year("air-quality", 2017).assessment("aq-3-1").orElseThrow().level()).isEqualTo(ProgressLevel.INITIAL);
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().level()).isEqualTo(ProgressLevel.ACHIEVED);
    }

    @Test
    void aChangeInTheExportsOwnSecondCountsAsLaterAndIsNotUndone() throws Exception {
        f.ok("rate", "aq-1-1", "moderate", "--rationale", "First calls held.", "--by", "Ana");
        f.later(1);
        f.ok("export", "air-quality", "2017", "--out", "aq.xlsx", "--replace");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(cell(book, "About", "B5").getStringCellValue()).as("stamped to the millisecond").startsWith("2017-04-03T15:20:02.000Z by ");
        }
        // Ana rates again in the second of the export, just after it; Bob adds an event to the workbook
        f.ok("rate", "aq-1-1", "achieved", "--rationale", "Adopted by both states.", "--by", "Ana");
        edit(book -> {
            cell(book, "Events", "A3").setCellValue("aq-2017-training");
            cell(book, "Events", "B3").setCellValue("training");
            cell(book, "Events", "C3").setCellValue("2017-05");
            cell(book, "Events", "D3").setCellValue("Monitor maintenance training");
        });
        Map<String, String> before = f.files();

        Fixture.Run sameSecond = f.run("import", "aq.xlsx", "--by", "Bob");

        assertThat(sameSecond.status()).as(sameSecond.toString()).isEqualTo(Status.FAILED);
        assertThat(sameSecond.err()).contains("aq-1-1 changed after this workbook was exported (2017-04-03T15:20:02Z): rate by Ana at 2017-04-03T15:20:02Z;"
                + " importing it would undo that change").contains("export the year again");
        assertThat(f.files()).isEqualTo(before);
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().level()).isEqualTo(ProgressLevel.ACHIEVED);

        // stamped later in that second, the history's whole second may still have come after it
        edit(book -> cell(book, "About", "B5").setCellValue("2017-04-03T15:20:02.700Z by Bob"));
        assertThat(f.run("import", "aq.xlsx", "--by", "Bob").err()).contains("aq-1-1 changed after this workbook was exported");
        // a workbook stamped to the second, as before, is read and its second counts the same way
        edit(book -> cell(book, "About", "B5").setCellValue("2017-04-03T15:20:02Z by Bob"));
        assertThat(f.run("import", "aq.xlsx", "--by", "Bob").err()).contains("aq-1-1 changed after this workbook was exported");
        // exported a second before the change, the workbook does not know it: refused as well; a second after, it does
        edit(book -> cell(book, "About", "B5").setCellValue("2017-04-03T15:20:01Z by Bob"));
        assertThat(f.run("import", "aq.xlsx", "--by", "Bob").err()).contains("aq-1-1 changed after this workbook was exported");
        assertThat(f.files()).isEqualTo(before);
        edit(book -> cell(book, "About", "B5").setCellValue("2017-04-03T15:20:03Z by Bob"));
        f.ok("import", "aq.xlsx", "--by", "Bob");
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().level()).isEqualTo(ProgressLevel.MODERATE);
    }

    @Test
    void aTextLongerThanAWorkbookCellIsNamedAndTheWorkbookIsNotWrittenButCsvIs() throws Exception {
        // the commands take no text longer than a workbook cell (TextLengthsTest); a file edited by hand can hold one
        String unit = "u".repeat(100_000);
        f.ok("figure", "air-quality", "2017", "aq-2017-samples", "--unit", "samples");
        Path year = f.data.resolve("groups/air-quality/2017.json");
        String json = Files.readString(year);
        assertThat(json.split("\"unit\": \"samples\"", -1)).hasSize(2);
        Files.writeString(year, json.replace("\"unit\": \"samples\"", "\"unit\": \"" + unit + "\""));

        Fixture.Run xlsx = f.run("export", "air-quality", "2017", "--out", "long.xlsx");

        assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(Status.FAILED);
        assertThat(xlsx.err().lines()).containsExactly(
                "export: Figures!D2: the Unit of figure aq-2017-samples is 100,000 characters long, and a workbook's cell holds at most 32,767;"
                        + " shorten it, or export the year as CSV (--format csv), which has no such limit",
                "export: the workbook of air-quality 2017 was not written");
        assertThat(f.home.resolve("long.xlsx")).doesNotExist();
        mou.core.cycle.CycleException refused = org.assertj.core.api.Assertions.catchThrowableOfType(mou.core.cycle.CycleException.class,
                () -> f.service.exportWorkbook(new mou.core.cycle.ExportYear(mou.core.cycle.Acting.of(f.data, "Ana"), "air-quality", 2017)));
        assertThat(refused.kind()).isEqualTo(mou.core.cycle.CycleException.Kind.REFUSED);
        assertThat(refused.problems().get(0).message("es")).isEqualTo("Unit de la cifra aq-2017-samples tiene 100.000 caracteres, y una celda"
                + " de un libro admite como mucho 32.767; acórtelo, o exporte el año como CSV (--format csv), que no tiene ese límite");

        f.ok("export", "air-quality", "2017", "--format", "csv", "--out", "long");
        assertThat(Files.readString(f.home.resolve("long/air-quality-2017-figures.csv"))).contains(unit);
    }

    @Test
    void aChangeIsBeforeAnExportOnlyWhenItsSecondOrMomentIs() {
        java.time.Instant second = java.time.Instant.parse("2017-04-03T15:20:00Z");
        java.time.Instant precise = java.time.Instant.parse("2017-04-03T15:20:00.300Z");
        assertThat(CycleServiceImpl.before(second, second)).isFalse();
        assertThat(CycleServiceImpl.before(second, precise)).as("the history's whole second may be after .300").isFalse();
        assertThat(CycleServiceImpl.before(second.minusSeconds(1), precise)).isTrue();
        assertThat(CycleServiceImpl.before(java.time.Instant.parse("2017-04-03T15:20:00.200Z"), precise)).isTrue();
        assertThat(CycleServiceImpl.before(java.time.Instant.parse("2017-04-03T15:20:00.300Z"), precise)).isFalse();
        assertThat(CycleServiceImpl.before(java.time.Instant.parse("2017-04-03T15:20:00.900Z"), second)).as("an old stamp says only its second").isFalse();
    }

    @Test
    void aYearUnderReviewIsNotImportedAndAWorkbookOfAnotherKindIsRefused() throws Exception {
        f.complete(2017);
        f.ok("submit", "air-quality", "2017", "--by", "Ana");
        Map<String, String> before = f.files();

        Fixture.Run submitted = f.run("import", "aq.xlsx");
        Files.writeString(f.home.resolve("notes.xlsx"), "not a workbook");
        Fixture.Run notXlsx = f.run("import", "notes.xlsx");
        Fixture.Run text = f.run("import", "aq.txt");

        assertThat(submitted.status()).isEqualTo(Status.FAILED);
        assertThat(submitted.err()).contains("air-quality 2017 is submitted (by Ana");
        assertThat(notXlsx.status()).isEqualTo(Status.INVALID_DATA);
        assertThat(notXlsx.err()).contains("notes.xlsx is not a readable XLSX workbook");
        assertThat(text.status()).isEqualTo(Status.USAGE);
        assertThat(f.files()).isEqualTo(before);
    }
}
