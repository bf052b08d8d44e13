package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mou.core.internal.ReportFiles;
import mou.core.report.ReportDocument;
import mou.core.spi.Extensions;
import mou.core.spi.ReportFormat;
import mou.core.spi.ReportService;
import mou.core.spi.WorkingGroupPlugin;
import mou.cycle.internal.CycleServiceImpl;
import mou.format.html.internal.HtmlReportFormat;
import mou.store.json.internal.JsonWorkspaceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report page's downloads with a PDF format installed (issue 16), as the report page offers any
 * installed format: generated on demand for an unpublished year, the published files for a published
 * one; and the notices of a group whose plugin is not installed, as publish puts them in the report.
 */
class ReportDownloadsTest {

    /** A report format as the PDF bundle declares itself; what it writes says which report it was given. */
    record PdfLike() implements ReportFormat {
        @Override
        public String id() {
            return "pdf";
        }

        @Override
        public String fileExtension() {
            return "pdf";
        }

        @Override
        public String mediaType() {
            return "application/pdf";
        }

        @Override
        public void render(ReportDocument document, OutputStream out) throws IOException {
            out.write(("%PDF-1.7\n% " + document.title() + " (" + document.language() + ")\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @TempDir
    Path home;

    private WebApp app(List<WorkingGroupPlugin> groups) throws IOException {
        Path data = home.resolve("data");
        if (!Files.isDirectory(data)) {
            WebFixture.copy(WebAppTest.SHIPPED, data);
        }
        Extensions extensions = Extensions.forTest(groups, List.of(), List.of(new HtmlReportFormat(), new PdfLike()));
        JsonWorkspaceStore store = new JsonWorkspaceStore(Extensions.forTest(List.of(), List.of(), List.of()));
        ReportService reports = ReportService.forTest(extensions);
        return new WebApp(data, store, reports, new CycleServiceImpl(store, reports, new ReportFiles(extensions)), extensions,
                WebFixture.nothingWrong());
    }

    private static Response get(WebApp app, String path, String... query) {
        Map<String, List<String>> parameters = WebFixture.pairs(query);
        Session office = app.sessions.open(new User("Olivia Office", Role.PROGRAM_OFFICE, Set.of()));
        return app.handle(Request.get(path, parameters).withCookies(Map.of(Sessions.COOKIE, office.id())));
    }

    @Test
    void anUnpublishedYearOffersThePdfMadeOnDemandInEachLanguage() throws IOException {
        WebApp app = app(WebAppTest.EXTENSIONS.groups());

        assertThat(get(app, "/report/2016").text())
                .contains("<a href=\"/report/2016/progress-report-2016.pdf\" download=\"progress-report-2016.pdf\">Download PDF</a>");
        assertThat(get(app, "/report/2016", "lang", "es").text())
                .contains("<a href=\"/report/2016/progress-report-2016-es.pdf\" download=\"progress-report-2016-es.pdf\">Download PDF (es)</a>");

        Response english = get(app, "/report/2016/progress-report-2016.pdf");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.contentType()).isEqualTo("application/pdf");
        assertThat(english.headers()).containsEntry("Content-Disposition", "attachment; filename=\"progress-report-2016.pdf\"");
        assertThat(english.text()).startsWith("%PDF-").contains("(en)");
        WebAppTest.assertSecure(english);
        Response spanish = get(app, "/report/2016/progress-report-2016-es.pdf");
        assertThat(spanish.status()).isEqualTo(200);
        assertThat(spanish.headers()).containsEntry("Content-Disposition", "attachment; filename=\"progress-report-2016-es.pdf\"");
        assertThat(spanish.text()).contains("(es)");
    }

    @Test
    void aPublishedYearOffersEveryPublishedFileThePdfAmongThem() throws IOException {
        WebApp app = app(WebAppTest.EXTENSIONS.groups());
        Path published = Files.createDirectories(home.resolve("data/published/2016"));
        for (String language : List.of("", "-es")) {
            Files.writeString(published.resolve("progress-report-2016" + language + ".html"), "<!DOCTYPE html><html><head><title>t</title>"
                    + "</head><body><p>published" + language + "</p></body></html>");
            Files.writeString(published.resolve("progress-report-2016" + language + ".pdf"), "%PDF-1.7\n% published" + language + "\n%%EOF\n");
        }

        String page = get(app, "/report/2016").text();
        assertThat(page).contains("<p>published</p>")
                .contains("download=\"progress-report-2016.pdf\">Download PDF</a>")
                .contains("download=\"progress-report-2016-es.pdf\">Download PDF (es)</a>")
                .contains("download=\"progress-report-2016-es.html\">Download HTML (es)</a>");
        Response pdf = get(app, "/report/2016/progress-report-2016-es.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.headers()).containsEntry("Content-Disposition", "attachment; filename=\"progress-report-2016-es.pdf\"");
        assertThat(pdf.text()).as("the published file, not one made now").isEqualTo("%PDF-1.7\n% published-es\n%%EOF\n");
        // the published page is one page: a part of it is refused as the whole page of a smaller report refuses it
        Response part = get(app, "/report/2016", "part", "nope");
        assertThat(part.status()).isEqualTo(404);
        assertThat(part.text()).contains("has no page of its own for &#39;nope&#39;").doesNotContain("<p>published</p>");
    }

    /** A year published in English only: its Spanish page is refused to everyone, never made from the workspace as it is now. */
    @Test
    void aYearPublishedInOneLanguageShowsNoReportMadeNowInTheOther() throws IOException {
        WebApp app = app(WebAppTest.EXTENSIONS.groups());
        Path published = Files.createDirectories(home.resolve("data/published/2016"));
        Files.writeString(published.resolve("progress-report-2016.html"), "<!DOCTYPE html><html><head><title>t</title></head><body><p>published</p>"
                + "</body></html>");

        Response visitor = app.handle(Request.get("/report/2016", WebFixture.pairs("lang", "es")));
        Response office = get(app, "/report/2016", "lang", "es");

        for (Response spanish : List.of(visitor, office)) {
            assertThat(spanish.status()).isEqualTo(404);
            assertThat(spanish.text()).contains("2016 was published without its report in Spanish")
                    .doesNotContain("Air Quality Working Group").doesNotContain("Grupo de Trabajo");
        }
        assertThat(app.handle(Request.get("/report/2016", Map.of())).text()).as("the English one, for anyone").contains("<p>published</p>");
    }

    /**
     * A workspace file with an error: a visitor is told the page is not available, without the server's folders or the files'
     * errors (those signed in see them); a published report is still shown, from its files.
     */
    @Test
    void aBrokenWorkspaceNamesNoServerFolderToAVisitorAndThePublishedReportIsStillShown() throws IOException {
        WebApp app = app(WebAppTest.EXTENSIONS.groups());
        Path published = Files.createDirectories(home.resolve("data/published/2016"));
        Files.writeString(published.resolve("progress-report-2016.html"), "<!DOCTYPE html><html><head><title>t</title></head><body><p>published</p>"
                + "</body></html>");
        Path year = home.resolve("data/groups/air-quality/2016.json");
        Files.writeString(year, Files.readString(year).replaceFirst("\"year\": 2016", "\"year\": \"twenty\""));

        Response visitor = app.handle(Request.get("/report", Map.of()));
        assertThat(visitor.status()).isEqualTo(500);
        assertThat(visitor.text()).contains("cannot be shown now").doesNotContain(home.toString()).doesNotContain("2016.json");
        assertThat(get(app, "/report").text()).as("the program office sees what is wrong").contains("2016.json");
        Response report = app.handle(Request.get("/report/2016", Map.of()));
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.text()).contains("<p>published</p>");
    }

    /** What an address asks for that is refused (an unknown part) is not kept: no address can make the server keep more and more. */
    @Test
    void refusedPartsAreNotKeptAndAVisitorOfAnUnpublishedYearMakesNothing() throws IOException {
        WebApp app = app(WebAppTest.EXTENSIONS.groups());
        assertThat(get(app, "/report/2016").status()).isEqualTo(200);
        int kept = app.snapshots.kept();

        for (int i = 0; i < 20; i++) {
            assertThat(get(app, "/report/2016", "part", "nope-" + i).status()).isEqualTo(404);
            assertThat(app.handle(Request.get("/report/2016", WebFixture.pairs("part", "visitor-" + i))).status()).isEqualTo(303);
        }

        assertThat(app.snapshots.kept()).isEqualTo(kept);
    }

    @Test
    void aGroupWithoutItsPluginIsNamedInTheReportPageAsPublishNamesIt() throws IOException {
        List<WorkingGroupPlugin> withoutWildfires = WebAppTest.EXTENSIONS.groups().stream().filter(g -> !g.id().equals("wildfires")).toList();
        WebApp app = app(withoutWildfires);

        assertThat(get(app, "/report/2016").text())
                .contains("(working group wildfires) has progress for this year in the workspace, but no plugin for it is installed");
        assertThat(get(app, "/report/2016", "lang", "es").text())
                .contains("(grupo de trabajo wildfires) tiene avances para este año en el espacio de trabajo, pero no hay ningún complemento");
        assertThat(get(app, "/report/2016/progress-report-2016.pdf").text()).startsWith("%PDF-");
    }
}
