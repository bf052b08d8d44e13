package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The "add" forms of events and figures never replace a colleague's record: an id the year has is
 * refused beside the id field (no conflict page offering to apply one's own over theirs), nothing is saved.
 */
class AddingFormsTest extends TwoMembersFormsTest {

    static Response addEvent(WebFixture.Browser who, String id, String title) {
        return who.post(YEAR + "/events", "readAt", "none", "eventId", id, "kind", "meeting", "date", "2017-03-14", "title", title,
                "organizations", "carb, spa");
    }

    @Test
    void anEventOrFigureAddedWithAnIdTheYearHasIsRefusedBesideTheIdAndTheColleaguesRecordStays() throws Exception {
        assertThat(addEvent(member, "aq-2017-call", "Monthly call").status()).isEqualTo(303);
        assertThat(member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-sites", "label", "Sites", "value", "2").status())
                .isEqualTo(303);
        Map<String, String> before = web.bytes();

        Response event = addEvent(colleague, "aq-2017-call", "Mi llamada");
        assertThat(event.status()).as("a problem of the form, not a conflict").isEqualTo(400);
        assertThat(event.text()).contains("id=\"p-eventId\"")
                .contains("Identificador: el identificador &#39;aq-2017-call&#39; ya lo usa un evento de 2017 (Monthly call); elija otro")
                .doesNotContain("Apply mine over theirs").doesNotContain("Aplicar");

        Response figure = member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-sites", "label", "Samples", "value", "9");
        assertThat(figure.status()).isEqualTo(400);
        assertThat(figure.text()).contains("id=\"p-figureId\"")
                .contains("Id: the id &#39;aq-2017-sites&#39; is already used by a figure of 2017 (Sites); choose another id");
        assertThat(web.bytes()).isEqualTo(before);
        assertThat(web.app.workspace().year("air-quality", 2017).orElseThrow().event("aq-2017-call").orElseThrow().title().en())
                .isEqualTo("Monthly call");
    }
    /** The add form sent twice (a double click, sent again after a slow answer): the second said "nothing was saved" though the first had. */
    @Test
    void anEventOrFigureFormSentTwiceIsSavedOnceAndTheSecondAnswerSaysItIsSaved() throws Exception {
        Response first = addEvent(member, "aq-2017-twice", "Site visit");
        assertThat(first.status()).isEqualTo(303);
        Map<String, String> before = web.bytes();
        Response second = addEvent(member, "aq-2017-twice", "Site visit");
        assertThat(second.status()).as(second.text()).isEqualTo(303);
        assertThat(second.headers().get("Location")).isEqualTo(first.headers().get("Location"));
        assertThat(web.bytes()).as("nothing written again, no second history entry").isEqualTo(before);
        Response figure = member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-twice-f", "label", "Sites", "value", "2");
        assertThat(figure.status()).isEqualTo(303);
        assertThat(member.post(YEAR + "/figures", "readAt", "none", "figureId", "aq-2017-twice-f", "label", "Sites", "value", "2").status())
                .isEqualTo(303);
        assertThat(web.app.workspace().year("air-quality", 2017).orElseThrow().metrics().stream()
                .filter(m -> m.id().equals("aq-2017-twice-f"))).hasSize(1);
    }
}
