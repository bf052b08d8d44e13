package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.CycleException.Kind;
import mou.core.cycle.ExportYear;
import mou.core.cycle.History;
import mou.core.cycle.HistoryQuery;
import mou.core.cycle.ImportWorkbook;
import mou.core.cycle.Imported;
import mou.core.cycle.OpenYear;
import mou.core.cycle.Problem;
import mou.core.cycle.Rate;
import mou.core.model.HistoryEntry;
import mou.core.model.Text;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the cycle API 1.3 adds for a front door that is a web application: the history by person
 * and the newest entries only, a change in the history command's words, and a group's year as a
 * workbook's bytes, downloaded and uploaded back.
 */
class WebFrontDoorTest {

    @TempDir
    Path temp;
    Fixture f;

    @BeforeEach
    void workspace() throws CycleException {
        f = new Fixture(temp);
        f.service.openYear(new OpenYear(Acting.of(f.data, "Olivia Office"), 2017, null));
        for (String activity : List.of("aq-1-1", "aq-2-1", "aq-2-2")) {
            f.service.rate(new Rate(Acting.of(f.data, "Mara Member"), activity, 2017, "Moderate", Text.of("Rated " + activity + "."), null));
        }
        f.service.rate(new Rate(Acting.of(f.data, "Bruno"), "aq-3-1", 2017, "Moderate", Text.of("Bruno's rating."), null));
    }

    @Test
    void theHistoryIsFilteredByThePersonRecordedWhateverTheLetterCaseAndGivesTheNewestOnlyWhenAsked() throws Exception {
        History mara = f.service.history(new HistoryQuery(Acting.of(f.data, null), "air-quality", null, 2017, " mara member "));
        assertThat(mara.entries()).extracting(HistoryEntry::subject).containsExactly("aq-1-1", "aq-2-1", "aq-2-2");
        assertThat(mara.entries()).extracting(HistoryEntry::by).containsOnly("Mara Member");
        assertThat(mara.matched()).isEqualTo(3);
        assertThat(mara.more()).isFalse();

        History newest = f.service.history(new HistoryQuery(Acting.of(f.data, null), "air-quality", null, 2017, "Mara Member", 2));
        assertThat(newest.entries()).extracting(HistoryEntry::subject).containsExactly("aq-2-1", "aq-2-2");
        assertThat(newest.matched()).isEqualTo(3);
        assertThat(newest.more()).isTrue();
        assertThat(newest.recorded()).isEqualTo(f.history().size());

        assertThat(f.service.history(new HistoryQuery(Acting.of(f.data, null), null, null, null, "Nobody")).entries()).isEmpty();
    }

    @Test
    void aChangeIsDescribedInTheWordsOfTheHistoryCommand() throws Exception {
        HistoryEntry bruno = f.service.history(new HistoryQuery(Acting.of(f.data, null), null, "aq-3-1", 2017, "Bruno")).entries().get(0);
        List<String> words = f.service.describe(bruno);
        assertThat(words).isEqualTo(HistoryFormat.entry(bruno));
        assertThat(words.get(0)).contains("Bruno  rate  air-quality 2017: activity aq-3-1 changed");
        assertThat(String.join("\n", words)).contains("rationale").contains("Bruno's rating.");
        // the command prints the same lines
        assertThat(f.ok("history", "--activity", "aq-3-1", "--person", "Bruno").out()).contains(String.join("\n", words));
    }

    @Test
    void aDownloadedWorkbookUploadedBackWithAChangeAppliesItUnderThePersonAndAnotherGroupsWorkbookIsRefused() throws Exception {
        // downloaded a second after Mara's ratings, so that the workbook knows it came after them
        f.later(1);
        byte[] workbook = f.service.exportWorkbook(new ExportYear(Acting.of(f.data, "Mara Member"), "air-quality", 2017));
        assertThat(new String(workbook, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        Imported same = f.service.importWorkbook(new ImportWorkbook(Acting.of(f.data, "Mara Member"), "air-quality", 2017, workbook, "aq.xlsx"));
        assertThat(same.changes()).isEmpty();

        byte[] edited = edit(workbook, book -> cell(book, "Assessments", "F", "aq-1-1").setCellValue("Rated again in the workbook."));
        int entries = f.history().size();
        Imported imported = f.service.importWorkbook(new ImportWorkbook(Acting.of(f.data, "Mara Member"), "air-quality", 2017, edited, "aq.xlsx"));
        assertThat(imported.changes()).extracting(Imported.Change::subject).containsExactly("aq-1-1");
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().rationale().en()).isEqualTo("Rated again in the workbook.");
        assertThat(f.history()).hasSize(entries + 1);
        assertThat(f.history().get(entries).by()).isEqualTo("Mara Member");
        assertThat(f.history().get(entries).why()).isEqualTo("imported from aq.xlsx");

        // a workbook of air-quality sent as wildfires' is refused, its cell named, and nothing changes
        Map<String, String> before = f.files();
        CycleException other = catchThrowableOfType(CycleException.class, () -> f.service.importWorkbook(
                new ImportWorkbook(Acting.of(f.data, "Mara Member"), "wildfires", 2017, edited, "aq.xlsx")));
        assertThat(other.kind()).isEqualTo(Kind.INVALID);
        assertThat(other.problems()).extracting(Problem::field).contains("About!B2");
        assertThat(other.problems().get(0).message()).contains("Air Quality Working Group 2017, not Wildfires Working Group 2017");
        CycleException year = catchThrowableOfType(CycleException.class, () -> f.service.importWorkbook(
                new ImportWorkbook(Acting.of(f.data, "Mara Member"), "air-quality", 2016, edited, "aq.xlsx")));
        assertThat(year.problems()).extracting(Problem::field).contains("About!B3");
        assertThat(f.files()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNoWorkbookOrHasABadCellIsRefusedAsInvalidNamingItAndNothingChanges() throws Exception {
        Map<String, String> before = f.files();
        Acting mara = Acting.of(f.data, "Mara Member");
        CycleException text = catchThrowableOfType(CycleException.class, () -> f.service.importWorkbook(
                new ImportWorkbook(mara, "air-quality", 2017, "level,rationale\n".getBytes(StandardCharsets.UTF_8), "notes.xlsx")));
        assertThat(text.kind()).isEqualTo(Kind.INVALID);
        assertThat(text.getMessage()).contains("notes.xlsx is not a readable XLSX workbook").doesNotContain("org.apache").doesNotContain("POI");
        CycleException empty = catchThrowableOfType(CycleException.class, () -> f.service.importWorkbook(
                new ImportWorkbook(mara, "air-quality", 2017, new byte[0], "empty.xlsx")));
        assertThat(empty.kind()).isEqualTo(Kind.INVALID);
        assertThat(empty.problems()).extracting(Problem::field).containsExactly("workbook");

        byte[] bad = edit(f.service.exportWorkbook(new ExportYear(mara, "air-quality", 2017)),
                book -> cell(book, "Assessments", "E", "aq-2-2").setCellValue("Excellent"));
        CycleException cell = catchThrowableOfType(CycleException.class, () -> f.service.importWorkbook(
                new ImportWorkbook(mara, "air-quality", 2017, bad, "aq.xlsx")));
        assertThat(cell.kind()).isEqualTo(Kind.INVALID);
        assertThat(cell.problems()).anySatisfy(p -> {
            assertThat(p.field()).matches("Assessments!E[0-9]+");
            assertThat(p.message()).contains("'Excellent' is not a level");
        });
        assertThat(f.files()).isEqualTo(before);
    }

    static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            change.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The cell in a column of the row of an activity on a sheet. */
    static Cell cell(XSSFWorkbook book, String sheet, String column, String activityId) {
        Sheet s = book.getSheet(sheet);
        for (Row r : s) {
            if (r.getCell(1) != null && activityId.equals(r.getCell(1).getStringCellValue())) {
                int c = column.charAt(0) - 'A';
                return r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
            }
        }
        throw new AssertionError(activityId);
    }
}
