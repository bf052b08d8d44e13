package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mou.core.cycle.Acting;
import mou.core.cycle.Publish;
import mou.core.cycle.ReviewYear;
import mou.core.internal.ReportFiles;
import mou.core.model.ReviewAction;
import mou.core.report.Chapters;
import mou.core.report.Section;
import mou.core.spi.Extensions;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportFormat;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.ReportService;
import mou.core.spi.WorkingGroupPlugin;
import mou.cycle.internal.CycleServiceImpl;
import mou.format.json.internal.JsonReportFormat;
import mou.store.json.internal.JsonWorkspaceStore;
import mou.testfixtures.TestGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A published year's pages show the year as it was published: the group's year, its activities and its deliverables are
 * read from the year's published report, not from the group's plan, which may change after publication; where the
 * published report cannot be read, the page says that it shows the plan as it is now. Nothing in {@code published/}
 * changes, and the year's forms refuse every change in the page's language.
 */
class PublishedYearPagesTest {

    static final String GROUP = "air-quality";
    /** Words of the shipped plan that the plan is changed from after 2016 is published. */
    static final String ACTIVITY = "Coordinate development and implementation of Baja California ProAire";
    static final String ACTIVITY_ES = "Coordinar la elaboración y ejecución del ProAire de Baja California";
    static final String DELIVERABLE = "Information sharing and coordination";

    @TempDir
    Path home;
    WebFixture web;

    /** A test group whose chapter is the standard one: its narrative and its "Progress on ..." tables, as the shipped groups' chapters have. */
    static final class StandardGroup extends TestGroup {
        StandardGroup(String id) {
            super(id, id, 600, List.of(), List.of());
        }

        @Override
        public List<ReportSectionContributor> sections() {
            WorkingGroupPlugin group = this;
            return List.of(new ReportSectionContributor() {
                @Override
                public String id() {
                    return group.id() + ".chapter";
                }

                @Override
                public double order() {
                    return 600;
                }

                @Override
                public List<Section> contribute(ReportContext context) {
                    return Chapters.standard(context, group, List.of()).stream().toList();
                }
            });
        }
    }

    @BeforeEach
    void serve() throws IOException {
        web = new WebFixture(home);
    }

    /** Submits, approves and publishes 2016 with these formats in both languages, as the program office does. */
    void publish2016(List<ReportFormat> formats) throws Exception {
        Extensions extensions = Extensions.forTest(WebAppTest.GROUPS.stream().map(StandardGroup::new).toList(), List.of(), formats);
        JsonWorkspaceStore store = new JsonWorkspaceStore(Extensions.forTest(List.of(), List.of(), List.of()));
        CycleServiceImpl cycle = new CycleServiceImpl(store, ReportService.forTest(extensions), new ReportFiles(extensions), extensions);
        for (String group : WebAppTest.GROUPS) {
            cycle.review(new ReviewYear(Acting.of(web.data, "Mara Member"), group, 2016, ReviewAction.SUBMIT, null, "Recorded before the cycle."));
            cycle.review(new ReviewYear(Acting.of(web.data, "Olivia Office"), group, 2016, ReviewAction.APPROVE, null));
        }
        cycle.publish(new Publish(Acting.of(web.data, "Olivia Office"), 2016, null, null, null, "Recorded before the cycle.",
                "Recorded before the cycle."));
    }

    /** The plan changed after publication, by hand: the activity's and the deliverable's words, in English and in Spanish. */
    void changePlan() throws IOException {
        Path plan = web.data.resolve("groups/" + GROUP + "/plan.json");
        String json = Files.readString(plan, StandardCharsets.UTF_8);
        String changed = json.replace(ACTIVITY, "CHANGED activity").replace(ACTIVITY_ES, "Actividad CAMBIADA")
                .replace("\"" + DELIVERABLE + "\"", "\"RENAMED deliverable\"");
        assertThat(changed).isNotEqualTo(json).contains("RENAMED deliverable");
        Files.writeString(plan, changed, StandardCharsets.UTF_8);
    }

    Map<String, Integer> publishedFiles() throws IOException {
        return ReviewPagesTest.files(web.data.resolve("published"));
    }

    @Test
    void thePublishedYearsGroupActivityAndDeliverablePagesShowWhatWasPublishedNotThePlanChangedSince() throws Exception {
        publish2016(List.of(new mou.format.html.internal.HtmlReportFormat(), new JsonReportFormat()));
        changePlan();
        Map<String, Integer> published = publishedFiles();
        List<WebFixture.Browser> everyone = List.of(web.browser(WebFixture.reader()), web.browser(WebFixture.member(GROUP)),
                web.browser(WebFixture.office()));
        for (WebFixture.Browser who : everyone) {
            Response year = who.get("/group/" + GROUP + "/2016");
            assertThat(year.status()).isEqualTo(200);
            assertThat(year.text()).contains(ACTIVITY).contains(DELIVERABLE).doesNotContain("CHANGED").doesNotContain("RENAMED")
                    .contains("id=\"as-published\"").contains("as its published report shows them").contains("href=\"/report/2016?lang=en\"")
                    .doesNotContain("action=\"/group/" + GROUP + "/2016/rate");
            String es = spanish(who, "/group/" + GROUP + "/2016");
            assertThat(es).contains(ACTIVITY_ES).doesNotContain("CAMBIADA").contains("tal como los muestra su informe publicado");

            Response activity = who.get("/group/" + GROUP + "/2016/activity/aq-1-1");
            assertThat(activity.status()).isEqualTo(200);
            assertThat(activity.text()).contains(ACTIVITY).doesNotContain("CHANGED").contains("The rating as published")
                    .doesNotContain("<form method=\"post\" action=\"/group/" + GROUP + "/2016/rate");
            assertThat(spanish(who, "/group/" + GROUP + "/2016/activity/aq-1-1")).contains(ACTIVITY_ES)
                    .doesNotContain("CAMBIADA");

            Response deliverable = who.get("/group/" + GROUP + "/2016/deliverable/aq-1-1-1");
            assertThat(deliverable.status()).isEqualTo(200);
            assertThat(deliverable.text()).contains("<h1>" + DELIVERABLE + "</h1>").doesNotContain("RENAMED").contains(ACTIVITY)
                    .contains("This is the deliverable as the report published for 2016 shows it")
                    .doesNotContain("action=\"/group/" + GROUP + "/2016/deliverable");
        }
        // the current plan is still what the editable years show: nothing of the plan was lost
        assertThat(Files.readString(web.data.resolve("groups/" + GROUP + "/plan.json"))).contains("CHANGED activity");
        assertThat(web.browser(WebFixture.reader()).get("/group/" + GROUP + "/2016/activity/no-such").status()).isEqualTo(404);
        assertThat(publishedFiles()).as("nothing in published/ changes").isEqualTo(published);
    }

    /** The dashboard's counts by level and changes are of the plans as they are now: for a published year it says so, in both languages. */
    @Test
    void thePublishedYearsDashboardSaysItsCountsAreOfThePlansAsTheyAreNow() throws Exception {
        WebFixture.Browser reader = web.browser(WebFixture.reader());
        assertThat(reader.get("/", "year", "2016").text()).doesNotContain("id=\"levels-plan\"");
        publish2016(List.of(new mou.format.html.internal.HtmlReportFormat(), new JsonReportFormat()));
        assertThat(reader.get("/", "year", "2016").text()).contains("id=\"levels-plan\"").contains("These counts are those of 2016&#39;s published report.")
                .contains("The changes below are of the groups&#39; plans as they are now, which may differ from the plans 2016 was published with")
                .contains("href=\"/report/2016?lang=en\"");
        assertThat(spanish(reader, "/", "year", "2016")).contains("Estas cifras son las del informe publicado de 2016.")
                .contains("que pueden diferir de los planes con que se publicó 2016").contains("href=\"/report/2016?lang=es\"");
    }

    /** The published year's dashboard counted the levels of the year's files as they are now, not those it was published with. */
    @Test
    void thePublishedYearsDashboardCountsTheLevelsOfItsPublishedReport() throws Exception {
        publish2016(List.of(new mou.format.html.internal.HtmlReportFormat(), new JsonReportFormat()));
        WebFixture.Browser reader = web.browser(WebFixture.reader());
        String before = levelsRow(reader.get("/", "year", "2016").text());
        assertThat(before).contains("level-initial\"><span class=\"cell-label\">Initial Progress</span>2</td>");
        // the year's file changed by hand after publication: two levels raised
        Path file = web.data.resolve("groups/" + GROUP + "/2016.json");
        String json = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, json.replace("\"level\": \"initial\"", "\"level\": \"achieved\""), StandardCharsets.UTF_8);
        assertThat(json).contains("\"level\": \"initial\"");
        String after = levelsRow(reader.get("/", "year", "2016").text());
        assertThat(after).isEqualTo(before);
    }

    /** The row of the dashboard's table of levels for {@link #GROUP}. */
    private static String levelsRow(String page) {
        int table = page.indexOf("<table class=\"grid levels stack\"");
        int row = page.indexOf("Air Quality", table);
        return page.substring(row, page.indexOf("</tr>", row));
    }

    @Test
    void aPublishedYearWithoutItsReportsJsonSaysThatItShowsTheCurrentPlan() throws Exception {
        publish2016(List.of(new mou.format.html.internal.HtmlReportFormat()));
        changePlan();
        WebFixture.Browser reader = web.browser(WebFixture.reader());
        String year = reader.get("/group/" + GROUP + "/2016").text();
        assertThat(year).contains("CHANGED activity").contains("id=\"as-published\"")
                .contains("this page shows the group&#39;s plan as it is now, which may differ from what was published");
        assertThat(spanish(reader, "/group/" + GROUP + "/2016")).contains("el plan del grupo tal como está ahora");
        assertThat(reader.get("/group/" + GROUP + "/2016/activity/aq-1-1").text()).contains("CHANGED activity").contains("id=\"as-published\"");
        assertThat(reader.get("/group/" + GROUP + "/2016/deliverable/aq-1-1-1").text()).contains("RENAMED deliverable")
                .contains("id=\"as-published\"");
    }

    @Test
    void aPublishedYearsFormsRefuseEveryChangeInThePagesLanguageAndChangeNothing() throws Exception {
        publish2016(List.of(new mou.format.html.internal.HtmlReportFormat(), new JsonReportFormat()));
        Map<String, Integer> before = ReviewPagesTest.files(web.data);
        WebFixture.Browser member = web.browser(WebFixture.member(GROUP));
        List<String[]> posts = new ArrayList<>();
        posts.add(new String[] {"/group/" + GROUP + "/2016/rate/aq-1-1", "version", "x", "level", "moderate", "rationale", "Again."});
        posts.add(new String[] {"/group/" + GROUP + "/2016/narrative/summary", "version", "x", "text", "Again."});
        posts.add(new String[] {"/group/" + GROUP + "/2016/deliverable/aq-3-2-1", "readAt", "x", "attr-sites", "3"});
        // a deliverable whose type is not installed: the year's state is what refuses it
        posts.add(new String[] {"/group/" + GROUP + "/2016/deliverable/aq-1-1-1", "readAt", "x"});
        posts.add(new String[] {"/group/" + GROUP + "/2016/events", "readAt", "x", "eventId", "aq-2016-new", "title", "New", "date", "2016-05"});
        posts.add(new String[] {"/group/" + GROUP + "/2016/updates/Q1", "readAt", "x", "happened", "Again."});
        for (String[] post : posts) {
            String path = post[0];
            String[] fields = java.util.Arrays.copyOfRange(post, 1, post.length);
            Response en = member.post(path, fields);
            assertThat(en.status()).as(path).isEqualTo(409);
            assertThat(en.text()).as(path).contains("published");
            member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
            Response es = member.post(path, fields);
            member.cookies.remove(WebApp.LANGUAGE_COOKIE);
            assertThat(es.status()).as(path).isEqualTo(409);
            assertThat(es.text()).as(path).contains("publicado").doesNotContain("was published");
        }
        assertThat(ReviewPagesTest.files(web.data)).isEqualTo(before);
    }

    /** A page as a browser whose language is Spanish gets it. */
    static String spanish(WebFixture.Browser browser, String path, String... query) {
        browser.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        try {
            return browser.get(path, query).text();
        } finally {
            browser.cookies.remove(WebApp.LANGUAGE_COOKIE);
        }
    }
}
