package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import mou.core.model.DateSpan;
import mou.core.model.Ids;
import mou.core.spi.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every text of the shipped workspace (data/) has its Spanish version, or is marked as one that
 * stays as it is: {@code {"en": ..., "asIs": "name"}} (a proper name) or {@code {"en": ...,
 * "asIs": "english-only-title"}} (the title of a document that exists only in English); see the
 * section on texts in docs/workspace-format.md. A text added later without Spanish fails here,
 * named by file and JSON path. The marker is not in the model, so the files are read as JSON trees.
 *
 * <p>Which values are texts: outside a deliverable's {@code attributes}, the values of the
 * {@link #TEXT_KEYS} (the keys the model reads as texts); every other key holding a string must be
 * one of {@link #NOT_TEXT_KEYS}, so that a new key of the format is classified here before it
 * passes unchecked. Inside {@code attributes} (whose kinds only the installed group plugins know),
 * a bilingual object is a text, and so is a string that is not an organization id, not a date, not
 * an id-like value (a choice such as {@code in-progress}) and not the {@code unit} of a quantity.
 */
class ShippedTranslationsTest {

    private static final Path DATA = Path.of("../../data").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The keys whose values the model reads as texts (ModelTrees writes them with text()). */
    static final Set<String> TEXT_KEYS = Set.of("title", "shortTitle", "place", "name", "role", "principles", "objective",
            "description", "acronym", "parties", "introduction", "relatedAgreementsIntro", "finalComments", "statement",
            "overview", "note", "summary", "accomplishments", "challenges", "nextSteps", "happened", "rationale", "label",
            "words");

    /** The keys that hold strings which are not texts: ids, dates, codes, addresses, units, states. */
    static final Set<String> NOT_TEXT_KEYS = Set.of("id", "groupId", "signed", "organization", "country", "kind",
            "established", "url", "members", "partners", "type", "date", "asOf", "unit", "activityId", "level",
            "organizations", "metrics", "events", "state", "by", "at", "reason",
            // calendar.json: a day of the year (MM-DD)
            "annualReportDue");

    /** The values of the asIs marker. */
    static final Set<String> AS_IS = Set.of("name", "english-only-title");

    @TempDir
    Path temp;

    /** What the check found in a workspace: each text without Spanish or marker, and the count of each sort of text. */
    record Check(List<String> untranslated, Map<String, Integer> counts) {
    }

    static Check check(Path data) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        Set<String> organizations = new HashSet<>();
        JsonNode orgs = JSON.readTree(data.resolve("organizations.json").toFile());
        orgs.path("organizations").forEach(o -> organizations.add(o.path("id").asText()));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(p -> p.toString().endsWith(".json") && !data.relativize(p).startsWith("published"))
                    .sorted().toList();
        }
        for (Path file : files) {
            String name = data.relativize(file).toString().replace('\\', '/');
            new Walk(name, organizations, problems, counts).object(JSON.readTree(file.toFile()), "$");
        }
        return new Check(problems, counts);
    }

    private record Walk(String file, Set<String> organizations, List<String> problems, Map<String, Integer> counts) {

        void object(JsonNode node, String path) {
            node.properties().forEach(e -> {
                String key = e.getKey();
                JsonNode value = e.getValue();
                String at = path + "." + key;
                if (key.equals("attributes")) {
                    attributes(value, at, null);
                } else if (TEXT_KEYS.contains(key)) {
                    if (value.isArray()) {
                        for (int i = 0; i < value.size(); i++) {
                            text(value.get(i), at + "[" + i + "]");
                        }
                    } else {
                        text(value, at);
                    }
                } else if (value.isObject()) {
                    object(value, at);
                } else if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        JsonNode element = value.get(i);
                        if (element.isObject()) {
                            object(element, at + "[" + i + "]");
                        } else if (element.isTextual() && !NOT_TEXT_KEYS.contains(key)) {
                            unknownKey(at);
                        }
                    }
                } else if (value.isTextual() && !NOT_TEXT_KEYS.contains(key)) {
                    unknownKey(at);
                }
            });
        }

        private void unknownKey(String at) {
            problems.add(file + ": " + at + ": a string under a key this check does not know; add the key to TEXT_KEYS"
                    + " (a text) or NOT_TEXT_KEYS in ShippedTranslationsTest");
        }

        void attributes(JsonNode node, String path, String key) {
            if (node.isObject() && node.get("en") != null && node.get("en").isTextual()) {
                text(node, path);
            } else if (node.isObject()) {
                node.properties().forEach(e -> attributes(e.getValue(), path + "." + e.getKey(), e.getKey()));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    attributes(node.get(i), path + "[" + i + "]", key);
                }
            } else if (node.isTextual() && isAttributeText(node.textValue(), key)) {
                text(node, path);
            }
        }

        private boolean isAttributeText(String value, String key) {
            if ("unit".equals(key) || organizations.contains(value) || Ids.valid(value)) {
                return false;
            }
            try {
                DateSpan.parse(value);
                return false;
            } catch (IllegalArgumentException notADate) {
                return true;
            }
        }

        void text(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                return;
            }
            if (node.isObject()) {
                JsonNode es = node.get("es");
                JsonNode asIs = node.get("asIs");
                if (es != null && es.isTextual() && !es.textValue().isBlank()) {
                    count("es");
                    return;
                }
                if (asIs != null) {
                    if (asIs.isTextual() && AS_IS.contains(asIs.textValue())) {
                        count("asIs " + asIs.textValue());
                    } else {
                        problems.add(file + ": " + path + ": \"asIs\" must be \"name\" or \"english-only-title\", not " + asIs);
                    }
                    return;
                }
            }
            count("without Spanish");
            String english = node.isObject() ? node.path("en").asText() : node.asText();
            problems.add(file + ": " + path + ": no Spanish version (\"es\") and no \"asIs\" marker: \""
                    + (english.length() > 60 ? english.substring(0, 60) + "..." : english) + "\"");
        }

        private void count(String what) {
            counts.merge(what, 1, Integer::sum);
        }
    }

    private Path copyOfData(String name) throws IOException {
        return TestWorkspace.copyTree(DATA, temp.resolve(name));
    }

    @Test
    void everyTextOfTheShippedWorkspaceHasItsSpanishOrIsMarkedAsIs() throws IOException {
        Check check = check(copyOfData("data"));
        System.out.println("texts of data/: " + check.counts());

        assertThat(check.untranslated()).isEmpty();
        assertThat(check.counts()).containsKeys("es", "asIs name").doesNotContainKey("without Spanish");
    }

    @Test
    void theCheckNamesFileAndPathOfEachTextWithoutSpanishOrWithAWrongMarker() throws IOException {
        Path data = copyOfData("changed");
        TestWorkspace.replace(data, "groups/air-quality/plan.json",
                "\"es\": \"Mejorar la comparabilidad de los datos recabados en México y California.\"", "\"fr\": \"x\"");
        TestWorkspace.replace(data, "groups/clean-vehicles/plan.json", "\"Hidalgo\",\n                    \"asIs\": \"name\"",
                "\"Hidalgo\",\n                    \"asIs\": \"nom\"");
        TestWorkspace.replace(data, "groups/solid-waste/plan.json", "\"unit\": \"tires\"", "\"unit\": \"tires\", \"remark\": \"Count revised\"");
        TestWorkspace.replace(data, "reports/2016.json", "\"year\": 2016,", "\"year\": 2016, \"subtitle\": \"A year of progress\",");

        List<String> problems = check(data).untranslated();

        assertThat(problems).containsExactlyInAnyOrder(
                "groups/air-quality/plan.json: $.goals[2].statement: no Spanish version (\"es\") and no \"asIs\" marker: "
                        + "\"Improve the comparability of data collected in Mexico and Ca...\"",
                "groups/clean-vehicles/plan.json: $.goals[2].activities[4].deliverables[0].attributes.jurisdictions[1]: "
                        + "\"asIs\" must be \"name\" or \"english-only-title\", not \"nom\"",
                "groups/solid-waste/plan.json: $.goals[0].activities[0].deliverables[0].attributes.achieved.remark: "
                        + "no Spanish version (\"es\") and no \"asIs\" marker: \"Count revised\"",
                "reports/2016.json: $.subtitle: a string under a key this check does not know; add the key to TEXT_KEYS"
                        + " (a text) or NOT_TEXT_KEYS in ShippedTranslationsTest");
    }

    @Test
    void theAsIsMarkerIsReadIntoTheModelAndAWrongOneIsAProblemAtItsPlace() throws IOException {
        JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.noGroups());
        LoadResult shipped = store.load(copyOfData("read"));
        assertThat(shipped.errors()).isEmpty();
        mou.core.model.Text governor = shipped.workspace().agreement().signatories().get(0).name();
        assertThat(governor.en()).isEqualTo("Edmund G. Brown Jr.");
        assertThat(governor.asIs()).isEqualTo(mou.core.model.Text.NAME);
        assertThat(governor.untranslatedIn("es")).isFalse();
        assertThat(shipped.workspace().agreement().signatories().get(0).role().isAsIs()).isFalse();

        Path wrong = copyOfData("wrong-marker");
        TestWorkspace.replace(wrong, "agreement.json", "\"en\": \"Rodolfo Lacy\",\n        \"asIs\": \"name\"",
                "\"en\": \"Rodolfo Lacy\",\n        \"asIs\": \"nom\"");
        assertThat(store.load(wrong).errors()).anySatisfy(problem -> assertThat(problem.toString())
                .contains("asIs").contains("\"name\" or \"english-only-title\"").contains("agreement.json"));
    }

    @Test
    void savingTheShippedWorkspaceKeepsItsSpanishAndItsMarkersByteForByte() throws IOException {
        Path data = copyOfData("saved");
        Map<String, byte[]> before = TestWorkspace.snapshot(data);
        JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.noGroups());
        LoadResult loaded = store.load(data);
        assertThat(loaded.errors()).isEmpty();

        store.save(data, loaded.workspace());

        Map<String, byte[]> after = TestWorkspace.snapshot(data);
        before.forEach((name, bytes) -> assertThat(new String(after.get(name), StandardCharsets.UTF_8))
                .as(name).isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
        assertThat(check(data).counts()).isEqualTo(check(copyOfData("unsaved")).counts());
    }
}
