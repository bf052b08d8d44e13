package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mou.core.model.Deliverable;
import mou.core.model.Event;
import mou.core.model.Workspace;
import org.junit.jupiter.api.Test;

/**
 * A browser sends every field of a correction's form, those the person left as shown too. When a colleague changed
 * another field meanwhile, the conflict page named the value the person had read as theirs ("Yours"), and applying
 * theirs again put it back: the colleague's change was undone though the person never touched that field.
 */
class ConflictKeepsTheirFieldsTest extends TwoMembersFormsTest {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern AREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);

    /** What a browser sends for the form of {@code action} on the page: every field as the page shows it. */
    static Map<String, List<String>> form(Response page, String action) {
        Matcher form = FORM.matcher(page.text());
        while (form.find()) {
            if (!form.group(1).equals(action)) {
                continue;
            }
            Map<String, List<String>> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                String name = attribute(input.group(1), "name");
                String type = attribute(input.group(1), "type");
                if (name != null && !"checkbox".equals(type) && !"file".equals(type)) {
                    fields.computeIfAbsent(name, k -> new ArrayList<>()).add(unescape(attribute(input.group(1), "value")));
                }
            }
            Matcher area = AREA.matcher(form.group(2));
            while (area.find()) {
                fields.computeIfAbsent(attribute(area.group(1), "name"), k -> new ArrayList<>()).add(unescape(area.group(2)));
            }
            Matcher select = SELECT.matcher(form.group(2));
            while (select.find()) {
                Matcher chosen = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group(2));
                fields.computeIfAbsent(attribute(select.group(1), "name"), k -> new ArrayList<>()).add(chosen.find() ? unescape(chosen.group(1)) : "");
            }
            return fields;
        }
        throw new AssertionError("no form posting to " + action);
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String html) {
        return html == null ? "" : html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private Workspace workspace() {
        return web.app.store.load(web.data).workspace();
    }

    @Test
    void anEventsFieldLeftAsShownIsTheColleaguesOnTheConflictPageAndStaysSoWhenAppliedAgain() throws Exception {
        String event = YEAR + "/events/aq-2017-call";
        assertThat(member.post(YEAR + "/events", "readAt", "none", "eventId", "aq-2017-call", "kind", "meeting", "date", "2017-03-14",
                "title", "Monthly call", "participants", "10").status()).isEqualTo(303);
        Map<String, List<String>> mine = form(member.get(event), event);
        Map<String, List<String>> theirs = form(colleague.get(event), event);
        theirs.put("participants", List.of("42"));
        assertThat(colleague.postRaw(event, theirs, List.of()).status()).isEqualTo(303);

        mine.put("place", List.of("Tijuana"));
        Response conflict = member.postRaw(event, mine, List.of());
        assertThat(conflict.status()).isEqualTo(409);
        // the table lists what differs: the place the member typed, not the participants they left as shown
        assertThat(conflict.text()).contains("<th scope=\"row\">Place (English)</th><td lang=\"en\"></td><td lang=\"en\">Tijuana</td>")
                .as("the participants are not the member's: they left them as shown").doesNotContain("<th scope=\"row\">Participants</th>");

        assertThat(member.postRaw(event, form(conflict, event), List.of()).status()).isEqualTo(303);
        Event saved = workspace().year("air-quality", 2017).orElseThrow().event("aq-2017-call").orElseThrow();
        assertThat(saved.place().en()).isEqualTo("Tijuana");
        assertThat(saved.participants()).as("the colleague's correction stays").isEqualTo(42);
    }

    @Test
    void aDeliverablesAttributeLeftAsShownIsTheColleaguesOnTheConflictPageAndStaysSoWhenAppliedAgain() throws Exception {
        String deliverable = YEAR + "/deliverable/aq-3-2-1";
        Map<String, List<String>> mine = form(member.get(deliverable), deliverable);
        Map<String, List<String>> theirs = form(colleague.get(deliverable), deliverable);
        theirs.put("attr-sites", List.of("4"));
        assertThat(colleague.postRaw(deliverable, theirs, List.of()).status()).isEqualTo(303);

        String before = mine.get("attr-sites").get(0);
        mine.put("attr-pollutant", List.of("PM10"));
        Response conflict = member.postRaw(deliverable, mine, List.of());
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).as("the sites are not the member's: they left them as shown").doesNotContain("<td>4</td><td>" + before + "</td>");

        assertThat(member.postRaw(deliverable, form(conflict, deliverable), List.of()).status()).isEqualTo(303);
        Deliverable saved = workspace().plan("air-quality").orElseThrow().activities().stream().flatMap(a -> a.deliverables().stream())
                .filter(d -> d.id().equals("aq-3-2-1")).findFirst().orElseThrow();
        assertThat(String.valueOf(saved.attributes().get("sites"))).as("the colleague's correction stays").isEqualTo("4");
    }

    private static final String ACTIVITY = YEAR + "/activity/aq-1-1";
    private static final String RATE = YEAR + "/rate/aq-1-1";

    private mou.core.model.Assessment rating() {
        return workspace().year("air-quality", 2017).orElseThrow().assessment("aq-1-1").orElseThrow();
    }

    /** aq-1-1 rated in 2017 with a rationale in English and Spanish, as both members then read it. */
    private void rated() {
        assertThat(member.post(RATE, "version", mou.core.cycle.PartVersion.of(rating()), "level", "moderate", "rationale",
                "The network is half built.", "rationaleEs", "La red está a medio construir.").status()).isEqualTo(303);
    }

    @Test
    void aRatingsSpanishFixedByAColleagueStaysWhenTheLevelChangedOverItIsAppliedAgain() throws Exception {
        rated();
        Map<String, List<String>> mine = form(member.get(ACTIVITY), RATE);
        Map<String, List<String>> theirs = form(colleague.get(ACTIVITY), RATE);
        theirs.put("rationaleEs", List.of("La red está construida a medias."));
        assertThat(colleague.postRaw(RATE, theirs, List.of()).status()).isEqualTo(303);

        mine.put("level", List.of("significant"));
        mine.put("rationale", List.of("Most stations now report."));
        Response conflict = member.postRaw(RATE, mine, List.of());
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).as("the Spanish the member left as shown is the colleague's on the form offered again")
                .contains("La red está construida a medias.").doesNotContain(">La red está a medio construir.<");

        assertThat(member.postRaw(RATE, form(conflict, RATE), List.of()).status()).isEqualTo(303);
        assertThat(rating().level()).isEqualTo(mou.core.model.ProgressLevel.SIGNIFICANT);
        assertThat(rating().rationale().en()).isEqualTo("Most stations now report.");
        assertThat(rating().rationale().es()).as("the colleague's fix of the Spanish stays").isEqualTo("La red está construida a medias.");
    }

    @Test
    void aRatingsLevelChangedByAColleagueStaysWhenTheSpanishFixedOverItIsAppliedAgain() throws Exception {
        rated();
        Map<String, List<String>> mine = form(member.get(ACTIVITY), RATE);
        Map<String, List<String>> theirs = form(colleague.get(ACTIVITY), RATE);
        theirs.put("level", List.of("significant"));
        theirs.put("rationale", List.of("Most stations now report."));
        assertThat(colleague.postRaw(RATE, theirs, List.of()).status()).isEqualTo(303);

        mine.put("rationaleEs", List.of("La red está construida a medias."));
        Response conflict = member.postRaw(RATE, mine, List.of());
        assertThat(conflict.status()).isEqualTo(409);
        // keeping what is saved is one link away, as on every other conflict page ("theirs", or "what is saved" when it was the person's own)
        assertThat(conflict.text()).containsPattern("<a href=\"/group/air-quality/2017/activity/aq-1-1\">Keep (theirs|what is saved) and see it</a>");

        assertThat(member.postRaw(RATE, form(conflict, RATE), List.of()).status()).isEqualTo(303);
        assertThat(rating().level()).as("the colleague's level stays").isEqualTo(mou.core.model.ProgressLevel.SIGNIFICANT);
        assertThat(rating().rationale().en()).as("the colleague's rationale stays").isEqualTo("Most stations now report.");
        assertThat(rating().rationale().es()).isEqualTo("La red está construida a medias.");
    }

    @Test
    void anUpdatesSpanishFixedByAColleagueStaysWhenTheEnglishChangedOverItIsAppliedAgain() throws Exception {
        String update = YEAR + "/updates/Q1";
        assertThat(member.post(update, "readAt", "none", "happened", "The study began.", "happenedEs", "Empezó el estudo.").status())
                .isEqualTo(303);
        Map<String, List<String>> mine = form(member.get(update), update);
        Map<String, List<String>> theirs = form(colleague.get(update), update);
        theirs.put("happenedEs", List.of("Comenzó el estudio."));
        assertThat(colleague.postRaw(update, theirs, List.of()).status()).isEqualTo(303);

        mine.put("happened", List.of("The study began in March."));
        Response conflict = member.postRaw(update, mine, List.of());
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).as("the Spanish is not the member's: they left it as shown")
                .doesNotContain("<td lang=\"es\">Empezó el estudo.</td>").doesNotContain(">Empezó el estudo.<");

        assertThat(member.postRaw(update, form(conflict, update), List.of()).status()).isEqualTo(303);
        mou.core.model.Text saved = workspace().year("air-quality", 2017).orElseThrow().update(1).orElseThrow().happened().get(0);
        assertThat(saved.en()).isEqualTo("The study began in March.");
        assertThat(saved.es()).as("the colleague's fix of the Spanish stays").isEqualTo("Comenzó el estudio.");
    }

    @Test
    void anUpdatesEnglishChangedByAColleagueStaysWhenAFigureAddedOverItIsAppliedAgain() throws Exception {
        String update = YEAR + "/updates/Q1";
        assertThat(member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-stations", "label", "Stations", "value", "12")
                .status()).isEqualTo(303);
        assertThat(member.post(update, "readAt", "none", "happened", "The study began.").status()).isEqualTo(303);
        Map<String, List<String>> mine = form(member.get(update), update);
        Map<String, List<String>> theirs = form(colleague.get(update), update);
        theirs.put("happened", List.of("The study began in March."));
        assertThat(colleague.postRaw(update, theirs, List.of()).status()).isEqualTo(303);

        mine.put("figures", List.of("aq-2017-stations"));
        Response conflict = member.postRaw(update, mine, List.of());
        assertThat(conflict.status()).isEqualTo(409);
        Map<String, List<String>> again = form(conflict, update);
        again.put("figures", List.of("aq-2017-stations")); // the box offered again, ticked as the member ticked it
        assertThat(member.postRaw(update, again, List.of()).status()).isEqualTo(303);
        mou.core.model.QuarterlyUpdate saved = workspace().year("air-quality", 2017).orElseThrow().update(1).orElseThrow();
        assertThat(saved.happened()).extracting(mou.core.model.Text::en).as("the colleague's paragraph stays")
                .containsExactly("The study began in March.");
        assertThat(saved.metrics()).containsExactly("aq-2017-stations");
    }

    @Test
    void aNarrativesSpanishFixedByAColleagueStaysWhenTheEnglishChangedOverItIsAppliedAgain() throws Exception {
        String part = YEAR + "/narrative/summary";
        Map<String, List<String>> first = form(member.get(part), part);
        first.put("paragraphs", List.of("The network grew."));
        first.put("paragraphsEs", List.of("La red credió."));
        assertThat(member.postRaw(part, first, List.of()).status()).isEqualTo(303);
        Map<String, List<String>> mine = form(member.get(part), part);
        Map<String, List<String>> theirs = form(colleague.get(part), part);
        theirs.put("paragraphsEs", List.of("La red creció."));
        assertThat(colleague.postRaw(part, theirs, List.of()).status()).isEqualTo(303);

        mine.put("paragraphs", List.of("The network grew by four stations."));
        Response conflict = member.postRaw(part, mine, List.of());
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).as("the Spanish the member left as shown is not theirs").doesNotContain("La red credió.");

        assertThat(member.postRaw(part, form(conflict, part), List.of()).status()).isEqualTo(303);
        List<mou.core.model.Text> saved = workspace().year("air-quality", 2017).orElseThrow().narrative().part("summary");
        assertThat(saved).extracting(mou.core.model.Text::en).containsExactly("The network grew by four stations.");
        assertThat(saved).extracting(mou.core.model.Text::es).as("the colleague's fix of the Spanish stays").containsExactly("La red creció.");
    }

    @Test
    void onASpanishPageANarrativesConflictShowsTheColleaguesEnglishToo() throws Exception {
        String part = YEAR + "/narrative/summary";
        Map<String, List<String>> first = form(member.get(part), part);
        first.put("paragraphs", List.of("The network grew."));
        first.put("paragraphsEs", List.of("La red creció."));
        assertThat(member.postRaw(part, first, List.of()).status()).isEqualTo(303);
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        Map<String, List<String>> mine = form(member.get(part), part);
        Map<String, List<String>> theirs = form(colleague.get(part), part);
        theirs.put("paragraphs", List.of("The network grew by two stations."));
        theirs.put("paragraphsEs", List.of("La red creció en dos estaciones."));
        assertThat(colleague.postRaw(part, theirs, List.of()).status()).isEqualTo(303);

        mine.put("paragraphs", List.of("The network grew by four stations."));
        Response conflict = member.postRaw(part, mine, List.of());
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).as("their English, which the member changed too, beside the member's, on a Spanish page")
                .contains("<p lang=\"en\">The network grew by two stations.</p>").contains("<p lang=\"en\">The network grew by four stations.</p>");
        assertThat(conflict.text()).containsPattern("<a href=\"/group/air-quality/2017/narrative/summary\">Conservar lo (de la otra persona|guardado) y verlo</a>");
    }
}
