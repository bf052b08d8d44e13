package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's due dates (issue 14): per group, what is overdue and due next as the cycle
 * service works it out for today (the fixture's service runs on the real clock, so 2016 is long
 * past and next year all ahead), the state in words, the link to the feed; and the dashboard in
 * Spanish.
 */
class DashboardDueTest {

    @TempDir
    Path home;

    WebFixture web;

    @BeforeEach
    void setUp() throws Exception {
        web = new WebFixture(home);
    }

    private String dashboard(WebFixture.Browser browser, String... query) {
        Response r = browser.get("/", query);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.text();
    }

    /** The row of a group in the due table. */
    private static String row(String page, String group) {
        int start = page.indexOf("<tr id=\"due-" + group + "\">");
        assertThat(start).as("a due row for %s", group).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void aYearNobodyOpenedIsNotFoundInsteadOfADashboardOfOverdueUpdates() {
        WebFixture.Browser reader = web.browser(WebFixture.reader());
        for (String year : new String[] {"1900", "2015", "2200"}) {
            Response page = reader.get("/", "year", year);
            assertThat(page.status()).as(year).isEqualTo(404);
            assertThat(page.text()).as(year).contains("No group has opened " + year).contains("The years with progress: 2016")
                    .doesNotContain("overdue").doesNotContain("Overdue").doesNotContain("due-list");
            assertThat(reader.get("/panel/x", "year", year).status()).as(year).isIn(404);
        }
        reader.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        Response spanish = reader.get("/", "year", "1900");
        assertThat(spanish.status()).isEqualTo(404);
        assertThat(spanish.text()).contains("Ningún grupo ha abierto 1900").contains("Los años con avances: 2016");
        assertThat(dashboard(reader, "year", "2016")).contains("Atrasado");
    }

    @Test
    void everyGroupsPastDatesAreOverdueInWordsWithTheirDatesAndTheFeedIsLinked() {
        String page = dashboard(web.browser(WebFixture.reader()));

        assertThat(page).contains("<h2 id=\"due\">Due dates</h2>").contains("<caption class=\"muted\">What each group owes for 2016")
                .contains("<th scope=\"col\">Overdue</th>");
        for (String group : new String[] {"air-quality", "clean-vehicles", "climate-change", "solid-waste", "wildfires"}) {
            String row = row(page, group);
            assertThat(row).as("in the column headed Overdue; nothing due next")
                    .contains("<td class=\"due-overdue\"><ul class=\"due-list\"><li>2016-Q1 quarterly update"
                            + " (<time datetime=\"2016-04-30\">2016-04-30</time>)</li>")
                    .contains("</ul></td><td>nothing</td>")
                    .contains("2016 annual report (<time datetime=\"2017-03-31\">2017-03-31</time>)")
                    .contains("0 of 5");
        }
        assertThat(page).contains("<a href=\"/calendar.ics\" type=\"text/calendar\">Subscribe to the due dates (iCalendar)</a>");
    }

    @Test
    void aRecordedUpdateIsDoneForItsGroupOnly() throws Exception {
        Path year = web.data.resolve("groups/air-quality/2016.json");
        Files.writeString(year, Files.readString(year).replaceFirst("\\{", "{\"updates\": [{\"quarter\": 2, \"happened\": [\"Met twice.\"]}],"));

        String page = dashboard(web.browser(WebFixture.member("air-quality")));

        assertThat(row(page, "air-quality")).doesNotContain("2016-Q2").contains("2016-Q1 quarterly update (<time").contains("1 of 5");
        assertThat(row(page, "wildfires")).contains("2016-Q2 quarterly update (<time").contains("0 of 5");
    }

    /** Marks a group's year published in its file, as publish leaves it (locked: its updates can no longer be written). */
    static void published(Path data, String group) throws Exception {
        Path year = data.resolve("groups/" + group + "/2016.json");
        Files.writeString(year, Files.readString(year).replaceFirst("\\{", "{\"review\": [{\"state\": \"published\", \"by\": \"Office\","
                + " \"at\": \"2017-03-20T10:00:00Z\"}], \"updates\": [{\"quarter\": 2, \"happened\": [\"Met twice.\"]}],"));
    }

    @Test
    void aPublishedYearsUpdatesNeverWrittenAreNotWrittenAndClosedNotOverdue() throws Exception {
        published(web.data, "wildfires");
        WebFixture.Browser reader = web.browser(WebFixture.reader());

        String page = dashboard(reader);

        assertThat(page).contains("<th scope=\"col\">Not written, year published</th>")
                .contains("2016 is published and final: an update it has not got can no longer be written, so it is not owed and not overdue.");
        String wildfires = row(page, "wildfires");
        assertThat(wildfires).as("nothing overdue, nothing due; the unwritten updates in their own column")
                .contains("<td class=\"due-none\">nothing</td><td>nothing</td><td class=\"count\">2 of 5</td>"
                        + "<td class=\"due-closed\"><ul class=\"due-list\"><li>2016-Q1 quarterly update"
                        + " (<time datetime=\"2016-04-30\">2016-04-30</time>)</li>")
                .contains("2016-Q3 quarterly update").contains("2016-Q4 quarterly update")
                .doesNotContain("due-overdue").doesNotContain("2016-Q2");
        assertThat(row(page, "air-quality")).as("a year not published still owes them")
                .contains("<td class=\"due-overdue\"><ul class=\"due-list\"><li>2016-Q1 quarterly update")
                .contains("<td class=\"due-closed\">nothing</td>");

        reader.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        String spanish = dashboard(reader);
        assertThat(spanish).contains("<th scope=\"col\">No escrito, año publicado</th>")
                .contains("2016 está publicado y es definitivo: una actualización que no tiene ya no se puede escribir");
        assertThat(row(spanish, "wildfires")).contains("<td class=\"due-none\">nada</td>")
                .contains("<td class=\"due-closed\"><ul class=\"due-list\"><li>actualización trimestral 2016-Q1");
    }

    @Test
    void withoutAPublishedYearThereIsNoColumnOfUpdatesNotWritten() {
        assertThat(dashboard(web.browser(WebFixture.reader()))).doesNotContain("Not written, year published").doesNotContain("due-closed");
    }

    @Test
    void anUpdateLeftWithNothingInItIsNotDone() throws Exception {
        // as the year is left when the only event reported in Q2 is removed: the update is there, with nothing in it
        Path year = web.data.resolve("groups/air-quality/2016.json");
        Files.writeString(year, Files.readString(year).replaceFirst("\\{", "{\"updates\": [{\"quarter\": 2, \"happened\": [],"
                + " \"metrics\": [], \"events\": []}],"));

        String row = row(dashboard(web.browser(WebFixture.member("air-quality"))), "air-quality");

        assertThat(row).contains("2016-Q2 quarterly update (<time").contains("0 of 5");
    }

    /** An earlier year's dashboard does not call itself the latest; a Spanish one links the Spanish report first. */
    @Test
    void anEarlierYearSaysSoAndLinksTheLatestAndTheReportInThePagesLanguage() throws Exception {
        web.app.cycle.openYear(new mou.core.cycle.OpenYear(mou.core.cycle.Acting.of(web.data, "Olivia Office"), 2017, null));
        WebFixture.Browser reader = web.browser(WebFixture.reader());

        String earlier = dashboard(reader, "year", "2016");
        assertThat(earlier).contains("This page shows 2016, an earlier year than the workspace&#39;s latest.")
                .contains("<a href=\"/?year=2017\">Go to 2017</a>").doesNotContain("latest year is 2016");
        assertThat(dashboard(reader)).contains("The workspace&#39;s latest year is 2017.");

        reader.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(dashboard(reader, "year", "2016")).contains("Esta página muestra 2016")
                .contains("<a href=\"/report/2016?lang=es\">").contains("<a href=\"/report/2016?lang=en\" lang=\"en\" hreflang=\"en\">in English</a>");
    }

    @Test
    void aYearAheadIsAllDueWithNothingOverdue() throws Exception {
        int next = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
        // a year is shown once a group opened it (a year nobody opened is not found: above)
        web.app.cycle.openYear(new mou.core.cycle.OpenYear(mou.core.cycle.Acting.of(web.data, "Olivia Office"), next, null));

        String row = row(dashboard(web.browser(WebFixture.office()), "year", String.valueOf(next)), "solid-waste");

        assertThat(row).contains("<td class=\"due-none\">nothing</td>")
                .contains("<td>" + next + "-Q1 quarterly update (<time datetime=\"" + next + "-04-30\">")
                .contains("0 of 5");
    }

    @Test
    void withoutACalendarTheDashboardSaysSoAndStillShowsTheRest() throws Exception {
        Files.delete(web.data.resolve("calendar.json"));

        String page = dashboard(web.browser(WebFixture.reader()));

        assertThat(page).contains("The workspace has no reporting calendar (calendar.json), so nothing is due.")
                .doesNotContain("<tr id=\"due-").contains("<h2 id=\"review\">Review</h2>").contains("<h2 id=\"levels\">Activities by level</h2>");
    }

    @Test
    void inSpanishTheDashboardsOwnWordsAreSpanishAndTheContentAsWritten() {
        WebFixture.Browser browser = web.browser(WebFixture.reader());
        browser.cookies.put(WebApp.LANGUAGE_COOKIE, "es");

        String page = dashboard(browser);

        assertThat(page).contains("<h1>Avance en 2016</h1>").contains("<h2 id=\"due\">Fechas de entrega</h2>")
                .contains("<h2 id=\"review\">Revisión</h2>").contains("<h2 id=\"levels\">Actividades por nivel</h2>")
                .contains("Qué cambió desde 2015").contains("<th scope=\"col\">Grupo de trabajo</th>").contains("<th scope=\"col\">Atrasado</th>")
                .contains("actualización trimestral 2016-Q1 (<time datetime=\"2016-04-30\">")
                .contains("Grupo de Trabajo de Calidad del Aire").contains(">borrador</td>")
                .contains("href=\"/calendar.ics?lang=es\"");
        assertThat(page).doesNotContain("Due dates").doesNotContain("Working group").doesNotContain("quarterly update")
                .doesNotContainPattern("(dashboard|due|calendar)\\.[a-z]+\\.?[a-zA-Z]*<");
    }

    @Test
    void markupInAGroupsNameIsShownAsText() throws Exception {
        Path plan = web.data.resolve("groups/wildfires/plan.json");
        String json = Files.readString(plan);
        Files.writeString(plan, json.replaceFirst("\"en\": \"[^\"]*\"", "\"en\": \"<img src=x onerror=alert(1)>\""));

        String page = dashboard(web.browser(WebFixture.reader()));

        assertThat(row(page, "wildfires")).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");
    }
}
