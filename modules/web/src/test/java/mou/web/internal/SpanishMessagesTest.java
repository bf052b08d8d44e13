package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mou.core.cycle.Acting;
import mou.core.cycle.OpenYear;
import mou.core.cycle.Rate;
import mou.core.model.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every message a person reads on a Spanish page is in Spanish, and the same on an English page in
 * English: the store's load problems, the spreadsheet import's cells, the evidence checks, dates,
 * quarters and numbers, a deliverable type's own validate messages, the publisher's refusals and the
 * history's change lines. Each is provoked through the pages, in-process.
 */
class SpanishMessagesTest {

    /** Words of the English messages that no Spanish message uses: one of them on a Spanish page is a message left English. */
    private static final List<String> ENGLISH = List.of(" is not ", " must be ", "nothing was", " is required", " needs a", " is before ",
            " cannot be ", " give a ", "; use ", " outside the ", " neither ");

    @TempDir
    Path home;
    WebFixture web;
    WebFixture.Browser member;
    WebFixture.Browser office;

    @BeforeEach
    void serve() throws Exception {
        web = new WebFixture(home);
        web.app.cycle.openYear(new OpenYear(Acting.of(web.data, "Olivia Office"), 2017, null));
        member = web.browser(WebFixture.member("air-quality"));
        office = web.browser(WebFixture.office());
    }

    private static void spanish(WebFixture.Browser browser) {
        browser.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
    }

    private static void english(WebFixture.Browser browser) {
        browser.cookies.put(WebApp.LANGUAGE_COOKIE, "en");
    }

    /** A Spanish page that shows {@code es} and none of the English messages' words (and not {@code en}). */
    private static void inSpanish(Response page, String es, String en) {
        assertThat(page.text()).contains(es).doesNotContain(en);
        assertThat(ENGLISH).as("English message words on the Spanish page").noneMatch(w -> page.text().contains(w));
    }

    @Test
    void theReportAndPanelPagesRefusalsAreInThePagesLanguage() {
        spanish(member);
        // path, query (name, value, ...), the title the Spanish page shows
        List<List<Object>> refusals = List.of(
                List.of("/language/fr", new String[0], "Idioma desconocido"),
                List.of("/report/2016", new String[] {"lang", "fr"}, "Idioma desconocido"),
                List.of("/report/20x6", new String[0], "No es un año"),
                List.of("/report/2016", new String[] {"lang", "es", "lang", "en"}, "Parámetro repetido"),
                List.of("/report/1999", new String[0], "No hay informe de 1999"),
                List.of("/report/2016/nothing.txt", new String[0], "No existe ese archivo"),
                List.of("/panel/nothing", new String[0], "No existe ese panel"));
        for (List<Object> refusal : refusals) {
            String path = (String) refusal.get(0);
            Response page = member.get(path, (String[]) refusal.get(1));
            assertThat(page.status()).as(path).isBetween(400, 499);
            assertThat(page.text()).as(path).contains((String) refusal.get(2));
            assertThat(ENGLISH).as("English message words on the Spanish page " + path).noneMatch(w -> page.text().contains(w));
        }
        english(member);
        assertThat(member.get("/report/1999").text()).contains("No report for 1999").contains("records no progress for 1999");
        assertThat(member.get("/report/20x6").text()).contains("Not a year");
    }

    @Test
    void anEvidenceLinkOutsideTheWorkspaceIsRefusedInThePagesLanguage() {
        spanish(member);
        Response page = member.post(RecordPagesTest.YEAR + "/rate/aq-1-1", "version", "none", "level", "moderate",
                "rationale", "The study began.", "evidenceTitle", "Elsewhere", "evidenceUrl", "../outside.pdf");
        assertThat(page.status()).isBetween(400, 499);
        inSpanish(page, "lleva fuera de la carpeta del espacio de trabajo", "leads outside the workspace folder");

        english(member);
        assertThat(member.post(RecordPagesTest.YEAR + "/rate/aq-1-1", "version", "none", "level", "moderate",
                "rationale", "The study began.", "evidenceTitle", "Elsewhere", "evidenceUrl", "../outside.pdf").text())
                .contains("leads outside the workspace folder");
    }

    @Test
    void aTextLongerThanALineMayBeIsRefusedInThePagesLanguage() {
        spanish(member);
        Response page = member.post(RecordPagesTest.YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-long", "label", "Samples",
                "value", "3", "unit", "u".repeat(100_000));
        assertThat(page.status()).isEqualTo(400);
        inSpanish(page, "tiene 100000 caracteres, más de los 1000 de un texto de una línea", "characters, more than");
    }

    @Test
    void aWorkbookWithATextLongerThanACellHoldsIsRefusedInThePagesLanguage() throws java.io.IOException {
        Response saved = member.post(RecordPagesTest.YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-long", "label", "Samples",
                "value", "3", "unit", "samples");
        assertThat(saved.status()).as(saved.text()).isEqualTo(303);
        // no front door takes a text that long (TextLengthsTest); the workspace's file edited by hand can hold one
        java.nio.file.Path year = web.data.resolve("groups/air-quality/2017.json");
        String json = java.nio.file.Files.readString(year);
        assertThat(json.split("\"unit\": \"samples\"", -1)).hasSize(2);
        java.nio.file.Files.writeString(year, json.replace("\"unit\": \"samples\"", "\"unit\": \"" + "u".repeat(100_000) + "\""));

        spanish(member);
        Response download = member.get(RecordPagesTest.YEAR + "/workbook.xlsx");

        assertThat(download.status()).isEqualTo(409);
        inSpanish(download, "Cifras!D2: Unidad de la cifra aq-2017-long tiene 100.000 caracteres, y una celda de un libro admite como mucho 32.767;"
                + " acórtelo, o exporte el año como CSV", "characters long");
    }

    @Test
    void aFiguresDateNumberAndQuarterAreRefusedInThePagesLanguage() {
        spanish(member);
        Response page = member.post(RecordPagesTest.YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-samples", "label", "Samples",
                "value", "1e30", "asOf", "2017-13");
        assertThat(page.status()).isEqualTo(400);
        inSpanish(page, "&#39;2017-13&#39; no es una fecha; escriba AAAA, AAAA-MM o AAAA-MM-DD", "is not a date");
        assertThat(page.text()).contains("está fuera del intervalo permitido: indique un número de").doesNotContain("outside the allowed range");
        // the field's name, a colon, then the value: never "Valor 1e30 está ...", which reads as one noun phrase
        assertThat(page.text()).contains("Valor: 1e30 está fuera del intervalo permitido");
        Response comma = member.post(RecordPagesTest.YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-samples", "label", "Samples",
                "value", "12,5");
        assertThat(comma.text()).contains("Valor: &#39;12,5&#39; no es un número tal como se escribe aquí");
        Response people = member.post(RecordPagesTest.YEAR + "/events", "readAt", "none", "eventId", "aq-2017-taller", "kind", "workshop",
                "date", "2017-03", "title", "Workshop", "participants", "veinte");
        assertThat(people.text()).contains("Participantes: &#39;veinte&#39; no es un número de personas");

        Response quarter = member.post(RecordPagesTest.YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-samples", "label", "Samples",
                "value", "3", "quarter", "Q7");
        assertThat(quarter.status()).isEqualTo(400);
        inSpanish(quarter, "debe ser un trimestre de 2017: de 1 a 4, de Q1 a Q4, o de 2017-Q1 a 2017-Q4, no &#39;Q7&#39;", "must be a quarter");

        english(member);
        Response en = member.post(RecordPagesTest.YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-samples", "label", "Samples",
                "value", "1e30", "asOf", "2017-13");
        assertThat(en.text()).contains("&#39;2017-13&#39; is not a date").contains("is outside the allowed range");
    }

    @Test
    void aDeliverableTypesOwnValidateMessageIsInThePagesLanguage() {
        spanish(member);
        Response form = member.get(RecordPagesTest.YEAR + "/deliverable/aq-3-2-1");
        Response refused = member.post(RecordPagesTest.YEAR + "/deliverable/aq-3-2-1", "readAt", RecordPagesTest.readAt(form),
                "attr-endDate", "2015-01", "attr-sites", "2");
        assertThat(refused.status()).isEqualTo(400);
        inSpanish(refused, "el estudio termina (2015-01) antes de empezar", "before it began");
        Response notNumber = member.post(RecordPagesTest.YEAR + "/deliverable/aq-3-2-1", "readAt", RecordPagesTest.readAt(form),
                "attr-sites", "two");
        inSpanish(notNumber, "Sitios de monitoreo: escriba un número entero", "must be a number");

        english(member);
        assertThat(member.post(RecordPagesTest.YEAR + "/deliverable/aq-3-2-1", "readAt", RecordPagesTest.readAt(form),
                "attr-endDate", "2015-01", "attr-sites", "2").text()).contains("the study ends (2015-01) before it began");
    }

    @Test
    void aWorkbooksBadCellsAreListedInThePagesLanguage() throws Exception {
        byte[] workbook = member.get("/group/air-quality/2017/workbook.xlsx").body();
        byte[] bad = HistoryAndWorkbookPagesTest.edit(workbook, book -> {
            HistoryAndWorkbookPagesTest.cell(book, "Assessments", "E", "aq-1-1").setCellValue("Excellent");
            HistoryAndWorkbookPagesTest.cell(book, "Assessments", "E", "aq-2-1").setCellValue("Significant");
            HistoryAndWorkbookPagesTest.cell(book, "Assessments", "F", "aq-2-1").setCellValue("");
        });
        spanish(member);
        Response refused = HistoryAndWorkbookPagesTest.upload(member, "air-quality", "aq.xlsx", bad);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).containsPattern("<strong>Assessments!E[0-9]+</strong>: &#39;Excellent&#39; no es un nivel de la Clave de avance")
                .containsPattern("<strong>Assessments!F[0-9]+</strong>: un nivel necesita su justificación");
        inSpanish(refused, "no es un nivel", "is not a level");

        english(member);
        assertThat(HistoryAndWorkbookPagesTest.upload(member, "air-quality", "aq.xlsx", bad).text())
                .containsPattern("<strong>Assessments!E[0-9]+</strong>: &#39;Excellent&#39; is not a level");
    }

    @Test
    void aRefusedPublishIsInThePagesLanguage() {
        spanish(office);
        Response refused = office.post("/review/2017/publish");
        assertThat(refused.status()).isIn(400, 409);
        inSpanish(refused, "2017 aún no se puede publicar: primero se debe aprobar el año de cada grupo", "cannot be published yet");
        assertThat(refused.text()).contains("sin aprobar: air-quality (borrador), ").doesNotContain("(draft)");

        english(office);
        assertThat(office.post("/review/2017/publish").text()).contains("2017 cannot be published yet")
                .contains("not approved: air-quality (draft), ");
    }

    @Test
    void theHistorysChangeLinesAreInThePagesLanguage() throws Exception {
        web.app.cycle.rate(new Rate(Acting.of(web.data, "Bruno Other"), "aq-2-1", 2017, "Moderate", Text.of("Bruno's rating."), null));
        spanish(office);
        Response page = office.get("/history", "activity", "aq-2-1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("calificación  air-quality 2017: cambió la actividad aq-2-1").contains("nivel: ")
                .contains("Avance moderado").contains("justificación: ")
                .doesNotContain("activity aq-2-1 changed").doesNotContain("rationale:").doesNotContain("Moderate Progress");

        english(office);
        assertThat(office.get("/history", "activity", "aq-2-1").text()).contains("activity aq-2-1 changed").contains("rationale: ");
    }

    @Test
    void aMalformedWorkspaceFileIsShownInThePagesLanguage() throws Exception {
        Path plan = web.data.resolve("organizations.json");
        Files.writeString(plan, Files.readString(plan).replaceFirst("\\{", "{ \"x\": 1,, "), StandardCharsets.UTF_8);
        spanish(office);
        Response page = office.get("/");
        assertThat(page.status()).isEqualTo(500);
        assertThat(page.text()).contains("El espacio de trabajo tiene errores").doesNotContain("The workspace has errors")
                .contains(" tiene 1 error, así que no se puede hacer ninguna página con él").doesNotContain("error(es)")
                .contains("organizations.json:1:").doesNotContain("invalid JSON").doesNotContain("Unexpected character");

        Response rate = member.post(RecordPagesTest.YEAR + "/rate/aq-1-1", "version", "none", "level", "moderate", "rationale", "Why.");
        english(office);
        assertThat(office.get("/").text()).contains("The workspace has errors").contains("organizations.json:1:");
        assertThat(rate.status()).isGreaterThanOrEqualTo(400);
    }

    /** The dashboard in a language, refused for the workspace's errors: the page's text. */
    private String workspaceErrors(String language) {
        office.cookies.put(WebApp.LANGUAGE_COOKIE, language);
        Response page = office.get("/");
        assertThat(page.status()).isEqualTo(500);
        return page.text();
    }

    @Test
    void aBadEscapeInAWorkspaceFileIsSaidInThePagesLanguageWithoutTheParsersWords() throws Exception {
        Path organizations = web.data.resolve("organizations.json");
        Files.writeString(organizations, Files.readString(organizations).replaceFirst("\"", "\"\\\\u00g1"), StandardCharsets.UTF_8);
        assertThat(workspaceErrors("es")).contains("organizations.json:").contains("un escape \\u necesita cuatro dígitos hexadecimales")
                .doesNotContain("hex-digit").doesNotContain("escape needs");
        assertThat(workspaceErrors("en")).contains("a \\u escape needs four hexadecimal digits").doesNotContain("hex-digit");
    }

    @Test
    void aSaveThatCannotBeFinishedIsShownInThePagesLanguage() throws Exception {
        // what a killed save left cannot be read as its journal nor removed: a folder with something in it
        Files.createDirectories(web.data.resolve(".mou.journal").resolve("left"));
        assertThat(workspaceErrors("es")).contains("El espacio de trabajo tiene errores").contains(".mou.journal")
                .contains("un guardado se interrumpió y no se pudo terminar").contains("Libere espacio o corrija la causa")
                .doesNotContain("could not be finished").doesNotContain("Free space");
        assertThat(workspaceErrors("en")).contains("a save was cut short and could not be finished")
                .contains("Free space or fix the cause and run the command again");
    }

    @Test
    void theSpanishOfEveryMessageKindIsThereWhenTheEnglishIs() {
        // the English page's messages and the Spanish page's messages for the same requests are different texts
        Map<String, String[]> requests = Map.of(
                "/figures", new String[] {"readAt", "none", "figureId", "aq-2017-samples", "label", "Samples", "value", "1e30", "asOf", "2017-13"},
                "/rate/aq-1-1", new String[] {"version", "none", "level", "moderate", "rationale", "R.", "evidenceTitle", "x",
                    "evidenceUrl", "/etc/passwd"});
        requests.forEach((path, fields) -> {
            english(member);
            String en = member.post(RecordPagesTest.YEAR + path, fields).text();
            spanish(member);
            String es = member.post(RecordPagesTest.YEAR + path, fields).text();
            assertThat(en).as(path).isNotEqualTo(es);
            assertThat(ENGLISH).as(path + ": English message words on the Spanish page").noneMatch(es::contains);
            assertThat(ENGLISH).as(path + ": the English page says it in English").anyMatch(en::contains);
        });
    }
}
