package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mou.core.cycle.Acting;
import mou.core.cycle.WriteIntroduction;
import mou.core.model.AnnualReport;
import mou.core.model.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program office writes the introduction and final comments of a year's report in the browser
 * ({@code /review/YEAR/introduction/PART}); before, only by editing reports/YEAR.json by hand.
 */
class IntroductionPagesTest {

    private static final String INTRODUCTION = "/review/2017/introduction/introduction";
    private static final String FINAL = "/review/2017/introduction/final-comments";

    @TempDir
    Path home;
    WebFixture web;
    WebFixture.Browser office;

    @BeforeEach
    void serve() throws Exception {
        web = new WebFixture(home).withYearOpened(2017);
        office = web.browser(WebFixture.office());
    }

    private AnnualReport report() throws Exception {
        return web.app.workspace().report(2017).orElseThrow();
    }

    @Test
    void theOfficeWritesTheIntroductionInBothLanguagesFromTheReviewPage() throws Exception {
        assertThat(office.get("/review/2017").text()).contains("href=\"" + INTRODUCTION + "\"")
                .contains("The program office&#39;s introduction and final comments of 2017");
        assertThat(office.get("/", "year", "2017").text()).contains("href=\"" + INTRODUCTION + "\"");
        Response form = office.get(INTRODUCTION);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("<h1>Introduction of the 2017 report</h1>").contains("name=\"paragraphs\"")
                .contains("name=\"paragraphsEs\"").contains("lang=\"es\"").contains("href=\"" + FINAL + "\"");

        Response saved = office.post(INTRODUCTION, "version", GroupPagesTest.version(form), "paragraphs",
                "In 2017 the groups met.\n\nThey <b>agreed</b>.", "paragraphsEs", "En 2017 los grupos se reunieron.\n\nSe pusieron de acuerdo.");

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.headers().get("Location")).isEqualTo(INTRODUCTION + "?saved=1");
        assertThat(report().introduction()).extracting(Text::en).containsExactly("In 2017 the groups met.", "They <b>agreed</b>.");
        assertThat(report().introduction()).extracting(Text::es).containsExactly("En 2017 los grupos se reunieron.", "Se pusieron de acuerdo.");
        assertThat(report().finalComments()).isEmpty();
        Response again = office.get(INTRODUCTION, "saved", "1");
        assertThat(again.text()).contains("Saved: the introduction.").contains("They &lt;b&gt;agreed&lt;/b&gt;.").doesNotContain("<b>agreed");
        assertThat(web.app.cycle.history(new mou.core.cycle.HistoryQuery(Acting.of(web.data, "t"), null, "introduction", 2017, null))
                .entries()).extracting(e -> e.by()).containsExactly("Olivia Office");

        // the final comments, in Spanish
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        Response spanish = office.get(FINAL);
        assertThat(spanish.text()).contains("Comentarios finales del informe de 2017");
        office.post(FINAL, "version", GroupPagesTest.version(spanish), "paragraphs", "Thanks.", "paragraphsEs", "Gracias.");
        assertThat(report().finalComments()).containsExactly(Text.of("Thanks.", "Gracias."));
        assertThat(office.get(FINAL, "saved", "1").text()).contains("Se guardaron los comentarios finales.");
    }

    @Test
    void onlyTheProgramOfficeMayReadOrWriteTheForm() throws Exception {
        String before = Files.readString(web.data.resolve("reports/2017.json"));
        for (WebFixture.Browser other : List.of(web.browser(WebFixture.member("air-quality")), web.browser(WebFixture.reader()))) {
            assertThat(other.get(INTRODUCTION).status()).isEqualTo(403);
            assertThat(other.post(INTRODUCTION, "version", "none", "paragraphs", "Not mine.").status()).isEqualTo(403);
            assertThat(other.get("/review/2017").text()).doesNotContain(INTRODUCTION);
        }
        assertThat(Files.readString(web.data.resolve("reports/2017.json"))).isEqualTo(before);
        assertThat(office.get("/review/2017/introduction/preface").status()).isEqualTo(404);
        assertThat(office.get("/review/2031/introduction/introduction").status()).isEqualTo(404);
    }

    @Test
    void aWrongFormIsShownAgainWithItsProblemsBesideTheFieldsAndNothingIsSaved() throws Exception {
        String before = Files.readString(web.data.resolve("reports/2017.json"));
        String version = GroupPagesTest.version(office.get(INTRODUCTION));
        Response counts = office.post(INTRODUCTION, "version", version, "paragraphs", "One.\n\nTwo.", "paragraphsEs", "Uno.");
        assertThat(counts.status()).isEqualTo(422);
        assertThat(counts.text()).contains("id=\"paragraphsEs-problem\"").contains("There is 1 Spanish paragraph for 2 English ones")
                .contains("One.\n\nTwo.</textarea>");
        Response control = office.post(INTRODUCTION, "version", version, "paragraphs", "A bell\u0007.", "paragraphsEs", "");
        assertThat(control.status()).isEqualTo(422);
        assertThat(control.text()).contains("id=\"paragraphs-problem\"").contains("Paragraphs (English): the text contains a control character (U+0007)");
        assertThat(Files.readString(web.data.resolve("reports/2017.json"))).isEqualTo(before);
    }

    @Test
    void aChangeOverSomeoneElsesGetsTheConflictPageWithBothAndTheFormReadAgain() throws Exception {
        String read = GroupPagesTest.version(office.get(INTRODUCTION));
        web.app.cycle.introduction(new WriteIntroduction(new Acting(web.data, "Otto Other", null), 2017, "introduction",
                List.of(Text.of("Otto's introduction.", "La introducción de Otto.")), false, false));

        Response conflict = office.post(INTRODUCTION, "version", read, "paragraphs", "Olivia's introduction.", "paragraphsEs", "");

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).contains("Otto Other").contains("Otto&#39;s introduction.").contains("Olivia&#39;s introduction.")
                .contains("action=\"" + INTRODUCTION + "\"");
        assertThat(GroupPagesTest.version(conflict)).isNotEqualTo(read);
        assertThat(report().introduction()).extracting(Text::en).containsExactly("Otto's introduction.");
    }

    @Test
    void publishingWithoutAnIntroductionNamesThisPageInBothLanguages() {
        Response refused = office.post("/review/2017/publish");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("the program office&#39;s introduction for 2017 is empty; write it from the review page of 2017:"
                + " The program office&#39;s introduction and final comments of 2017").doesNotContain("reports/2017.json");
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(office.post("/review/2017/publish").text()).contains("escríbala desde la página de revisión de 2017");
    }
}
