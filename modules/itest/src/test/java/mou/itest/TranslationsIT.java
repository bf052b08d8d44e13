package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mou.testfixtures.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * translations export and import as `./mou` runs them, each its own process through the launcher:
 * Okapi's XLIFF 2 library (embedded in the cycle bundle, with Woodstox and SLF4J) writes and reads the
 * file in the real framework, a translator's work comes back into the workspace and the Spanish report,
 * and a hostile file is refused with its place and no stack trace.
 */
@Slow
class TranslationsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void roundTripThroughTheLauncherIntoTheSpanishReport() throws Exception {
        App app = App.empty(dir);
        for (Path jar : App.shippedGroupJars()) {
            Files.copy(jar, app.plugins.resolve(jar.getFileName()));
        }
        // a rationale without Spanish, and a narrative paragraph whose English changed after it was translated
        Path year = app.data.resolve("groups/air-quality/2016.json");
        ObjectNode tree = (ObjectNode) JSON.readTree(year.toFile());
        ObjectNode assessment = (ObjectNode) tree.get("assessments").get(0);
        String rationale = assessment.get("rationale").get("en").textValue();
        assessment.put("rationale", rationale);
        ObjectNode summary = (ObjectNode) ((ArrayNode) tree.get("narrative").get("summary")).get(0);
        summary.put("en", summary.get("en").textValue() + " Revised.");
        JSON.writerWithDefaultPrettyPrinter().writeValue(year.toFile(), tree);

        App.Run export = app.run("translations", "export", "--out", "es.xlf");
        assertThat(export.exit()).as("%s", export).isZero();
        assertThat(export.outLines()).containsExactly(app.home.resolve("es.xlf").toString());
        assertThat(export.err()).contains("2 texts to translate (1 without Spanish, 1 whose English changed").doesNotContain("SLF4J");
        String xliff = Files.readString(app.home.resolve("es.xlf"));
        assertThat(xliff).contains("<file id=\"groups.air-quality.2016.json\" original=\"groups/air-quality/2016.json\">")
                .contains("<unit id=\"assessments.aq-1-1.rationale\"").contains("<unit id=\"narrative.summary.0\"");

        // the translator fills in the rationale and checks the paragraph (state reviewed), as a tool writes them
        String back = xliff.replaceFirst("<segment>(\\s*<source xml:space=\"preserve\">The executive summary[^<]*</source>)",
                "<segment state=\"translated\">$1\n    <target xml:space=\"preserve\">Se avanzó en la coordinación de la planeación"
                        + " de la calidad del aire en la frontera.</target>");
        int paragraph = back.indexOf("<unit id=\"narrative.summary.0\"");
        int segment = back.indexOf("<segment>", paragraph);
        back = back.substring(0, segment) + "<segment state=\"reviewed\">" + back.substring(segment + "<segment>".length());
        Files.writeString(app.home.resolve("es-done.xlf"), back, StandardCharsets.UTF_8);

        App.Run imported = app.run("translations", "import", "es-done.xlf", "--by", "Marta Traductora");
        assertThat(imported.exit()).as("%s", imported).isZero();
        assertThat(imported.out()).contains("translations import: 2 texts translated from es-done.xlf (groups/air-quality/2016.json)");
        assertThat(app.run("translations", "export").out()).startsWith("translations export: nothing to translate");

        App.Run report = app.run("report", "--language", "es", "--format", "html", "--out", "out");
        assertThat(report.exit()).as("%s", report).isZero();
        String html = Files.readString(app.home.resolve("out/progress-report-2016-es.html"));
        assertThat(html).contains("Se avanzó en la coordinación de la planeación de la calidad del aire en la frontera.")
                .doesNotContain(rationale.substring(0, 60));
        assertThat(app.run("history", "--group", "air-quality").out()).contains("Marta Traductora  translations import")
                .contains("because: from es-done.xlf");

        // a file with a DOCTYPE (an external entity) is refused, the workspace as it was
        java.util.Map<String, String> before = App.fingerprint(app.data);
        Files.writeString(app.home.resolve("hostile.xlf"), back.replaceFirst("<xliff ", "<!DOCTYPE xliff [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n<xliff ")
                .replace("en la frontera.", "&x;"), StandardCharsets.UTF_8);
        App.Run hostile = app.run("translations", "import", "hostile.xlf");
        assertThat(hostile.exit()).as("%s", hostile).isEqualTo(1);
        assertThat(hostile.err()).contains("hostile.xlf:2:").contains("the document has a DOCTYPE").contains("nothing was imported")
                .doesNotContain("Exception").doesNotContain("root:");
        assertThat(App.fingerprint(app.data)).isEqualTo(before);
    }
}
