package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    /** The introduction written in English and Spanish, through the form, as the office then reads it. */
    private void written(String english, String spanish) throws Exception {
        Map<String, List<String>> first = ConflictKeepsTheirFieldsTest.form(office.get(INTRODUCTION), INTRODUCTION);
        first.put("paragraphs", List.of(english));
        first.put("paragraphsEs", List.of(spanish));
        assertThat(office.postRaw(INTRODUCTION, first, List.of()).status()).isEqualTo(303);
    }

    @Test
    void aSpanishFixedByAColleagueStaysWhenTheEnglishChangedOverItIsAppliedAgain() throws Exception {
        written("In 2017 the groups met.", "En 2017 los grupos se reunienron.");
        WebFixture.Browser colleague = web.browser(new User("Carla Colleague", Role.PROGRAM_OFFICE, java.util.Set.of()));
        colleague.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        Map<String, List<String>> mine = ConflictKeepsTheirFieldsTest.form(office.get(INTRODUCTION), INTRODUCTION);
        Map<String, List<String>> theirs = ConflictKeepsTheirFieldsTest.form(colleague.get(INTRODUCTION), INTRODUCTION);
        theirs.put("paragraphsEs", List.of("En 2017 los grupos se reunieron."));
        assertThat(colleague.postRaw(INTRODUCTION, theirs, List.of()).status()).isEqualTo(303);

        mine.put("paragraphs", List.of("In 2017 the groups met four times."));
        Response conflict = office.postRaw(INTRODUCTION, mine, List.of());
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).contains("Carla Colleague").as("the Spanish the office left as shown is not theirs")
                .doesNotContain("se reunienron");
        assertThat(conflict.text()).as("what was saved, in words, and a way to keep theirs")
                .contains("Someone saved the introduction of the 2017 report after you opened the form")
                .contains("<a href=\"" + INTRODUCTION + "\">Keep theirs and see it</a>");

        Map<String, List<String>> again = ConflictKeepsTheirFieldsTest.form(conflict, INTRODUCTION);
        assertThat(again.get("paragraphs")).containsExactly("In 2017 the groups met four times.");
        assertThat(again.get("paragraphsEs")).containsExactly("En 2017 los grupos se reunieron.");
        assertThat(office.postRaw(INTRODUCTION, again, List.of()).status()).isEqualTo(303);
        assertThat(report().introduction()).extracting(Text::en).containsExactly("In 2017 the groups met four times.");
        assertThat(report().introduction()).extracting(Text::es).as("the colleague's fix of the Spanish stays")
                .containsExactly("En 2017 los grupos se reunieron.");
    }

    @Test
    void anEnglishBothChangedIsOfferedAsTypedBesideTheColleagues() throws Exception {
        written("In 2017 the groups met.", "En 2017 los grupos se reunieron.");
        WebFixture.Browser colleague = web.browser(new User("Carla Colleague", Role.PROGRAM_OFFICE, java.util.Set.of()));
        Map<String, List<String>> mine = ConflictKeepsTheirFieldsTest.form(office.get(INTRODUCTION), INTRODUCTION);
        Map<String, List<String>> theirs = ConflictKeepsTheirFieldsTest.form(colleague.get(INTRODUCTION), INTRODUCTION);
        theirs.put("paragraphs", List.of("In 2017 the five groups met."));
        assertThat(colleague.postRaw(INTRODUCTION, theirs, List.of()).status()).isEqualTo(303);

        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        mine.put("paragraphs", List.of("In 2017 the groups met four times."));
        Response conflict = office.postRaw(INTRODUCTION, mine, List.of());
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).contains("Alguien guardó la introducción del informe de 2017 después de que usted abriera el formulario")
                .contains("<a href=\"" + INTRODUCTION + "\">Conservar lo de la otra persona y verlo</a>");
        assertThat(conflict.text()).as("theirs and the office's, to choose").contains("In 2017 the five groups met.")
                .contains("In 2017 the groups met four times.");
        assertThat(ConflictKeepsTheirFieldsTest.form(conflict, INTRODUCTION).get("paragraphs")).as("the form offers what the office typed")
                .containsExactly("In 2017 the groups met four times.");
        assertThat(report().introduction()).extracting(Text::en).containsExactly("In 2017 the five groups met.");
    }

    @Test
    void onASpanishPageTheConflictShowsTheColleaguesEnglishToo() throws Exception {
        written("In 2017 the groups met.", "En 2017 los grupos se reunieron.");
        WebFixture.Browser colleague = web.browser(new User("Carla Colleague", Role.PROGRAM_OFFICE, java.util.Set.of()));
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        Map<String, List<String>> mine = ConflictKeepsTheirFieldsTest.form(office.get(INTRODUCTION), INTRODUCTION);
        Map<String, List<String>> theirs = ConflictKeepsTheirFieldsTest.form(colleague.get(INTRODUCTION), INTRODUCTION);
        theirs.put("paragraphs", List.of("In 2017 the five groups met."));
        theirs.put("paragraphsEs", List.of("En 2017 los cinco grupos se reunieron."));
        assertThat(colleague.postRaw(INTRODUCTION, theirs, List.of()).status()).isEqualTo(303);

        mine.put("paragraphs", List.of("In 2017 the groups met four times."));
        Response conflict = office.postRaw(INTRODUCTION, mine, List.of());
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).as("their English, which the office changed too, beside the office's, on a Spanish page")
                .contains("<p lang=\"en\">In 2017 the five groups met.</p>").contains("<p lang=\"en\">In 2017 the groups met four times.</p>")
                .contains("<p lang=\"es\">En 2017 los cinco grupos se reunieron.</p>");
    }

    @Test
    void aPublishedYearsIntroductionIsReadOnlyAndShowsWhatWasPublished() throws Exception {
        written("In 2017 the groups met.", "En 2017 los grupos se reunieron.");
        for (String group : WebAppTest.GROUPS) {
            web.app.cycle.review(new mou.core.cycle.ReviewYear(Acting.of(web.data, "Mara Member"), group, 2017,
                    mou.core.model.ReviewAction.SUBMIT, null, "Ratings follow."));
            assertThat(office.post("/review/2017/" + group + "/approve").status()).as(group).isEqualTo(303);
        }
        assertThat(office.post("/review/2017/publish", "allowMissing", "The board meets.", "allowUntranslated", "Translations follow.")
                .status()).isEqualTo(303);
        String before = Files.readString(web.data.resolve("reports/2017.json"));

        Response page = office.get(INTRODUCTION);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<h1>Introduction of the 2017 report</h1>").contains("2017 is published")
                .contains("<p>In 2017 the groups met.</p>").doesNotContain("<textarea").doesNotContain("method=\"post\" action=\"" + INTRODUCTION);
        assertThat(report().introduction()).as("the page shows what was published: the locked year's introduction")
                .containsExactly(Text.of("In 2017 the groups met.", "En 2017 los grupos se reunieron."));
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(office.get(INTRODUCTION).text()).contains("<p>En 2017 los grupos se reunieron.</p>").doesNotContain("<textarea");
        assertThat(office.get(FINAL).text()).doesNotContain("<textarea");

        Response refused = office.post(INTRODUCTION, "version", "none", "paragraphs", "Changed after.");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(Files.readString(web.data.resolve("reports/2017.json"))).isEqualTo(before);
    }

    @Test
    void publishingWithoutAnIntroductionNamesThisPageInBothLanguages() {
        Response refused = office.post("/review/2017/publish");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("the program office&#39;s introduction for 2017 is empty; write it with the link &quot;The program"
                + " office&#39;s introduction and final comments of 2017&quot; on the review page of 2017 (this page)")
                .contains(">The program office&#39;s introduction and final comments of 2017</a>").doesNotContain("reports/2017.json");
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(office.post("/review/2017/publish").text()).contains("escríbala con el enlace «La introducción y los comentarios finales"
                + " de la oficina del programa de 2017» de la página de revisión de 2017 (esta página)");
    }
}
