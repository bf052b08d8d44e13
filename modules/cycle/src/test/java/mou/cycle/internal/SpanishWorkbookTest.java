package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mou.core.command.Status;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.ExportYear;
import mou.core.cycle.ImportWorkbook;
import mou.core.cycle.Problem;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.ProgressLevel;
import mou.core.model.Text;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook in Spanish: exported in the language asked for, read back in either, its problems said in the person's language. */
class SpanishWorkbookTest {

    @TempDir
    Path temp;

    Fixture f;

    @BeforeEach
    void year() {
        f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Office");
        f.ok("figure", "air-quality", "2017", "aq-2017-samples", "--label", "PM2.5 samples analysed", "--label-es", "Muestras analizadas",
                "--value", "120", "--unit", "samples", "--as-of", "2017-03", "--activity", "aq-3-1", "--quarter", "1");
        f.ok("event", "air-quality", "2017", "aq-2017-meeting", "--kind", "site-visit", "--date", "2017-03-14", "--title", "Border visit",
                "--title-es", "Visita fronteriza", "--organizations", "carb", "--quarter", "1");
        f.ok("narrative", "air-quality", "2017", "next-steps", "--text", "Extend the network.", "--es", "Ampliar la red.");
        f.ok("update", "air-quality", "2017-Q1", "--text", "Monitors serviced.");
        f.later(1);
    }

    private Path export(String file, String... options) {
        List<String> words = new java.util.ArrayList<>(List.of("air-quality", "2017", "--out", file));
        words.addAll(List.of(options));
        f.ok("export", words.toArray(String[]::new));
        return f.home.resolve(file);
    }

    private static XSSFWorkbook open(Path workbook) throws Exception {
        try (InputStream in = Files.newInputStream(workbook)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Cell cell(XSSFWorkbook book, String sheet, String ref) {
        org.apache.poi.ss.util.CellReference r = new org.apache.poi.ss.util.CellReference(ref);
        Sheet s = book.getSheet(sheet);
        Row row = s.getRow(r.getRow()) == null ? s.createRow(r.getRow()) : s.getRow(r.getRow());
        return row.getCell(r.getCol()) == null ? row.createCell(r.getCol()) : row.getCell(r.getCol());
    }

    private static List<String> headings(XSSFWorkbook book, String sheet) {
        List<String> headings = new java.util.ArrayList<>();
        book.getSheet(sheet).getRow(0).forEach(c -> headings.add(c.getStringCellValue()));
        return headings;
    }

    /** The row of an activity on the ratings sheet, 1-based. */
    private static int row(XSSFWorkbook book, String sheet, String activityId) {
        for (Row r : book.getSheet(sheet)) {
            if (r.getCell(1) != null && activityId.equals(r.getCell(1).getStringCellValue())) {
                return r.getRowNum() + 1;
            }
        }
        throw new AssertionError(activityId);
    }

    @Test
    void exportedInSpanishItsSheetsHeadingsInstructionsAndChoicesAreSpanishAndTheTextsKeepTheirEnglishAndSpanishColumns() throws Exception {
        Path es = export("aq-es.xlsx", "--language", "es");
        try (XSSFWorkbook book = open(es)) {
            List<String> names = new java.util.ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Acerca de", "Calificaciones", "Cifras", "Eventos", "Narrativa", "Informes trimestrales");
            assertThat(headings(book, "Acerca de")).containsExactly("Campo", "Valor");
            assertThat(cell(book, "Acerca de", "A2").getStringCellValue()).isEqualTo("Grupo de trabajo");
            assertThat(cell(book, "Acerca de", "B2").getStringCellValue()).as("the id import reads").isEqualTo("air-quality");
            assertThat(cell(book, "Acerca de", "B4").getStringCellValue()).isEqualTo("borrador");
            assertThat(cell(book, "Acerca de", "B6").getStringCellValue()).startsWith("Las celdas amarillas").doesNotContain("Yellow");
            assertThat(cell(book, "Acerca de", "B7").getStringCellValue()).contains("Sin avance, Avance inicial, Avance moderado");
            assertThat(headings(book, "Calificaciones")).containsExactly("Meta general", "Id de actividad", "Actividad", "Nivel en 2016", "Nivel",
                    "Justificación (inglés)", "Evidencia", "Justificación (español)");
            int r = row(book, "Calificaciones", "aq-3-1");
            assertThat(cell(book, "Calificaciones", "E" + r).getStringCellValue()).isEqualTo("Avance significativo");
            assertThat(cell(book, "Calificaciones", "D" + r).getStringCellValue()).isEqualTo("Avance significativo");
            assertThat(book.getSheet("Calificaciones").getDataValidations()).anySatisfy(v -> assertThat(v.getValidationConstraint()
                    .getExplicitListValues()).containsExactly("Sin avance", "Avance inicial", "Avance moderado", "Avance significativo", "Entregable logrado"));
            assertThat(headings(book, "Cifras")).containsSubsequence("Id", "Etiqueta (inglés)", "Valor", "Etiqueta (español)");
            assertThat(cell(book, "Cifras", "B2").getStringCellValue()).isEqualTo("PM2.5 samples analysed");
            assertThat(cell(book, "Cifras", "K2").getStringCellValue()).isEqualTo("Muestras analizadas");
            assertThat(headings(book, "Eventos")).contains("Tipo", "Título (inglés)", "Título (español)");
            assertThat(cell(book, "Eventos", "B2").getStringCellValue()).isEqualTo("Visita de campo");
            assertThat(cell(book, "Eventos", "K2").getStringCellValue()).isEqualTo("Visita fronteriza");
            assertThat(headings(book, "Narrativa")).containsExactly("Parte", "Inglés", "Español");
            assertThat(cell(book, "Narrativa", "A2").getStringCellValue()).isEqualTo("próximos pasos");
            assertThat(cell(book, "Narrativa", "C2").getStringCellValue()).isEqualTo("Ampliar la red.");
            assertThat(headings(book, "Informes trimestrales")).containsExactly("Trimestre", "Qué ocurrió (inglés)", "Qué ocurrió (español)");
        }
        // English stays as it was, the default
        try (XSSFWorkbook book = open(export("aq-en.xlsx"))) {
            assertThat(book.getSheetName(1)).isEqualTo("Assessments");
            assertThat(headings(book, "Assessments")).containsExactly("Goal", "Activity id", "Activity", "Level in 2016", "Level", "Rationale",
                    "Evidence", "Rationale (Spanish)");
            assertThat(cell(book, "Events", "B2").getStringCellValue()).isEqualTo("site-visit");
            assertThat(cell(book, "Narrative", "A2").getStringCellValue()).isEqualTo("next-steps");
        }
    }

    @Test
    void aSpanishWorkbookIsReadBackUnchangedAndWithEditsInSpanishWords() throws Exception {
        Path es = export("aq-es.xlsx", "--language", "es");
        Map<String, String> before = f.files();
        assertThat(f.ok("import", "aq-es.xlsx").out()).contains("nothing changed");
        assertThat(f.files()).as("an untouched Spanish workbook changes nothing").isEqualTo(before);

        Fixture.editWorkbook(es, book -> {
            int r = row(book, "Calificaciones", "aq-1-1");
            cell(book, "Calificaciones", "E" + r).setCellValue("Entregable logrado");
            cell(book, "Calificaciones", "F" + r).setCellValue("The ProAire was adopted.");
            cell(book, "Calificaciones", "H" + r).setCellValue("Se adoptó el ProAire.");
            cell(book, "Eventos", "A3").setCellValue("aq-2017-workshop");
            cell(book, "Eventos", "B3").setCellValue("Taller");
            cell(book, "Eventos", "C3").setCellValue("2017-05");
            cell(book, "Eventos", "D3").setCellValue("Monitor workshop");
            cell(book, "Narrativa", "A3").setCellValue("desafíos");
            cell(book, "Narrativa", "B3").setCellValue("Staff turnover.");
            cell(book, "Narrativa", "C3").setCellValue("Rotación del personal.");
        });
        f.ok("import", "aq-es.xlsx", "--by", "Ana");

        GroupYear y = f.year("air-quality", 2017);
        assertThat(y.assessment("aq-1-1").orElseThrow().level()).isEqualTo(ProgressLevel.ACHIEVED);
        assertThat(y.assessment("aq-1-1").orElseThrow().rationale()).isEqualTo(Text.of("The ProAire was adopted.", "Se adoptó el ProAire."));
        assertThat(y.event("aq-2017-workshop").orElseThrow().kind()).isEqualTo(Event.Kind.WORKSHOP);
        assertThat(y.event("aq-2017-meeting").orElseThrow().kind()).as("'Visita de campo' read back").isEqualTo(Event.Kind.SITE_VISIT);
        assertThat(y.narrative().challenges()).containsExactly(Text.of("Staff turnover.", "Rotación del personal."));
        assertThat(y.narrative().nextSteps()).containsExactly(Text.of("Extend the network.", "Ampliar la red."));
        assertThat(y.metric("aq-2017-samples").orElseThrow().label()).isEqualTo(Text.of("PM2.5 samples analysed", "Muestras analizadas"));

        Map<String, String> after = f.files();
        f.ok("import", "aq-es.xlsx");
        assertThat(f.files()).as("the same Spanish workbook again changes nothing").isEqualTo(after);
        // and the English export of the result reads back as unchanged too
        export("aq-en.xlsx");
        assertThat(f.ok("import", "aq-en.xlsx").out()).contains("nothing changed");
        assertThat(f.files()).isEqualTo(after);
    }

    @Test
    void spanishCsvFilesKeepTheirEnglishNamesWithSpanishHeadingsAndReadBack() throws Exception {
        f.ok("export", "air-quality", "2017", "--format", "csv", "--language", "es", "--out", "csv");
        Path assessments = f.home.resolve("csv/air-quality-2017-assessments.csv");
        assertThat(Files.readString(assessments)).startsWith("\"Meta general\",\"Id de actividad\",Actividad,");
        Map<String, String> before = f.files();
        assertThat(f.ok("import", "csv").out()).contains("nothing changed");
        Path events = f.home.resolve("csv/air-quality-2017-events.csv");
        Files.writeString(events, Files.readString(events).replace("Visita de campo", "Reunión"));
        f.ok("import", "csv");
        assertThat(f.year("air-quality", 2017).event("aq-2017-meeting").orElseThrow().kind()).isEqualTo(Event.Kind.MEETING);
        assertThat(f.files()).isNotEqualTo(before);
    }

    @Test
    void aWorkbookExportedBeforeItCouldBeSpanishIsStillRead() throws Exception {
        // written by export before this change, of this test's year as year() makes it (the same clock, the same second)
        Path old = f.home.resolve("aq-old.xlsx");
        try (InputStream in = SpanishWorkbookTest.class.getResourceAsStream("air-quality-2017-before-spanish.xlsx")) {
            Files.copy(in, old);
        }
        Map<String, String> before = f.files();
        assertThat(f.ok("import", "aq-old.xlsx").out()).contains("nothing changed");
        assertThat(f.files()).isEqualTo(before);
        Fixture.editWorkbook(old, book -> {
            int r = row(book, "Assessments", "aq-2-1");
            cell(book, "Assessments", "E" + r).setCellValue("Moderate Progress");
            cell(book, "Assessments", "F" + r).setCellValue("Two workshops were held.");
            cell(book, "Narrative", "A3").setCellValue("challenges");
            cell(book, "Narrative", "B3").setCellValue("Staff turnover.");
        });
        f.ok("import", "aq-old.xlsx");
        GroupYear y = f.year("air-quality", 2017);
        assertThat(y.assessment("aq-2-1").orElseThrow().rationale().en()).isEqualTo("Two workshops were held.");
        assertThat(y.narrative().challenges()).containsExactly(Text.of("Staff turnover."));
        assertThat(y.event("aq-2017-meeting").orElseThrow().title()).isEqualTo(Text.of("Border visit", "Visita fronteriza"));
    }

    @Test
    void theProblemsOfASpanishWorkbookNameItsCellsAndSayWhatToDoInTheLanguageOfTheCommand() throws Exception {
        Path es = export("aq-es.xlsx", "--language", "es");
        Fixture.editWorkbook(es, book -> {
            cell(book, "Calificaciones", "E" + row(book, "Calificaciones", "aq-3-1")).setCellValue("Excelente");
            cell(book, "Narrativa", "A2").setCellValue("epílogo");
        });
        Map<String, String> before = f.files();
        int r = 0;
        try (XSSFWorkbook book = open(es)) {
            r = row(book, "Calificaciones", "aq-3-1");
        }

        Fixture.Run spanish = f.run("import", "aq-es.xlsx", "--language", "es");
        assertThat(spanish.status()).isEqualTo(Status.INVALID_DATA);
        assertThat(spanish.err().lines().toList()).contains(
                "import: Calificaciones!E" + r + ": 'Excelente' no es un nivel de la Clave de avance; elija uno de estos: Sin avance, Avance"
                        + " inicial, Avance moderado, Avance significativo, Entregable logrado",
                "import: Narrativa!A2: 'epílogo' no es una parte de la narrativa; elija una de estas: resumen, logros, desafíos, próximos pasos");
        assertThat(spanish.err()).contains("no se importó nada").doesNotContain("is not a level");

        Fixture.Run english = f.run("import", "aq-es.xlsx");
        assertThat(english.err()).contains("import: Calificaciones!E" + r + ": 'Excelente' is not a level of the Progress Key; choose one of"
                + " Sin avance, Avance inicial");
        assertThat(f.files()).isEqualTo(before);

        assertThat(f.run("import", "aq-es.xlsx", "--language", "fr").err()).contains("--language must be en or es");
        assertThat(f.run("export", "air-quality", "2017", "--out", "x.xlsx", "--language", "fr").err()).contains("--language must be en or es");
    }

    @Test
    void anEditOfAGreyColumnOfASpanishWorkbookIsNamedByItsCellAndHeadingInSpanish() throws Exception {
        Path es = export("aq-es.xlsx", "--language", "es");
        int[] r = new int[1];
        Fixture.editWorkbook(es, book -> {
            r[0] = row(book, "Calificaciones", "aq-2-1");
            cell(book, "Calificaciones", "C" + r[0]).setCellValue("Otra actividad");
            cell(book, "Calificaciones", "E" + r[0]).setCellValue("Avance moderado");
            cell(book, "Calificaciones", "F" + r[0]).setCellValue("Two workshops were held.");
        });
        Fixture.Run run = f.ok("import", "aq-es.xlsx", "--language", "es");
        // what was applied is said in Spanish too: the summary and each change with its fields
        assertThat(run.out()).contains("import: air-quality 2017: se aplicó 1 cambio de aq-es.xlsx").contains("cambió la actividad aq-2-1:")
                .doesNotContain("applied from").doesNotContain("changed:");
        assertThat(run.out()).contains("import: 1 cambio no se importó, porque está en una columna de solo lectura:")
                .contains("  Calificaciones!C" + r[0] + ": la columna Actividad es de solo lectura (gris en el libro), así que el cambio ahí no se"
                        + " importó (sigue diciendo 'Implementar un sistema de reporte de emisiones para Baja Ca…')");
        assertThat(f.year("air-quality", 2017).assessment("aq-2-1").orElseThrow().level()).isEqualTo(ProgressLevel.MODERATE);
    }

    @Test
    void aProblemInASheetWhoseSpanishNameHasASpaceIsStillNamedByItsCell() throws Exception {
        Acting mara = Acting.of(f.data, "Mara Member");
        byte[] workbook = f.service.exportWorkbook(new ExportYear(mara, "air-quality", 2017, "es"));
        byte[] quarter = WebFrontDoorTest.edit(workbook, book -> {
            cell(book, "Informes trimestrales", "A3").setCellValue("7");
            cell(book, "Informes trimestrales", "B3").setCellValue("Later.");
        });
        CycleException cell = catchThrowableOfType(CycleException.class, () -> f.service.importWorkbook(
                new ImportWorkbook(mara, "air-quality", 2017, quarter, "aq.xlsx", "es")));
        assertThat(cell.problems().get(0).field()).isEqualTo("Informes trimestrales!A3");
        assertThat(cell.problems().get(0).message("es")).isEqualTo("'7' no es un trimestre de 2017; elija 1, 2, 3 o 4");
    }

    @Test
    void aWorkbookOfAnotherGroupNamesBothGroupsByTheirTitlesInThePersonsLanguage() throws Exception {
        Acting mara = Acting.of(f.data, "Mara Member");
        byte[] workbook = f.service.exportWorkbook(new ExportYear(mara, "air-quality", 2017, "es"));
        Map<String, String> before = f.files();

        CycleException es = catchThrowableOfType(CycleException.class, () -> f.service.importWorkbook(
                new ImportWorkbook(mara, "wildfires", 2017, workbook, "aq.xlsx", "es")));
        Problem other = es.problems().get(0);
        assertThat(other.field()).isEqualTo("Acerca de!B2");
        assertThat(other.message("es")).startsWith("este libro es de Grupo de Trabajo de Calidad del Aire 2017, no de Grupo de Trabajo de"
                + " Incendios Forestales 2017").doesNotContain("air-quality");

        CycleException en = catchThrowableOfType(CycleException.class, () -> f.service.importWorkbook(
                new ImportWorkbook(mara, "wildfires", 2017, workbook, "aq.xlsx", "en")));
        assertThat(en.problems().get(0).message("en")).startsWith("this workbook is Air Quality Working Group 2017, not Wildfires Working Group 2017");
        assertThat(f.files()).isEqualTo(before);
    }

    @Test
    void aCarriedOverLevelsRationaleIsInSpanishInTheSpanishColumnAlsoFromAnOldFileAndIsNoTranslationOfANewRationale() throws Exception {
        // a year opened before the carried-over sentence had its Spanish: the file keeps its English only
        Path file = f.data.resolve("groups/air-quality/2017.json");
        String json = Files.readString(file);
        String old = json.replaceAll("\\{\\s*\"en\": \"(Level carried over from 2016; not yet re-rated for 2017\\.)\",\\s*\"es\": \"[^\"]*\",\\s*\"esOf\": \"[^\"]*\"\\s*\\}",
                "\"$1\"");
        assertThat(old).isNotEqualTo(json).doesNotContain("Nivel que viene de");
        Files.writeString(file, old);
        f.later(1);
        f.ok("translations", "export", "--group", "air-quality", "--year", "2017", "--out", "es.xlf");
        assertThat(Files.readString(f.home.resolve("es.xlf"))).as("the model's sentence is no translator's text").contains("Monitors serviced.")
                .doesNotContain("Level carried over");
        Path es = export("aq-es.xlsx", "--language", "es");
        int r;
        try (XSSFWorkbook book = open(es)) {
            r = row(book, "Calificaciones", "aq-2-1");
            assertThat(cell(book, "Calificaciones", "F" + r).getStringCellValue()).isEqualTo("Level carried over from 2016; not yet re-rated for 2017.");
            assertThat(cell(book, "Calificaciones", "H" + r).getStringCellValue()).as("the Spanish column says it in Spanish")
                    .isEqualTo("Nivel que viene de 2016; aún sin calificar de nuevo para 2017.");
        }
        Map<String, String> before = f.files();
        assertThat(f.ok("import", "aq-es.xlsx").out()).contains("nothing changed");
        assertThat(f.files()).as("the sentence read back is no change").isEqualTo(before);
        int row = r;
        Fixture.editWorkbook(es, book -> cell(book, "Calificaciones", "F" + row).setCellValue("Two monitors were added in Mexicali."));
        f.ok("import", "aq-es.xlsx");
        var rated = f.year("air-quality", 2017).assessment("aq-2-1").orElseThrow();
        assertThat(rated.carriedOver()).isFalse();
        assertThat(rated.rationale().en()).isEqualTo("Two monitors were added in Mexicali.");
        assertThat(rated.rationale().es()).as("the model's sentence left in the Spanish column translates nothing").isNull();
    }
}
