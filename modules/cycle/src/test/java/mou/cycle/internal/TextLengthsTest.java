package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mou.core.cycle.CycleException;
import mou.core.cycle.CycleException.Kind;
import mou.core.cycle.ExportYear;
import mou.core.cycle.ImportYear;
import mou.core.cycle.Problem;
import mou.core.cycle.RecordEvent;
import mou.core.cycle.RecordFigure;
import mou.core.cycle.SheetContent;
import mou.core.cycle.SheetTable;
import mou.core.cycle.WriteNarrative;
import mou.core.model.Lengths;
import mou.core.model.Text;
import org.junit.jupiter.api.Test;

/**
 * How long a text a person enters may be ({@link Lengths}), whatever front door it came through: a
 * one-line text (title, place, label, unit) at most 1,000 characters, any text at most what a workbook
 * cell holds, so that every text saved can be exported and imported again. A refusal names the field
 * and the length and changes nothing.
 */
class TextLengthsTest extends TypedServiceTest {

    @Test
    void aUnitOfAHundredThousandCharactersIsRefusedNamingItsFieldAndLengthAndNothingChanges() throws Exception {
        Map<String, String> before = bytes();
        CycleException e = catchThrowableOfType(CycleException.class, () -> service.recordFigure(new RecordFigure(ana(), "air-quality", 2017,
                "aq-2017-long", "Samples taken", null, "3", "x".repeat(100_000), null, null, null, null, null, null)));
        assertThat(e.kind()).isEqualTo(Kind.USAGE);
        assertThat(e.problems()).extracting(Problem::field).containsExactly("unit");
        assertThat(e.problems().get(0).text("en", n -> "Unit")).isEqualTo("Unit: the text has 100000 characters, more than the 1000 of a one-line text"
                + " (a title, place, label or unit); shorten it and put the rest in the description or note");
        assertThat(e.problems().get(0).message("es")).contains("tiene 100000 caracteres, más de los 1000 de un texto de una línea");
        assertThat(bytes()).isEqualTo(before);
    }

    @Test
    void aOneLineTextMayHaveAThousandCharactersCountedAsAPersonCountsThem() throws Exception {
        // 1,000 characters outside the basic plane are 2,000 Java chars: still 1,000 characters
        String thousand = "\uD83C\uDF32".repeat(Lengths.LINE);
        assertThat(service.recordEvent(new RecordEvent(ana(), "air-quality", 2017, "aq-2017-a", "meeting", "2017-03-14", thousand, null,
                "p".repeat(Lengths.LINE), null, null, "What", null, null)).changed()).isTrue();

        Map<String, String> before = bytes();
        CycleException e = catchThrowableOfType(CycleException.class, () -> service.recordEvent(new RecordEvent(ana(), "air-quality", 2017,
                "aq-2017-b", "meeting", "2017-03-14", "t".repeat(Lengths.LINE + 1), "t", "p".repeat(Lengths.LINE + 1), null, null, "What", null, null)));
        assertThat(e.problems()).extracting(Problem::field).containsExactly("title", "place");
        assertThat(e.problems().get(0).message()).contains("1001 characters, more than the 1000");
        assertThat(bytes()).isEqualTo(before);
    }

    @Test
    void aParagraphMayHaveWhatAWorkbookCellHoldsAndNotOneCharacterMore() throws Exception {
        assertThat(Lengths.TEXT).isEqualTo(Xlsx.MOST_CELL_CHARACTERS);
        assertThat(service.narrative(new WriteNarrative(ana(), "air-quality", 2017, "summary", List.of(Text.of("a".repeat(Lengths.TEXT))), false))
                .changed()).isTrue();

        Map<String, String> before = bytes();
        CycleException e = catchThrowableOfType(CycleException.class, () -> service.narrative(new WriteNarrative(ana(), "air-quality", 2017,
                "summary", List.of(Text.of("Fine", "b".repeat(Lengths.TEXT + 1))), false)));
        assertThat(e.problems()).extracting(Problem::field).containsExactly("paragraphsEs");
        assertThat(e.problems().get(0).message()).contains("32768 characters, more than the 32767 a text may have (what one workbook cell holds)");
        assertThat(bytes()).isEqualTo(before);
    }

    @Test
    void anImportIsRefusedForAOneLineCellOverTheLimitAndForAnyCellOverWhatACellHolds() throws Exception {
        Map<String, SheetContent> sheets = exported();
        List<List<String>> events = new ArrayList<>(sheets.get("Events").rows());
        List<String> header = events.get(0);
        List<String> row = new ArrayList<>(java.util.Collections.nCopies(header.size(), ""));
        row.set(0, "aq-2017-imported");
        row.set(1, "meeting");
        row.set(2, "2017-03-14");
        row.set(3, "t".repeat(Lengths.LINE + 1));
        row.set(7, "d".repeat(Lengths.TEXT + 1));
        events.add(row);
        sheets.put("Events", new SheetContent("Events", events));
        Map<String, String> before = bytes();

        CycleException e = catchThrowableOfType(CycleException.class, () -> service.importYear(new ImportYear(ana(), sheets, "year.csv")));
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        String description = "Events!H" + events.size();
        // a cell over what any text may have is refused before the rows are read
        assertThat(e.problems()).extracting(Problem::field).contains(description);
        assertThat(e.problems().stream().filter(p -> description.equals(p.field())).findFirst().orElseThrow().message())
                .isEqualTo("the cell has 32768 characters, more than the 32767 a text may have (what one workbook cell holds);"
                        + " shorten it or divide it into paragraphs");
        assertThat(bytes()).isEqualTo(before);

        row.set(7, "What happened");
        CycleException title = catchThrowableOfType(CycleException.class, () -> service.importYear(new ImportYear(ana(), sheets, "year.csv")));
        String titleCell = "Events!D" + events.size();
        assertThat(title.problems()).extracting(Problem::field).contains(titleCell);
        assertThat(title.problems().stream().filter(p -> titleCell.equals(p.field())).findFirst().orElseThrow().message("es"))
                .startsWith("la celda tiene 1001 caracteres, más de los 1000 de un texto de una línea");
        assertThat(bytes()).isEqualTo(before);

        row.set(3, "A title");
        assertThat(service.importYear(new ImportYear(ana(), sheets, "year.csv")).changes()).isNotEmpty();
    }

    private Map<String, SheetContent> exported() throws CycleException {
        Map<String, SheetContent> sheets = new LinkedHashMap<>();
        for (SheetTable t : service.exportYear(new ExportYear(ana(), "air-quality", 2017)).tables()) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(t.columns().stream().map(c -> c.header()).toList());
            rows.addAll(t.rows());
            sheets.put(t.name(), new SheetContent(t.name(), rows));
        }
        return sheets;
    }
}
