package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.EvidenceFile;
import mou.core.cycle.HistoryQuery;
import mou.core.cycle.ReviewYear;
import mou.core.model.Assessment;
import mou.core.model.HistoryEntry;
import mou.core.model.ProgressLevel;
import mou.core.model.ReviewAction;
import mou.core.model.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A group's year in the browser: the plan, the rate and narrative forms, problems beside fields, conflicts, uploads, markup. */
class GroupPagesTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([^\"]+)\"");
    private static final String YEAR = "/group/air-quality/2016";
    private static final String ACTIVITY = YEAR + "/activity/aq-1-1";
    private static final String RATE = YEAR + "/rate/aq-1-1";

    @TempDir
    Path home;
    WebFixture web;
    WebFixture.Browser member;

    @BeforeEach
    void serve() throws IOException {
        web = new WebFixture(home);
        member = web.browser(WebFixture.member("air-quality"));
    }

    static String version(Response page) {
        Matcher m = VERSION.matcher(page.text());
        assertThat(m.find()).as("the page has a form with a version").isTrue();
        return m.group(1);
    }

    private String yearFile() throws IOException {
        return Files.readString(web.data.resolve("groups/air-quality/2016.json"));
    }

    private Assessment assessment(String activity) throws Exception {
        return web.app.workspace().year("air-quality", 2016).orElseThrow().assessment(activity).orElseThrow();
    }

    private List<HistoryEntry> history() throws CycleException {
        return web.app.cycle.history(new HistoryQuery(Acting.of(web.data, "test"), "air-quality", null, 2016, null)).entries();
    }

    /** The time of the history's last entry, as the "you saved this already" page writes it. */
    private String lastSavedAt() throws CycleException {
        List<HistoryEntry> entries = history();
        return java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC)
                .format(entries.get(entries.size() - 1).at());
    }

    /** A multipart POST of the rate form: fields, files and this browser's token. */
    private Response postWithFiles(WebFixture.Browser browser, String path, List<Upload> uploads, String... fields) {
        Map<String, List<String>> form = new LinkedHashMap<>(WebFixture.pairs(fields));
        form.put("csrf", List.of(browser.csrf()));
        return browser.postRaw(path, form, uploads);
    }

    @Test
    void theGroupsListShowsTheMembersOwnGroupFirstAndIsInTheMenu() {
        Response page = web.browser(WebFixture.member("wildfires")).get("/group");
        assertThat(page.status()).isEqualTo(200);
        String text = page.text();
        assertThat(text).contains("href=\"/group\"");
        int wildfires = text.indexOf("href=\"/group/wildfires/2016\"");
        int airQuality = text.indexOf("href=\"/group/air-quality/2016\"");
        assertThat(wildfires).isPositive();
        assertThat(airQuality).isGreaterThan(wildfires);
        assertThat(text).contains("your group").contains("Draft");
    }

    @Test
    void theYearPageShowsThePlanTheLevelsTheDeliverablesAndTheLinksOfTheOtherPages() {
        Response page = web.browser(WebFixture.reader()).get(YEAR);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<h1>Air Quality Working Group, 2016</h1>")
                .contains("Coordinate Mexico-California air quality planning efforts for airsheds along the Mexico-California border.")
                .contains("Moderate Progress")
                .contains("href=\"/group/air-quality/2016/deliverable/aq-1-1-1\"")
                .contains("href=\"/group/air-quality/2016/events\"").contains("href=\"/group/air-quality/2016/figures\"")
                .contains("href=\"/group/air-quality/2016/updates\"").contains("href=\"/review/2016\"")
                .contains("Review state:").contains("Draft")
                // a reader gets no form and no link to write
                .doesNotContain("<form method=\"post\" action=\"/group").doesNotContain("Write the");
        assertThat(member.get(YEAR).text()).contains("href=\"/group/air-quality/2016/activity/aq-1-1\">Rate aq-1-1<")
                .contains("href=\"/group/air-quality/2016/narrative/summary\"");
        // the workbook, which only the review page linked: a member on the year's page looked for it in vain
        assertThat(member.get(YEAR).text()).contains("<a href=\"/group/air-quality/2016/workbook\">Spreadsheet (fill in the year in Excel or"
                + " LibreOffice)</a>");
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(member.get(YEAR).text()).contains("<a href=\"/group/air-quality/2016/workbook\">Hoja de cálculo (rellenar el año en Excel"
                + " o LibreOffice)</a>");
        member.cookies.remove(WebApp.LANGUAGE_COOKIE);
        // a reader's rate page has no form
        assertThat(web.browser(WebFixture.reader()).get(ACTIVITY).text()).doesNotContain("name=\"rationale\"");
    }

    @Test
    void anUnknownGroupYearActivityOrPartGets404NamingWhatExists() {
        Response group = member.get("/group/no-such/2016");
        assertThat(group.status()).isEqualTo(404);
        assertThat(group.text()).contains("no-such").contains("air-quality, clean-vehicles");
        Response year = member.get("/group/air-quality/2031");
        assertThat(year.status()).isEqualTo(404);
        assertThat(year.text()).contains("air-quality has no year 2031").contains("Its years are: 2016");
        Response activity = member.get(YEAR + "/activity/cv-1-1");
        assertThat(activity.status()).isEqualTo(404);
        assertThat(activity.text()).contains("aq-1-1, aq-2-1");
        assertThat(member.get(YEAR + "/narrative/intro").status()).isEqualTo(404);
        assertThat(member.get("/group/air-quality/20x6").status()).isEqualTo(400);
    }

    @Test
    void aMemberRatesAnActivityAndTheHistoryNamesThem() throws Exception {
        Response form = member.get(ACTIVITY);
        assertThat(form.text()).contains("<select id=\"level\" name=\"level\"").contains("Deliverable Achieved").contains("No Progress")
                .contains("enctype=\"multipart/form-data\"");
        int entries = history().size();
        Response saved = member.post(RATE, "version", version(form), "level", "significant", "rationale", "Plans were aligned.",
                "rationaleEs", "Los planes se alinearon.", "evidenceTitle", "Minutes", "evidenceUrl", "https://example.org/minutes",
                "evidenceTitle", "", "evidenceUrl", "");
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.headers().get("Location")).isEqualTo(YEAR + "?saved=aq-1-1#activity-aq-1-1");
        Assessment a = assessment("aq-1-1");
        assertThat(a.level()).isEqualTo(ProgressLevel.SIGNIFICANT);
        assertThat(a.rationale()).isEqualTo(Text.of("Plans were aligned.", "Los planes se alinearon."));
        assertThat(a.evidence()).singleElement().satisfies(l -> assertThat(l.url()).isEqualTo("https://example.org/minutes"));
        List<HistoryEntry> after = history();
        assertThat(after).hasSize(entries + 1);
        assertThat(after.get(entries).by()).isEqualTo("Mara Member");
        assertThat(after.get(entries).subject()).isEqualTo("aq-1-1");
        assertThat(member.get(YEAR, "saved", "aq-1-1").text()).contains("Saved: aq-1-1.").contains("Significant Progress")
                .contains("href=\"https://example.org/minutes\"");
    }

    @Test
    void aRationaleCorrectedInEnglishWithItsSpanishSentBackAsShownKeepsThatSpanishAsStale() throws Exception {
        member.post(RATE, "version", version(member.get(ACTIVITY)), "level", "significant", "rationale", "Plans were aligned.",
                "rationaleEs", "Los planes se alinearon.");
        Response form = member.get(ACTIVITY);
        assertThat(form.text()).contains("Los planes se alinearon.").doesNotContain("rationaleEs-stale");

        assertThat(member.post(RATE, "version", version(form), "level", "significant", "rationale", "Plans were aligned in May.",
                "rationaleEs", "Los planes se alinearon.").status()).isEqualTo(303);
        // the form says so beside the Spanish field, in the page's language
        assertThat(member.get(ACTIVITY).text()).contains("id=\"rationaleEs-stale\"")
                .contains("The English changed after this Spanish was written: check that the Spanish still says the same");
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(member.get(ACTIVITY).text()).contains("El inglés cambió después de escribirse este español");
        member.cookies.remove(WebApp.LANGUAGE_COOKIE);

        Text stale = assessment("aq-1-1").rationale();
        assertThat(stale.en()).isEqualTo("Plans were aligned in May.");
        assertThat(stale.es()).isEqualTo("Los planes se alinearon.");
        assertThat(stale.spanishStale()).isTrue();
        // the Spanish typed anew translates the English as it is now
        member.post(RATE, "version", version(member.get(ACTIVITY)), "level", "significant", "rationale", "Plans were aligned in May.",
                "rationaleEs", "Los planes se alinearon en mayo.");
        assertThat(assessment("aq-1-1").rationale()).isEqualTo(Text.of("Plans were aligned in May.", "Los planes se alinearon en mayo."));
        assertThat(member.get(ACTIVITY).text()).doesNotContain("rationaleEs-stale");
    }

    @Test
    void anEmptiedSpanishRationaleRemovesTheSpanishAndAFormWithoutTheFieldKeepsIt() throws Exception {
        member.post(RATE, "version", version(member.get(ACTIVITY)), "level", "significant", "rationale", "Plans were aligned.",
                "rationaleEs", "Los planes se alinearon.");
        // a request that does not send the Spanish field gives none: the Spanish is kept (stale)
        member.post(RATE, "version", version(member.get(ACTIVITY)), "level", "significant", "rationale", "Plans were aligned again.");
        assertThat(assessment("aq-1-1").rationale().es()).isEqualTo("Los planes se alinearon.");
        Response form = member.get(ACTIVITY);
        assertThat(form.text()).contains("Los planes se alinearon.");

        // the rationale changed and the Spanish field the form showed filled emptied: the old Spanish goes
        Response saved = member.post(RATE, "version", version(form), "level", "significant", "rationale", "Plans were aligned in May.",
                "rationaleEs", "");
        assertThat(saved.status()).isEqualTo(303);
        assertThat(assessment("aq-1-1").rationale()).isEqualTo(Text.of("Plans were aligned in May."));
        assertThat(member.get(ACTIVITY).text()).doesNotContain("Los planes se alinearon.").doesNotContain("rationaleEs-stale");
        WebFixture.Browser spanish = web.browser(WebFixture.member("air-quality"));
        spanish.get("/language/es");
        assertThat(spanish.get(YEAR).text()).doesNotContain("Los planes se alinearon.");

        // the English as it was and the Spanish emptied: the Spanish goes too
        member.post(RATE, "version", version(member.get(ACTIVITY)), "level", "significant", "rationale", "Plans were aligned in May.",
                "rationaleEs", "Los planes se alinearon en mayo.");
        member.post(RATE, "version", version(member.get(ACTIVITY)), "level", "significant", "rationale", "Plans were aligned in May.",
                "rationaleEs", " ");
        assertThat(assessment("aq-1-1").rationale()).isEqualTo(Text.of("Plans were aligned in May."));
    }

    @Test
    void anEmptiedSpanishNarrativeRemovesTheSpanishOfItsParagraphs() throws Exception {
        String path = YEAR + "/narrative/challenges";
        member.post(path, "version", version(member.get(path)), "paragraphs", "First.\n\nSecond.", "paragraphsEs", "Primero.\n\nSegundo.");
        assertThat(member.get(path).text()).contains("Primero.");

        Response saved = member.post(path, "version", version(member.get(path)), "paragraphs", "First.\n\nSecond, in May.",
                "paragraphsEs", "");

        assertThat(saved.status()).isEqualTo(303);
        assertThat(web.app.workspace().year("air-quality", 2016).orElseThrow().narrative().challenges())
                .containsExactly(Text.of("First."), Text.of("Second, in May."));
        assertThat(member.get(path).text()).doesNotContain("Primero.").doesNotContain("Segundo.");
    }

    @Test
    void aStaleSpanishSentBackWithItsBoxTickedIsSavedAsTranslatingTheChangedEnglish() throws Exception {
        member.post(RATE, "version", version(member.get(ACTIVITY)), "level", "significant", "rationale", "Plans were aligned.",
                "rationaleEs", "Los planes se alinearon.");
        assertThat(member.get(ACTIVITY).text()).doesNotContain("name=\"rationaleEsFits\"");
        member.post(RATE, "version", version(member.get(ACTIVITY)), "level", "significant", "rationale", "Plans were aligned once more.",
                "rationaleEs", "Los planes se alinearon.");
        Response form = member.get(ACTIVITY);
        // the box beside the stale Spanish, described by the note
        assertThat(form.text()).contains("<input type=\"checkbox\" id=\"rationaleEs-fits\" name=\"rationaleEsFits\" value=\"yes\""
                + " aria-describedby=\"rationaleEs-stale\">")
                .contains("<label for=\"rationaleEs-fits\">The Spanish still says what the English now says");
        assertThat(assessment("aq-1-1").rationale().spanishStale()).isTrue();

        member.post(RATE, "version", version(form), "level", "significant", "rationale", "Plans were aligned once more.",
                "rationaleEs", "Los planes se alinearon.", "rationaleEsFits", "yes");
        Text confirmed = assessment("aq-1-1").rationale();
        assertThat(confirmed).isEqualTo(Text.of("Plans were aligned once more.", "Los planes se alinearon."));
        assertThat(confirmed.spanishStale()).isFalse();
        assertThat(member.get(ACTIVITY).text()).doesNotContain("rationaleEs-stale").doesNotContain("rationaleEsFits");
    }

    /**
     * An evidence link's title has a Spanish field ("Title of link 1 (Spanish)"), by the rules of every Spanish field: typed, it
     * translates the title; sent back as shown it is kept (stale when the English changed, with the note and the box that
     * confirms it); emptied, it is removed; without an English title it is refused beside it, in the page's language.
     */
    @Test
    void anEvidenceLinksTitleHasASpanishFieldWithTheRulesOfEverySpanishField() throws Exception {
        String url = "https://example.org/minutes";
        member.post(RATE, "version", version(member.get(ACTIVITY)), "level", "significant", "rationale", "Plans were aligned.",
                "evidenceTitle", "Minutes", "evidenceUrl", url, "evidenceTitleEs", "Minuta");
        assertThat(assessment("aq-1-1").evidence().get(0).title()).isEqualTo(Text.of("Minutes", "Minuta"));
        Response form = member.get(ACTIVITY);
        assertThat(form.text()).contains("<label for=\"evidenceTitleEs-0\">Title of link 1 (Spanish)</label>")
                .contains("<input type=\"text\" id=\"evidenceTitleEs-0\" name=\"evidenceTitleEs\" value=\"Minuta\" lang=\"es\">")
                .doesNotContain("evidenceTitleEs-0-stale");

        // the English corrected, the Spanish sent back as shown: kept, and now stale, with its note and box
        member.post(RATE, "version", version(form), "level", "significant", "rationale", "Plans were aligned.",
                "evidenceTitle", "Minutes of May", "evidenceUrl", url, "evidenceTitleEs", "Minuta");
        assertThat(assessment("aq-1-1").evidence().get(0).title().spanishStale()).isTrue();
        form = member.get(ACTIVITY);
        assertThat(form.text()).contains("id=\"evidenceTitleEs-0-stale\"")
                .contains("<input type=\"checkbox\" id=\"evidenceTitleEs-0-fits\" name=\"evidenceTitleEs-0Fits\" value=\"yes\""
                        + " aria-describedby=\"evidenceTitleEs-0-stale\">");
        // sent back again without the box: still stale; with it: the translation of the English now
        member.post(RATE, "version", version(form), "level", "significant", "rationale", "Plans were aligned.",
                "evidenceTitle", "Minutes of May", "evidenceUrl", url, "evidenceTitleEs", "Minuta");
        assertThat(assessment("aq-1-1").evidence().get(0).title().spanishStale()).isTrue();
        member.post(RATE, "version", version(member.get(ACTIVITY)), "level", "significant", "rationale", "Plans were aligned.",
                "evidenceTitle", "Minutes of May", "evidenceUrl", url, "evidenceTitleEs", "Minuta", "evidenceTitleEs-0Fits", "yes");
        Text confirmed = assessment("aq-1-1").evidence().get(0).title();
        assertThat(confirmed).isEqualTo(Text.of("Minutes of May", "Minuta"));
        assertThat(confirmed.spanishStale()).isFalse();
        assertThat(member.get(ACTIVITY).text()).doesNotContain("evidenceTitleEs-0-stale");

        // emptied: removed
        member.post(RATE, "version", version(member.get(ACTIVITY)), "level", "significant", "rationale", "Plans were aligned.",
                "evidenceTitle", "Minutes of May", "evidenceUrl", url, "evidenceTitleEs", "");
        assertThat(assessment("aq-1-1").evidence().get(0).title().es()).isNull();

        // a Spanish title without an English one: refused beside the field, in Spanish on a Spanish page; nothing saved
        String before = yearFile();
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        Response refused = member.post(RATE, "version", version(member.get(ACTIVITY)), "level", "significant", "rationale",
                "Plans were aligned.", "evidenceTitle", "", "evidenceUrl", url, "evidenceTitleEs", "Minuta");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("<p class=\"field-problem\" id=\"evidenceTitleEs-0-problem\">Título del enlace 1 (español): este"
                + " texto en español no tiene un inglés que traducir: escriba también Título del enlace 1");
        assertThat(yearFile()).isEqualTo(before);
    }

    @Test
    void everyProblemIsShownBesideItsFieldWithTheValuesTyped() throws Exception {
        String before = yearFile();
        Response page = member.post(RATE, "version", version(member.get(ACTIVITY)), "level", "brilliant", "rationale", " ",
                "evidenceTitle", "Site", "evidenceUrl", "https://example.org/ok", "evidenceTitle", "Bad", "evidenceUrl", "evidence/missing.pdf");
        assertThat(page.status()).isEqualTo(422);
        String text = page.text();
        assertThat(text).contains("id=\"level-problem\"").contains("&#39;brilliant&#39; is not a level of the Progress Key")
                .contains("aria-invalid=\"true\" aria-describedby=\"level-problem\"");
        // the rationale's problem names the field by its label
        assertThat(text).contains("id=\"rationale-problem\"").contains("say why the activity stands at this level with Rationale");
        // the list at the top links each problem to its field
        // the page names no level by its id, nor in English on a Spanish page: the levels are the list's
        assertThat(text).contains("&#39;brilliant&#39; is not a level of the Progress Key; choose one of the levels in the list")
                .doesNotContain("no-progress (No Progress)");
        assertThat(text).contains("<li><a href=\"#level\">&#39;brilliant&#39; is not a level of the Progress Key")
                .contains("<li><a href=\"#rationale\">say why the activity stands at this level with Rationale");
        assertThat(yearFile()).isEqualTo(before);

        Response links = member.post(RATE, "version", version(member.get(ACTIVITY)), "level", "initial", "rationale", "A reason.",
                "evidenceTitle", "Site", "evidenceUrl", "https://example.org/ok", "evidenceTitle", "Bad", "evidenceUrl", "evidence/missing.pdf");
        assertThat(links.status()).isEqualTo(422);
        // the second row's problem is beside the second row, which keeps what was typed
        assertThat(links.text()).contains("id=\"evidence-1-problem\"").contains("Address of link 2: there is no file &#39;evidence/missing.pdf&#39; in the workspace; correct the path or add the file,"
                        + " or give a web address starting with https://")
                .contains("id=\"evidenceUrl-1\" name=\"evidenceUrl\" value=\"evidence/missing.pdf\"")
                .contains("aria-invalid=\"true\" aria-describedby=\"evidence-1-problem links-help\"")
                .contains("<li><a href=\"#evidenceUrl-1\">Address of link 2: there is no file")
                .contains("value=\"https://example.org/ok\"").contains(">A reason.</textarea>")
                .contains("<option value=\"initial\" selected=\"selected\">");
        assertThat(yearFile()).isEqualTo(before);
    }

    @Test
    void moreRowsKeepsWhatWasTypedAndSavesNothing() throws Exception {
        String before = yearFile();
        Response page = member.post(RATE, "version", version(member.get(ACTIVITY)), "level", "initial", "rationale", "Half typed.",
                "evidenceTitle", "One", "evidenceUrl", "https://example.org/1", "more", "1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains(">Half typed.</textarea>").contains("value=\"https://example.org/1\"")
                .contains("id=\"evidenceUrl-3\"").doesNotContain("id=\"evidenceUrl-4\"");
        // Enter in a field presses the form's first submit button: Save, not "more rows"
        assertThat(page.text().indexOf(">Save</button>")).isPositive().isLessThan(page.text().indexOf("name=\"more\""));
        assertThat(yearFile()).isEqualTo(before);
    }

    @Test
    void aMemberOfAnotherGroupAndAReaderAreRefusedAndNothingChanges() throws Exception {
        String version = version(member.get(ACTIVITY));
        String before = yearFile();
        for (User user : List.of(WebFixture.member("wildfires"), WebFixture.reader())) {
            WebFixture.Browser other = web.browser(user);
            assertThat(other.post(RATE, "version", version, "level", "achieved", "rationale", "Not mine.").status()).as(user.name())
                    .isEqualTo(403);
            assertThat(other.post(YEAR + "/narrative/summary", "version", "none", "paragraphs", "Not mine.").status()).as(user.name())
                    .isEqualTo(403);
            // nor does another group's member get a form
            assertThat(other.get(ACTIVITY).text()).doesNotContain("name=\"rationale\"");
        }
        // a member of air-quality cannot rate another group's activity through their own group's address
        assertThat(member.post(YEAR + "/rate/wf-1-1", "version", "none", "level", "achieved", "rationale", "Not ours.").status())
                .isEqualTo(404);
        assertThat(yearFile()).isEqualTo(before);
        assertThat(Files.readString(web.data.resolve("groups/wildfires/2016.json"))).doesNotContain("Not ours.");
    }

    @Test
    void aSecondSessionSavingOverTheFirstGetsTheConflictPageAndCanApplyItsChangeAgain() throws Exception {
        WebFixture.Browser ana = web.browser(new User("Ana Member", Role.MEMBER, java.util.Set.of("air-quality")));
        WebFixture.Browser bruno = web.browser(new User("Bruno Member", Role.MEMBER, java.util.Set.of("air-quality")));
        String anaRead = version(ana.get(ACTIVITY));
        String brunoRead = version(bruno.get(ACTIVITY));
        int entries = history().size();
        assertThat(ana.post(RATE, "version", anaRead, "level", "significant", "rationale", "Ana gives a reason.").status()).isEqualTo(303);

        Response conflict = bruno.post(RATE, "version", brunoRead, "level", "initial", "rationale", "Bruno gives a reason.",
                "evidenceTitle", "Bruno link", "evidenceUrl", "https://example.org/bruno");
        assertThat(conflict.status()).isEqualTo(409);
        String text = conflict.text();
        assertThat(text).contains("Someone else changed this since you read it").contains("Saved by Ana Member")
                .contains("Ana gives a reason.").contains("Significant Progress")
                .contains("Bruno gives a reason.").contains("https://example.org/bruno");
        // nothing was overwritten
        assertThat(assessment("aq-1-1").rationale().en()).isEqualTo("Ana gives a reason.");
        String fresh = version(conflict);
        assertThat(fresh).isNotEqualTo(brunoRead);
        // the form holds Bruno's values with the new version: applying them again saves them
        assertThat(text).contains(">Bruno gives a reason.</textarea>").contains("<option value=\"initial\" selected=\"selected\">");
        assertThat(bruno.post(RATE, "version", fresh, "level", "initial", "rationale", "Bruno gives a reason.", "evidenceTitle", "Bruno link",
                "evidenceUrl", "https://example.org/bruno").status()).isEqualTo(303);
        assertThat(assessment("aq-1-1").rationale().en()).isEqualTo("Bruno gives a reason.");
        assertThat(history().subList(entries, entries + 2)).extracting(HistoryEntry::by).containsExactly("Ana Member", "Bruno Member");
    }

    @Test
    void theSameFormSentTwiceSaysThePersonSavedItAlreadyInsteadOfBlamingSomeoneElse() throws Exception {
        WebFixture.Browser ana = web.browser(new User("Ana López", Role.MEMBER, java.util.Set.of("air-quality")));
        String read = version(ana.get(ACTIVITY));
        assertThat(ana.post(RATE, "version", read, "level", "significant", "rationale", "Ana gives a reason.").status()).isEqualTo(303);
        // a double click, or Back and send again: the same version read
        Response twice = ana.post(RATE, "version", read, "level", "significant", "rationale", "Ana gives a reason, again.");
        assertThat(twice.status()).isEqualTo(409);
        String at = lastSavedAt();
        assertThat(twice.text()).contains("You saved this already").contains("You saved aq-1-1 already at " + at)
                .contains("Ana gives a reason.").contains("Ana gives a reason, again.")
                .doesNotContain("Someone else").doesNotContain("Saved by Ana López").doesNotContain("(theirs)");
        assertThat(assessment("aq-1-1").rationale().en()).isEqualTo("Ana gives a reason.");
        // the form is offered again with the version saved now
        assertThat(ana.post(RATE, "version", version(twice), "level", "significant", "rationale", "Ana gives a reason, again.").status())
                .isEqualTo(303);
        // in Spanish; the page names the last save, the one just made (a second after the first, at times)
        String lastAt = lastSavedAt();
        ana.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        Response again = ana.post(RATE, "version", read, "level", "significant", "rationale", "Otra vez.");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("Ya guardó esto").contains("Ya guardó aq-1-1 a las " + lastAt).doesNotContain("Otra persona");
        // a narrative part sent twice, the second changed: the same
        String part = YEAR + "/narrative/challenges";
        String partRead = version(ana.get(part));
        assertThat(ana.post(part, "version", partRead, "paragraphs", "First.").status()).isEqualTo(303);
        assertThat(ana.post(part, "version", partRead, "paragraphs", "First, changed.").text()).contains("Ya guardó esto");
    }

    /**
     * The very rating sent again (a double click, a form sent again after a lost answer) got 409 "You saved this already",
     * while an event or figure sent twice was answered as done. It is now answered as the first was: nothing saved again,
     * no second line in the history; a colleague's different change meanwhile still gets the conflict page.
     */
    @Test
    void theSameRatingOrNarrativeSentAgainIsAnsweredAsDoneAndAColleaguesChangeIsStillAConflict() throws Exception {
        WebFixture.Browser ana = web.browser(new User("Ana López", Role.MEMBER, java.util.Set.of("air-quality")));
        String read = version(ana.get(ACTIVITY));
        String[] form = {"version", read, "level", "significant", "rationale", "Ana gives a reason.", "rationaleEs", "Ana da una razón.",
                "evidenceTitle", "Ana's link", "evidenceUrl", "https://example.org/ana"};
        assertThat(ana.post(RATE, form).status()).isEqualTo(303);
        int entries = history().size();
        Response twice = ana.post(RATE, form);
        assertThat(twice.status()).isEqualTo(303);
        assertThat(twice.headers().get("Location")).isEqualTo(YEAR + "?saved=aq-1-1#activity-aq-1-1");
        ana.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(ana.post(RATE, form).status()).isEqualTo(303);
        assertThat(history()).hasSize(entries);
        assertThat(assessment("aq-1-1").rationale().es()).isEqualTo("Ana da una razón.");
        // a colleague's different change since: the conflict page, nothing overwritten
        WebFixture.Browser bruno = web.browser(new User("Bruno Member", Role.MEMBER, java.util.Set.of("air-quality")));
        String brunoRead = version(bruno.get(ACTIVITY));
        assertThat(ana.post(RATE, "version", version(ana.get(ACTIVITY)), "level", "significant", "rationale", "Ana changes her reason.")
                .status()).isEqualTo(303);
        Response conflict = bruno.post(RATE, "version", brunoRead, "level", "significant", "rationale", "Ana gives a reason.",
                "rationaleEs", "Ana da una razón.", "evidenceTitle", "Ana's link", "evidenceUrl", "https://example.org/ana");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).contains("Someone else changed this since you read it");
        assertThat(assessment("aq-1-1").rationale().en()).isEqualTo("Ana changes her reason.");
        // a narrative part sent again: the same
        ana.cookies.remove(WebApp.LANGUAGE_COOKIE);
        String part = YEAR + "/narrative/challenges";
        String partRead = version(ana.get(part));
        assertThat(ana.post(part, "version", partRead, "paragraphs", "First.").status()).isEqualTo(303);
        int before = history().size();
        Response partTwice = ana.post(part, "version", partRead, "paragraphs", "First.");
        assertThat(partTwice.status()).isEqualTo(303);
        assertThat(partTwice.headers().get("Location")).isEqualTo(YEAR + "?saved=challenges#narrative-challenges");
        assertThat(history()).hasSize(before);
    }

    /** An evidence file's title has its Spanish field too: typed, it translates the title; without an English title it is refused. */
    @Test
    void anEvidenceFilesTitleHasASpanishField() throws Exception {
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(member.get(ACTIVITY).text()).contains("<label for=\"fileTitleEs1\">Título del archivo 1 en español (opcional)</label>");
        String before = yearFile();
        Response refused = postWithFiles(member, RATE, List.of(new Upload("file1", "Minuta mayo.pdf", "%PDF-1.4 minuta".getBytes(
                StandardCharsets.UTF_8))), "version", version(member.get(ACTIVITY)), "level", "moderate", "rationale", "Minutes attached.",
                "fileTitle1", "", "fileTitleEs1", "Minuta de mayo");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("id=\"fileTitleEs1-problem\">Título del archivo 1 en español (opcional): este texto en español no"
                + " tiene un inglés que traducir: escriba también Título del archivo 1 (opcional)");
        assertThat(yearFile()).isEqualTo(before);

        Response saved = postWithFiles(member, RATE, List.of(new Upload("file1", "Minuta mayo.pdf", "%PDF-1.4 minuta".getBytes(
                StandardCharsets.UTF_8))), "version", version(member.get(ACTIVITY)), "level", "moderate", "rationale", "Minutes attached.",
                "fileTitle1", "May minutes", "fileTitleEs1", "Minuta de mayo");
        assertThat(saved.status()).isEqualTo(303);
        assertThat(assessment("aq-1-1").evidence()).singleElement().satisfies(l -> assertThat(l.title()).isEqualTo(Text.of("May minutes",
                "Minuta de mayo")));
        assertThat(member.get(YEAR).text()).contains(">Minuta de mayo<");
    }

    @Test
    void aFileIsKeptWithTheRatingInsideTheWorkspaceAndCanBeDownloaded() throws Exception {
        Response saved = postWithFiles(member, RATE, List.of(new Upload("file1", "Minutes May.pdf", "%PDF-1.4 minutes".getBytes(
                StandardCharsets.UTF_8))), "version", version(member.get(ACTIVITY)), "level", "moderate", "rationale", "Minutes attached.",
                "fileTitle1", "May minutes");
        assertThat(saved.status()).isEqualTo(303);
        Assessment a = assessment("aq-1-1");
        assertThat(a.evidence()).singleElement().satisfies(l -> {
            assertThat(l.title().en()).isEqualTo("May minutes");
            assertThat(l.url()).matches("evidence/air-quality/2016/aq-1-1-[0-9a-f]{12}\\.pdf");
        });
        String url = a.evidence().get(0).url();
        assertThat(Files.readString(web.data.resolve(url))).isEqualTo("%PDF-1.4 minutes");
        String name = url.substring(url.lastIndexOf('/') + 1);
        assertThat(member.get(YEAR).text()).contains("href=\"/group/air-quality/2016/evidence/" + name + "\">May minutes<");
        Response download = web.browser(WebFixture.reader()).get(YEAR + "/evidence/" + name);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().get("Content-Disposition")).startsWith("attachment");
        assertThat(download.text()).isEqualTo("%PDF-1.4 minutes");
        assertThat(member.get(YEAR + "/evidence/..%2F..%2Fagreement.json").status()).isEqualTo(404);
        assertThat(member.get(YEAR + "/evidence/agreement.json").status()).isEqualTo(404);
    }

    /**
     * A rating sent again with its evidence file (a double click, a resend after a lost answer) got 409 "You saved this already", as
     * the file would have been added twice. The same file (same name, same bytes) that the first send stored is the rating's
     * already: answered as the first was, nothing stored again, no second history line; another file is still the conflict.
     */
    @Test
    void aRatingSentAgainWithTheFileItStoredIsDoneAlready() throws Exception {
        String read = version(member.get(ACTIVITY));
        byte[] minutes = "%PDF-1.4 minutes".getBytes(StandardCharsets.UTF_8);
        Response first = postWithFiles(member, RATE, List.of(new Upload("file1", "Minutes May.pdf", minutes)), "version", read, "level",
                "moderate", "rationale", "Minutes attached.");
        assertThat(first.status()).isEqualTo(303);
        Assessment saved = assessment("aq-1-1");
        int entries = history().size();
        String year = yearFile();

        Response again = postWithFiles(member, RATE, List.of(new Upload("file1", "Minutes May.pdf", minutes.clone())), "version", read,
                "level", "moderate", "rationale", "Minutes attached.");
        assertThat(again.status()).isEqualTo(303);
        assertThat(again.headers().get("Location")).isEqualTo(first.headers().get("Location"));
        assertThat(assessment("aq-1-1")).isEqualTo(saved);
        assertThat(history()).hasSize(entries);
        assertThat(yearFile()).isEqualTo(year);
        try (var files = Files.list(web.data.resolve("evidence/air-quality/2016"))) {
            assertThat(files.count()).as("the file is stored once").isEqualTo(1);
        }

        Response other = postWithFiles(member, RATE, List.of(new Upload("file1", "Minutes May.pdf", "%PDF-1.4 other".getBytes(
                StandardCharsets.UTF_8))), "version", read, "level", "moderate", "rationale", "Minutes attached.");
        assertThat(other.status()).as("other bytes under the same name: not the same file").isEqualTo(409);
        assertThat(assessment("aq-1-1")).isEqualTo(saved);
    }

    /** A rating refused for another field: the file sent with it is named beside its field, to be chosen again (a page cannot keep it). */
    @Test
    void aFileSentWithARefusedRatingIsNamedToBeChosenAgain() throws Exception {
        Response page = postWithFiles(member, RATE, List.of(new Upload("file1", "Minutes May.pdf", "%PDF-1.4 minutes".getBytes(
                StandardCharsets.UTF_8))), "version", version(member.get(ACTIVITY)), "level", "", "rationale", "Minutes attached.");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("id=\"file1-problem\">Nothing was saved, so choose Minutes May.pdf again");
        assertThat(web.data.resolve("evidence")).doesNotExist();
    }

    @Test
    void aFileTooLargeOfADisallowedTypeOrNamedWithAPathIsRefusedBesideItsFieldWithNothingWritten() throws Exception {
        String before = yearFile();
        int entries = history().size();
        List<Upload> hostile = new ArrayList<>();
        hostile.add(new Upload("file1", "../../agreement.pdf", "x".getBytes(StandardCharsets.UTF_8)));
        hostile.add(new Upload("file2", "run.exe", "MZ".getBytes(StandardCharsets.UTF_8)));
        Response page = postWithFiles(member, RATE, hostile, "version", version(member.get(ACTIVITY)), "level", "moderate",
                "rationale", "Files.");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("id=\"file1-problem\"").contains("File 1 &#39;../../agreement.pdf&#39; is not a plain file name")
                .contains("id=\"file2-problem\"").contains("a .exe file, which is not kept as evidence")
                .contains(">Files.</textarea>");
        for (Upload upload : List.of(new Upload("file1", "/etc/passwd.txt", "x".getBytes(StandardCharsets.UTF_8)),
                new Upload("file1", "C:\\evidence\\a.pdf", "x".getBytes(StandardCharsets.UTF_8)),
                new Upload("file1", "big.pdf", new byte[EvidenceFile.MAX_BYTES + 1]))) {
            Response refused = postWithFiles(member, RATE, List.of(upload), "version", version(member.get(ACTIVITY)), "level", "moderate",
                    "rationale", "Files.");
            assertThat(refused.status()).as(upload.fileName()).isEqualTo(422);
            assertThat(refused.text()).as(upload.fileName()).contains("id=\"file1-problem\"");
        }
        assertThat(yearFile()).isEqualTo(before);
        assertThat(history()).hasSize(entries);
        assertThat(web.data.resolve("evidence")).doesNotExist();
        try (Stream<Path> all = Files.walk(web.data)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".exe") || n.startsWith("agreement.pdf")
                    || n.equals("passwd.txt") || n.equals("big.pdf"));
        }
    }

    @Test
    void markupInEveryFieldIsShownAsTextEverywhereItAppears() throws Exception {
        String script = "<script>alert(1)</script>";
        String img = "\"><img src=x onerror=alert(1)>";
        // a javascript: link is refused by the evidence rule, and shown as text in the form
        Response refused = member.post(RATE, "version", version(member.get(ACTIVITY)), "level", "moderate", "rationale", script,
                "evidenceTitle", img, "evidenceUrl", "javascript:alert(1)");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("value=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"")
                .contains("value=\"javascript:alert(1)\"").contains("id=\"evidence-0-problem\"")
                .doesNotContain(script).doesNotContain("<img").doesNotContain("href=\"javascript:");
        // saved with markup in the rationale and a link's title: escaped on the year page, the rate page and the conflict page
        String read = version(member.get(ACTIVITY));
        assertThat(member.post(RATE, "version", read, "level", "moderate", "rationale", script, "rationaleEs", img, "evidenceTitle", img,
                "evidenceUrl", "https://example.org/x?a=\"><script>").status()).isEqualTo(303);
        WebFixture.Browser spanish = web.browser(WebFixture.member("air-quality"));
        spanish.get("/language/es");
        Response conflict = member.post(RATE, "version", read, "level", "initial", "rationale", img + script);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(member.post(YEAR + "/narrative/summary", "version", version(member.get(YEAR + "/narrative/summary")),
                "paragraphs", script + "\n\n" + img).status()).isEqualTo(303);
        for (Response page : List.of(member.get(YEAR), member.get(ACTIVITY), conflict, spanish.get(YEAR), spanish.get(ACTIVITY),
                member.get(YEAR + "/narrative/summary"))) {
            assertThat(page.text()).contains("&lt;script&gt;").doesNotContain("<script").doesNotContain("<img")
                    .doesNotContain("href=\"javascript:");
        }
        assertThat(spanish.get(ACTIVITY).text()).contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void aNarrativeFormSaysWhenTheEnglishOfAParagraphChangedAfterItsSpanish() throws Exception {
        String path = YEAR + "/narrative/challenges";
        member.post(path, "version", version(member.get(path)), "paragraphs", "First.\n\nSecond.", "paragraphsEs", "Primero.\n\nSegundo.");
        assertThat(member.get(path).text()).doesNotContain("paragraphsEs-stale");

        member.post(path, "version", version(member.get(path)), "paragraphs", "First.\n\nSecond, in May.", "paragraphsEs", "Primero.\n\nSegundo.");

        assertThat(web.app.workspace().year("air-quality", 2016).orElseThrow().narrative().challenges().get(1).spanishStale()).isTrue();
        assertThat(member.get(path).text()).contains("id=\"paragraphsEs-stale\"")
                .contains("The English of some paragraphs changed after their Spanish was written")
                .contains("name=\"paragraphsEsFits\"");
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(member.get(path).text()).contains("El español sigue diciendo lo que ahora dice el inglés");
        member.cookies.remove(WebApp.LANGUAGE_COOKIE);

        // the box ticked: the Spanish sent back as shown translates the English as it is now
        member.post(path, "version", version(member.get(path)), "paragraphs", "First.\n\nSecond, in May.", "paragraphsEs", "Primero.\n\nSegundo.",
                "paragraphsEsFits", "yes");
        List<Text> challenges = web.app.workspace().year("air-quality", 2016).orElseThrow().narrative().challenges();
        assertThat(challenges).noneMatch(Text::spanishStale);
        assertThat(challenges.get(1)).isEqualTo(Text.of("Second, in May.", "Segundo."));
        assertThat(member.get(path).text()).doesNotContain("paragraphsEs-stale");
    }

    @Test
    void aNarrativePartIsWrittenAndASecondSessionGetsTheConflictPage() throws Exception {
        WebFixture.Browser other = web.browser(new User("Bruno Member", Role.MEMBER, java.util.Set.of("air-quality")));
        String path = YEAR + "/narrative/challenges";
        String memberRead = version(member.get(path));
        String otherRead = version(other.get(path));
        Response saved = member.post(path, "version", memberRead, "paragraphs", "First.\n\nSecond.", "paragraphsEs", "Primero.\n\nSegundo.");
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.headers().get("Location")).isEqualTo(YEAR + "?saved=challenges#narrative-challenges");
        assertThat(web.app.workspace().year("air-quality", 2016).orElseThrow().narrative().challenges())
                .containsExactly(Text.of("First.", "Primero."), Text.of("Second.", "Segundo."));
        assertThat(history().get(history().size() - 1).by()).isEqualTo("Mara Member");

        Response conflict = other.post(path, "version", otherRead, "paragraphs", "Bruno challenge.");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).contains("Someone else changed this since you read it").contains("First.")
                .contains("Bruno challenge.");
        assertThat(web.app.workspace().year("air-quality", 2016).orElseThrow().narrative().challenges()).hasSize(2);
        assertThat(other.post(path, "version", version(conflict), "paragraphs", "Bruno challenge.").status()).isEqualTo(303);
        assertThat(history().subList(history().size() - 2, history().size())).extracting(HistoryEntry::by)
                .containsExactly("Mara Member", "Bruno Member");

        // Spanish paragraphs must match the English ones
        Response counts = member.post(path, "version", version(member.get(path)), "paragraphs", "One.\n\nTwo.", "paragraphsEs", "Uno.");
        assertThat(counts.status()).isEqualTo(422);
        assertThat(counts.text()).contains("id=\"paragraphsEs-problem\"").contains(">One.\n\nTwo.</textarea>")
                .contains("<li><a href=\"#paragraphsEs\">There is 1 Spanish paragraph")
                .contains("There is 1 Spanish paragraph for 2 English ones").doesNotContain("There are 1 Spanish paragraphs");
        assertThat(member.post(path, "version", version(member.get(path)), "paragraphs", "One.", "paragraphsEs", "Uno.\n\nDos.").text())
                .contains("There are 2 Spanish paragraphs for 1 English one;").doesNotContain("1 English ones");
        assertThat(member.post(path, "version", version(member.get(path)), "paragraphs", "One.\n\nTwo.\n\nThree.", "paragraphsEs",
                "Uno.\n\nDos.").text()).contains("There are 2 Spanish paragraphs for 3 English ones;");
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(member.post(path, "version", version(member.get(path)), "paragraphs", "One.\n\nTwo.", "paragraphsEs", "Uno.").text())
                .contains("Hay 1 párrafo en español para 2 en inglés;").doesNotContain("Hay 1 párrafos");
        member.cookies.remove(WebApp.LANGUAGE_COOKIE);
    }

    @Test
    void aYearUnderReviewIsReadOnlyAndAPostGetsTheServicesRefusal() throws Exception {
        String version = version(member.get(ACTIVITY));
        String narrative = version(member.get(YEAR + "/narrative/summary"));
        web.app.cycle.review(new ReviewYear(Acting.of(web.data, "Mara Member"), "air-quality", 2016, ReviewAction.SUBMIT, null,
                "the rest follows"));
        String before = yearFile();
        Response page = member.get(YEAR);
        assertThat(page.text()).contains("Submitted").contains("cannot be changed here").doesNotContain("Rate aq-1-1")
                .doesNotContain("/narrative/summary\"");
        assertThat(member.get(ACTIVITY).text()).doesNotContain("<form method=\"post\" action=\"/group");
        assertThat(member.get(YEAR + "/narrative/summary").text()).doesNotContain("<form method=\"post\" action=\"/group");
        Response rate = member.post(RATE, "version", version, "level", "achieved", "rationale", "Too late.");
        assertThat(rate.status()).isEqualTo(409);
        assertThat(rate.text()).contains("Not saved").contains("air-quality 2016 is submitted (by Mara Member");
        Response write = member.post(YEAR + "/narrative/summary", "version", narrative, "paragraphs", "Too late.");
        assertThat(write.status()).isEqualTo(409);
        assertThat(yearFile()).isEqualTo(before);
    }

    @Test
    void aReturnedYearShowsTheOfficesReason() throws Exception {
        web.app.cycle.review(new ReviewYear(Acting.of(web.data, "Mara Member"), "air-quality", 2016, ReviewAction.SUBMIT, null, "rest follows"));
        web.app.cycle.review(new ReviewYear(Acting.of(web.data, "Olivia Office"), "air-quality", 2016, ReviewAction.RETURN,
                "Rate aq-2-1 with <evidence>."));
        Response page = member.get(YEAR);
        assertThat(page.text()).contains("Returned").contains("The program office returned this year")
                .contains("Rate aq-2-1 with &lt;evidence&gt;.").contains("Rate aq-1-1");
    }

    @Test
    void aFormWithoutItsVersionIsRefused() throws Exception {
        String before = yearFile();
        Response page = member.post(RATE, "level", "achieved", "rationale", "No version.");
        assertThat(page.status()).isEqualTo(400);
        assertThat(yearFile()).isEqualTo(before);
    }
}
