package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frame every endpoint goes through: access by role, the CSRF token of every change, the UI's language, methods. */
class WebAccessTest {

    @TempDir
    Path home;
    WebFixture web;

    @BeforeEach
    void serve() throws IOException {
        web = new WebFixture(home);
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToSignInForEveryPageThatIsNotPublic() {
        WebFixture.Browser visitor = web.browser(null);
        for (Route route : web.app.routes()) {
            if (route.access() == Access.PUBLIC || route.changes()) {
                continue;
            }
            Response response = visitor.get(example(route));
            assertThat(response.status()).as(route.toString()).isEqualTo(303);
            assertThat(response.headers().get("Location")).as(route.toString()).startsWith("/sign-in?back=%2F");
        }
    }

    @Test
    void everyChangeIsRefusedWithoutTheFormsTokenOrWithAnotherSessionsToken() {
        WebFixture.Browser office = web.browser(WebFixture.office());
        WebFixture.Browser other = web.browser(WebFixture.office());
        for (Route route : web.app.routes()) {
            if (!route.changes()) {
                continue;
            }
            Response without = office.postRaw(example(route), Map.of(), List.of());
            assertThat(without.status()).as(route.toString()).isEqualTo(403);
            assertThat(without.text()).as(route.toString()).contains("The form has expired");
            Response stolen = office.postRaw(example(route), Map.of("csrf", List.of(other.csrf())), List.of());
            assertThat(stolen.status()).as(route.toString()).isEqualTo(403);
        }
    }

    /**
     * A form opened before signing in again (in another tab): its token is the old session's. The page said only "go
     * back, reload the page and try again", and reloading lost what was typed; it now shows it, and links to the form.
     */
    @Test
    void aFormWithAnOldSessionsTokenIsRefusedShowingWhatItCarriedAndTheWayBackToTheForm() throws Exception {
        WebFixture web2017 = web.withYearOpened(2017);
        WebFixture.Browser member = web2017.browser(WebFixture.member("air-quality"));
        WebFixture.Browser before = web2017.browser(WebFixture.member("air-quality"));
        Map<String, String> files = web2017.bytes();
        for (String language : List.of("en", "es")) {
            member.cookies.put(WebApp.LANGUAGE_COOKIE, language);
            Response refused = member.postRaw("/group/air-quality/2017/events", Map.of("csrf", List.of(before.csrf()), "readAt", List.of("none"),
                    "eventId", List.of("aq-2017-typed"), "title", List.of("Ten minutes of <typing>"), "shown.title", List.of("")), List.of());
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.text()).contains(language.equals("en") ? "The form has expired" : "El formulario ha caducado")
                    .contains(language.equals("en") ? "What the form carried (not saved)" : "Lo que llevaba el formulario (sin guardar)")
                    .contains("Ten minutes of &lt;typing&gt;", "aq-2017-typed", "href=\"/group/air-quality/2017/events\"")
                    .contains(language.equals("en") ? "Open the form again" : "Abrir el formulario de nuevo")
                    .doesNotContain(before.csrf()).doesNotContain("shown.title");
        }
        assertThat(web2017.bytes()).isEqualTo(files);
    }

    @Test
    void theProgramOfficesPagesRefuseAReaderAndAMember() {
        for (Route route : web.app.routes()) {
            if (route.access() != Access.PROGRAM_OFFICE || route.changes()) {
                continue;
            }
            assertThat(web.browser(WebFixture.reader()).get(example(route)).status()).as(route.toString()).isEqualTo(403);
            assertThat(web.browser(WebFixture.member("air-quality")).get(example(route)).status()).as(route.toString()).isEqualTo(403);
        }
        assertThat(web.browser(WebFixture.office()).get("/plugins").status()).isEqualTo(200);
    }

    @Test
    void aSignedInPageNamesThePersonAndCarriesTheTokenInItsSignOutForm() {
        WebFixture.Browser office = web.browser(WebFixture.office());
        Response page = office.get("/report");
        assertThat(page.text()).contains("Signed in as Olivia Office").contains("action=\"/sign-out\"");
        assertThat(WebFixture.csrfOf(page)).isEqualTo(office.session.csrf());
    }

    @Test
    void theLanguageSwitchKeepsTheChoiceAndGoesBackOnlyToThisSite() {
        WebFixture.Browser visitor = web.browser(null);
        Response switched = visitor.get("/language/es", "back", "/report");
        assertThat(switched.status()).isEqualTo(303);
        assertThat(switched.headers().get("Location")).isEqualTo("/report");
        assertThat(switched.cookies()).anySatisfy(c -> assertThat(c).startsWith("mou_lang=es;").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(visitor.get("/report").text()).contains("<html lang=\"es\">").contains(">Informes<");
        for (String away : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example")) {
            assertThat(visitor.get("/language/en", "back", away).headers().get("Location")).as(away).isEqualTo("/");
        }
        assertThat(visitor.get("/language/fr").status()).isEqualTo(400);
    }

    @Test
    void theBrowsersLanguageIsTheDefault() {
        Response page = web.app.handle(new Request("GET", "/report", Map.of(), Map.of(), List.of(), Map.of(), "es-MX,es;q=0.9,en;q=0.8"));
        assertThat(page.text()).contains("<html lang=\"es\">");
        Response english = web.app.handle(new Request("GET", "/report", Map.of(), Map.of(), List.of(), Map.of(), "fr-FR,en;q=0.5"));
        assertThat(english.text()).contains("<html lang=\"en\">");
    }

    @Test
    void aMethodThatTheAddressDoesNotAnswerGets405WithWhatItAnswers() {
        Response put = web.app.handle(new Request("PUT", "/report", Map.of(), Map.of(), List.of(), Map.of(), null));
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.headers().get("Allow")).contains("GET");
    }

    @Test
    void bothLanguagesHaveTheSameWords() {
        assertThat(new TreeSet<>(Ui.words("es").keySet())).isEqualTo(new TreeSet<>(Ui.words("en").keySet()));
        assertThat(Ui.words("es")).allSatisfy((key, words) -> assertThat(words).as(key).isNotBlank());
    }

    /** The route's path with each {@code {part}} filled in with a value that exists in the shipped workspace. */
    static String example(Route route) {
        return route.pattern().replace("{group}", "air-quality").replace("{year}", "2016").replace("{activity}", "aq-1-1").replace("{part}", "summary")
                .replace("{id}", "x").replace("{name}", "web.css").replace("{file}", "progress-report-2016.html")
                .replace("{language}", "es").replace("{event}", "aq-2016-monthly-calls").replace("{figure}", "aq-2016-pm25-sites")
                .replace("{quarter}", "Q1").replace("{deliverable}", "aq-3-2-1").replaceAll("\\{[a-zA-Z]+\\}", "x");
    }
}
