package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mou.core.internal.ReportFiles;
import mou.core.spi.Extensions;
import mou.core.spi.PluginFailure;
import mou.core.spi.ReportService;
import mou.cycle.internal.CycleServiceImpl;
import mou.format.html.internal.HtmlReportFormat;
import mou.format.markdown.internal.MarkdownReportFormat;
import mou.store.json.internal.JsonWorkspaceStore;
import mou.testfixtures.TestGroup;
import mou.web.api.HtmlWriter;
import mou.web.api.WebContext;
import mou.web.api.WebContribution;
import org.junit.jupiter.api.BeforeEach;
import mou.core.model.GroupYear;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages in-process, over a copy of the shipped workspace: what they say, their status and headers. */
class WebAppTest {

    static final Path SHIPPED = Path.of("../../data").toAbsolutePath().normalize();
    static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";
    static final List<String> GROUPS = List.of("air-quality", "clean-vehicles", "climate-change", "solid-waste", "wildfires");
    static final Extensions EXTENSIONS = Extensions.forTest(GROUPS.stream().map(TestGroup::listingLevels).toList(), List.of(),
            List.of(new Descriptions()), List.of(new HtmlReportFormat(), new MarkdownReportFormat()));

    /**
     * A section of no group that quotes Air Quality's activity descriptions: workspace text that reaches the
     * report (a group's own sections see only their group).
     */
    record Descriptions() implements mou.core.spi.ReportSectionContributor {
        @Override
        public String id() {
            return "activities.chapter";
        }

        @Override
        public double order() {
            return 700;
        }

        @Override
        public List<mou.core.report.Section> contribute(mou.core.spi.ReportContext context) {
            return List.of(mou.core.report.Section.of("descriptions", "Descriptions", context.workspace().plan("air-quality").orElseThrow()
                    .activities().stream().map(a -> (mou.core.report.Block) new mou.core.report.Block.Paragraph(a.description().in("en"))).toList()));
        }
    }

    @TempDir
    Path home;
    Path data;
    final List<Installed.Contributed> contributions = new ArrayList<>();
    final List<PluginFailure> failures = new ArrayList<>();
    WebApp app;

    @BeforeEach
    void copyWorkspace() throws IOException {
        data = home.resolve("data");
        WebFixture.copy(SHIPPED, data);
        // as in the cycle's tests: the store checks the data without deliverable types (the test groups declare none)
        JsonWorkspaceStore store = new JsonWorkspaceStore(Extensions.forTest(List.of(), List.of(), List.of()));
        ReportService reports = ReportService.forTest(EXTENSIONS);
        app = new WebApp(data, store, reports, new CycleServiceImpl(store, reports, new ReportFiles(EXTENSIONS)), EXTENSIONS, new Installed() {
            @Override
            public String bundleOf(Object service) {
                return service instanceof WebContribution ? "mou.group-test 1.2.3" : "";
            }

            @Override
            public List<PluginFailure> failures() {
                return failures;
            }

            @Override
            public List<Contributed> contributions() {
                return contributions;
            }
        });
    }

    /** Air Quality's 2015: aq-1-1 at no progress (2016 rates it moderate), the rest unrated. */
    void writeAirQuality2015() throws IOException {
        Files.writeString(data.resolve("groups/air-quality/2015.json"), """
                {"groupId": "air-quality", "year": 2015, "narrative": {"summary": [], "accomplishments": [], "challenges": [], "nextSteps": []},
                 "assessments": [{"activityId": "aq-1-1", "level": "no-progress", "rationale": "Not started."}], "metrics": [], "events": []}
                """);
    }

    Response get(String path, String... query) {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < query.length; i += 2) {
            parameters.computeIfAbsent(query[i], k -> new ArrayList<>()).add(query[i + 1]);
        }
        return app.handle(Request.get(path, parameters).withCookies(Map.of(Sessions.COOKIE, office().id())));
    }

    /** A session of the program office, who may open every page. */
    Session office() {
        return app.sessions.open(new User("Olivia Office", Role.PROGRAM_OFFICE, java.util.Set.of()));
    }

    static void assertSecure(Response response) {
        assertThat(response.headers()).containsEntry("X-Content-Type-Options", "nosniff").containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Referrer-Policy", "no-referrer");
        String policy = response.headers().get("Content-Security-Policy");
        assertThat(policy).contains("default-src 'none'").contains("frame-ancestors 'none'").doesNotContain("script-src");
    }

    static void assertNoTrace(Response response) {
        assertThat(response.text()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("mou.web.internal");
    }

    @Test
    void anApplicationMadeAsServeMakesItHashesPasswordsAtTheStandardCost() {
        // serve's WebApp is made by this constructor; only the tests' fixture lowers the cost
        assertThat(app.passwordCost).isEqualTo(Passwords.STANDARD).isEqualTo(new Passwords.Cost(19 * 1024, 2));
    }

    @Test
    void theDashboardShowsEachGroupsReviewStateLevelsAndWhatCannotBeCompared() {
        Response response = get("/");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("text/html; charset=utf-8");
        assertSecure(response);
        String page = response.text();
        assertThat(page).contains("<h1>Progress in 2016</h1>", "Air Quality Working Group", "Border Region Solid Waste Working Group (SWWG)")
                .contains("<td class=\"state state-draft\">draft</td>")
                // Air Quality rates 6 activities in 2016: 2 initial, 2 moderate, 2 significant (data/groups/air-quality/2016.json)
                // each count carries its level's name, the line it is on a phone (a stacking table: the names never break inside a word)
                .contains("<table class=\"grid levels stack\">")
                .contains("<th scope=\"row\">Air Quality Working Group</th>"
                        + "<td class=\"count level-no-progress\"><span class=\"cell-label\">No Progress</span>0</td>"
                        + "<td class=\"count level-initial\"><span class=\"cell-label\">Initial Progress</span>2</td>"
                        + "<td class=\"count level-moderate\"><span class=\"cell-label\">Moderate Progress</span>2</td>"
                        + "<td class=\"count level-significant\"><span class=\"cell-label\">Significant Progress</span>2</td>"
                        + "<td class=\"count level-achieved\"><span class=\"cell-label\">Deliverable Achieved</span>0</td>"
                        + "<td class=\"count\"><span class=\"cell-label\">Not rated</span>0</td>")
                .contains("No 2015 is recorded to compare with")
                .contains("<link rel=\"stylesheet\" href=\"/static/web.css\">")
                .doesNotContain("<script").doesNotContain("style=\"");
    }

    @Test
    void theDashboardShowsALevelThatChangedSinceTheYearBefore() throws IOException {
        writeAirQuality2015();
        String page = get("/").text();
        // aq-1-1 went up; the other five were not rated in 2015
        assertThat(page).contains("<h3>Air Quality Working Group (6)</h3>").contains("<li class=\"change change-up\"><strong>aq-1-1</strong>")
                .contains("No Progress → Moderate Progress</li>").contains("<li class=\"change change-new\"><strong>aq-2-1</strong>")
                .contains("not rated → Initial Progress</li>")
                .contains("No 2015 is recorded to compare with for: Clean Vehicles Working Group, Climate Change Working Group,");
    }

    @Test
    void aGroupsChangesAreWrittenAgainOnlyWhenItsPlanOrYearsChangedAndEachChangeIsShown() throws Exception {
        writeAirQuality2015();
        Workspace first = app.loaded().result().workspace();
        WorkingGroupPlan plan = first.plan("air-quality").orElseThrow();
        GroupYear now = first.year("air-quality", 2016).orElseThrow();
        GroupYear before = first.year("air-quality", 2015).orElseThrow();
        Dashboard dashboard = new Dashboard(app);
        Ui ui = Ui.of("en");
        var written = dashboard.changes(plan, now, before, ui, mou.core.report.Labels.forLanguage("en"));
        assertThat(dashboard.changes(plan, now, before, ui, mou.core.report.Labels.forLanguage("en"))).as("the same objects: kept")
                .isSameAs(written);
        assertThat(dashboard.changes(plan, now, before, Ui.of("es"), mou.core.report.Labels.forLanguage("es"))).as("another language")
                .isNotSameAs(written);
        GroupYear equal = new GroupYear(now.groupId(), now.year(), now.narrative(), now.assessments(), now.metrics(), now.events());
        var again = dashboard.changes(plan, equal, before, ui, mou.core.report.Labels.forLanguage("en"));
        assertThat(again).as("another year object: written again").isNotSameAs(written);
        assertThat(again.list().html()).isEqualTo(written.list().html());
        assertThat(again.count()).isEqualTo(6);

        // through the pages: the first dashboard, then aq-1-1 rated again in 2016 by hand: the next dashboard shows it
        assertThat(get("/").text()).contains("No Progress → Moderate Progress</li>");
        Path year = data.resolve("groups/air-quality/2016.json");
        String text = Files.readString(year);
        int at = text.indexOf("\"aq-1-1\"");
        int level = text.indexOf("\"level\"", at);
        int end = text.indexOf(",", level);
        Files.writeString(year, text.substring(0, level) + "\"level\": \"achieved\"" + text.substring(end));
        assertThat(get("/").text()).contains("No Progress → Deliverable Achieved</li>").doesNotContain("No Progress → Moderate Progress</li>");
    }

    @Test
    void markupInWorkspaceTextShowsAsTextOnEveryPage() throws IOException {
        Path plan = data.resolve("groups/air-quality/plan.json");
        String description = "Coordinate development and implementation of Baja California ProAire and California air quality planning efforts.";
        Files.writeString(plan, Files.readString(plan).replace(description, HOSTILE.replace("\"", "\\\"")));
        writeAirQuality2015();
        for (String path : List.of("/", "/report/2016", "/plugins")) {
            Response response = get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.text()).as(path).doesNotContain("<script").doesNotContain("<img");
        }
        assertThat(get("/").text()).contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(get("/report/2016").text()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void theReportPageIsTheHtmlFormatsReportWithABarOfDownloads() {
        Response response = get("/report/2016", "lang", "es");
        assertThat(response.status()).isEqualTo(200);
        assertSecure(response);
        assertThat(response.headers().get("Content-Security-Policy")).isEqualTo(WebApp.REPORT_POLICY);
        String page = response.text();
        assertThat(page).contains("<html lang=\"es\"").contains("<nav class=\"mou-bar\"")
                .contains("<a href=\"/report/2016/progress-report-2016-es.html\" download=\"progress-report-2016-es.html\">Download HTML (es)</a>")
                .contains("<a href=\"/report/2016/progress-report-2016-es.md\"")
                .contains("<link rel=\"stylesheet\" href=\"/static/report-bar.css\"></head>")
                .doesNotContain("<script");
        assertThat(page.indexOf("<nav class=\"mou-bar\"")).isGreaterThan(page.indexOf("<body"));
    }

    @Test
    void eachFormatDownloadsAsAnAttachment() {
        Response md = get("/report/2016/progress-report-2016.md");
        assertThat(md.status()).isEqualTo(200);
        assertThat(md.contentType()).startsWith("text/markdown");
        assertThat(md.headers()).containsEntry("Content-Disposition", "attachment; filename=\"progress-report-2016.md\"");
        assertThat(md.text()).startsWith("# California-Mexico Memorandum of Understanding");
        assertSecure(md);
        Response missing = get("/report/2016/progress-report-2016.pdf");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).contains("progress-report-2016.html, progress-report-2016.md");
    }

    @Test
    void aPublishedYearServesItsPublishedFiles() throws IOException {
        Path published = Files.createDirectories(data.resolve("published/2016"));
        Files.writeString(published.resolve("progress-report-2016.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head>"
                + "<body><p>the published report</p></body></html>");
        Files.writeString(published.resolve("progress-report-2016.json"), "{\"published\": true}");
        Response page = get("/report/2016");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<p>the published report</p>").contains("Download JSON").doesNotContain("Download MD");
        Response json = get("/report/2016/progress-report-2016.json");
        assertThat(json.text()).isEqualTo("{\"published\": true}");
        assertThat(json.contentType()).isEqualTo("application/json");
        assertThat(get("/report/2016/progress-report-2016.md").status()).isEqualTo(404);
        assertThat(get("/report").text()).contains("2016</a> · <a href=\"/report/2016?lang=es\" lang=\"es\" hreflang=\"es\">español</a> (published)");
        // on a Spanish page the year opens the Spanish report, and the other link is the English one, named so
        String spanish = app.handle(Request.get("/report", Map.of()).withCookies(Map.of(Sessions.COOKIE, office().id(), WebApp.LANGUAGE_COOKIE, "es")))
                .text();
        assertThat(spanish).contains("<a href=\"/report/2016?lang=es\">2016</a> · <a href=\"/report/2016?lang=en\" lang=\"en\" hreflang=\"en\">English</a>");
        // a Spanish session opening the year, published in English alone: said so in Spanish, with the way to the English report
        Response notInSpanish = app.handle(Request.get("/report/2016", Map.of()).withCookies(Map.of(Sessions.COOKIE, office().id(),
                WebApp.LANGUAGE_COOKIE, "es")));
        assertThat(notInSpanish.status()).isEqualTo(404);
        assertThat(notInSpanish.text()).contains("<html lang=\"es\"").contains("No publicado en este idioma")
                .contains("2016 se publicó sin su informe en español")
                .contains("<a href=\"/report/2016?lang=en\" hreflang=\"en\">Leer el informe de 2016 en inglés</a>")
                .doesNotContain("the published report");
    }

    @Test
    void unknownPathsAndBadParametersGetAClearPageAnd4xx() {
        record Case(String path, String[] query, int status, String says) {
        }
        for (Case c : List.of(
                new Case("/nothing-here", new String[0], 404, "There is no page at /nothing-here"),
                new Case("/report/20x6", new String[0], 400, "&#39;20x6&#39; is not a year"),
                new Case("/report/1492", new String[0], 400, "is not a year"),
                new Case("/report/2031", new String[0], 404, "records no progress for 2031"),
                new Case("/report/2016", new String[] {"lang", "fr"}, 400, "en (English) or es (Spanish), not &#39;fr&#39;"),
                new Case("/report/2016", new String[] {"lang", "en", "lang", "es"}, 400, "Give lang once"),
                new Case("/report/2016/..", new String[0], 404, "There is no page"),
                new Case("/report/2016/.hidden", new String[0], 404, "There is no page"),
                new Case("/report/2016/a/b", new String[0], 404, "There is no page"),
                new Case("/panel/nothing", new String[0], 404, "No installed plugin contributes a panel"),
                new Case("/static/../WebApp.class", new String[0], 404, "There is no page"),
                new Case("/", new String[] {"year", "x"}, 400, "is not a year"))) {
            Response response = get(c.path(), c.query());
            assertThat(response.status()).as(c.path()).isEqualTo(c.status());
            assertThat(response.text()).as(c.path()).contains(c.says()).contains("<a href=\"/\">Back to the dashboard</a>");
            assertSecure(response);
            assertNoTrace(response);
        }
        Response post = app.handle("POST", "/", Map.of());
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.headers()).containsEntry("Allow", "GET, HEAD");
    }

    @Test
    void aWorkspaceWithErrorsIsSaidToHaveThemWithoutATrace() throws IOException {
        Files.writeString(data.resolve("agreement.json"), "{ not json");
        Response response = get("/");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.text()).contains("The workspace has errors").contains("agreement.json")
                .contains(" has 1 error, so no page can be made from it; `./mou validate` shows it: ").doesNotContain("error(s)");
        assertNoTrace(response);
    }

    @Test
    void aFailingContributionShowsANoticeNamingItsPluginAndTheRestOfThePageWorks() {
        contributions.add(new Installed.Contributed(contribution("broken", "Broken", (c, html) -> {
            html.start("p").text("half");
            throw new IllegalStateException("the figures file is missing");
        }), "mou.group-broken 2.0.0"));
        contributions.add(new Installed.Contributed(contribution("fine", HOSTILE, (c, html) -> html.element("p", "year " + c.year() + " " + HOSTILE)),
                "mou.group-fine 1.0.0"));
        Response response = get("/");
        assertThat(response.status()).isEqualTo(200);
        String page = response.text();
        assertThat(page).contains("This panel could not be shown: mou.group-broken 2.0.0 failed to write &#39;broken&#39;: the figures file is missing")
                .doesNotContain("half")
                .contains("<p>year 2016 &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<a href=\"/panel/fine\">&lt;script&gt;")
                .contains("Air Quality Working Group")
                .doesNotContain("<script");
        Response panel = get("/panel/fine", "lang", "es");
        assertThat(panel.status()).isEqualTo(200);
        assertThat(panel.text()).contains("<p>year 2016 &lt;script&gt;");
        Response broken = get("/panel/broken");
        assertThat(broken.status()).isEqualTo(200);
        assertThat(broken.text()).contains("could not be shown: mou.group-broken 2.0.0");
    }

    @Test
    void thePluginsPageListsGroupsFormatsContributionsAndFailures() {
        failures.add(new PluginFailure("mou.group-water 1.0.0", "water", "mou.group.water.WaterGroup", PluginFailure.Kind.NOT_ACTIVATED,
                "the plan file is <missing>"));
        contributions.add(new Installed.Contributed(contribution("fine", "Fine panel", (c, html) -> { }), "mou.group-fine 1.0.0"));
        String page = get("/plugins").text();
        assertThat(page).contains("<strong>air-quality</strong>", "<strong>wildfires</strong>", "<code>html</code>", "<code>md</code>")
                .contains("mou.group-water 1.0.0 (group water): component mou.group.water.WaterGroup failed to activate: the plan file is &lt;missing&gt;")
                .contains("<a href=\"/panel/fine\">Fine panel</a> · mou.group-fine 1.0.0");
        failures.clear();
        // the test groups share one chapter order: no plugin fails, and what is wrong with them together is said, as `groups` says it
        assertThat(get("/plugins").text()).doesNotContain("failed to activate")
                .contains("the working groups air-quality, clean-vehicles, climate-change, solid-waste and wildfires have the same chapter order");
    }

    @Test
    void theStyleSheetsAreServedByTheApplication() {
        Response css = get("/static/web.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).isEqualTo("text/css; charset=utf-8");
        assertThat(css.text()).contains("@media (max-width: 30rem)");
        assertThat(get("/static/report-bar.css").text()).contains("nav.mou-bar");
    }

    @Test
    void typedTextWithoutSpacesBreaksInsideItsBoxSoNoPageIsWiderThanAPhone() throws IOException {
        // measured with Chromium at 390 px: a 5,000-character return reason made /group/air-quality/2016 51,403 px wide
        String css = get("/static/web.css").text();
        assertThat(css).contains("main { overflow-wrap: anywhere; }").contains("main table { overflow-wrap: normal; }")
                .contains("main table td.text { overflow-wrap: anywhere; min-width: 10rem; }");
        // the dashboard's last step (with a return reason) is such a cell of typed text
        Path year = data.resolve("groups/air-quality/2016.json");
        Files.writeString(year, Files.readString(year).replaceFirst("\\{", "{\"review\": [{\"state\": \"submitted\", \"by\": \"Ana\", \"at\":"
                + " \"2017-01-20T16:02:11Z\"}, {\"state\": \"returned\", \"by\": \"Olivia\", \"at\": \"2017-01-23T09:40:00Z\", \"reason\": \""
                + "X".repeat(5000) + "\"}], "));
        assertThat(get("/").text()).contains("<td class=\"text\">Olivia, 2017-01-23: XXXX");
    }

    @Test
    void onAPhoneACellOfTypedTextTakesOnlyTheRoomTheTableLeavesIt() {
        // measured with Chromium at 390 px: the dashboard's review table was 447 px wide in Spanish with every last step empty (and
        // 410 px in English with one), in a box that scrolled sideways and that the keyboard cannot reach (axe: scrollable-region-focusable)
        assertThat(get("/static/web.css").text()).contains("@media (max-width: 30rem) { main table td.text { min-width: 0; } }");
        assertThat(get("/").text()).contains("<td class=\"text\"></td>");
    }

    interface Render {
        void render(WebContext context, HtmlWriter html) throws Exception;
    }

    static WebContribution contribution(String id, String title, Render render) {
        return new WebContribution() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String title(String language) {
                return title;
            }

            @Override
            public void render(WebContext context, HtmlWriter html) throws Exception {
                render.render(context, html);
            }
        };
    }
}
