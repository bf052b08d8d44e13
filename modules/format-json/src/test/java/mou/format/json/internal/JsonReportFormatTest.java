package mou.format.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import mou.core.model.ProgressLevel;
import mou.core.report.Block.Paragraph;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.testfixtures.SampleReport;
import org.junit.jupiter.api.Test;

class JsonReportFormatTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TYPES = Set.of("paragraph", "bullet-list", "facts", "table", "progress-table",
            "level-chart", "figure-table", "timeline", "level-legend", "notice");

    private static String render(ReportDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportFormat().render(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode parse(ReportDocument document) throws IOException {
        return MAPPER.readTree(render(document));
    }

    private static List<JsonNode> blocks(JsonNode sections) {
        List<JsonNode> blocks = new ArrayList<>();
        for (JsonNode section : sections) {
            section.get("blocks").forEach(blocks::add);
            blocks.addAll(blocks(section.get("subsections")));
        }
        return blocks;
    }

    private static JsonNode block(JsonNode report, String type) {
        return blocks(report.get("sections")).stream().filter(b -> b.get("type").asText().equals(type)).findFirst().orElseThrow();
    }

    private static JsonNode section(JsonNode sections, String id) {
        for (JsonNode section : sections) {
            if (section.get("id").asText().equals(id)) {
                return section;
            }
            JsonNode inner = section(section.get("subsections"), id);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    @Test
    void identifiesItselfAsJson() {
        JsonReportFormat format = new JsonReportFormat();
        assertThat(format.id()).isEqualTo("json");
        assertThat(format.fileExtension()).isEqualTo("json");
        assertThat(format.mediaType()).isEqualTo("application/json");
    }

    @Test
    void everyBlockKindHasItsNamedType() throws IOException {
        ReportDocument sample = SampleReport.document();
        assertThat(SampleReport.blockKinds(sample)).containsExactlyInAnyOrderElementsOf(SampleReport.permittedBlockKinds());
        JsonNode report = parse(sample);
        assertThat(blocks(report.get("sections"))).extracting(b -> b.get("type").asText())
                .containsOnly(TYPES.toArray(String[]::new))
                .containsAll(TYPES);
    }

    @Test
    void topLevelDescribesTheReportAndTheProgressKey() throws IOException {
        JsonNode report = parse(SampleReport.document());
        assertThat(report.fieldNames()).toIterable()
                .containsExactly("format", "title", "subtitle", "language", "year", "draft", "levels", "sections");
        assertThat(report.get("format").asText()).isEqualTo("mou-progress-report/2");
        assertThat(report.get("draft").isBoolean()).isTrue();
        assertThat(report.get("title").asText()).startsWith("California-Mexico Memorandum");
        assertThat(report.get("subtitle").asText()).isEqualTo("2016 Progress Report");
        assertThat(report.get("language").asText()).isEqualTo("en");
        assertThat(report.get("year").asInt()).isEqualTo(2016);
        JsonNode levels = report.get("levels");
        assertThat(levels).hasSize(5);
        for (ProgressLevel level : ProgressLevel.values()) {
            JsonNode l = levels.get(level.rank());
            assertThat(l.get("id").asText()).isEqualTo(level.id());
            assertThat(l.get("rank").asInt()).isEqualTo(level.rank());
            assertThat(l.get("label").asText()).isEqualTo(SampleReport.LEVEL_WORDS.get(level.rank()));
            assertThat(l.get("colour").asText()).isEqualToIgnoringCase(level.colour());
        }
    }

    @Test
    void sectionsKeepTheirTreeAndOrder() throws IOException {
        JsonNode sections = parse(SampleReport.document()).get("sections");
        List<String> ids = new ArrayList<>();
        sections.forEach(s -> ids.add(s.get("id").asText()));
        assertThat(ids).containsExactly("introduction", "agreement", "at-a-glance", "overarching-goals", "air-quality",
                "related-agreements", "figures", "timeline", "progress-key", "notices");
        JsonNode airQuality = sections.get(4);
        assertThat(airQuality.fieldNames()).toIterable().containsExactly("id", "title", "blocks", "subsections");
        assertThat(airQuality.get("title").asText()).isEqualTo("Cooperation on Air Quality");
        assertThat(airQuality.get("subsections").get(1).get("subsections").get(0).get("subsections").get(0).get("title").asText())
                .isEqualTo("Station notes");
        assertThat(section(sections, "introduction").get("blocks").get(0).get("text").asText()).startsWith("In July 2014");
        assertThat(section(sections, "introduction").get("subsections")).isEmpty();
    }

    @Test
    void progressTableCarriesActivitiesDeliverablesAndLevels() throws IOException {
        JsonNode table = block(parse(SampleReport.document()), "progress-table");
        assertThat(table.get("caption").asText()).isEqualTo("Air Quality Overarching Goal 3");
        assertThat(table.get("goal").asText()).isEqualTo("Improve the comparability of data collected in Mexico and California.");
        assertThat(table.get("headers")).extracting(JsonNode::asText)
                .containsExactly("Overarching Goal 3", "Working Group Activities", "Deliverables", "Progress");
        JsonNode rows = table.get("rows");
        assertThat(rows).hasSize(6);
        JsonNode first = rows.get(0);
        assertThat(first.get("activityId").asText()).isEqualTo("aq-3-1");
        assertThat(first.get("note").isNull()).isTrue();
        assertThat(first.get("deliverables")).hasSize(2);
        JsonNode deliverable = first.get("deliverables").get(0);
        assertThat(deliverable.get("id").asText()).isEqualTo("aq-3-1-d1");
        assertThat(deliverable.get("typeLabel").asText()).isEqualTo("Training course");
        assertThat(deliverable.get("title").asText()).isEqualTo("Audit training for SPA staff");
        assertThat(deliverable.get("summary").asText()).isEqualTo("2 sessions, 12 participants");
        assertThat(deliverable.get("note").isNull()).isTrue();
        assertThat(first.get("deliverables").get(1).get("summary").isNull()).as("blank summary").isTrue();
        JsonNode level = first.get("level");
        assertThat(level.fieldNames()).toIterable()
                .containsExactly("id", "rank", "label", "colour", "inferred", "carriedOver", "rationale", "change", "evidence");
        assertThat(level.get("id").asText()).isEqualTo("significant");
        assertThat(level.get("rank").asInt()).isEqualTo(3);
        assertThat(level.get("label").asText()).isEqualTo("Significant Progress");
        assertThat(level.get("colour").asText()).isEqualTo("#5cb85c");
        assertThat(level.get("inferred").asBoolean()).isFalse();
        assertThat(level.get("rationale").isNull()).isTrue();
        assertThat(level.get("change").asText()).isEqualTo("Initial Progress → Significant Progress");

        JsonNode inferred = rows.get(1).get("level");
        assertThat(inferred.get("inferred").asBoolean()).isTrue();
        assertThat(inferred.get("rationale").asText()).startsWith("The narrative says");
        assertThat(rows.get(1).get("note").asText()).isEqualTo("Continues from 2015.");

        JsonNode notRated = rows.get(3).get("level");
        assertThat(notRated.get("id").isNull()).isTrue();
        assertThat(notRated.get("rank").isNull()).isTrue();
        assertThat(notRated.get("colour").isNull()).isTrue();
        assertThat(notRated.get("label").asText()).isEqualTo("Not rated");
    }

    @Test
    void levelChartCountsAreKeyedByLevelId() throws IOException {
        JsonNode chart = block(parse(SampleReport.document()), "level-chart");
        assertThat(chart.get("caption").asText()).isEqualTo("Activities by progress level, per working group");
        assertThat(chart.get("levels")).extracting(l -> l.get("id").asText()).containsExactlyElementsOf(ProgressLevel.ids());
        assertThat(chart.get("levels")).extracting(l -> l.get("label").asText()).containsExactlyElementsOf(SampleReport.LEVEL_WORDS);
        JsonNode air = chart.get("rows").get(1);
        assertThat(air.get("label").asText()).isEqualTo("Air Quality");
        assertThat(air.get("counts").fieldNames()).toIterable().containsExactlyElementsOf(ProgressLevel.ids());
        assertThat(air.get("counts").get("moderate").asInt()).isEqualTo(3);
        assertThat(air.get("counts").get("achieved").asInt()).isEqualTo(1);
        assertThat(air.get("total").asInt()).isEqualTo(7);
    }

    @Test
    void figuresTimelineLegendNoticesFactsAndTables() throws IOException {
        JsonNode report = parse(SampleReport.document());
        JsonNode figures = block(report, "figure-table").get("rows");
        assertThat(figures.get(0).get("share").asDouble()).isCloseTo(3800.0 / 6000, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(figures.get(0).get("value").asText()).isEqualTo("3,800 m³");
        assertThat(figures.get(1).get("share").isNull()).isTrue();
        assertThat(figures.get(1).get("target").isNull()).isTrue();
        assertThat(figures.get(1).get("asOf").asText()).isEqualTo("2016");

        JsonNode entry = block(report, "timeline").get("entries").get(0);
        assertThat(entry.fieldNames()).toIterable().containsExactly("id", "date", "isoDate", "dateGiven", "kindId", "kind", "title", "place",
                "groupId", "group", "details", "home");
        assertThat(entry.get("isoDate").asText()).isEqualTo("2016-04-25/2016-04-29");
        assertThat(block(report, "timeline").get("entries").get(1).get("place").isNull()).isTrue();

        JsonNode legend = block(report, "level-legend");
        assertThat(legend.get("levels")).extracting(l -> l.get("label").asText()).containsExactlyElementsOf(SampleReport.LEVEL_WORDS);
        assertThat(legend.get("levels")).extracting(l -> l.get("colour").asText())
                .containsExactly("#d9534f", "#f0ad4e", "#e6c619", "#5cb85c", "#2e6da4");

        List<JsonNode> notices = blocks(report.get("sections")).stream().filter(b -> b.get("type").asText().equals("notice")).toList();
        assertThat(notices).extracting(n -> n.get("severity").asText()).containsExactly("warning", "error", "info");

        JsonNode facts = block(report, "facts").get("facts");
        assertThat(facts.get(1).get("term").asText()).isEqualTo("Signatories");
        assertThat(facts.get(1).get("values")).hasSize(2);

        JsonNode table = block(report, "table");
        assertThat(table.get("rows").get(1)).hasSize(2); // a short row stays as it was given
        assertThat(block(report, "bullet-list").get("items")).hasSize(4);
    }

    @Test
    void markupInAnyTextComesBackAsTheSameText() throws IOException {
        String evil = SampleReport.HOSTILE + " \u2028 \"quoted\" \\ \u0000 \uD83D\uDFE2";
        String json = render(SampleReport.hostile(evil));
        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("\u2028");
        JsonNode report = MAPPER.readTree(json);
        assertThat(report.get("title").asText()).isEqualTo(evil);
        JsonNode section = report.get("sections").get(0);
        assertThat(section.get("id").asText()).isEqualTo(evil);
        List<String> texts = new ArrayList<>();
        collectStrings(report.get("sections"), texts);
        // Every text of every block came back unchanged (the type names and level ids aside).
        assertThat(texts).filteredOn(t -> !TYPES.contains(t) && !t.startsWith("#") && !ProgressLevel.ids().contains(t)
                && !Set.of("error").contains(t)).allSatisfy(t -> assertThat(t).isEqualTo(evil));
        assertThat(texts).hasSizeGreaterThan(40);
    }

    private static void collectStrings(JsonNode node, List<String> into) {
        if (node.isTextual()) {
            into.add(node.asText());
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
            collectStrings(it.next(), into);
        }
    }

    @Test
    void brokenSurrogatesBecomeReplacementCharacters() throws IOException {
        ReportDocument document = new ReportDocument("a\uD800b", null, "en", 2016,
                List.of(Section.of("s", "S", List.of(new Paragraph("x\uDC00y\uD83D\uDFE2")))));
        JsonNode report = parse(document);
        assertThat(report.get("title").asText()).isEqualTo("a\uFFFDb");
        assertThat(report.get("sections").get(0).get("blocks").get(0).get("text").asText()).isEqualTo("x\uFFFDy\uD83D\uDFE2");
    }

    @Test
    void outputIsDeterministicPrettyJsonWithUnixLineEnds() throws IOException {
        String first = render(SampleReport.document());
        assertThat(render(SampleReport.document())).isEqualTo(first);
        assertThat(first).startsWith("{\n  \"format\": \"mou-progress-report/2\",\n  \"title\": ")
                .endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
        assertThat(first).contains("\n      \"blocks\": [\n        {\n          \"type\": \"paragraph\",");
        assertThat(first).contains("\"subsections\": []");
    }

    @Test
    void anEmptyReportHasEmptySections() throws IOException {
        JsonNode report = parse(new ReportDocument(null, null, null, 2017, List.of()));
        assertThat(report.get("title").asText()).isEmpty();
        assertThat(report.get("subtitle").isNull()).isTrue();
        assertThat(report.get("language").isNull()).isTrue();
        assertThat(report.get("sections")).isEmpty();
        assertThat(report.get("levels")).hasSize(5);
    }

    @Test
    void spanishReportCarriesSpanishLevelWords() throws IOException {
        JsonNode report = parse(SampleReport.document("es"));
        assertThat(report.get("levels").get(3).get("label").asText()).isEqualTo("Avance significativo");
    }

    @Test
    void theDocumentationNamesEveryTypeAndField() throws IOException {
        String doc = Files.readString(Path.of("../../docs/report-json.md"));
        Set<String> fields = new TreeSet<>();
        collectFieldNames(parse(SampleReport.document()), fields);
        for (String field : fields) {
            assertThat(doc).as("docs/report-json.md names the field %s", field).contains("`" + field + "`");
        }
        for (String type : TYPES) {
            assertThat(doc).as("docs/report-json.md names the block type %s", type).contains("`\"" + type + "\"`");
        }
        assertThat(doc).contains(ReportJsonWriter.FORMAT);
    }

    private static void collectFieldNames(JsonNode node, Set<String> into) {
        node.fields().forEachRemaining(e -> {
            // The keys of "counts" are level ids, documented as such.
            if (!ProgressLevel.ids().contains(e.getKey())) {
                into.add(e.getKey());
            }
            collectFieldNames(e.getValue(), into);
        });
        if (node.isArray()) {
            node.forEach(child -> collectFieldNames(child, into));
        }
    }
}
