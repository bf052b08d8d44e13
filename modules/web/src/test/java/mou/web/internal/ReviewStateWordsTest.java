package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import mou.core.cycle.Acting;
import mou.core.cycle.OpenYear;
import mou.core.cycle.ReviewYear;
import mou.core.model.ReviewAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group's year's review state is written in the page's language on every page that shows it
 * (dashboard, review, group, records, workbook, history), from the one place the words are kept:
 * the core's labels ({@code state.submitted}).
 */
class ReviewStateWordsTest {

    @TempDir
    Path home;
    WebFixture web;
    WebFixture.Browser member;
    WebFixture.Browser office;

    @BeforeEach
    void submitted() throws Exception {
        web = new WebFixture(home);
        web.app.cycle.openYear(new OpenYear(Acting.of(web.data, "Olivia Office"), 2017, null));
        web.app.cycle.review(new ReviewYear(Acting.of(web.data, "Mara Member"), "air-quality", 2017, ReviewAction.SUBMIT, null, "the rest follows"));
        member = web.browser(WebFixture.member("air-quality"));
        office = web.browser(WebFixture.office());
    }

    private static String page(WebFixture.Browser browser, String language, String path, String... query) {
        browser.cookies.put(WebApp.LANGUAGE_COOKIE, language);
        Response page = browser.get(path, query);
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.text();
    }

    @Test
    void theDashboardAndTheReviewPageSayTheStateInThePagesLanguage() {
        assertThat(page(office, "es", "/")).contains("<td class=\"state state-submitted\">enviado</td>")
                .contains("<td class=\"state state-draft\">borrador</td>").doesNotContain(">submitted<").doesNotContain(">draft<");
        assertThat(page(office, "en", "/")).contains("<td class=\"state state-submitted\">submitted</td>")
                .contains("<td class=\"state state-draft\">draft</td>");

        assertThat(page(office, "es", "/review/2017")).contains(">enviado</").contains(">borrador</").doesNotContain(">submitted</");
        assertThat(page(office, "en", "/review/2017")).contains(">submitted</").contains(">draft</").doesNotContain(">enviado</");
    }

    @Test
    void theGroupsPagesSayTheStateInThePagesLanguage() {
        assertThat(page(member, "es", "/group/air-quality/2017")).contains("<strong>Enviado</strong>")
                .contains("Este año está en estado «enviado»").doesNotContain("Submitted").doesNotContain("«submitted»");
        assertThat(page(member, "en", "/group/air-quality/2017")).contains("<strong>Submitted</strong>").contains("This year is submitted:");
        assertThat(page(member, "es", "/group")).contains(" — Enviado").doesNotContain(" — Submitted");
        assertThat(page(member, "en", "/group")).contains(" — Submitted");

        assertThat(page(member, "es", "/group/air-quality/2017/events")).contains("Este año está en estado enviado, así que")
                .doesNotContain("estado submitted");
        assertThat(page(member, "en", "/group/air-quality/2017/events")).contains("This year is submitted, so it is read only");
        assertThat(page(member, "es", "/group/air-quality/2017/workbook")).contains("El año está enviado.");
        assertThat(page(member, "en", "/group/air-quality/2017/workbook")).contains("The year is submitted.");
    }

    @Test
    void aPublishedYearIsSaidToBePublishedAndFinalNeverToBeReturned() throws Exception {
        for (String group : WebAppTest.GROUPS) {
            if (!group.equals("air-quality")) {
                web.app.cycle.review(new ReviewYear(Acting.of(web.data, "Mara Member"), group, 2017, ReviewAction.SUBMIT, null, "later"));
            }
            web.app.cycle.review(new ReviewYear(Acting.of(web.data, "Olivia Office"), group, 2017, ReviewAction.APPROVE, null, null));
        }
        Response review = office.get("/review/2017");
        java.util.regex.Matcher read = java.util.regex.Pattern.compile("id=\"form-publish\".*?name=\"readAt\" value=\"([^\"]+)\"",
                java.util.regex.Pattern.DOTALL).matcher(review.text());
        assertThat(read.find()).isTrue();
        assertThat(office.post("/review/2017/publish", "readAt", read.group(1), "allowMissing", "The board agreed.", "allowUntranslated",
                "The board agreed.").status()).isEqualTo(303);
        assertThat(web.app.workspace().year("air-quality", 2017).orElseThrow().published()).isTrue();

        for (String path : new String[] {"/group/air-quality/2017", "/group/air-quality/2017/events", "/group/air-quality/2017/workbook"}) {
            String en = page(member, "en", path);
            assertThat(en).as(path).contains("published, so it is final").doesNotContain("returns it").doesNotContain("returned")
                    .doesNotContain("upload it here");
            String es = page(member, "es", path);
            assertThat(es).as(path).contains("publicado, así que es definitivo").doesNotContain("lo devuelva").doesNotContain("súbalo aquí");
        }
        assertThat(page(member, "en", "/group/air-quality/2017/workbook")).contains("The year is final, so no workbook can be uploaded")
                .doesNotContain("<form method=\"post\" action=\"/group/air-quality/2017/workbook\"");
    }

    @Test
    void aStateAfterIsReadsAsASentenceInBothLanguages() {
        assertThat(page(member, "es", "/group/clean-vehicles/2017/workbook")).contains("El año está en borrador.").doesNotContain("está borrador");
        assertThat(page(member, "en", "/group/clean-vehicles/2017/workbook")).contains("The year is in draft.");
        assertThat(page(member, "es", "/group/air-quality/2017/workbook")).contains("El año está enviado.");
    }

    @Test
    void theHistorySaysTheStateInThePagesLanguage() {
        assertThat(page(office, "es", "/history", "group", "air-quality", "year", "2017")).contains("estado: borrador → enviado")
                .doesNotContain("→ submitted").doesNotContain("estado: draft");
        assertThat(page(office, "en", "/history", "group", "air-quality", "year", "2017")).contains("state: draft → submitted");
    }
}
