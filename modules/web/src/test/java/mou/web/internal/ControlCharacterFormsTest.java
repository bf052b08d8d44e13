package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A control character typed into a text field is refused beside that field, in the page's language,
 * and nothing is saved.
 */
class ControlCharacterFormsTest extends TwoMembersFormsTest {

    static Response addEvent(WebFixture.Browser who, String id, String title) {
        return who.post(YEAR + "/events", "readAt", "none", "eventId", id, "kind", "meeting", "date", "2017-03-14", "title", title,
                "organizations", "carb, spa");
    }

    @Test
    void aControlCharacterInATextIsRefusedBesideItsField() throws Exception {
        Map<String, String> before = web.bytes();

        Response narrative = member.post(YEAR + "/narrative/summary", "version", "none", "paragraphs", "A good\u0000 year.");
        assertThat(narrative.status()).isEqualTo(422);
        assertThat(narrative.text()).contains("Paragraphs (English): the text contains a control character (U+0000)").contains("remove it");

        Response event = addEvent(colleague, "aq-2017-nul", "Reunión\u0001");
        assertThat(event.status()).isEqualTo(400);
        int problem = event.text().indexOf("id=\"p-title\"");
        assertThat(problem).isPositive();
        assertThat(event.text().substring(problem, problem + 300)).contains("contiene un carácter de control (U+0001)");
        assertThat(web.bytes()).isEqualTo(before);
    }
}
