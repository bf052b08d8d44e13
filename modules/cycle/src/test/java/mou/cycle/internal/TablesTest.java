package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The options of every command are read by mou.core.command.Args (tested in the core); the cells of sheets are named here. */
class TablesTest {

    @Test
    void cellsAreNamedAsSpreadsheetsNameThem() {
        assertThat(Tables.columnName(0)).isEqualTo("A");
        assertThat(Tables.columnName(25)).isEqualTo("Z");
        assertThat(Tables.columnName(26)).isEqualTo("AA");
        assertThat(new Tables.Read("Figures", List.of()).ref(6, 2)).isEqualTo("Figures!C7");
    }

    @Test
    void columnsAreFoundByTheirHeadersAndNamedWhereTheyAreInTheSheet() {
        Tables.Read sheet = new Tables.Read("Narrative", List.of(
                List.of(" spanish ", "Part", "", "English"),
                List.of("Hola", "summary", "", "Hello")));
        List<String> problems = new ArrayList<>();

        Tables.Read read = sheet.byHeaders(List.of("Part", "English", "Spanish"), problems);

        assertThat(problems).isEmpty();
        assertThat(List.of(read.cell(1, 0), read.cell(1, 1), read.cell(1, 2))).containsExactly("summary", "Hello", "Hola");
        assertThat(read.ref(1, 2)).as("problems name the cell where it is").isEqualTo("Narrative!A2");
        assertThat(read.ref(1, 1)).isEqualTo("Narrative!D2");
    }

    @Test
    void aMissingUnknownOrDoubledHeaderIsAProblemNamingItAndTheColumns() {
        Tables.Read sheet = new Tables.Read("t.csv", List.of(List.of("Part", "part", "Notes", ""), List.of("a", "b", "c", "d")));
        List<String> problems = new ArrayList<>();

        assertThat(sheet.byHeaders(List.of("Part", "English"), problems)).isNull();

        assertThat(problems).containsExactly(
                "t.csv!B1: the column 'Part' is there twice (also A1); keep one; its columns are: Part, English",
                "t.csv!C1: 'Notes' is not a column of this table; keep the exported headers as they are; its columns are: Part, English",
                "t.csv!D1: column D holds values but has no header; keep only the exported columns; its columns are: Part, English",
                "t.csv: the column 'English' is missing; keep the exported headers as they are; its columns are: Part, English");
    }

    @Test
    void problemsBeyondAHundredAreCounted() {
        List<String> problems = IntStream.range(0, 130).mapToObj(i -> "p" + i).toList();

        List<String> shown = Tables.capped(problems);

        assertThat(shown).hasSize(101).startsWith("p0").contains("p99").doesNotContain("p100");
        assertThat(shown.get(100)).isEqualTo("... and 30 more problems");
        assertThat(Tables.capped(problems.subList(0, 100))).hasSize(100);
    }
}
