package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.HistoryQuery;
import mou.core.cycle.OpenYear;
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

/** The history page with its filters, and a group's workbook downloaded and uploaded back, in-process. */
class HistoryAndWorkbookPagesTest {

    @TempDir
    Path home;
    WebFixture web;
    WebFixture.Browser member;
    WebFixture.Browser office;

    @BeforeEach
    void serve() throws IOException, CycleException {
        web = new WebFixture(home);
        member = web.browser(WebFixture.member("air-quality"));
        office = web.browser(WebFixture.office());
        web.app.cycle.openYear(new OpenYear(Acting.of(web.data, "Olivia Office"), 2017, null));
    }

    Map<String, Integer> files() throws IOException {
        return ReviewPagesTest.files(web.data);
    }

    @Test
    void theHistoryIsFilteredByGroupActivityYearAndTheSignedInPersonsName() throws Exception {
        web.app.cycle.rate(new Rate(Acting.of(web.data, "Bruno Other"), "aq-2-1", 2017, "Moderate", Text.of("Bruno's rating."), null));
        // a change made in the browser is recorded under the signed-in name, its reason shown as text
        assertThat(member.post("/review/2017/air-quality/submit", "incomplete", "<b>soon</b> \"><img src=x onerror=alert(1)>").status())
                .isEqualTo(303);
        Response mine = member.get("/history", "person", "Mara Member");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.text()).contains("Mara Member")
                .contains("&lt;b&gt;soon&lt;/b&gt;").doesNotContain("<b>soon").doesNotContain("<img")
                .doesNotContain("Bruno").contains("Showing 1 of 1 matching changes");
        // the words of the history command, after who and when
        HistoryEntry submitted = web.app.cycle.history(new HistoryQuery(Acting.of(web.data, null), "air-quality", null, 2017, "Mara Member"))
                .entries().get(0);
        String headline = web.app.cycle.describe(submitted).get(0);
        assertThat(headline).contains("submit  air-quality 2017");
        assertThat(mine.text()).contains("submit  air-quality 2017");

        assertThat(member.get("/history", "activity", "aq-2-1", "year", "2017").text()).contains("Bruno Other").contains("Bruno&#39;s rating.")
                .doesNotContain("Mara Member  submit").contains("Showing 1 of 1");
        assertThat(member.get("/history", "group", "wildfires", "year", "2017").text()).contains("Showing 1 of 1").contains("year open  wildfires 2017");
        assertThat(member.get("/history", "year", "2016").text()).contains("No recorded change matches.");
        // the filter form keeps what was asked
        assertThat(member.get("/history", "group", "air-quality", "person", "Mara Member").text())
                .contains("<option value=\"air-quality\" selected=\"selected\">").contains("value=\"Mara Member\"");
    }

    @Test
    void aLongHistoryShowsTheNewestFirstWithALinkToMore() throws Exception {
        for (int i = 0; i < 3; i++) {
            web.app.cycle.rate(new Rate(Acting.of(web.data, "Bruno Other"), "aq-2-1", 2017, i % 2 == 0 ? "Moderate" : "Significant",
                    Text.of("Rating " + i + "."), null));
        }
        String page = member.get("/history", "activity", "aq-2-1", "show", "2").text();
        assertThat(page).contains("Showing 2 of 3 matching changes").contains("Show 1 older changes")
                .contains("href=\"/history?activity=aq-2-1&amp;show=52\"");
        assertThat(page.split("<p class=\"headline\">", -1)).hasSize(3);
        // newest first: the last rating's change (1 to 2) above the one before (0 to 1)
        assertThat(page.indexOf("Rating 1. → Rating 2.")).isPositive().isLessThan(page.indexOf("Rating 0. → Rating 1."));
        String all = member.get("/history", "activity", "aq-2-1", "show", "52").text();
        assertThat(all.split("<p class=\"headline\">", -1)).hasSize(4);
        assertThat(all).contains("Showing 3 of 3").doesNotContain("older changes");
    }

    /** Two changes of one second looked alike on the page (minutes only, and the history kept whole seconds). */
    @Test
    void theTimesAreShownToTheSecondAndToTheMillisecondWhereTwoChangesShareASecond() {
        java.time.Instant at = java.time.Instant.parse("2026-12-06T13:40:05.120Z");
        List<mou.core.model.HistoryEntry> entries = List.of(entry(at.plusMillis(300)), entry(at), entry(at.minusSeconds(65)));
        assertThat(HistoryPage.times(entries)).containsExactly("2026-12-06 13:40:05.420 UTC", "2026-12-06 13:40:05.120 UTC",
                "2026-12-06 13:39:00 UTC");
    }

    private static mou.core.model.HistoryEntry entry(java.time.Instant at) {
        return new mou.core.model.HistoryEntry(at, "Ana", "rate", "air-quality", 2017, "aq-2-1", null, null, null);
    }

    @Test
    void aBadFilterIsNamedBesideItsFieldWith400() {
        Response year = member.get("/history", "year", "20x6");
        assertThat(year.status()).isEqualTo(400);
        assertThat(year.text()).contains("id=\"h-year-problem\"").contains("&#39;20x6&#39; is not a year").contains("aria-invalid=\"true\"");
        Response group = member.get("/history", "group", "<nobody>");
        assertThat(group.status()).isEqualTo(400);
        assertThat(group.text()).contains("no working group &#39;&lt;nobody&gt;&#39;").doesNotContain("<nobody>");
        assertThat(web.browser(null).get("/history").status()).isEqualTo(303);
    }

    @Test
    void aWorkbookDownloadedAndUploadedBackWithAChangeIsAppliedUnderTheSignedInPerson() throws Exception {
        Response download = member.get("/group/air-quality/2017/workbook.xlsx");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(download.headers().get("Content-Disposition")).isEqualTo("attachment; filename=\"air-quality-2017.xlsx\"");
        assertThat(new String(download.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(web.browser(WebFixture.reader()).get("/group/air-quality/2017/workbook.xlsx").status()).isEqualTo(200);

        assertThat(member.get("/group/air-quality/2017/workbook").text()).contains("type=\"file\"").contains("enctype=\"multipart/form-data\"");
        assertThat(web.browser(WebFixture.reader()).get("/group/air-quality/2017/workbook").text()).doesNotContain("type=\"file\"");

        byte[] edited = edit(download.body(), book -> {
            cell(book, "Assessments", "E", "aq-1-1").setCellValue("Significant");
            cell(book, "Assessments", "F", "aq-1-1").setCellValue("Rated in the workbook <b>online</b>.");
        });
        Response uploaded = upload(member, "air-quality", "C:\\Users\\mara\\aq 2017.xlsx", edited);
        assertThat(uploaded.status()).isEqualTo(303);
        assertThat(uploaded.headers().get("Location")).isEqualTo("/group/air-quality/2017/workbook?imported=1");
        assertThat(member.get("/group/air-quality/2017/workbook", "imported", "1").text()).contains("1 change applied");
        assertThat(member.get("/group/air-quality/2017/workbook", "imported", "2").text()).contains("2 changes applied");
        assertThat(member.get("/group/air-quality/2017/workbook", "imported", "all of them").text()).doesNotContain("change applied").doesNotContain("changes applied").doesNotContain("all of them");
        var rated = web.app.workspace().year("air-quality", 2017).orElseThrow().assessment("aq-1-1").orElseThrow();
        assertThat(rated.level().id()).isEqualTo("significant");
        List<HistoryEntry> history = web.app.cycle.history(new HistoryQuery(Acting.of(web.data, null), "air-quality", "aq-1-1", 2017, null))
                .entries();
        assertThat(history).last().satisfies(e -> {
            assertThat(e.by()).isEqualTo("Mara Member");
            assertThat(e.action()).isEqualTo("import");
            assertThat(e.why()).isEqualTo("imported from aq 2017.xlsx");
        });
        assertThat(member.get("/history", "activity", "aq-1-1").text()).contains("Rated in the workbook &lt;b&gt;online&lt;/b&gt;.");
    }

    @Test
    void aWorkbookUploadedBackUnchangedKeepsEveryQuarterThatReportsAnEventOrAFigure() throws Exception {
        String year = "/group/air-quality/2017";
        assertThat(member.post(year + "/events", "readAt", "none", "eventId", "aq-2017-meeting", "kind", "meeting", "date", "2017-03-14",
                "title", "Border meeting", "quarter", "Q1").status()).isEqualTo(303);
        assertThat(member.post(year + "/figures", "readAt", "none", "figureId", "aq-2017-samples", "label", "Samples", "value", "120",
                "quarter", "Q1").status()).isEqualTo(303);
        // reported again through the updates form: the event in Q2, the figure in Q3
        assertThat(member.post(year + "/updates/Q2", "readAt", "none", "events", "aq-2017-meeting").status()).isEqualTo(303);
        assertThat(member.post(year + "/updates/Q3", "readAt", "none", "figures", "aq-2017-samples").status()).isEqualTo(303);
        var before = web.app.workspace().year("air-quality", 2017).orElseThrow();
        assertThat(before.update(2).orElseThrow().events()).containsExactly("aq-2017-meeting");
        assertThat(before.update(3).orElseThrow().metrics()).containsExactly("aq-2017-samples");
        Map<String, Integer> files = files();

        byte[] workbook = member.get(year + "/workbook.xlsx").body();
        Response uploaded = upload(member, "air-quality", "air-quality-2017.xlsx", workbook);

        assertThat(web.app.workspace().year("air-quality", 2017).orElseThrow()).isEqualTo(before);
        assertThat(files()).as("no file rewritten").isEqualTo(files);
        assertThat(uploaded.status()).isEqualTo(303);
        assertThat(uploaded.headers().get("Location")).isEqualTo(year + "/workbook?imported=0");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(book.getSheet("Events").getRow(1).getCell(9).getStringCellValue()).isEqualTo("1, 2");
            assertThat(book.getSheet("Figures").getRow(1).getCell(9).getStringCellValue()).isEqualTo("1, 3");
        }
    }

    @Test
    void editsOfThePlansGreyCellsAreNotImportedAndThePageSaysWhichInEachLanguage() throws Exception {
        byte[] workbook = member.get("/group/air-quality/2017/workbook.xlsx").body();
        byte[] edited = edit(workbook, book -> {
            cell(book, "Assessments", "C", "aq-2-1").setCellValue("A better <i>wording</i> of the activity");
            cell(book, "Assessments", "E", "aq-1-1").setCellValue("Significant");
            cell(book, "Assessments", "F", "aq-1-1").setCellValue("Rated beside an edit of the plan.");
        });
        String planText = web.app.workspace().plan("air-quality").orElseThrow().activity("aq-2-1").orElseThrow().description().en();

        Response uploaded = upload(member, "air-quality", "aq.xlsx", edited);
        // the page itself says it: a redirect could carry only the count
        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(uploaded.text()).contains("1 change applied").contains("1 edit was not imported")
                .containsPattern("<strong>Assessments!C[0-9]+</strong>: the column Activity is read-only \\(grey in the workbook\\)")
                .contains("&#39;" + planText.substring(0, 20)).doesNotContain("<i>wording");
        assertThat(web.app.workspace().year("air-quality", 2017).orElseThrow().assessment("aq-1-1").orElseThrow().level().id())
                .isEqualTo("significant");
        assertThat(web.app.workspace().plan("air-quality").orElseThrow().activity("aq-2-1").orElseThrow().description().en())
                .isEqualTo(planText);

        // the same workbook again changes nothing, and still says what it left aside, in Spanish for a Spanish page
        WebFixture.Browser spanish = web.browser(WebFixture.member("air-quality"));
        spanish.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        Response again = upload(spanish, "air-quality", "aq.xlsx", edited);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text()).contains("No cambió nada").contains("1 cambio no se importó")
                .containsPattern("<strong>Assessments!C[0-9]+</strong>: la columna Activity es de solo lectura \\(gris en el libro\\)");
    }

    /** A workbook uploaded to a year under review: refused in the page's words, which name no command to type. */
    @Test
    void aWorkbookForAYearUnderReviewIsRefusedInThePagesWords() throws Exception {
        byte[] workbook = member.get("/group/air-quality/2017/workbook.xlsx").body();
        byte[] edited = edit(workbook, book -> cell(book, "Assessments", "F", "aq-1-1").setCellValue("Rated after the export."));
        assertThat(member.post("/review/2017/air-quality/submit", "incomplete", "Soon.").status()).isEqualTo(303);

        Response uploaded = upload(member, "air-quality", "aq.xlsx", edited);

        assertThat(uploaded.status()).isEqualTo(409);
        assertThat(uploaded.text()).contains("once the program office returns it").doesNotContain("--reason").doesNotContain("return air-quality");
    }

    @Test
    void anUploadWithBadCellsListsEverySheetCellAndChangesNothing() throws Exception {
        byte[] workbook = member.get("/group/air-quality/2017/workbook.xlsx").body();
        byte[] bad = edit(workbook, book -> {
            cell(book, "Assessments", "E", "aq-1-1").setCellValue("Excellent");
            cell(book, "Assessments", "E", "aq-2-1").setCellValue("Significant");
            cell(book, "Assessments", "F", "aq-2-1").setCellValue("");
        });
        Map<String, Integer> before = files();
        Response refused = upload(member, "air-quality", "aq.xlsx", bad);
        assertThat(refused.status()).isEqualTo(422);
        String text = refused.text();
        assertThat(text).containsPattern("<strong>Assessments!E[0-9]+</strong>: &#39;Excellent&#39; is not a level")
                .containsPattern("<strong>Assessments!F[0-9]+</strong>: [^<]*rationale").contains("Nothing was imported");
        assertThat(files()).isEqualTo(before);
        // a formula is refused whatever it shows (the cycle's hostile-sheet rule), its cell named
        Response formula = upload(member, "air-quality", "aq.xlsx",
                edit(workbook, book -> cell(book, "Assessments", "F", "aq-2-1").setCellFormula("HYPERLINK(\"http://evil.example\",\"x\")")));
        assertThat(formula.status()).isEqualTo(422);
        assertThat(formula.text()).containsPattern("<strong>Assessments!F[0-9]+</strong>: holds a formula");
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void anUploadThatIsNoWorkbookOrAnotherGroupsOrMissingGetsAClear4xxAndChangesNothing() throws Exception {
        Map<String, Integer> before = files();
        Response text = upload(member, "air-quality", "notes.xlsx", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(422);
        assertThat(text.text()).contains("notes.xlsx is not a readable XLSX workbook").doesNotContain("org.apache").doesNotContain("Exception");

        byte[] wildfires = office.get("/group/wildfires/2017/workbook.xlsx").body();
        Response other = upload(member, "air-quality", "wildfires-2017.xlsx", wildfires);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.text()).contains("<strong>About!B2</strong>").contains("this workbook is Wildfires Working Group 2017, not Air Quality Working Group 2017;"
                + " download the workbook of Air Quality Working Group 2017 on this page, fill it in and upload that one, or upload this one on the"
                + " spreadsheet page of Wildfires Working Group 2017").as("no command's words").doesNotContain("export it again");

        // from a Spanish page: the workbook is Spanish, and the groups are named by their Spanish titles
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        byte[] wildfiresEs = office.get("/group/wildfires/2017/workbook.xlsx").body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(wildfiresEs))) {
            assertThat(book.getSheetName(0)).isEqualTo("Acerca de");
            assertThat(book.getSheetName(1)).isEqualTo("Calificaciones");
        }
        Response otherEs = upload(member, "air-quality", "wildfires-2017.xlsx", wildfiresEs);
        assertThat(otherEs.status()).isEqualTo(422);
        assertThat(otherEs.text()).contains("<strong>Acerca de!B2</strong>").contains("este libro es de Grupo de Trabajo de Incendios Forestales 2017, no de"
                + " Grupo de Trabajo de Calidad del Aire 2017").doesNotContain("wildfires 2017");
        member.cookies.remove(WebApp.LANGUAGE_COOKIE);
        office.cookies.remove(WebApp.LANGUAGE_COOKIE);

        Response none = member.postRaw("/group/air-quality/2017/workbook", Map.of("csrf", List.of(member.csrf())), List.of());
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.text()).contains("Choose the workbook file");

        // another group's member and a reader may not upload at all
        byte[] own = member.get("/group/air-quality/2017/workbook.xlsx").body();
        assertThat(upload(web.browser(WebFixture.member("wildfires")), "air-quality", "aq.xlsx", own).status()).isEqualTo(403);
        assertThat(upload(web.browser(WebFixture.reader()), "air-quality", "aq.xlsx", own).status()).isEqualTo(403);
        assertThat(member.get("/group/nobody/2017/workbook.xlsx").status()).isEqualTo(404);
        assertThat(member.get("/group/air-quality/2031/workbook").status()).isEqualTo(404);
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAWorkbookIsSaidBesideTheFileFieldAndTheSummaryLinksToIt() throws Exception {
        Response refused = upload(member, "air-quality", "notes.txt", "just some notes".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(refused.status()).isBetween(400, 499);
        String text = refused.text();
        int summary = text.indexOf("<div class=\"problem\" role=\"alert\" id=\"problems\"><h2>Nothing was imported");
        assertThat(summary).isPositive();
        String listed = text.substring(summary, text.indexOf("</div>", summary));
        assertThat(listed).contains("<a href=\"#workbook-file\">notes.txt");
        assertThat(text).containsPattern("<input type=\"file\" id=\"workbook-file\"[^>]*aria-describedby=\"workbook-hint workbook-problem\""
                + "[^>]*aria-invalid=\"true\"");
        int beside = text.indexOf("<div id=\"workbook-problem\">");
        assertThat(beside).isGreaterThan(text.indexOf("id=\"workbook-file\""));
        assertThat(text.substring(beside, text.indexOf("</div>", beside))).contains("notes.txt");

        Response none = member.postRaw("/group/air-quality/2017/workbook", Map.of("csrf", List.of(member.csrf())), List.of());
        assertThat(none.text()).contains("<a href=\"#workbook-file\">Choose the workbook file (.xlsx) to upload.</a>")
                .contains("<p class=\"field-problem\">Choose the workbook file (.xlsx) to upload.</p>");
    }

    static Response upload(WebFixture.Browser browser, String group, String name, byte[] bytes) {
        return browser.postRaw("/group/" + group + "/2017/workbook", Map.of("csrf", List.of(browser.csrf())),
                List.of(new Upload("workbook", name, bytes)));
    }

    static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            change.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

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
