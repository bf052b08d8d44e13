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
}
