package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.OpenYear;
import mou.core.cycle.Rate;
import mou.core.cycle.WriteNarrative;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review page and its forms in-process: submit, return, approve and publish, as the cycle service allows them. */
class ReviewPagesTest {

    static final String GROUP = "air-quality";

    @TempDir
    Path home;
    WebFixture web;
    WebFixture.Browser member;
    WebFixture.Browser office;

    @BeforeEach
    void serve() throws IOException {
        web = new WebFixture(home);
        member = web.browser(WebFixture.member(GROUP));
        office = web.browser(WebFixture.office());
    }

    /** Every file of the workspace with its bytes' hash, to show that a refused request changed nothing. */
    Map<String, Integer> files() throws IOException {
        return files(web.data);
    }

    static Map<String, Integer> files(Path data) throws IOException {
        try (Stream<Path> all = Files.walk(data)) {
            return all.filter(Files::isRegularFile).collect(java.util.stream.Collectors.toMap(p -> data.relativize(p).toString(), p -> {
                try {
                    return java.util.Arrays.hashCode(Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }

    /** Opens 2017 for every group: its activities carry their 2016 level over, so each group's 2017 misses parts. */
    void open2017() throws CycleException {
        web.app.cycle.openYear(new OpenYear(Acting.of(web.data, "Olivia Office"), 2017, null));
    }

    /** Rates every activity of the group for the year and writes the narrative's required parts: a year with nothing missing. */
    void complete(String group, int year) throws Exception {
        WorkingGroupPlan plan = web.app.workspace().plan(group).orElseThrow();
        Acting acting = Acting.of(web.data, "Mara Member");
        for (var activity : plan.activities()) {
            web.app.cycle.rate(new Rate(acting, activity.id(), year, "Moderate", Text.of("Rated for " + year + "."), null));
        }
        for (String part : List.of("summary", "accomplishments", "next-steps")) {
            web.app.cycle.narrative(new WriteNarrative(acting, group, year, part, List.of(Text.of("The " + part + ".")), false));
        }
    }

    /** The publish section listed the groups not approved yet by id ("Not approved yet: air-quality"); it names them as the page does. */
    @Test
    void thePublishSectionNamesTheGroupsNotApprovedYetInThePagesLanguage() throws Exception {
        open2017();
        String en = office.get("/review/2017").text();
        assertThat(en).contains("Not approved yet: " + Dashboard.name(web.app.workspace(), GROUP, "en") + "; ")
                .doesNotContain("Not approved yet: air-quality");
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(office.get("/review/2017").text()).contains("Aún sin aprobar: " + Dashboard.name(web.app.workspace(), GROUP, "es") + "; ");
    }

    /** The steps' times were shown to the minute; they are shown to the second, as the history shows them, in both languages. */
    @Test
    void theStepsTimesAreShownToTheSecondAsTheHistoryShowsThem() throws Exception {
        open2017();
        complete(GROUP, 2017);
        web.app.cycle.review(new mou.core.cycle.ReviewYear(Acting.of(web.data, "Mara Member"), GROUP, 2017, mou.core.model.ReviewAction.SUBMIT,
                null, null));
        java.time.Instant at = web.app.workspace().year(GROUP, 2017).orElseThrow().review().last().orElseThrow().at();
        String second = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC)
                .format(at);
        assertThat(office.get("/review/2017").text()).contains("datetime=\"" + at + "\">" + second + "</time>");
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(office.get("/review/2017").text()).contains("datetime=\"" + at + "\">" + second + "</time>");
    }

    @Test
    void theReviewPageShowsEachGroupsStateWhatItMissesAndTheSubmitFormOnlyToItsMembers() throws Exception {
        open2017();
        Response page = member.get("/review/2017");
        assertThat(page.status()).isEqualTo(200);
        String text = page.text();
        assertThat(text).contains("<h1>Review of 2017</h1>").contains("What the year still misses").contains("id=\"group-air-quality\"");
        // the member of air-quality sees its submit form with the field for why, and no other group's, and no office form
        assertThat(text).contains("action=\"/review/2017/air-quality/submit\"").contains("name=\"incomplete\"")
                .doesNotContain("action=\"/review/2017/clean-vehicles/submit\"").doesNotContain("/approve\"").doesNotContain("/return\"")
                .doesNotContain("action=\"/review/2017/publish\"");
        // a reader sees the states, no form
        String reader = web.browser(WebFixture.reader()).get("/review/2017").text();
        assertThat(reader).contains("draft").doesNotContain("method=\"post\" action=\"/review");
        // the office sees no approve or return form for a draft year, and no publish form while groups are not approved
        String byOffice = office.get("/review/2017").text();
        assertThat(byOffice).doesNotContain("/approve\"").doesNotContain("/return\"").doesNotContain("action=\"/review/2017/publish\"")
                .contains("Not approved yet: Air Quality Working Group; ");
        assertThat(member.get("/review").headers().get("Location")).isEqualTo("/review/2017");
        assertThat(member.get("/review/1999").status()).isEqualTo(404);
        assertThat(member.get("/review/20x7").status()).isEqualTo(400);
    }

    /** The groups' sections of a review page, in the page's order. */
    static List<String> sections(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<h2 id=\"group-([a-z0-9-]+)\"").matcher(page);
        List<String> all = new java.util.ArrayList<>();
        while (m.find()) {
            all.add(m.group(1));
        }
        return all;
    }

    @Test
    void aMembersOwnGroupComesFirstAndTheOfficeSeesTheChapterOrder() throws Exception {
        open2017();
        List<String> chapters = web.app.cycle.status(new mou.core.cycle.StatusQuery(Acting.of(web.data, null), 2017, null,
                web.app.loaded().result())).groups().stream().map(mou.core.cycle.YearStatus.Group::groupId).toList();
        assertThat(chapters).hasSize(WebAppTest.GROUPS.size()).first().isNotEqualTo("wildfires");
        assertThat(sections(office.get("/review/2017").text())).as("the office: the chapter order").isEqualTo(chapters);
        assertThat(sections(web.browser(WebFixture.reader()).get("/review/2017").text())).as("a reader: the chapter order").isEqualTo(chapters);

        List<String> mine = sections(web.browser(WebFixture.member("wildfires")).get("/review/2017").text());
        List<String> others = new java.util.ArrayList<>(chapters);
        others.remove("wildfires");
        assertThat(mine).as("the member's group first, then the others in the chapter order").first().isEqualTo("wildfires");
        assertThat(mine.subList(1, mine.size())).isEqualTo(others);
    }

    @Test
    void aYearWithGapsIsSubmittedOnlyWithAReasonAndTheRefusalListsWhatIsMissing() throws Exception {
        open2017();
        Map<String, Integer> before = files();
        Response refused = member.post("/review/2017/air-quality/submit");
        assertThat(refused.status()).isEqualTo(409);
        String text = refused.text();
        assertThat(text).contains("air-quality 2017 cannot be submitted").contains("carried over")
                .contains("aria-invalid=\"true\"").contains("Incomplete because");
        // an error summary first, as the other forms have: each problem a link to its field, or to the form's own problems
        int summary = text.indexOf("<div class=\"problem\" role=\"alert\" id=\"problems\"><h2>Nothing was changed: the step was refused.");
        assertThat(summary).as("the summary of the problems").isPositive().isLessThan(text.indexOf("<form method=\"post\" action=\"/review"));
        String listed = text.substring(summary, text.indexOf("</div>", summary));
        assertThat(listed).contains("<a href=\"#air-quality-submit-incomplete\">").contains("<a href=\"#air-quality-submit-problems\">")
                .contains("saying why in &quot;Incomplete because&quot;");
        assertThat(text).contains("id=\"air-quality-submit-problems\"")
                .containsPattern("<textarea id=\"air-quality-submit-incomplete\"[^>]*aria-describedby=\"air-quality-submit-incomplete-hint "
                        + "air-quality-submit-incomplete-problem\"[^>]*aria-invalid=\"true\"");
        // a page names no command to type (the command line's words say "rate each with rate ACTIVITY-ID ..." and "submit ... REASON")
        assertThat(text).doesNotContain("--rationale").doesNotContain("--text").doesNotContain("REASON").doesNotContain("rate ACTIVITY-ID")
                .contains("saying why in &quot;Incomplete because&quot;");
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        String spanish = member.post("/review/2017/air-quality/submit").text();
        assertThat(spanish).contains("explicando por qué en").doesNotContain("MOTIVO").doesNotContain("--rationale").doesNotContain("--text")
                .contains("la narrativa");
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "en");
        assertThat(files()).isEqualTo(before);

        Response submitted = member.post("/review/2017/air-quality/submit", "incomplete", "The survey results come in March.");
        assertThat(submitted.status()).isEqualTo(303);
        assertThat(submitted.headers().get("Location")).isEqualTo("/review/2017?moved=air-quality#group-air-quality");
        assertThat(web.app.workspace().year(GROUP, 2017).orElseThrow().review().state().id()).isEqualTo("submitted");
        // the page the step leads to says it was taken (it showed the same page without a word)
        String moved = member.get("/review/2017", "moved", "air-quality").text();
        assertThat(moved).contains("<p class=\"saved\" role=\"status\">Done. Air Quality Working Group: the year is now submitted.</p>");
        // inside the group's section, where the address's #group-air-quality shows the page, not above the first group
        assertThat(moved.indexOf("Done. Air Quality")).isGreaterThan(moved.indexOf("id=\"group-air-quality\""))
                .isLessThan(moved.indexOf("id=\"group-clean-vehicles\""));
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(member.get("/review/2017", "moved", "air-quality").text()).contains("<p class=\"saved\" role=\"status\">Hecho."
                + " Grupo de Trabajo de Calidad del Aire: el año está ahora en estado «enviado».</p>");
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "en");
        String page = member.get("/review/2017").text();
        assertThat(page).doesNotContain("Done. Air Quality");
        assertThat(page).contains("Went on with parts missing, because: The survey results come in March.").contains("Mara Member");
        // submitted: no submit form any more
        assertThat(page).doesNotContain("action=\"/review/2017/air-quality/submit\"");
    }

    @Test
    void aCompleteYearIsSubmittedWithoutAReasonAndReturnNeedsOneThatTheMemberThenSees() throws Exception {
        open2017();
        complete(GROUP, 2017);
        String form = member.get("/review/2017").text();
        assertThat(form).contains("action=\"/review/2017/air-quality/submit\"").doesNotContain("id=\"air-quality-submit-incomplete\"");
        assertThat(member.post("/review/2017/air-quality/submit").status()).isEqualTo(303);
        assertThat(office.get("/review/2017").text()).contains("action=\"/review/2017/air-quality/approve\"")
                .contains("action=\"/review/2017/air-quality/return\"");

        Map<String, Integer> before = files();
        Response noReason = office.post("/review/2017/air-quality/return", "reason", "  ");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text()).contains("id=\"air-quality-return-reason-problem\"").contains("say why the year goes back to the group with Reason");
        assertThat(files()).isEqualTo(before);

        String hostile = WebAppTest.HOSTILE + " javascript:alert(1)";
        assertThat(office.post("/review/2017/air-quality/return", "reason", hostile).status()).isEqualTo(303);
        String seen = member.get("/review/2017").text();
        assertThat(seen).contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<script>")
                .doesNotContain("<img").contains("Olivia Office").contains("returned");
        // returned: the member may submit again
        assertThat(seen).contains("action=\"/review/2017/air-quality/submit\"");
        assertThat(member.post("/review/2017/air-quality/submit").status()).isEqualTo(303);
        assertThat(office.post("/review/2017/air-quality/approve").status()).isEqualTo(303);
        assertThat(web.app.workspace().year(GROUP, 2017).orElseThrow().review().state().id()).isEqualTo("approved");
        // approved: it may still be returned, no longer approved
        assertThat(office.get("/review/2017").text()).doesNotContain("action=\"/review/2017/air-quality/approve\"")
                .contains("action=\"/review/2017/air-quality/return\"");
        Response twice = office.post("/review/2017/air-quality/approve");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text()).contains("air-quality 2017 is approved");
    }

    @Test
    void anotherGroupsMemberAndAReaderAreRefusedEveryStepAndNothingChanges() throws Exception {
        open2017();
        Map<String, Integer> before = files();
        WebFixture.Browser other = web.browser(WebFixture.member("wildfires"));
        WebFixture.Browser reader = web.browser(WebFixture.reader());
        for (WebFixture.Browser who : List.of(other, reader)) {
            assertThat(who.post("/review/2017/air-quality/submit", "incomplete", "x").status()).isEqualTo(403);
            assertThat(who.post("/review/2017/air-quality/return", "reason", "x").status()).isEqualTo(403);
            assertThat(who.post("/review/2017/air-quality/approve").status()).isEqualTo(403);
            assertThat(who.post("/review/2017/publish", "allowMissing", "x").status()).isEqualTo(403);
        }
        assertThat(member.post("/review/2017/air-quality/approve").status()).isEqualTo(403);
        assertThat(member.post("/review/2017/publish").status()).isEqualTo(403);
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void publishingUntranslatedTextsIsRefusedInThePagesWordsThenTheReasonIsAmongTheSteps() throws Exception {
        open2017();
        // two groups' years complete in English only: more texts without Spanish than the refusal lists
        complete(GROUP, 2017);
        complete("clean-vehicles", 2017);
        for (String group : WebAppTest.GROUPS) {
            web.app.cycle.review(new mou.core.cycle.ReviewYear(Acting.of(web.data, "Mara Member"), group, 2017,
                    mou.core.model.ReviewAction.SUBMIT, null, "Ratings follow."));
            assertThat(office.post("/review/2017/" + group + "/approve").status()).as(group).isEqualTo(303);
        }
        Map<String, Integer> before = files();
        Response refused = office.post("/review/2017/publish", "allowMissing", "The board meets.");
        assertThat(refused.status()).isEqualTo(409);
        String text = refused.text();
        assertThat(text).contains("id=\"publish-allowUntranslated-problem\"").contains("nothing was published; give these texts their Spanish (an approved year is locked: give it back to its group"
                        + " with the button &quot;Return to the group&quot;")
                .contains("saying why in &quot;Publish although texts lack their current Spanish, because&quot;")
                .containsPattern("<li><a href=\"#publish-problems\">and \\d+ more</a></li>");
        // each text by its group, year and part in the page's words, linked to where it is written, not by file and JSON path
        String name = Dashboard.name(web.app.workspace(), GROUP, "en");
        String activity = web.app.workspace().plan(GROUP).orElseThrow().activities().get(0).id();
        assertThat(text).contains("<li><a href=\"/group/air-quality/2017/activity/" + activity + "\">" + name + ", 2017: the rating of activity "
                + activity + ", its rationale</a>: no Spanish for “Rated for 2017.”</li>")
                .doesNotContain("2017.json").doesNotContain("$.assessments");
        // what a group's year misses names the group as the page does, not by its id ("air-quality 2017: ...")
        assertThat(text).contains("<li>" + Dashboard.name(web.app.workspace(), "wildfires", "en") + ", 2017: ").doesNotContain("<li>wildfires 2017: ");
        assertThat(text).contains("<li><a href=\"/group/air-quality/2017/narrative/next-steps\">" + name + ", 2017: the narrative’s next steps</a>:");
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        String spanish = office.post("/review/2017/publish", "allowMissing", "The board meets.").text();
        assertThat(spanish).contains("no se publicó nada; dé a estos textos su español (un año aprobado está bloqueado")
                .contains("&quot;Devolver al grupo&quot;")
                .contains("diciendo por qué en &quot;Publicar aunque haya textos sin su español vigente, porque&quot;")
                .containsPattern("<li><a href=\"#publish-problems\">y \\d+ más</a></li>")
                .contains("<li><a href=\"/group/air-quality/2017/activity/" + activity + "\">" + Dashboard.name(web.app.workspace(), GROUP, "es")
                        + ", 2017: la calificación de la actividad " + activity + ", su justificación</a>: no hay español para «Rated for 2017.»</li>")
                .doesNotContain("2017.json").contains("<li>" + Dashboard.name(web.app.workspace(), "wildfires", "es") + ", 2017: ")
                .doesNotContain("<li>wildfires 2017: ");
        for (String page : List.of(text, spanish)) {
            assertThat(page).doesNotContain("publish 2017").doesNotContain(" --").doesNotContain("REASON").doesNotContain("MOTIVO")
                    .doesNotContain("validate");
        }
        assertThat(files()).isEqualTo(before);

        // published with both reasons: each group's published step says both, in the page's language
        String read = ReviewConflictTest.readAt(office.get("/review/2017"), "publish");
        assertThat(office.post("/review/2017/publish", "readAt", read, "allowMissing", "The board meets.", "allowUntranslated",
                "Translations follow.").status()).isEqualTo(303);
        // the same form sent again (a double click) got 409 "2017 is already published": it is done, answered as the first was
        Map<String, Integer> published1 = files();
        Response again = office.post("/review/2017/publish", "readAt", read, "allowMissing", "The board meets.", "allowUntranslated",
                "Translations follow.");
        assertThat(again.status()).as(again.text()).isEqualTo(303);
        assertThat(again.headers().get("Location")).isEqualTo("/review/2017");
        assertThat(files()).isEqualTo(published1);
        // with another reason it is no resend: refused, the year is published
        assertThat(office.post("/review/2017/publish", "readAt", read, "allowMissing", "Another reason.", "allowUntranslated",
                "Translations follow.").status()).isEqualTo(409);
        assertThat(office.get("/review/2017").text()).contains("Se publicó con textos sin su español vigente, porque: Translations follow.")
                .contains("Siguió con partes faltantes, porque: The board meets.");
        office.cookies.remove(WebApp.LANGUAGE_COOKIE);
        String published = office.get("/review/2017").text();
        int steps = published.indexOf("<td class=\"state state-published\">");
        assertThat(steps).as("a published step").isPositive();
        assertThat(published.substring(steps, published.indexOf("</tr>", steps)))
                .contains("Published with texts lacking their current Spanish, because: Translations follow.");
    }

    @Test
    void publishIsRefusedListingEveryMissingPartThenAllowedWithTheReasonAndTheYearIsReadOnlyEverywhere() throws Exception {
        open2017();
        for (String group : WebAppTest.GROUPS) {
            web.app.cycle.review(new mou.core.cycle.ReviewYear(Acting.of(web.data, "Mara Member"), group, 2017,
                    mou.core.model.ReviewAction.SUBMIT, null, "Ratings follow."));
            assertThat(office.post("/review/2017/" + group + "/approve").status()).as(group).isEqualTo(303);
        }
        String ready = office.get("/review/2017").text();
        assertThat(ready).contains("action=\"/review/2017/publish\"").contains("name=\"allowMissing\"").contains("name=\"allowUntranslated\"");

        Map<String, Integer> before = files();
        Response refused = office.post("/review/2017/publish");
        assertThat(refused.status()).isIn(400, 409);
        String text = refused.text();
        for (String group : WebAppTest.GROUPS) {
            // each group by its name, as the page names it (the command line's "air-quality 2017: ..." named it by id)
            assertThat(text).as(group).contains(Dashboard.name(web.app.workspace(), group, "en") + ", 2017: ").doesNotContain(group + " 2017: ");
        }
        assertThat(text).contains("introduction").contains("id=\"publish-allowMissing-problem\"");
        assertThat(files()).isEqualTo(before);
        // what to do is said in the page's words, by its fields, in its language: no command to type
        assertThat(text).contains("nothing was published; complete these parts").contains("Return to the group")
                .contains("saying why in &quot;Publish although parts are missing, because&quot;");
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        String spanish = office.post("/review/2017/publish").text();
        assertThat(spanish).contains("no se publicó nada; complete estas partes").contains("Devolver al grupo")
                .contains("diciendo por qué en &quot;Publicar aunque falten partes, porque&quot;");
        office.cookies.remove(WebApp.LANGUAGE_COOKIE);
        for (String page : List.of(text, spanish)) {
            assertThat(page).doesNotContain("publish 2017").doesNotContain(" --").doesNotContain("REASON").doesNotContain("MOTIVO")
                    .doesNotContain("GROUP-ID").doesNotContain("validate").doesNotContain("`groups`");
        }
        assertThat(files()).isEqualTo(before);
        assertThat(Files.exists(web.data.resolve("published/2017"))).isFalse();

        Response published = office.post("/review/2017/publish", "allowMissing", "The board meets before the ratings are in.");
        assertThat(published.status()).isEqualTo(303);
        assertThat(Files.isDirectory(web.data.resolve("published/2017"))).isTrue();
        assertThat(web.data.resolve("published/2017")).as("every installed format, in English and in Spanish")
                .isDirectoryContaining("glob:**/progress-report-2017.html").isDirectoryContaining("glob:**/progress-report-2017-es.html")
                .isDirectoryContaining("glob:**/progress-report-2017.md").isDirectoryContaining("glob:**/progress-report-2017-es.md");
        String after = office.get("/review/2017").text();
        assertThat(after).contains("2017 is published").doesNotContain("method=\"post\" action=\"/review");
        assertThat(web.browser(null).get("/report/2017").status()).isEqualTo(200);
        // the report opened without a language is in the session's: a Spanish session reads the Spanish report and its notice
        assertThat(office.get("/report/2017").text()).contains("<html lang=\"en\"").contains("This report was published incomplete")
                .doesNotContain("Este informe se publicó incompleto");
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        String spanishReport = office.get("/report/2017").text();
        assertThat(spanishReport).contains("<html lang=\"es\"").contains("Este informe se publicó incompleto")
                .doesNotContain("This report was published incomplete");
        // the English one is still there, asked for by name (the bar's link names it)
        assertThat(spanishReport).contains("href=\"/report/2017?lang=en\"");
        assertThat(office.get("/report/2017", "lang", "en").text()).contains("This report was published incomplete");
        // and the review page's link to it opens it in the page's language
        assertThat(office.get("/review/2017").text()).contains("href=\"/report/2017?lang=es\"");
        office.cookies.remove(WebApp.LANGUAGE_COOKIE);

        // read-only everywhere: every step, the workbook upload, and the services behind them refuse
        Map<String, Integer> locked = files();
        assertThat(member.post("/review/2017/air-quality/submit", "incomplete", "again").status()).isEqualTo(409);
        assertThat(office.post("/review/2017/air-quality/return", "reason", "again").status()).isEqualTo(409);
        Response again = office.post("/review/2017/publish", "allowMissing", "again");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("2017 is already published (by Olivia Office on ").contains("read its report on the Reports page")
                .as("no folder of the server").doesNotContain(web.data.toString()).doesNotContain("published/2017");
        byte[] workbook = member.get("/group/air-quality/2017/workbook.xlsx").body();
        Response upload = member.postRaw("/group/air-quality/2017/workbook", Map.of("csrf", List.of(member.csrf())),
                List.of(new Upload("workbook", "air-quality-2017.xlsx", workbook)));
        assertThat(upload.status()).isEqualTo(409);
        assertThat(upload.text()).contains("published");
        assertThat(member.get("/group/air-quality/2017/workbook").text()).doesNotContain("type=\"file\"");
        assertThat(files()).isEqualTo(locked);
    }
}
