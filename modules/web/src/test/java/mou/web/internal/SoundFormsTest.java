package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a member types into a deliverable's form never breaks the workspace: an organization that is not
 * the workspace's is refused beside its field, in English and in Spanish, nothing is saved, and every
 * page keeps working.
 */
class SoundFormsTest extends TwoMembersFormsTest {

    @Test
    void aDeliverablesOrganizationThatIsNotTheWorkspacesIsRefusedBesideItsFieldAndEveryPageStillWorks() throws Exception {
        Response page = member.get(YEAR + "/deliverable/aq-3-2-1");
        Map<String, String> before = web.bytes();

        Response refused = member.post(YEAR + "/deliverable/aq-3-2-1", "readAt", RecordPagesTest.readAt(page), "attr-laboratory",
                "carb, spa, sonoran-inst");

        assertThat(refused.status()).isEqualTo(400);
        String text = refused.text();
        int problem = text.indexOf("id=\"p-attr-laboratory\"");
        assertThat(problem).isPositive();
        assertThat(text.substring(problem, problem + 300)).contains("Analyzed by: the workspace has no organization &#39;sonoran-inst&#39;; use the ids of its organizations (e.g. carb, semarnat), or ask the program office to add it")
                .as("a page names no file a member cannot open").doesNotContain("organizations.json");
        assertThat(text).contains("value=\"carb, spa, sonoran-inst\"");
        assertThat(web.bytes()).isEqualTo(before);
        // the workspace stays valid: the pages answer, for this member and the others
        assertThat(member.get(YEAR).status()).isEqualTo(200);
        assertThat(web.browser(WebFixture.office()).get("/").status()).isEqualTo(200);

        Response spanish = colleague.post(YEAR + "/deliverable/aq-3-2-1", "readAt", RecordPagesTest.readAt(page), "attr-laboratory", "nadie");
        assertThat(spanish.status()).isEqualTo(400);
        assertThat(spanish.text()).contains("Analizadas por: el espacio de trabajo no tiene ninguna organización &#39;nadie&#39;; use los identificadores"
                + " de sus organizaciones (p. ej. carb, semarnat), o pida a la oficina del programa que la añada").doesNotContain("en organizations.json");
        assertThat(web.bytes()).isEqualTo(before);
    }
}
