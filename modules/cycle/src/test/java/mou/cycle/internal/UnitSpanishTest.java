package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mou.core.model.Metric;
import mou.core.model.Text;
import mou.core.spi.TextPlace;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A figure's unit has its Spanish: given with figure --unit-es by the rule of every Spanish, kept in the file only once given
 * (a plain string before), in the workbook's Spanish column, in the translations round trip, and missed by a Spanish reader only
 * when the unit needs one (not a symbol, not a unit the reports know).
 */
class UnitSpanishTest {

    @TempDir
    Path temp;

    Fixture f;

    @BeforeEach
    void year() {
        f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        f.ok("figure", "air-quality", "2017", "aq-2017-filters", "--label", "Filters replaced", "--label-es", "Filtros reemplazados",
                "--value", "12", "--unit", "boxes", "--activity", "aq-3-1");
        f.ok("figure", "air-quality", "2017", "aq-2017-share", "--label", "Share of monitors serviced", "--label-es",
                "Proporción de monitores atendidos", "--value", "80", "--unit", "%");
    }

    private Metric figure(String id) {
        return f.year("air-quality", 2017).metric(id).orElseThrow();
    }

    private String yearFile() throws Exception {
        return Files.readString(f.data.resolve("groups/air-quality/2017.json"));
    }

    @Test
    void theUnitsSpanishFollowsTheRuleOfEverySpanishAndTheFileKeepsAPlainUnitUntilOneIsGiven() throws Exception {
        assertThat(yearFile()).contains("\"unit\": \"boxes\"").contains("\"unit\": \"%\"");
        f.ok("figure", "air-quality", "2017", "aq-2017-filters", "--unit-es", "cajas");
        assertThat(figure("aq-2017-filters").unitText()).isEqualTo(Text.of("boxes", "cajas"));
        assertThat(figure("aq-2017-filters").unitIn("es")).isEqualTo("cajas");
        assertThat(figure("aq-2017-filters").unitIn("en")).isEqualTo("boxes");
        assertThat(yearFile()).contains("\"unit\": {\n        \"en\": \"boxes\",\n        \"es\": \"cajas\"")
                .as("the other figure's unit is as it was").contains("\"unit\": \"%\"");

        f.ok("figure", "air-quality", "2017", "aq-2017-filters", "--unit", "crates");
        Text stale = figure("aq-2017-filters").unitText();
        assertThat(stale.en()).isEqualTo("crates");
        assertThat(stale.es()).isEqualTo("cajas");
        assertThat(stale.spanishStale()).as("the English changed alone keeps the Spanish, stale").isTrue();

        f.ok("figure", "air-quality", "2017", "aq-2017-filters", "--unit", "crates", "--unit-es", "cajones");
        assertThat(figure("aq-2017-filters").unitText()).isEqualTo(Text.of("crates", "cajones"));
        assertThat(f.history().get(f.history().size() - 1).after().toString()).contains("cajones");

        f.ok("figure", "air-quality", "2017", "aq-2017-filters", "--unit-es", "");
        assertThat(figure("aq-2017-filters").unitText()).isEqualTo(Text.of("crates"));
        assertThat(yearFile()).contains("\"unit\": \"crates\"");

        Map<String, String> before = f.files();
        Fixture.Run alone = f.run("figure", "air-quality", "2017", "aq-2017-filters", "--unit", "", "--unit-es", "cajas");
        assertThat(alone.status()).isEqualTo(2);
        assertThat(alone.err()).contains("--unit-es").contains("no English to translate");
        assertThat(f.files()).isEqualTo(before);
    }

    @Test
    void aSpanishReaderMissesOnlyAUnitThatNeedsSpanish() {
        List<TextPlace> places = f.store.loadPlacingTexts(f.data).texts();
        assertThat(places).filteredOn(p -> p.path().endsWith(".unit") && p.file().contains("2017"))
                .as("'boxes' needs Spanish; '%' is a symbol and 'samples' a unit the reports know in Spanish")
                .singleElement().satisfies(p -> {
                    assertThat(p.text().en()).isEqualTo("boxes");
                    assertThat(p.translationProblem("es")).startsWith("no Spanish version of \"boxes\"");
                });
        assertThat(Metric.unitNeedsSpanish("boxes")).isTrue();
        assertThat(Metric.unitNeedsSpanish("%")).isFalse();
        assertThat(Metric.unitNeedsSpanish("MW")).isFalse();
        assertThat(Metric.unitNeedsSpanish("tires")).isFalse();
        f.ok("figure", "air-quality", "2017", "aq-2017-filters", "--unit-es", "cajas");
        assertThat(f.store.loadPlacingTexts(f.data).texts()).filteredOn(p -> p.path().endsWith(".unit") && p.file().contains("2017"))
                .singleElement().satisfies(p -> assertThat(p.translationProblem("es")).isNull());
    }

    @Test
    void publishingCountsAShownUnitThatNeedsSpanishAndHasNone() {
        var loaded = f.store.loadPlacingTexts(f.data);
        List<TextPlace> missing = Translations.missing(Fixture.REPORTS.shownTexts(loaded.workspace(), 2017), loaded);
        assertThat(missing).filteredOn(p -> p.path().endsWith(".unit")).extracting(p -> p.text().en()).containsExactly("boxes");
        f.ok("figure", "air-quality", "2017", "aq-2017-filters", "--unit-es", "cajas");
        var again = f.store.loadPlacingTexts(f.data);
        assertThat(Translations.missing(Fixture.REPORTS.shownTexts(again.workspace(), 2017), again)).noneMatch(p -> p.path().endsWith(".unit"));
    }

    @Test
    void theTranslationsRoundTripGivesAUnitThatNeedsSpanishItsSpanish() throws Exception {
        f.ok("translations", "export", "--group", "air-quality", "--year", "2017", "--out", "es.xlf");
        String xliff = Files.readString(f.home.resolve("es.xlf"));
        String source = "<source xml:space=\"preserve\">boxes</source>";
        assertThat(xliff).contains(source).contains("name=\"/metrics/aq-2017-filters/unit\"").doesNotContain(">%</source>");
        int unit = xliff.indexOf(source);
        int end = unit + source.length();
        int segment = xliff.lastIndexOf("<segment>", unit);
        String back = xliff.substring(0, segment) + "<segment state=\"translated\">" + xliff.substring(segment + "<segment>".length(), end)
                + "\n    <target xml:space=\"preserve\">cajas</target>" + xliff.substring(end);
        Files.writeString(f.home.resolve("back.xlf"), back);
        f.ok("translations", "import", "back.xlf", "--by", "Marta Translator");
        assertThat(figure("aq-2017-filters").unitText()).isEqualTo(Text.of("boxes", "cajas"));
    }

    @Test
    void theWorkbookHasTheUnitsSpanishColumnAndAWorkbookWithoutItKeepsEachUnitsSpanish() throws Exception {
        f.ok("figure", "air-quality", "2017", "aq-2017-filters", "--unit-es", "cajas");
        f.later(1);
        f.ok("export", "air-quality", "2017", "--out", "es.xlsx", "--language", "es");
        Path workbook = f.home.resolve("es.xlsx");
        int column;
        int row;
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Row heading = book.getSheet("Cifras").getRow(0);
            column = -1;
            for (int c = 0; c < heading.getLastCellNum(); c++) {
                if (heading.getCell(c).getStringCellValue().equals("Unidad (español)")) {
                    column = c;
                }
            }
            assertThat(column).as("the Spanish column of the unit").isPositive();
            row = -1;
            for (Row r : book.getSheet("Cifras")) {
                if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals("aq-2017-filters")) {
                    row = r.getRowNum();
                }
            }
            assertThat(book.getSheet("Cifras").getRow(row).getCell(column).getStringCellValue()).isEqualTo("cajas");
        }
        Map<String, String> before = f.files();
        assertThat(f.ok("import", "es.xlsx").out()).contains("nothing changed");
        assertThat(f.files()).isEqualTo(before);

        int c = column;
        int r = row;
        Fixture.editWorkbook(workbook, book -> book.getSheet("Cifras").getRow(r).getCell(c).setCellValue("cajones"));
        f.ok("import", "es.xlsx");
        assertThat(figure("aq-2017-filters").unitText()).isEqualTo(Text.of("boxes", "cajones"));

        // a workbook exported before the column: each unit keeps its Spanish
        Fixture.editWorkbook(workbook, book -> {
            for (Row each : book.getSheet("Cifras")) {
                if (each.getCell(c) != null) {
                    each.removeCell(each.getCell(c));
                }
            }
            book.getSheet("Cifras").getRow(r).getCell(2).setCellValue(13);
        });
        f.ok("import", "es.xlsx");
        assertThat(figure("aq-2017-filters").value()).isEqualByComparingTo("13");
        assertThat(figure("aq-2017-filters").unitText()).isEqualTo(Text.of("boxes", "cajones"));
    }

}
