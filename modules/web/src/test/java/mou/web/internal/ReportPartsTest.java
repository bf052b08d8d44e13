package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of many working groups is shown in parts, as a book: its first section with a list of the
 * others on the front page, and each other section on a page of its own with the way to the front page
 * and the parts beside it
 * ({@code WebApp.reportPartsFrom}; a thousand groups' report is 235 MB as one page).
 */
class ReportPartsTest {

    /**
     * The test report's sections after its first (the Air Quality chapter, first of the test groups, which
     * share one order and go by id): the other chapters, then the section of no group that quotes Air Quality's plan.
     */
    private static final List<String> OTHERS = List.of("clean-vehicles", "climate-change", "solid-waste", "wildfires", "descriptions");

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
    void theFrontPageHasTheFirstSectionAndListsEveryOtherPartButShowsNone() {
        Response front = office.get("/report/2016");
        assertThat(front.status()).isEqualTo(200);
        String page = front.text();
        assertThat(page).contains("<nav class=\"mou-parts\"").contains("The report&#39;s other parts (5), each on a page of its own");
        for (String part : OTHERS) {
            assertThat(page).contains("<a href=\"/report/2016?lang=en&amp;part=" + part + "\">");
        }
        // the first section is on the front page, no other part is
        assertThat(page).contains("aq-1-1 ").doesNotContain("wf-1-1 ").doesNotContain("<h2 id=\"_h-descriptions\"");
    }

    @Test
    void eachPartIsAPageOfItsOwnWithTheWayToTheFrontAndThePartsBesideIt() {
        Response first = office.get("/report/2016", "part", "clean-vehicles");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text()).doesNotContain("aq-1-1 ").doesNotContain("wf-1-1 ")
                .contains("<a href=\"/report/2016?lang=en\">The report&#39;s front page</a>")
                .contains("<a href=\"/report/2016?lang=en&amp;part=climate-change\">Next: climate-change</a>").doesNotContain("Previous:")
                // the other language's link keeps the part
                .contains("href=\"/report/2016?lang=es&amp;part=clean-vehicles\"");
        Response wildfires = office.get("/report/2016", "part", "wildfires");
        assertThat(wildfires.text()).contains("wf-1-1 ").doesNotContain("aq-1-1 ")
                .contains("<a href=\"/report/2016?lang=en&amp;part=solid-waste\">Previous: solid-waste</a>")
                .contains("<a href=\"/report/2016?lang=en&amp;part=descriptions\">Next: Descriptions</a>");
        Response last = office.get("/report/2016", "part", "descriptions");
        assertThat(last.text()).contains("<h2 id=\"_h-descriptions\"").contains("Previous: wildfires").doesNotContain("Next:").doesNotContain("wf-1-1 ");
    }

    @Test
    void inSpanishTheWayThroughThePartsIsSpanishAndKeepsTheLanguage() {
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        String front = office.get("/report/2016", "lang", "es").text();
        assertThat(front).contains("Las demás partes del informe (5), cada una en su propia página")
                .contains("<a href=\"/report/2016?lang=es&amp;part=clean-vehicles\">clean-vehicles</a>");
        String part = office.get("/report/2016", "lang", "es", "part", "climate-change").text();
        assertThat(part).contains("<a href=\"/report/2016?lang=es\">La portada del informe</a>")
                .contains("Anterior: clean-vehicles").contains("Siguiente: solid-waste")
                .contains("href=\"/report/2016?lang=en&amp;part=climate-change\"");
    }

    @Test
    void aPartThatIsNotThereIsRefusedAndAWholeReportHasNoParts() {
        Response unknown = office.get("/report/2016", "part", "energy");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).contains("No such part").contains("has no part &#39;energy&#39;");
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(office.get("/report/2016", "part", "energy").text()).contains("No existe esa parte");
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "en");

        web.app.reportPartsFrom = 25;
        Response whole = office.get("/report/2016");
        assertThat(whole.text()).contains("aq-1-1 ").contains("wf-1-1 ").doesNotContain("mou-parts");
        Response part = office.get("/report/2016", "part", "air-quality");
        assertThat(part.status()).isEqualTo(404);
        assertThat(part.text()).contains("shown whole on one page");
    }
}
