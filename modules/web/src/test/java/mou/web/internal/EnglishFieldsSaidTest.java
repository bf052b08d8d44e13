package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spanish-speaking member sees which field of a form takes the English: the rating's rationale, an event's place and
 * description, a figure's note and a quarterly update's paragraphs said only "Justificación", "Lugar", "Descripción",
 * "Nota", "Qué ocurrió" beside "... (español)", so Spanish was typed into the English field (shown in the English
 * report, and refused by publish as untranslated); and a Spanish typed without its English is refused beside its field.
 */
class EnglishFieldsSaidTest {

    private static final String YEAR = RecordPagesTest.YEAR;

    @TempDir
    Path temp;

    WebFixture web;
    WebFixture.Browser member;

    @BeforeEach
    void open() throws Exception {
        web = new WebFixture(temp).withYearOpened(2017);
        member = web.browser(WebFixture.member("air-quality"));
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
    }

    @Test
    void theEnglishFieldsOfTheFormsSayTheyAreEnglishInSpanishAndInEnglish() {
        assertThat(member.get(YEAR + "/activity/aq-1-1").text()).contains("<label for=\"rationale\">Justificación (en inglés)</label>")
                .contains("<label for=\"rationaleEs\">Justificación en español (opcional)</label>");
        assertThat(member.get(YEAR + "/events").text()).contains(">Lugar (inglés)</label>").contains(">Lugar (español)</label>")
                .contains(">Descripción (inglés)</label>").contains(">Descripción (español)</label>")
                .doesNotContain("(ninguno)").contains(">(sin elegir)</option>");
        assertThat(member.get(YEAR + "/figures").text()).contains(">Nota (inglés)</label>").contains(">Nota (español)</label>");
        assertThat(member.get(YEAR + "/updates/Q1").text()).contains(">Qué ocurrió (inglés)</label>").contains(">Qué ocurrió (español)</label>");
        member.cookies.remove(WebApp.LANGUAGE_COOKIE);
        assertThat(member.get(YEAR + "/activity/aq-1-1").text()).contains("<label for=\"rationale\">Rationale (in English)</label>");
        assertThat(member.get(YEAR + "/events").text()).contains(">Place (English)</label>").contains(">Description (English)</label>");
    }

    @Test
    void aSpanishPlaceWithoutItsEnglishIsRefusedBesideItsFieldInTheFormsWords() throws Exception {
        byte[] before = Files.readAllBytes(web.data.resolve("groups/air-quality/2017.json"));
        Response refused = member.post(YEAR + "/events", "readAt", "none", "eventId", "aq-2017-visit", "kind", "meeting", "date",
                "2017-03-14", "title", "Visit", "titleEs", "Visita", "place", "", "placeEs", "Mexicali (BC)");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("Lugar (español): este texto en español no tiene un inglés que traducir: escriba también Lugar (inglés)")
                .contains("Mexicali (BC)");
        assertThat(Files.readAllBytes(web.data.resolve("groups/air-quality/2017.json"))).isEqualTo(before);
    }
}
