package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import mou.core.spi.PluginFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /plugins} for the program office: groups, types, sections and every failure with its cause, in the UI's language. */
class PluginsPageTest {

    @TempDir
    Path home;

    @Test
    void showsTheGroupsAndEachFailureWithItsCauseInEnglishAndSpanish() throws Exception {
        WebFixture web = new WebFixture(home);
        web.failures.add(new PluginFailure("org.example.group-lab 1.0.0", "lab", "org.example.lab.internal.TestGroup",
                PluginFailure.Kind.NOT_ACTIVATED, "IllegalStateException: no licence <b>"));
        WebFixture.Browser office = web.browser(WebFixture.office());

        String english = office.get("/plugins").text();
        assertThat(english).contains("<h2 id=\"groups\">Working groups</h2>", "<th scope=\"col\">Deliverable types</th>", "air-quality")
                .contains("org.example.group-lab 1.0.0 (group lab): component org.example.lab.internal.TestGroup failed to activate:"
                        + " IllegalStateException: no licence &lt;b&gt;")
                .contains("No plugin contributes a page or panel.");

        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        String spanish = office.get("/plugins").text();
        assertThat(spanish).contains("<h2 id=\"groups\">Grupos de trabajo</h2>", "<th scope=\"col\">Tipos de entregable</th>",
                "<h2 id=\"failures\">Problemas</h2>", "no licence &lt;b&gt;", "Ningún plugin aporta una página o un panel.")
                .contains("org.example.group-lab 1.0.0 (grupo lab): su componente org.example.lab.internal.TestGroup no se pudo activar:"
                        + " IllegalStateException: no licence &lt;b&gt;")
                .doesNotContain("Working groups").doesNotContain("failed to activate").doesNotContain("(group lab)");
    }

    @Test
    void theGroupsTableStacksOnAPhoneEachCellWithItsHeading() throws Exception {
        // four columns are wider than a phone: the rows stack (table.grid.stack) instead of scrolling in a box the keyboard cannot scroll
        WebFixture web = new WebFixture(home);
        String page = web.browser(WebFixture.office()).get("/plugins").text();
        assertThat(page).contains("<table class=\"grid stack\">")
                .contains("<td><span class=\"cell-label\">Bundle</span>")
                .contains("<td><span class=\"cell-label\">Deliverable types</span><ul>")
                .contains("<td><span class=\"cell-label\">Report sections</span><ul>");
    }

    @Test
    void twoPluginsOfOneGroupAreNamedAsAProblemAndTheGroupIsListedOnce() throws Exception {
        java.util.List<mou.core.spi.WorkingGroupPlugin> groups = new java.util.ArrayList<>(WebFixture.EXTENSIONS.groups());
        mou.core.spi.WorkingGroupPlugin airQuality = WebFixture.EXTENSIONS.group("air-quality").orElseThrow();
        // a second copy of the group's plugin, as one dropped into the plugins folder beside the first would be
        groups.add(new mou.testfixtures.TestGroup("air-quality", "Air Quality (a copy)", airQuality.order(), java.util.List.of(),
                java.util.List.of()));
        WebFixture web = new WebFixture(home, mou.core.spi.Extensions.forTest(groups, WebFixture.EXTENSIONS.deliverableTypes().stream()
                .filter(t -> groups.stream().noneMatch(g -> g.deliverableTypes().contains(t))).toList(), WebFixture.EXTENSIONS.formats()));

        String page = web.browser(WebFixture.office()).get("/plugins").text();

        assertThat(page).contains("two plugins are installed for the working group air-quality").doesNotContain("Every installed plugin runs.")
                .doesNotContain("Air Quality (a copy)");
        WebFixture.Browser office = web.browser(WebFixture.office());
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(office.get("/plugins").text()).contains("hay dos complementos instalados para el grupo de trabajo air-quality")
                .doesNotContain("two plugins are installed");
    }

    @Test
    void theSpanishPageIsTitledAsTheMenuNamesIt() throws Exception {
        WebFixture web = new WebFixture(home);
        WebFixture.Browser office = web.browser(WebFixture.office());
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        String spanish = office.get("/plugins").text();
        assertThat(spanish).contains("<title>Complementos · mou-progress</title>").contains("<h1>Complementos</h1>")
                .contains("<a href=\"/plugins\" aria-current=\"page\">Complementos</a>");
        office.cookies.put(WebApp.LANGUAGE_COOKIE, "en");
        assertThat(office.get("/plugins").text()).contains("<h1>Plugins</h1>");
    }

    @Test
    void aPanelsPageIsInTheLanguageOfEveryOtherPageAndItsTableScrollsInItsOwnBox() throws Exception {
        WebFixture web = new WebFixture(home);
        web.contributions.add(new Installed.Contributed(WebAppTest.contribution("results", "Results", (c, html) -> html.start("table", "class", "grid")
                .element("caption", "es".equals(c.language()) ? "Resultados en " + c.year() : "Results in " + c.year()).end("table")),
                "mou.group-test 1.2.3"));
        WebFixture.Browser member = web.browser(WebFixture.member("air-quality"));
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        Response spanish = member.get("/panel/results");
        assertThat(spanish.status()).isEqualTo(200);
        assertThat(spanish.text()).contains("<html lang=\"es\">").contains("Resultados en 2016").doesNotContain("Results in")
                .contains("<section class=\"panel\"")
                // the box that scrolls takes the keyboard's focus: the panel's table may hold no link to focus
                .contains("<section class=\"panel\" aria-label=\"Results\" tabindex=\"0\">");
        // a link that names a language: the whole page in it, never one language inside the other
        Response english = member.get("/panel/results", "lang", "en");
        assertThat(english.text()).contains("<html lang=\"en\">").contains("Results in 2016").contains(">Dashboard<")
                .doesNotContain("Resultados");
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "en");
        Response asked = member.get("/panel/results", "lang", "es");
        assertThat(asked.text()).contains("<html lang=\"es\">").contains("Resultados en 2016").contains(">Tablero<")
                .doesNotContain(">Dashboard<");
        assertThat(member.get("/panel/results").text()).contains("<html lang=\"en\">").contains("Results in 2016");
        // a panel that fails says so in the page's language too
        web.contributions.add(new Installed.Contributed(WebAppTest.contribution("broken", "Broken", (c, html) -> {
            throw new IllegalStateException("no figures");
        }), "mou.group-broken 2.0.0"));
        member.cookies.put(WebApp.LANGUAGE_COOKIE, "es");
        assertThat(member.get("/panel/broken").text()).contains("Este panel no se pudo mostrar: mou.group-broken 2.0.0 falló")
                .doesNotContain("could not be shown");
    }
}
