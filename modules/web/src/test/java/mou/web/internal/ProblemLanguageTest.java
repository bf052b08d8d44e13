package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import mou.core.cycle.Acting;
import mou.core.cycle.OpenYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cycle service's problems are shown in the page's language, the fields they name by the form's labels in that language. */
class ProblemLanguageTest {

    @TempDir
    Path home;
    WebFixture web;
    WebFixture.Browser member;

    @BeforeEach
    void serve() throws Exception {
        web = new WebFixture(home);
        web.app.cycle.openYear(new OpenYear(Acting.of(web.data, "Olivia Office"), 2017, null));
        member = web.browser(WebFixture.member("air-quality"));
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
    }

    @Test
    void aRatingsProblemsAreInSpanishOnASpanishPage() {
        Response page = member.post("/group/air-quality/2017/rate/aq-1-1", "version", "none", "level", "brilliant", "rationale", " ");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("&#39;brilliant&#39; no es un nivel de la Clave de avance")
                .contains("por qué la actividad está en este nivel")
                .doesNotContain("is not a level of the Progress Key").doesNotContain("say why the activity")
                // the levels are the list's, not ids with their English names
                .contains("elija uno de los niveles de la lista").doesNotContain("(No Progress)");

        member.cookies.put(WebApp.LANGUAGE_COOKIE, "en");
        assertThat(member.post("/group/air-quality/2017/rate/aq-1-1", "version", "none", "level", "brilliant", "rationale", " ").text())
                .contains("&#39;brilliant&#39; is not a level of the Progress Key");
    }

    /** Every mistake of the rating form on one page: the rationale and the link, not the link only once the rationale is given. */
    @Test
    void aRatingFormsMistakesAreShownTogether() {
        Response page = member.post("/group/air-quality/2017/rate/aq-1-1", "version", "none", "level", "significant", "rationale", " ",
                "evidenceTitle", "<script>alert(1)</script>", "evidenceUrl", "javascript:alert(1)");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("por qué la actividad está en este nivel").contains("&#39;javascript:alert(1)&#39; es una dirección javascript:")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void aFiguresProblemsAreInSpanishAndNameTheFieldByItsSpanishLabel() throws IOException {
        Response page = member.post("/group/air-quality/2017/figures", "readAt", "none", "figureId", "aq-2017-samples", "label", "Samples",
                "value", "fifty-three");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("&#39;fifty-three&#39; no es un número").doesNotContain("is not a number");
    }

    @Test
    void aRefusedSubmitListsWhatIsMissingInSpanish() {
        Response refused = member.post("/review/2017/air-quality/submit");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("air-quality 2017 no se puede enviar: le faltan").contains("no se han vuelto a calificar para 2017")
                .doesNotContain("cannot be submitted").doesNotContain("carried over");
    }

    @Test
    void aRefusalPageOfTheServiceIsInSpanish() throws Exception {
        WebFixture.Browser office = web.browser(WebFixture.office());
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        Response twice = office.post("/review/2017/air-quality/approve");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text()).contains("air-quality 2017 está en borrador, así que no se puede aprobar").doesNotContain("cannot be approved");
    }

    @Test
    void theReviewPageTheHistoryFilterAndTheWorkbookPageNameTheGroupsInThePagesLanguage() {
        WebFixture.Browser office = web.browser(WebFixture.office());
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        for (String path : new String[] {"/review/2017", "/history", "/group/air-quality/2017/workbook"}) {
            Response page = office.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.text()).as(path).contains("Grupo de Trabajo de Calidad del Aire").doesNotContain("Air Quality Working Group");
        }
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "en");
        assertThat(office.get("/review/2017").text()).contains("Air Quality Working Group");
    }
}
