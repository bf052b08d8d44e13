package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The interface's language from the switch's cookie or the browser's Accept-Language, whatever the header holds. */
class UiChoiceTest {

    private static String chosen(String cookie, String acceptLanguage) {
        return Ui.choose(cookie, acceptLanguage).language();
    }

    @Test
    void theBrowsersLanguagesAreWeighedAndTheSwitchComesFirst() {
        assertThat(chosen(null, "es-MX,es;q=0.9,en;q=0.8")).isEqualTo("es");
        assertThat(chosen(null, "fr-FR, en;q=0.5, es;q=0.7")).as("the heavier of the two it speaks").isEqualTo("es");
        assertThat(chosen(null, "es;q=0, en;q=0.1")).as("q=0: not this one").isEqualTo("en");
        assertThat(chosen(null, "es;q=0")).isEqualTo("en");
        assertThat(chosen(null, "de, fr")).isEqualTo("en");
        assertThat(chosen("es", "en")).isEqualTo("es");
        assertThat(chosen("xx", "es")).as("a cookie for no language it speaks").isEqualTo("es");
    }

    @Test
    void aMalformedHeaderCountsAsNone() {
        for (String header : new String[] {";", ",;", ";;;,", "", " ", ",,", "es;q=abc", "es;q=2", "es;q=", "-", ";q=1"}) {
            assertThat(chosen(null, header)).as("'%s'", header).isIn("en", "es");
        }
        assertThat(chosen(null, "es;q=abc")).as("a weight it cannot read is the default weight").isEqualTo("es");
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path home;

    @Test
    void aRequestWithAMalformedHeaderGetsItsPage() throws Exception {
        WebFixture web = new WebFixture(home);
        Response page = web.app.handle(new Request("GET", "/", java.util.Map.of(), java.util.Map.of(), java.util.List.of(), java.util.Map.of(), ";"));
        assertThat(page.status()).isEqualTo(200);
    }
}
