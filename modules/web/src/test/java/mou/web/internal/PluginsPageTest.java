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
}
