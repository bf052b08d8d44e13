package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of many working groups is shown in parts: its front matter with a list of the chapters,
 * and each chapter on a page of its own with the way to the front page and the chapters beside it
 * ({@code WebApp.reportPartsFrom}; a thousand groups' report is 235 MB as one page).
 */
class ReportPartsTest {

    /** The shipped workspace's groups, in the order of their chapters (the test groups share one order, then by id). */
    private static final List<String> CHAPTERS = List.of("air-quality", "clean-vehicles", "climate-change", "solid-waste", "wildfires");

    @TempDir
    Path home;
    WebFixture web;
    WebFixture.Browser office;

    @BeforeEach
    void serve() throws Exception {
        web = new WebFixture(home);
        web.app.reportPartsFrom = 2;
        office = web.browser(WebFixture.office());
    }

    @Test
    void theFrontPageHasTheFrontMatterAndListsEveryChapterButShowsNone() {
        Response front = office.get("/report/2016");
        assertThat(front.status()).isEqualTo(200);
        String page = front.text();
        assertThat(page).contains("<nav class=\"mou-parts\"").contains("The working groups&#39; chapters (5), each on a page of its own");
        for (String chapter : CHAPTERS) {
            assertThat(page).contains("<a href=\"/report/2016?part=" + chapter + "\">" + chapter + "</a>");
        }
        // the section of no group (it quotes Air Quality's plan) is front matter; no chapter's levels are on the page
        assertThat(page).contains("Descriptions").doesNotContain("aq-1-1 ").doesNotContain("wf-1-1 ");
    }

    @Test
    void eachChapterIsAPageOfItsOwnWithTheWayToTheFrontAndTheChaptersBesideIt() {
        Response first = office.get("/report/2016", "part", "air-quality");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text()).contains("aq-1-1 ").doesNotContain("wf-1-1 ").doesNotContain("Descriptions")
                .contains("<a href=\"/report/2016\">The report&#39;s front page</a>")
                .contains("<a href=\"/report/2016?part=clean-vehicles\">Next: clean-vehicles</a>").doesNotContain("Previous:")
                // the other language's link keeps the chapter
                .contains("href=\"/report/2016?lang=es&amp;part=air-quality\"");
        Response last = office.get("/report/2016", "part", "wildfires");
        assertThat(last.text()).contains("wf-1-1 ").doesNotContain("aq-1-1 ")
                .contains("<a href=\"/report/2016?part=solid-waste\">Previous: solid-waste</a>").doesNotContain("Next:");
        Response middle = office.get("/report/2016", "part", "climate-change");
        assertThat(middle.text()).contains("Previous: clean-vehicles").contains("Next: solid-waste");
    }

    @Test
    void inSpanishTheWayThroughThePartsIsSpanishAndKeepsTheLanguage() {
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        String front = office.get("/report/2016", "lang", "es").text();
        assertThat(front).contains("Los capítulos de los grupos de trabajo (5), cada uno en su propia página")
                .contains("<a href=\"/report/2016?lang=es&amp;part=air-quality\">air-quality</a>");
        String chapter = office.get("/report/2016", "lang", "es", "part", "clean-vehicles").text();
        assertThat(chapter).contains("<a href=\"/report/2016?lang=es\">La portada del informe</a>")
                .contains("Anterior: air-quality").contains("Siguiente: climate-change")
                .contains("href=\"/report/2016?part=clean-vehicles\"");
    }

    @Test
    void aChapterThatIsNotThereIsRefusedAndAWholeReportHasNoParts() {
        Response unknown = office.get("/report/2016", "part", "energy");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).contains("No such chapter").contains("has no working-group chapter 'energy'".replace("'", "&#39;"));
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(office.get("/report/2016", "part", "energy").text()).contains("No existe ese capítulo");
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "en");

        web.app.reportPartsFrom = 25;
        Response whole = office.get("/report/2016");
        assertThat(whole.text()).contains("aq-1-1 ").contains("wf-1-1 ").doesNotContain("mou-parts");
        Response part = office.get("/report/2016", "part", "air-quality");
        assertThat(part.status()).isEqualTo(404);
        assertThat(part.text()).contains("shown whole on one page");
    }
}
