package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page's title reads naturally in both languages, the same way on every page of a group's year:
 * the group, a dash, what the page is, a comma and the year ("Air Quality Working Group — events, 2017");
 * never "Events of Air Quality Working Group 2017" or "Eventos de Grupo de Trabajo ...", which lack an article.
 */
class PageTitlesTest {

    @TempDir
    Path temp;
    WebFixture web;
    WebFixture.Browser member;

    @BeforeEach
    void open() throws Exception {
        web = new WebFixture(temp).withYearOpened(2017);
        member = web.browser(WebFixture.member("air-quality"));
    }

    private static final String Y = "/group/air-quality/2017";

    /** The path, then its title in English and in Spanish (the h1 and the document's title alike). */
    private static final List<String[]> PAGES = List.of(
            new String[] {Y, "Air Quality Working Group, 2017", "Grupo de Trabajo de Calidad del Aire, 2017"},
            new String[] {Y + "/events", "Air Quality Working Group — events, 2017", "Grupo de Trabajo de Calidad del Aire — eventos, 2017"},
            new String[] {Y + "/figures", "Air Quality Working Group — figures, 2017", "Grupo de Trabajo de Calidad del Aire — cifras, 2017"},
            new String[] {Y + "/updates", "Air Quality Working Group — quarterly updates, 2017",
                "Grupo de Trabajo de Calidad del Aire — informes trimestrales, 2017"},
            new String[] {Y + "/updates/Q2", "Air Quality Working Group — quarterly update, Q2 2017",
                "Grupo de Trabajo de Calidad del Aire — informe trimestral, Q2 2017"},
            new String[] {Y + "/workbook", "Air Quality Working Group — spreadsheet, 2017", "Grupo de Trabajo de Calidad del Aire — hoja de cálculo, 2017"},
            new String[] {Y + "/activity/aq-1-1", "Air Quality Working Group — rating of activity aq-1-1, 2017",
                "Grupo de Trabajo de Calidad del Aire — calificación de la actividad aq-1-1, 2017"},
            new String[] {Y + "/narrative/next-steps", "Air Quality Working Group — next steps, 2017",
                "Grupo de Trabajo de Calidad del Aire — próximos pasos, 2017"},
            new String[] {"/review/2017", "Review of 2017", "Revisión de 2017"},
            new String[] {"/?year=2017", "Progress in 2017", "Avance en 2017"});

    @Test
    void everyPageTitleReadsNaturallyInBothLanguages() {
        for (String[] page : PAGES) {
            for (int language = 1; language <= 2; language++) {
                member.cookies.put(WebApp.LANGUAGE_COOKIE, language == 1 ? "en" : "es");
                Response response = member.get(page[0].replaceAll("\\?.*", ""), page[0].contains("?") ? new String[] {"year", "2017"} : new String[0]);
                String text = response.text();
                assertThat(response.status()).as(page[0]).isEqualTo(200);
                assertThat(text).as(page[0]).contains("<h1>" + page[language] + "</h1>");
                if (!page[0].startsWith("/?")) {
                    assertThat(text).as(page[0]).contains("<title>" + page[language] + " · mou-progress</title>");
                }
                assertThat(text).as(page[0] + ": no name without its article").doesNotContain(" of Air Quality Working Group")
                        .doesNotContain(" de Grupo de Trabajo");
            }
        }
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(member.get("/", "year", "2017").text()).contains("<title>Tablero de 2017 · mou-progress</title>");
    }
}
