package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mou.core.cycle.Acting;
import mou.core.cycle.ReviewYear;
import mou.core.model.Deliverable;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.Metric;
import mou.core.model.ReviewAction;
import mou.core.model.Text;
import mou.core.model.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The records pages in-process over a copy of the shipped workspace with 2017 opened: events,
 * figures, quarterly updates and a deliverable added, corrected and removed by a member; the
 * service's problems beside their fields with what was typed kept; refusals for others; markup
 * shown as text; a second save over a first gets the conflict page and applies again.
 */
class RecordPagesTest {

    static final String YEAR = "/group/air-quality/2017";
    private static final Pattern READ_AT = Pattern.compile("name=\"readAt\" value=\"([^\"]*)\"");
    static final List<String> MARKUP = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)");

    @TempDir
    Path temp;

    WebFixture web;
    WebFixture.Browser member;

    @BeforeEach
    void open() throws Exception {
        web = new WebFixture(temp).withYearOpened(2017);
        member = web.browser(WebFixture.member("air-quality"));
    }

    GroupYear year() throws Exception {
        return web.app.workspace().year("air-quality", 2017).orElseThrow();
    }

    Deliverable study() throws Exception {
        Workspace ws = web.app.workspace();
        return ws.plan("air-quality").orElseThrow().activities().stream().flatMap(a -> a.deliverables().stream())
                .filter(d -> "aq-3-2-1".equals(d.id())).findFirst().orElseThrow();
    }

    List<HistoryEntry> history() throws Exception {
        return web.app.store.history(web.data);
    }

    static String readAt(Response page) {
        Matcher m = READ_AT.matcher(page.text());
        assertThat(m.find()).as("the page has a form with its version").isTrue();
        return m.group(1);
    }

    /** Every file of the workspace with its content, to show that nothing changed. */
    Map<Path, String> files() throws Exception {
        try (Stream<Path> all = Files.walk(web.data)) {
            return all.filter(Files::isRegularFile).collect(java.util.stream.Collectors.toMap(p -> p, p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }

    Response addEvent(WebFixture.Browser who, String id, String title) {
        return who.post(YEAR + "/events", "readAt", "none", "eventId", id, "kind", "meeting", "date", "2017-03-14", "title", title,
                "titleEs", "", "place", "Tijuana", "organizations", "carb, spa", "participants", "25", "description", "Planning.",
                "activityId", "aq-1-1", "quarter", "Q1");
    }

    @Test
    void aMemberAddsCorrectsAndRemovesAnEventEachRecordedUnderTheirName() throws Exception {
        Response list = member.get(YEAR + "/events");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("action=\"/group/air-quality/2017/events\"").contains("<label for=\"f-title\">");

        Response added = addEvent(member, "aq-2017-border-meeting", "Border meeting");
        assertThat(added.status()).isEqualTo(303);
        assertThat(added.headers().get("Location")).isEqualTo(YEAR + "/events/aq-2017-border-meeting?saved=1");
        Event e = year().event("aq-2017-border-meeting").orElseThrow();
        assertThat(e.title().en()).isEqualTo("Border meeting");
        assertThat(e.organizations()).containsExactly("carb", "spa");
        assertThat(e.participants()).isEqualTo(25);
        assertThat(year().update(1).orElseThrow().events()).containsExactly("aq-2017-border-meeting");
        assertThat(history().get(history().size() - 1).by()).isEqualTo("Mara Member");

        Response page = member.get(YEAR + "/events/aq-2017-border-meeting", "saved", "1");
        assertThat(page.text()).contains("Border meeting").contains("Saved.");
        Response corrected = member.post(YEAR + "/events/aq-2017-border-meeting", "readAt", readAt(page), "title", "Border meeting (March)",
                "titleEs", "Reunión fronteriza", "participants", "30");
        assertThat(corrected.status()).isEqualTo(303);
        e = year().event("aq-2017-border-meeting").orElseThrow();
        assertThat(e.title().en()).isEqualTo("Border meeting (March)");
        assertThat(e.title().es()).isEqualTo("Reunión fronteriza");
        assertThat(e.participants()).isEqualTo(30);
        assertThat(e.place().en()).as("a field not sent is kept").isEqualTo("Tijuana");

        // each text is marked with its own language, whichever the page's is: a screen reader reads the Spanish as Spanish
        page = member.get(YEAR + "/events/aq-2017-border-meeting");
        assertThat(page.text()).contains("<dd lang=\"es\">Reunión fronteriza</dd>").contains("<dd lang=\"en\">Border meeting (March)</dd>")
                .contains("id=\"f-titleEs\" name=\"titleEs\" lang=\"es\" type=\"text\" value=\"Reunión fronteriza\"")
                .contains("id=\"f-title\" name=\"title\" required=\"required\" lang=\"en\" type=\"text\"")
                .contains("<dd>30</dd>");
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(member.get(YEAR + "/events/aq-2017-border-meeting").text()).contains("<html lang=\"es\">")
                .contains("<dd lang=\"en\">Border meeting (March)</dd>").contains("<dd lang=\"es\">Reunión fronteriza</dd>");
        member.cookies.remove(WebApp.LANGUAGE_COOKIE);

        page = member.get(YEAR + "/events/aq-2017-border-meeting");
        Response removed = member.post(YEAR + "/events/aq-2017-border-meeting/remove", "readAt", readAt(page));
        assertThat(removed.status()).isEqualTo(303);
        assertThat(year().event("aq-2017-border-meeting")).isEmpty();
        assertThat(year().update(1).orElseThrow().events()).isEmpty();
        assertThat(history().get(history().size() - 1).after()).isNull();
        // the removal sent again (a double click, a resend after a lost answer) is answered as the first was: no "unknown event"
        int entries = history().size();
        Response again = member.post(YEAR + "/events/aq-2017-border-meeting/remove", "readAt", readAt(page));
        assertThat(again.status()).isEqualTo(303);
        assertThat(again.headers().get("Location")).isEqualTo(removed.headers().get("Location"));
        assertThat(history()).hasSize(entries);
    }

    @Test
    void anEventReportedInTwoQuartersShowsBothAndACorrectionKeepsBothAndCanAddAThird() throws Exception {
        addEvent(member, "aq-2017-forum", "Border forum");
        Response page = member.get(YEAR + "/events/aq-2017-forum");
        // reported in Q3 too, as a quarterly update (or a workbook) says
        assertThat(member.post(YEAR + "/updates/Q3", "readAt", readAt(member.get(YEAR + "/updates/Q3")), "events", "aq-2017-forum").status())
                .isEqualTo(303);
        assertThat(year().update(3).orElseThrow().events()).contains("aq-2017-forum");

        page = member.get(YEAR + "/events/aq-2017-forum");
        assertThat(page.text()).as("the record names every quarter that reports it").contains("<dd>Q1, Q3</dd>")
                .contains("Also report it in the quarterly update of");
        assertThat(page.text()).as("no quarter is chosen in the correction form").doesNotContainPattern("<option value=\"Q[1-4]\" selected");

        // a correction of the title alone, the form sent as it stands, keeps both quarters
        Response corrected = member.post(YEAR + "/events/aq-2017-forum", "readAt", readAt(page), "title", "Border forum (spring)", "quarter", "");
        assertThat(corrected.status()).isEqualTo(303);
        assertThat(year().update(1).orElseThrow().events()).contains("aq-2017-forum");
        assertThat(year().update(3).orElseThrow().events()).contains("aq-2017-forum");

        page = member.get(YEAR + "/events/aq-2017-forum");
        assertThat(member.post(YEAR + "/events/aq-2017-forum", "readAt", readAt(page), "quarter", "Q2").status()).isEqualTo(303);
        assertThat(List.of(1, 2, 3)).allSatisfy(q -> assertThat(year().update(q).orElseThrow().events()).as("Q" + q).contains("aq-2017-forum"));
        assertThat(member.get(YEAR + "/events/aq-2017-forum").text()).contains("<dd>Q1, Q2, Q3</dd>");
    }

    @Test
    void theListsOfEventsAndFiguresStackOnAPhoneEachCellSayingItsColumn() throws Exception {
        addEvent(member, "aq-2017-call", "Monthly call");
        member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-sites", "label", "Sites", "value", "2");
        String events = member.get(YEAR + "/events").text();
        assertThat(events).contains("<table class=\"grid stack\">").contains("<th scope=\"col\">Participants</th>")
                .contains("<td class=\"count\"><span class=\"cell-label\">Participants</span>25</td>")
                .contains("<td><span class=\"cell-label\">Place</span>Tijuana</td>");
        String figures = member.get(YEAR + "/figures").text();
        assertThat(figures).contains("<table class=\"grid stack\">").contains("<span class=\"cell-label\">Value</span>2");
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        String eventsEs = member.get(YEAR + "/events").text();
        assertThat(eventsEs).contains("<span class=\"cell-label\">Lugar</span>");
        // the list shows each title in the page's language: its heading names no language (the form's fields do)
        assertThat(eventsEs).contains("<th scope=\"col\">Título</th>").doesNotContain("Título (inglés)</th>");
        assertThat(member.get(YEAR + "/figures").text()).contains("<th scope=\"col\">Qué se mide</th>");
    }

    /** The form split the organizations on spaces: "CAL FIRE" was refused as 'CAL' and 'FIRE'. */
    @Test
    void anEventsOrganizationsAreReadAsTypedWithSpacesAndAcronymsAndTheUnknownOneIsNamed() throws Exception {
        Response added = member.post(YEAR + "/events", "readAt", "none", "eventId", "aq-2017-orgs", "kind", "meeting", "date", "2017-03-14",
                "title", "Meeting", "organizations", "CONAFOR, CAL FIRE and California Air Resources Board");
        assertThat(added.status()).as(added.text()).isEqualTo(303);
        assertThat(year().event("aq-2017-orgs").orElseThrow().organizations()).containsExactly("conafor", "cal-fire", "carb");
        Response page = member.get(YEAR + "/events/aq-2017-orgs");
        Response refused = member.post(YEAR + "/events/aq-2017-orgs", "readAt", readAt(page), "organizations", "CAL FIRE, Conafr");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("the workspace has no organization &#39;Conafr&#39;", "did you mean conafor?")
                .doesNotContain("&#39;CAL&#39;").doesNotContain("&#39;FIRE&#39;").contains("value=\"CAL FIRE, Conafr\"");
        assertThat(year().event("aq-2017-orgs").orElseThrow().organizations()).containsExactly("conafor", "cal-fire", "carb");
    }

    @Test
    void theSpanishFieldsOfAnEventTranslateItAndAnEnglishChangedAloneKeepsItsSpanishAsStale() throws Exception {
        Response added = member.post(YEAR + "/events", "readAt", "none", "eventId", "aq-2017-visit", "kind", "meeting", "date", "2017-03-14",
                "title", "Site visit", "titleEs", "Visita", "place", "City Hall", "placeEs", "Palacio Municipal", "description", "A visit.",
                "descriptionEs", "Una visita.");
        assertThat(added.status()).isEqualTo(303);
        Event e = year().event("aq-2017-visit").orElseThrow();
        assertThat(e.place()).isEqualTo(mou.core.model.Text.of("City Hall", "Palacio Municipal"));
        assertThat(e.description()).isEqualTo(mou.core.model.Text.of("A visit.", "Una visita."));

        Response page = member.get(YEAR + "/events/aq-2017-visit");
        assertThat(page.text()).contains("name=\"placeEs\"").contains("name=\"descriptionEs\"").contains("Palacio Municipal");
        // the English corrected, the Spanish sent back as shown: the Spanish stays, older than its English
        Response corrected = member.post(YEAR + "/events/aq-2017-visit", "readAt", readAt(page), "place", "Tijuana City Hall",
                "placeEs", "Palacio Municipal");
        assertThat(corrected.status()).isEqualTo(303);
        mou.core.model.Text place = year().event("aq-2017-visit").orElseThrow().place();
        assertThat(place.en()).isEqualTo("Tijuana City Hall");
        assertThat(place.es()).isEqualTo("Palacio Municipal");
        assertThat(place.spanishStale()).isTrue();
        // the form says so as the Spanish place's hint (and only there)
        page = member.get(YEAR + "/events/aq-2017-visit");
        assertThat(page.text().split("The English changed after this Spanish was written", -1)).hasSize(2);
        assertThat(page.text()).contains("id=\"h-placeEs\">The English changed after this Spanish was written")
                .contains("name=\"placeEsFits\"").doesNotContain("name=\"descriptionEsFits\"");
        // the English corrected again and the stale Spanish confirmed with its box: it translates the English now
        member.post(YEAR + "/events/aq-2017-visit", "readAt", readAt(page), "place", "Tijuana's City Hall", "placeEs", "Palacio Municipal",
                "placeEsFits", "yes");
        place = year().event("aq-2017-visit").orElseThrow().place();
        assertThat(place).isEqualTo(mou.core.model.Text.of("Tijuana's City Hall", "Palacio Municipal"));
        assertThat(place.spanishStale()).isFalse();
        page = member.get(YEAR + "/events/aq-2017-visit");
        assertThat(page.text()).doesNotContain("The English changed after this Spanish was written").doesNotContain("placeEsFits");
        member.post(YEAR + "/events/aq-2017-visit", "readAt", readAt(page), "place", "Tijuana City Hall", "placeEs", "Palacio Municipal");
        page = member.get(YEAR + "/events/aq-2017-visit");
        // a Spanish typed anew translates the English as it is
        member.post(YEAR + "/events/aq-2017-visit", "readAt", readAt(page), "placeEs", "Palacio Municipal de Tijuana");
        place = year().event("aq-2017-visit").orElseThrow().place();
        assertThat(place).isEqualTo(mou.core.model.Text.of("Tijuana City Hall", "Palacio Municipal de Tijuana"));
        assertThat(member.get(YEAR + "/events/aq-2017-visit").text()).doesNotContain("The English changed after this Spanish was written");
    }

    @Test
    void aFiguresNumberWithADecimalCommaIsRefusedBesideItsFieldInEnglishAndSpanish() throws Exception {
        Map<Path, String> before = files();
        Response comma = member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-samples", "label", "Samples analyzed",
                "value", "12,5", "target", "3,80");
        assertThat(comma.status()).isEqualTo(400);
        assertThat(comma.text()).contains("id=\"p-value\"").contains("&#39;12,5&#39; is not a number as written here: write decimals with a"
                + " point (12.5), and thousands with commas in groups of three or none").contains("id=\"p-target\"")
                .contains("&#39;3,80&#39; is not a number as written here").contains("value=\"12,5\"");
        Response participants = member.post(YEAR + "/events", "readAt", "none", "eventId", "aq-2017-visit", "kind", "meeting",
                "date", "2017-03-14", "title", "Site visit", "participants", "1e3");
        assertThat(participants.status()).isEqualTo(400);
        assertThat(participants.text()).contains("&#39;1e3&#39; is not a whole number as written here");
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        Response spanish = member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-samples", "label", "Samples analyzed",
                "value", "1.234,5");
        assertThat(spanish.text()).contains("&#39;1.234,5&#39; no es un número tal como se escribe aquí: los decimales se escriben con"
                + " punto, no con coma (12.5)").doesNotContain("is not a number");
        member.cookies.remove(WebApp.LANGUAGE_COOKIE);
        assertThat(files()).as("nothing saved").isEqualTo(before);

        assertThat(member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-samples", "label", "Samples analyzed",
                "value", "1,234,567.5").status()).isEqualTo(303);
        assertThat(year().metric("aq-2017-samples").orElseThrow().value()).isEqualByComparingTo("1234567.5");
    }

    @Test
    void anEmptiedSpanishFieldOfAnEventOrAnUpdateRemovesThatSpanish() throws Exception {
        member.post(YEAR + "/events", "readAt", "none", "eventId", "aq-2017-visit", "kind", "meeting", "date", "2017-03-14",
                "title", "Site visit", "titleEs", "Visita", "place", "City Hall", "placeEs", "Palacio Municipal");
        Response page = member.get(YEAR + "/events/aq-2017-visit");
        // the title changed and its Spanish emptied; the place's Spanish emptied alone
        member.post(YEAR + "/events/aq-2017-visit", "readAt", readAt(page), "title", "Visit to the stations", "titleEs", "", "placeEs", "");
        Event e = year().event("aq-2017-visit").orElseThrow();
        assertThat(e.title()).isEqualTo(mou.core.model.Text.of("Visit to the stations"));
        assertThat(e.place()).isEqualTo(mou.core.model.Text.of("City Hall"));

        Response update = member.get(YEAR + "/updates/Q2");
        member.post(YEAR + "/updates/Q2", "readAt", readAt(update), "happened", "The study began.", "happenedEs", "Comenzó el estudio.");
        update = member.get(YEAR + "/updates/Q2");
        member.post(YEAR + "/updates/Q2", "readAt", readAt(update), "happened", "The study began in May.", "happenedEs", "");
        assertThat(year().update(2).orElseThrow().happened()).containsExactly(mou.core.model.Text.of("The study began in May."));
        assertThat(member.get(YEAR + "/updates/Q2").text()).doesNotContain("Comenzó el estudio.");
    }

    @Test
    void aMemberAddsCorrectsAndRemovesAFigureAndAMalformedNumberIsShownBesideItsFieldWithWhatWasTyped() throws Exception {
        Map<Path, String> before = files();
        Response bad = member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-samples", "label", "Samples analyzed",
                "value", "fifty-three", "unit", "samples", "asOf", "2017-13");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("id=\"p-value\"").contains("&#39;fifty-three&#39; is not a number")
                .contains("aria-describedby=\"h-value p-value\" aria-invalid=\"true\"").contains("value=\"fifty-three\"")
                .contains("id=\"p-asOf\"").contains("value=\"Samples analyzed\"");
        assertThat(files()).isEqualTo(before);

        Response added = member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-samples", "label", "Samples analyzed",
                "value", "53", "unit", "samples", "target", "100", "quarter", "Q2");
        assertThat(added.status()).isEqualTo(303);
        assertThat(year().metric("aq-2017-samples").orElseThrow().value()).isEqualByComparingTo("53");
        assertThat(member.get(YEAR + "/figures").text()).contains("Samples analyzed").contains("53 samples");

        Response page = member.get(YEAR + "/figures/aq-2017-samples");
        assertThat(member.post(YEAR + "/figures/aq-2017-samples", "readAt", readAt(page), "value", "60.5").status()).isEqualTo(303);
        Metric m = year().metric("aq-2017-samples").orElseThrow();
        assertThat(m.value()).isEqualByComparingTo("60.5");
        assertThat(m.target()).isEqualByComparingTo("100");

        page = member.get(YEAR + "/figures/aq-2017-samples");
        assertThat(member.post(YEAR + "/figures/aq-2017-samples/remove", "readAt", readAt(page)).status()).isEqualTo(303);
        assertThat(year().metric("aq-2017-samples")).isEmpty();
        int entries = history().size();
        assertThat(member.post(YEAR + "/figures/aq-2017-samples/remove", "readAt", readAt(page)).status()).as("sent again").isEqualTo(303);
        assertThat(history()).hasSize(entries);
    }

    @Test
    void aFiguresStaleSpanishLabelIsConfirmedWithItsBoxAndTheOtherFieldsAreLeftAsTheyAre() throws Exception {
        member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-labs", "label", "Laboratories", "labelEs", "Laboratorios",
                "value", "3", "note", "Audited.", "noteEs", "Auditados.");
        Response page = member.get(YEAR + "/figures/aq-2017-labs");
        member.post(YEAR + "/figures/aq-2017-labs", "readAt", readAt(page), "label", "Laboratories audited", "labelEs", "Laboratorios");
        assertThat(year().metric("aq-2017-labs").orElseThrow().label().spanishStale()).isTrue();
        page = member.get(YEAR + "/figures/aq-2017-labs");
        // the box beside the stale label only: the note's Spanish is not stale
        assertThat(page.text()).contains("name=\"labelEsFits\"").doesNotContain("name=\"noteEsFits\"");

        member.post(YEAR + "/figures/aq-2017-labs", "readAt", readAt(page), "label", "Laboratories audited", "labelEs", "Laboratorios",
                "labelEsFits", "yes");
        Metric m = year().metric("aq-2017-labs").orElseThrow();
        assertThat(m.label()).isEqualTo(mou.core.model.Text.of("Laboratories audited", "Laboratorios"));
        assertThat(m.label().spanishStale()).isFalse();
        assertThat(m.note()).isEqualTo(mou.core.model.Text.of("Audited.", "Auditados."));
        assertThat(m.value()).isEqualByComparingTo("3");
        assertThat(member.get(YEAR + "/figures/aq-2017-labs").text()).doesNotContain("labelEsFits");
    }

    @Test
    void aQuarterlyUpdateSaysWhatHappenedInParagraphsAndReportsTheYearsFiguresAndEvents() throws Exception {
        addEvent(member, "aq-2017-call", "Monthly call");
        member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-sites", "label", "Sites", "value", "2");
        Response page = member.get(YEAR + "/updates/Q2");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("name=\"figures\" value=\"aq-2017-sites\"").contains("name=\"events\" value=\"aq-2017-call\"");

        Response saved = member.post(YEAR + "/updates/Q2", "readAt", readAt(page), "happened", "The study began.\r\n\r\nSamples were sent.",
                "figures", "aq-2017-sites", "events", "aq-2017-call");
        assertThat(saved.status()).isEqualTo(303);
        var update = year().update(2).orElseThrow();
        assertThat(update.happened()).extracting(t -> t.en()).containsExactly("The study began.", "Samples were sent.");
        assertThat(update.metrics()).containsExactly("aq-2017-sites");
        assertThat(update.events()).containsExactly("aq-2017-call");
        assertThat(member.get(YEAR + "/updates").text()).contains("2 paragraph(s), 1 figure(s), 1 event(s)");
        assertThat(member.get(YEAR + "/updates/Q2").text()).contains("<p>Samples were sent.</p>")
                .contains("href=\"/group/air-quality/2017/figures/aq-2017-sites\"");
    }

    @Test
    void aQuarterlyUpdatesFormSaysWhenTheEnglishOfAParagraphChangedAfterItsSpanish() throws Exception {
        Response page = member.get(YEAR + "/updates/Q2");
        member.post(YEAR + "/updates/Q2", "readAt", readAt(page), "happened", "The study began.", "happenedEs", "Comenzó el estudio.");
        page = member.get(YEAR + "/updates/Q2");
        assertThat(page.text()).doesNotContain("The English of some paragraphs changed after their Spanish was written");

        member.post(YEAR + "/updates/Q2", "readAt", readAt(page), "happened", "The study began in May.", "happenedEs", "Comenzó el estudio.");

        assertThat(year().update(2).orElseThrow().happened().get(0).spanishStale()).isTrue();
        page = member.get(YEAR + "/updates/Q2");
        assertThat(page.text()).contains("id=\"h-happenedEs\">The English of some paragraphs changed after their Spanish was written")
                .contains("name=\"happenedEsFits\"");
        // the box ticked: the Spanish sent back as shown translates the English as it is now
        member.post(YEAR + "/updates/Q2", "readAt", readAt(page), "happened", "The study began in May.", "happenedEs", "Comenzó el estudio.",
                "happenedEsFits", "yes");
        assertThat(year().update(2).orElseThrow().happened().get(0)).isEqualTo(mou.core.model.Text.of("The study began in May.", "Comenzó el estudio."));
        assertThat(member.get(YEAR + "/updates/Q2").text()).doesNotContain("happenedEsFits");
    }

    @Test
    void aQuarterlyUpdateDropsAFigureAndAnEventItReportsWhichStayInTheYear() throws Exception {
        addEvent(member, "aq-2017-call", "Monthly call");
        member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-sites", "label", "Sites", "value", "2");
        member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-labs", "label", "Labs", "value", "3");
        Response first = member.get(YEAR + "/updates/Q2");
        assertThat(first.text()).as("nothing reported yet: nothing to drop").doesNotContain("name=\"dropFigures\"");
        assertThat(member.post(YEAR + "/updates/Q2", "readAt", readAt(first), "happened", "The study began.", "figures", "aq-2017-sites",
                "events", "aq-2017-call").status()).isEqualTo(303);

        Response page = member.get(YEAR + "/updates/Q2");
        assertThat(page.text()).contains("name=\"dropFigures\" value=\"aq-2017-sites\"").contains("name=\"dropEvents\" value=\"aq-2017-call\"")
                .doesNotContain("name=\"dropFigures\" value=\"aq-2017-labs\"");
        // a figure it does not report: refused beside the field, nothing changed
        Map<Path, String> before = files();
        Response refused = member.post(YEAR + "/updates/Q2", "readAt", readAt(page), "dropFigures", "aq-2017-labs");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("does not report the figure &#39;aq-2017-labs&#39;").contains("id=\"p-dropFigures\"");
        assertThat(files()).isEqualTo(before);

        Response dropped = member.post(YEAR + "/updates/Q2", "readAt", readAt(page), "dropFigures", "aq-2017-sites", "dropEvents", "aq-2017-call");
        assertThat(dropped.status()).isEqualTo(303);
        var update = year().update(2).orElseThrow();
        assertThat(update.metrics()).isEmpty();
        assertThat(update.events()).isEmpty();
        assertThat(update.happened()).extracting(t -> t.en()).containsExactly("The study began.");
        assertThat(year().metric("aq-2017-sites")).isPresent();
        assertThat(year().event("aq-2017-call")).isPresent();
        assertThat(history()).last().satisfies(h -> assertThat(h.by()).isEqualTo("Mara Member"));
    }

    @Test
    void anEventsKindAndOrganizationsProblemsSayWhatToDoOnThePageNotTheIdsOrFiles() {
        for (String language : List.of("en", "es")) {
            member.cookies.put(WebApp.LANGUAGE_COOKIE, language);
            Response refused = member.post(YEAR + "/events", "readAt", "none", "eventId", "aq-2017-x", "date", "2017-03", "title", "T",
                    "organizations", "carb, nobody");
            assertThat(refused.status()).isEqualTo(400);
            String text = refused.text();
            assertThat(text).contains(language.equals("en") ? "a new event needs Kind; choose one in the list"
                    : "un evento nuevo necesita Tipo; elija uno de la lista")
                    .contains(language.equals("en") ? "the workspace has no organization &#39;nobody&#39;; write each by its id, acronym or name"
                            : "el espacio de trabajo no tiene ninguna organización &#39;nobody&#39;; escriba cada una por su identificador, sigla o nombre")
                    .as("no list of kinds' ids, no file a member cannot open").doesNotContain("meeting, training").doesNotContain("organizations.json");
        }
    }

    @Test
    void aFiguresMissingLabelAndAnEmptyUpdateAreSaidOnceWithTheFieldsLabelsAndWhatToDo() {
        for (String language : List.of("en", "es")) {
            member.cookies.put(WebApp.LANGUAGE_COOKIE, language);
            String figure = member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-y", "value", "3").text();
            assertThat(figure).contains(language.equals("en") ? "a new figure needs What is measured (English)</"
                    : "una cifra nueva necesita Qué se mide (inglés)</").doesNotContain("(what is measured)").doesNotContain("(qué se mide)");
            String update = member.post(YEAR + "/updates/Q1", "readAt", "none", "happened", "").text();
            assertThat(update).contains(language.equals("en") ? "nothing is said for the quarter: write what happened in What happened (English), or choose"
                    : "no se dice nada del trimestre: escriba qué pasó en Qué ocurrió (inglés), o elija").doesNotContain("2017-Q1 with")
                    .doesNotContain("qué pasó en 2017-Q1");
        }
    }

    @Test
    void aDeliverablesProblemsNameItsAttributesByTheirLabelsAndSayWhatToWrite() throws Exception {
        Response page = member.get(YEAR + "/deliverable/aq-3-2-1");
        // every mistake at once: not written as a number (whole, or with decimals), not a date
        Response refused = member.post(YEAR + "/deliverable/aq-3-2-1", "readAt", readAt(page), "attr-sites", "two",
                "attr-shareAuthorised", "a few", "attr-endDate", "soon");
        assertThat(refused.status()).isEqualTo(400);
        String text = refused.text();
        assertThat(text).contains("Monitoring sites: type a whole number, in digits, like 25 or 1500, not &quot;two&quot;")
                .contains("Share of the contract authorized: type a number, like 12 or 3.5 (with a &#39;.&#39; before the decimals),"
                        + " not &quot;a few&quot;")
                .contains("Ends must be a date such as 2016-06-07");
        for (String id : List.of("sites", "shareAuthorised", "endDate")) {
            assertThat(text).as("the attribute's id is not named").doesNotContain("&#39;" + id + "&#39;");
            assertThat(text).as("the problem beside its field " + id).contains("id=\"p-attr-" + id + "\"");
        }
        // a required attribute emptied: named by its label once
        Response required = member.post(YEAR + "/deliverable/aq-3-2-1", "readAt", readAt(page), "attr-pollutant", "");
        assertThat(required.text()).contains("the attribute Pollutant is required for a monitoring study").doesNotContain("(Pollutant)");
        // a number read but outside the attribute's bounds: the type's check, by the label too
        Response decimals = member.post(YEAR + "/deliverable/aq-3-2-1", "readAt", readAt(page), "attr-sites", "1.5");
        assertThat(decimals.text()).contains("Monitoring sites must be a whole number from 0 to 1,000,000,000, not 1.5")
                .doesNotContain("&#39;sites&#39;");

        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        Response es = member.post(YEAR + "/deliverable/aq-3-2-1", "readAt", readAt(page), "attr-sites", "two", "attr-shareAuthorised", "a few");
        assertThat(es.text()).contains("Sitios de monitoreo: escriba un número entero, con cifras, como 25 o 1500, no «two»")
                .contains("Porcentaje autorizado: escriba un número, como 12 o 3.5 (con &#39;.&#39; antes de los decimales), no «a few»")
                .doesNotContain("&#39;sites&#39;").doesNotContain("&#39;shareAuthorised&#39;");
    }

    /**
     * A deliverable's text attribute has a Spanish field ("Propósito (español)") with the rules of every Spanish field: typed it
     * translates the English; the English changed alone keeps it, stale, with the note and the box that confirms it; emptied,
     * removed; alone, refused beside it. A name kept as it is (the pollutant) has none.
     */
    @Test
    void aDeliverablesTextAttributeHasASpanishFieldWithTheRulesOfEverySpanishField() throws Exception {
        String path = YEAR + "/deliverable/aq-3-2-1";
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        Response form = member.get(path);
        assertThat(form.text()).contains("Propósito (inglés)").contains("Propósito (español)").contains("name=\"attr-purposeEs\"")
                .doesNotContain("name=\"attr-pollutantEs\"");
        assertThat(member.post(path, "readAt", readAt(form), "attr-purpose", "Exposure near schools", "attr-purposeEs",
                "Exposición cerca de escuelas").status()).isEqualTo(303);
        assertThat(DeliverablePage.textOf(study().attributes().get("purpose"))).isEqualTo(Text.of("Exposure near schools",
                "Exposición cerca de escuelas"));
        // the page shows the Spanish of a Spanish page
        form = member.get(path);
        assertThat(form.text()).contains("<dd>Exposición cerca de escuelas</dd>");

        // the English corrected, the Spanish sent back as shown: kept, stale, with its note and box
        member.post(path, "readAt", readAt(form), "attr-purpose", "Exposure near two schools", "attr-purposeEs", "Exposición cerca de escuelas");
        Text stale = DeliverablePage.textOf(study().attributes().get("purpose"));
        assertThat(stale.es()).isEqualTo("Exposición cerca de escuelas");
        assertThat(stale.spanishStale()).isTrue();
        form = member.get(path);
        assertThat(form.text()).contains("El inglés cambió después de escribirse este español").contains("name=\"attr-purposeEsFits\"");
        member.post(path, "readAt", readAt(form), "attr-purpose", "Exposure near two schools", "attr-purposeEs", "Exposición cerca de escuelas",
                "attr-purposeEsFits", "yes");
        assertThat(DeliverablePage.textOf(study().attributes().get("purpose")).spanishStale()).isFalse();

        // emptied: removed
        member.post(path, "readAt", readAt(member.get(path)), "attr-purpose", "Exposure near two schools", "attr-purposeEs", "");
        assertThat(study().attributes().get("purpose")).isEqualTo("Exposure near two schools");

        // a Spanish without its English: refused beside the field, nothing saved
        Map<Path, String> before = files();
        Response refused = member.post(path, "readAt", readAt(member.get(path)), "attr-purpose", "", "attr-purposeEs", "Exposición");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("Propósito (español): este texto en español no tiene un inglés que traducir: escriba también"
                + " Propósito (inglés)").contains("id=\"p-attr-purposeEs\"");
        assertThat(files()).isEqualTo(before);
    }

    /**
     * A deliverable's list of texts has a Spanish field too ("Mediciones (español)"), one line per item, with the rules of every Spanish
     * field: shown as saved and sent back so, each item keeps its Spanish; typed, each line translates its item; the note and box of a
     * Spanish older than its English; emptied, removed; alone or with more lines than items, refused beside it, in the page's language.
     */
    @Test
    void aDeliverablesListOfTextsHasASpanishFieldOneLinePerItemWithTheRulesOfEverySpanishField() throws Exception {
        String path = YEAR + "/deliverable/aq-3-2-1";
        for (String language : List.of("es", "en")) {
            member.cookies.put(WebApp.LANGUAGE_COOKIE, language);
            String text = member.get(path).text();
            assertThat(text).contains(language.equals("es") ? "Mediciones (inglés)" : "Measurements (English)")
                    .contains(language.equals("es") ? "Mediciones (español)" : "Measurements (Spanish)")
                    .contains(language.equals("es") ? "Una línea por cada línea en inglés" : "One line per English line")
                    .contains("<textarea id=\"f-attr-measurementsEs\" name=\"attr-measurementsEs\"");
            assertThat(text).as("the items' Spanish, one per line").contains(
                    "masa de PM2.5 en continuo\ncomponentes químicos y elementales de PM2.5\nmediciones meteorológicas</textarea>");
        }
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        List<Object> before = measurements();
        Response form = member.get(path);
        String english = "continuous PM2.5 mass\nchemical and elemental constituents of PM2.5\nmeteorological measurements";
        String spanish = "masa de PM2.5 en continuo\ncomponentes químicos y elementales de PM2.5\nmediciones meteorológicas";
        member.post(path, "readAt", readAt(form), "attr-measurements", english, "attr-measurementsEs", spanish, "attr-sites", "3");
        assertThat(measurements()).as("sent back as shown, each item keeps its Spanish").isEqualTo(before);

        member.post(path, "readAt", readAt(member.get(path)), "attr-measurements", english + "\nwind speed", "attr-measurementsEs",
                spanish + "\nvelocidad del viento");
        assertThat(texts()).containsExactly(Text.of("continuous PM2.5 mass", "masa de PM2.5 en continuo"),
                Text.of("chemical and elemental constituents of PM2.5", "componentes químicos y elementales de PM2.5"),
                Text.of("meteorological measurements", "mediciones meteorológicas"), Text.of("wind speed", "velocidad del viento"));
        assertThat(member.get(path).text()).as("a Spanish page shows the items in Spanish").contains("velocidad del viento");

        // an item's Spanish older than its English (as a hand may leave the file): the note and the box that confirms it
        Path plan = web.data.resolve("groups/air-quality/plan.json");
        Files.writeString(plan, Files.readString(plan).replace("\"en\": \"wind speed\"", "\"en\": \"mean wind speed\""));
        form = member.get(path);
        assertThat(form.text()).contains("El inglés de algunos elementos cambió").contains("name=\"attr-measurementsEsFits\"");
        String changed = english + "\nmean wind speed";
        member.post(path, "readAt", readAt(form), "attr-measurements", changed, "attr-measurementsEs", spanish + "\nvelocidad del viento");
        assertThat(texts().get(3).spanishStale()).as("sent back unchanged without the box, still older").isTrue();
        member.post(path, "readAt", readAt(member.get(path)), "attr-measurements", changed, "attr-measurementsEs",
                spanish + "\nvelocidad del viento", "attr-measurementsEsFits", "yes");
        assertThat(texts().get(3)).isEqualTo(Text.of("mean wind speed", "velocidad del viento"));

        // refused beside the field, in the page's language, nothing saved
        Map<Path, String> files = files();
        Response more = member.post(path, "readAt", readAt(member.get(path)), "attr-measurementsEs", spanish + "\nuno\ndos");
        assertThat(more.status()).isEqualTo(400);
        assertThat(more.text()).contains("Mediciones (español): 5 líneas en español para los 4 elementos de Mediciones (inglés)")
                .contains("id=\"p-attr-measurementsEs\"");
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "en");
        Response alone = member.post(path, "readAt", readAt(member.get(path)), "attr-measurements", "", "attr-measurementsEs", "ozono");
        assertThat(alone.status()).isEqualTo(400);
        assertThat(alone.text()).contains("Measurements (Spanish): this Spanish has no English to translate").contains("id=\"p-attr-measurementsEs\"");
        assertThat(files()).isEqualTo(files);

        // emptied: each item without Spanish
        member.post(path, "readAt", readAt(member.get(path)), "attr-measurementsEs", "");
        assertThat(measurements()).containsExactly("continuous PM2.5 mass", "chemical and elemental constituents of PM2.5",
                "meteorological measurements", "mean wind speed");
    }

    /**
     * The figures list writes each value and target as the reports write them, in the page's language: digits grouped, US dollars
     * as "$252,038", a unit in the singular for one; never the raw number ("252038 USD").
     */
    @Test
    void theFiguresListWritesItsNumbersAsTheReportsDo() throws Exception {
        member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-paid", "label", "Authorized for payment", "value", "252038",
                "unit", "USD", "target", "484688");
        member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-samples", "label", "Samples analyzed", "value", "3800.5",
                "unit", "samples");
        member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-site", "label", "Sites", "value", "1", "unit", "sites",
                "asOf", "2017-04");
        String english = member.get(YEAR + "/figures").text();
        assertThat(english).contains(">$252,038<").contains(">$484,688<").contains(">3,800.5 samples<").contains(">1 site<")
                .doesNotContain("252038").doesNotContain("1 sites");
        assertThat(english).as("the date measured as the reports write it").contains(">April 2017<").doesNotContain(">2017-04<");
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        String spanish = member.get(YEAR + "/figures").text();
        assertThat(spanish).contains(">$252,038<").contains(">3,800.5 muestras<").contains(">1 sitio<").doesNotContain("252038")
                .contains(">abril de 2017<");
    }

    /**
     * A figure's unit has a Spanish field ("Unidad (español)") with the rules of every Spanish field, and the figures are listed with
     * their unit in the page's language: its own Spanish, the reports' words for a unit they know, a symbol as it is.
     */
    @Test
    void aFiguresUnitHasASpanishFieldAndIsListedInThePagesLanguage() throws Exception {
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(member.get(YEAR + "/figures").text()).contains(">Unidad (inglés)</label>").contains(">Unidad (español)</label>")
                .contains("name=\"unitEs\"");
        assertThat(member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-boxes", "label", "Boxes of filters",
                "value", "12", "unit", "boxes", "unitEs", "cajas").status()).isEqualTo(303);
        member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-samples", "label", "Samples analyzed", "value", "53",
                "unit", "samples");
        assertThat(year().metric("aq-2017-boxes").orElseThrow().unitText()).isEqualTo(Text.of("boxes", "cajas"));
        assertThat(member.get(YEAR + "/figures").text()).contains(">12 cajas<").contains(">53 muestras<").doesNotContain("12 boxes");
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "en");
        assertThat(member.get(YEAR + "/figures").text()).contains(">Unit (English)</label>").contains(">Unit (Spanish)</label>")
                .contains(">12 boxes<").contains(">53 samples<");

        // the English changed alone keeps the Spanish, stale: the note and the box beside it
        String path = YEAR + "/figures/aq-2017-boxes";
        Response form = member.get(path);
        assertThat(form.text()).contains("value=\"cajas\"");
        member.post(path, "readAt", readAt(form), "label", "Boxes of filters", "value", "12", "unit", "crates", "unitEs", "cajas");
        assertThat(year().metric("aq-2017-boxes").orElseThrow().unitText().spanishStale()).isTrue();
        form = member.get(path);
        assertThat(form.text()).contains("name=\"unitEsFits\"");
        member.post(path, "readAt", readAt(form), "label", "Boxes of filters", "value", "12", "unit", "crates", "unitEs", "cajones");
        assertThat(year().metric("aq-2017-boxes").orElseThrow().unitText()).isEqualTo(Text.of("crates", "cajones"));

        // alone, refused beside the field in the page's language
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        Map<Path, String> before = files();
        Response alone = member.post(path, "readAt", readAt(member.get(path)), "label", "Boxes of filters", "value", "12", "unit", "",
                "unitEs", "cajas");
        assertThat(alone.status()).isEqualTo(400);
        assertThat(alone.text()).contains("Unidad (español): este texto en español no tiene un inglés que traducir").contains("id=\"p-unitEs\"");
        assertThat(files()).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private List<Object> measurements() throws Exception {
        return (List<Object>) study().attributes().get("measurements");
    }

    private List<Text> texts() throws Exception {
        return measurements().stream().map(DeliverablePage::textOf).toList();
    }

    @Test
    void anAttributeTheTypeDoesNotKnowIsShownAsTextInThePagesLanguageNotAsJavasFormOfIt() {
        // aq-3-2-1's siteDescription (a text with its Spanish) is not one of the monitoring study's attributes
        String en = member.get(YEAR + "/deliverable/aq-3-2-1").text();
        assertThat(en).contains("<dt>siteDescription</dt><dd>two schools in Mexicali</dd>").doesNotContain("{en=").doesNotContain("esOf");
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        String es = member.get(YEAR + "/deliverable/aq-3-2-1").text();
        assertThat(es).contains("<dd>dos escuelas de Mexicali</dd>").doesNotContain("{en=");

        assertThat(DeliverablePage.readable(Map.of("en", "only English"), "es")).isEqualTo("only English");
        assertThat(DeliverablePage.readable(List.of(Map.of("en", "a", "es", "b"), 3), "es")).isEqualTo("b, 3");
        assertThat(DeliverablePage.readable(new java.util.LinkedHashMap<>(Map.of("code", "X")), "en")).isEqualTo("code: X");
    }

    @Test
    void aDeliverablesFormIsBuiltFromItsTypesSpecsAndTheTypesOwnMessageIsShownBesideTheFieldItNames() throws Exception {
        Response page = member.get(YEAR + "/deliverable/aq-3-2-1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<label for=\"f-attr-pollutant\">Pollutant").contains("name=\"attr-endDate\"")
                .contains("<textarea id=\"f-attr-measurements\"").contains("value=\"PM2.5\"")
                .as("attributes the type does not know are listed").contains("siteDescription");
        Map<Path, String> before = files();

        Response refused = member.post(YEAR + "/deliverable/aq-3-2-1", "readAt", readAt(page), "attr-endDate", "2015-01",
                "attr-sites", "2");
        assertThat(refused.status()).isEqualTo(400);
        String text = refused.text();
        int field = text.indexOf("id=\"f-attr-endDate\"");
        int problem = text.indexOf("id=\"p-attr-endDate\"");
        assertThat(field).isPositive();
        assertThat(problem).isGreaterThan(field);
        assertThat(text.substring(problem, problem + 300)).contains("before it began");
        assertThat(text).contains("value=\"2015-01\"");
        assertThat(files()).isEqualTo(before);

        Response saved = member.post(YEAR + "/deliverable/aq-3-2-1", "readAt", readAt(page), "attr-endDate", "2018-04", "attr-sites", "3");
        assertThat(saved.status()).isEqualTo(303);
        Deliverable d = study();
        assertThat(String.valueOf(d.attributes().get("sites"))).isEqualTo("3");
        assertThat(d.attributes().get("endDate")).isEqualTo("2018-04");
        assertThat(d.attributes()).containsKey("siteDescription").containsKey("amountAuthorised");
        HistoryEntry last = history().get(history().size() - 1);
        assertThat(last.action()).isEqualTo("deliverable");
        assertThat(last.by()).isEqualTo("Mara Member");
    }

    @Test
    void aMemberOfAnotherGroupAndAReaderAreRefusedAndSeeNoFormsAndNothingChanges() throws Exception {
        Map<Path, String> before = files();
        for (WebFixture.Browser other : List.of(web.browser(WebFixture.member("wildfires")), web.browser(WebFixture.reader()))) {
            assertThat(addEvent(other, "aq-2017-intruder", "Not mine").status()).isEqualTo(403);
            assertThat(other.post(YEAR + "/figures/aq-2017-x", "readAt", "none", "value", "1").status()).isEqualTo(403);
            assertThat(other.post(YEAR + "/updates/Q1", "happened", "Not mine").status()).isEqualTo(403);
            assertThat(other.post(YEAR + "/deliverable/aq-3-2-1", "attr-sites", "9").status()).isEqualTo(403);
            for (String path : List.of("/events", "/figures", "/updates/Q1", "/deliverable/aq-3-2-1")) {
                Response page = other.get(YEAR + path);
                assertThat(page.status()).as(path).isEqualTo(200);
                assertThat(page.text()).as(path).doesNotContain("method=\"post\" action=\"/group").contains("the program office change them");
            }
        }
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void aSubmittedYearIsReadOnlyAndAChangeIsRefusedWithAPageThatSaysWhy() throws Exception {
        web.app.cycle.review(new ReviewYear(new Acting(web.data, "Mara Member", null), "air-quality", 2017, ReviewAction.SUBMIT, null, "test"));
        Response page = member.get(YEAR + "/events");
        assertThat(page.text()).contains("This year is submitted").doesNotContain("method=\"post\" action=\"/group");
        assertThat(member.get(YEAR + "/deliverable/aq-3-2-1").text()).doesNotContain("name=\"attr-");
        Map<Path, String> before = files();
        Response refused = addEvent(member, "aq-2017-late", "Late");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("submitted").contains("Nothing was changed").doesNotContain("Exception");
        assertThat(member.post(YEAR + "/deliverable/aq-3-2-1", "attr-sites", "9").status()).isEqualTo(409);
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void unknownIdsAndMalformedPartsGetAClearPageWithA4xxStatus() {
        assertThat(member.get(YEAR + "/events/no-such-event").status()).isEqualTo(404);
        assertThat(member.get(YEAR + "/figures/no-such-figure").status()).isEqualTo(404);
        assertThat(member.get(YEAR + "/updates/Q5").text()).contains("use Q1, Q2, Q3 or Q4");
        assertThat(member.get(YEAR + "/updates/Q5").status()).isEqualTo(404);
        // read by the model's rule for a quarter of the year: as the forms take it, and never a quarter of another year
        assertThat(member.get(YEAR + "/updates/q2").status()).isEqualTo(200);
        assertThat(member.get(YEAR + "/updates/2017-Q2").text()).contains("Q2");
        assertThat(member.get(YEAR + "/updates/2016-Q2").status()).isEqualTo(404);
        assertThat(member.get(YEAR + "/updates/Q2x").status()).isEqualTo(404);
        assertThat(member.get(YEAR + "/deliverable/no-such").status()).isEqualTo(404);
        assertThat(member.get("/group/air-quality/20x7/events").status()).isEqualTo(400);
        assertThat(member.get("/group/air-quality/2031/events").status()).isEqualTo(404);
        assertThat(member.get("/group/no-such-group/2017/events").status()).isEqualTo(404);
        assertThat(member.post(YEAR + "/events/no-such-event", "title", "x").status()).isEqualTo(404);
        Response badDate = member.post(YEAR + "/events", "readAt", "none", "eventId", "aq-2017-x", "kind", "meeting", "date", "2017-02-30",
                "title", "X");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.text()).contains("id=\"p-date\"").contains("value=\"2017-02-30\"");
        Response badId = member.post(YEAR + "/events", "readAt", "none", "eventId", "Not An Id", "kind", "meeting", "date", "2017-02",
                "title", "X");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.text()).contains("id=\"p-eventId\"");
    }

    @Test
    void theShippedYearsRecordsAreShown() {
        String y = "/group/air-quality/2016";
        assertThat(member.get(y + "/events").text()).contains("href=\"/group/air-quality/2016/events/aq-2016-monthly-calls\"");
        assertThat(member.get(y + "/events/aq-2016-monthly-calls").status()).isEqualTo(200);
        assertThat(member.get(y + "/figures/aq-2016-pm25-sites").status()).isEqualTo(200);
        assertThat(member.get(y + "/updates/Q1").status()).isEqualTo(200);
        assertThat(member.get(y + "/deliverable/aq-3-2-1").text()).contains("Mexicali");
    }

    @Test
    void markupInEveryTextFieldIsShownAsTextOnEveryPageWhereItAppears() throws Exception {
        for (int i = 0; i < MARKUP.size(); i++) {
            String bad = MARKUP.get(i);
            assertThat(member.post(YEAR + "/events", "readAt", "none", "eventId", "aq-2017-m" + i, "kind", "meeting", "date", "2017-03",
                    "title", bad, "titleEs", bad, "place", bad, "description", bad).status()).isEqualTo(303);
            assertThat(member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-f" + i, "label", bad, "labelEs", bad,
                    "value", "1", "unit", bad, "note", bad).status()).isEqualTo(303);
        }
        Response q = member.get(YEAR + "/updates/Q3");
        assertThat(member.post(YEAR + "/updates/Q3", "readAt", readAt(q), "happened", String.join("\n\n", MARKUP), "figures", "aq-2017-f0",
                "events", "aq-2017-m1").status()).isEqualTo(303);
        Response d = member.get(YEAR + "/deliverable/aq-3-2-1");
        assertThat(member.post(YEAR + "/deliverable/aq-3-2-1", "readAt", readAt(d), "attr-pollutant", MARKUP.get(1),
                "attr-measurements", String.join("\n", MARKUP)).status()).isEqualTo(303);
        // the figures' bad values also reach the figures list, the update's lists and the conflict page
        List<String> pages = List.of("/events", "/events/aq-2017-m0", "/events/aq-2017-m1", "/events/aq-2017-m2", "/figures",
                "/figures/aq-2017-f0", "/figures/aq-2017-f1", "/figures/aq-2017-f2", "/updates/Q3", "/deliverable/aq-3-2-1");
        for (String path : pages) {
            String text = member.get(YEAR + path).text();
            assertThat(text).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("href=\"javascript:")
                    .doesNotContain("action=\"javascript:").doesNotContain("src=\"javascript:");
            assertThat(text).as(path).containsAnyOf("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
                    "javascript:alert(1)");
        }
        String update = member.get(YEAR + "/updates/Q3").text();
        assertThat(update).contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>").contains("<p>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</p>");
        // the conflict page shows both values as text too
        Response stale = member.get(YEAR + "/events/aq-2017-m0");
        member.post(YEAR + "/events/aq-2017-m0", "readAt", readAt(stale), "place", "Mexicali");
        Response conflict = member.post(YEAR + "/events/aq-2017-m0", "readAt", readAt(stale), "place", MARKUP.get(1));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).doesNotContain("<img src=x").contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void aCorrectionSentTwiceByTheSamePersonSaysTheySavedItAlready() throws Exception {
        addEvent(member, "aq-2017-call", "Monthly call");
        Response read = member.get(YEAR + "/events/aq-2017-call");
        assertThat(member.post(YEAR + "/events/aq-2017-call", "readAt", readAt(read), "title", "Monthly calls").status()).isEqualTo(303);
        // the very correction sent again: done already, nothing saved again
        Response same = member.post(YEAR + "/events/aq-2017-call", "readAt", readAt(read), "title", "Monthly calls");
        assertThat(same.status()).isEqualTo(303);
        assertThat(same.headers().get("Location")).isEqualTo(YEAR + "/events/aq-2017-call?saved=0");
        // another one over it: the person's own, earlier
        Response twice = member.post(YEAR + "/events/aq-2017-call", "readAt", readAt(read), "title", "Monthly call series");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text()).contains("You saved this already").contains("You saved aq-2017-call already at ")
                .contains("What is saved (yours, earlier) and what you sent now").doesNotContain("Someone else");
        // someone else's change meanwhile is still theirs
        WebFixture.Browser office = web.browser(WebFixture.office());
        Response mine = member.get(YEAR + "/events/aq-2017-call");
        assertThat(office.post(YEAR + "/events/aq-2017-call", "readAt", readAt(office.get(YEAR + "/events/aq-2017-call")), "title",
                "Office's title").status()).isEqualTo(303);
        assertThat(member.post(YEAR + "/events/aq-2017-call", "readAt", readAt(mine), "title", "Member's title").text())
                .contains("Someone else changed this since you read it").doesNotContain("You saved");
    }

    @Test
    void aSecondSaveOverTheFirstGetsTheConflictPageWithBothValuesAndAppliesAgainOnlyWhenAsked() throws Exception {
        addEvent(member, "aq-2017-call", "Monthly call");
        WebFixture.Browser office = web.browser(WebFixture.office());
        Response mine = member.get(YEAR + "/events/aq-2017-call");
        Response theirs = office.get(YEAR + "/events/aq-2017-call");
        assertThat(office.post(YEAR + "/events/aq-2017-call", "readAt", readAt(theirs), "title", "Office's title").status()).isEqualTo(303);
        int entries = history().size();

        Response conflict = member.post(YEAR + "/events/aq-2017-call", "readAt", readAt(mine), "title", "Member's title");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).contains("Someone else changed this since you read it").contains("Office&#39;s title").contains("Member&#39;s title");
        assertThat(year().event("aq-2017-call").orElseThrow().title().en()).isEqualTo("Office's title");
        assertThat(history()).hasSize(entries);

        String again = readAt(conflict);
        assertThat(again).isNotEqualTo(readAt(mine));
        assertThat(member.post(YEAR + "/events/aq-2017-call", "readAt", again, "title", "Member's title").status()).isEqualTo(303);
        assertThat(year().event("aq-2017-call").orElseThrow().title().en()).isEqualTo("Member's title");
        assertThat(history()).hasSize(entries + 1);
        assertThat(history().subList(entries - 1, entries + 1)).extracting(HistoryEntry::by).containsExactly("Olivia Office", "Mara Member");

        // a deliverable and an update alike
        Response d1 = member.get(YEAR + "/deliverable/aq-3-2-1");
        Response d2 = office.get(YEAR + "/deliverable/aq-3-2-1");
        assertThat(office.post(YEAR + "/deliverable/aq-3-2-1", "readAt", readAt(d2), "attr-sites", "4").status()).isEqualTo(303);
        Response dc = member.post(YEAR + "/deliverable/aq-3-2-1", "readAt", readAt(d1), "attr-sites", "5");
        assertThat(dc.status()).isEqualTo(409);
        assertThat(dc.text()).contains("<td>4</td><td>5</td>");
        Response u1 = member.get(YEAR + "/updates/Q4");
        assertThat(office.post(YEAR + "/updates/Q4", "readAt", readAt(u1), "happened", "Office's paragraph.").status()).isEqualTo(303);
        Response uc = member.post(YEAR + "/updates/Q4", "readAt", readAt(u1), "happened", "Member's paragraph.");
        assertThat(uc.status()).isEqualTo(409);
        assertThat(uc.text()).contains("Office&#39;s paragraph.").contains("Member&#39;s paragraph.");
    }
}
