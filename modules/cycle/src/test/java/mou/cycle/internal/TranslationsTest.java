package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.ExportTranslations;
import mou.core.cycle.ExportedTranslations;
import mou.core.cycle.ImportTranslations;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.Review;
import mou.core.model.ReviewState;
import mou.core.model.ReviewStep;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.cycle.internal.WorkspaceTexts.Place;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * translations export and import on a copy of the shipped workspace with the real JSON store: which
 * texts go out, the round trip as a translator's tool writes the file back, and every way a file is refused
 * with nothing applied.
 */
class TranslationsTest {

    static final String RATIONALE = "groups/air-quality/2016.json#/assessments/aq-1-1/rationale";
    static final String SUMMARY = "groups/air-quality/2016.json#/narrative/summary/0";
    static final String TOPIC = "groups/air-quality/plan.json#/goals/aq-1/activities/aq-1-1/deliverables/aq-1-1-1/attributes/topics/1";
    static final String PRINCIPLE = "agreement.json#/principles/0";
    static final String ORGANIZATION = "organizations.json#/organizations/semarnat/name";
    static final String FIGURE = "groups/wildfires/2016.json#/metrics/wf-2016-tecate-firefighters-trained/label";

    @TempDir
    Path temp;

    Fixture f;

    @BeforeEach
    void workspace() {
        f = new Fixture(temp);
    }

    /** Changes the workspace as test setup, with the store, each text by its place. */
    private void change(Function<Place, Text> change) throws IOException {
        f.store.save(f.data, WorkspaceTexts.edit(f.workspace(), change));
    }

    /** Takes the Spanish of the named places away. */
    private void untranslate(String... names) throws IOException {
        Set<String> set = Set.of(names);
        change(p -> set.contains(p.name()) ? new Text(p.text().en(), null, p.text().asIs(), null) : p.text());
    }

    private Map<String, Text> texts() {
        Map<String, Text> texts = new LinkedHashMap<>();
        WorkspaceTexts.of(f.workspace()).forEach(p -> texts.put(p.name(), p.text()));
        return texts;
    }

    private String exported(String... words) throws IOException {
        List<String> all = new ArrayList<>(List.of("export", "--out", "es.xlf"));
        all.addAll(List.of(words));
        Fixture.Run run = f.ok("translations", all.toArray(String[]::new));
        assertThat(run.out().strip()).isEqualTo(f.home.resolve("es.xlf").toString());
        return Files.readString(f.home.resolve("es.xlf"));
    }

    private Fixture.Run importing(String xliff) throws IOException {
        Files.writeString(f.home.resolve("back.xlf"), xliff, StandardCharsets.UTF_8);
        return f.run("translations", "import", "back.xlf", "--by", "Marta Translator");
    }

    /** What a translator's tool writes for a unit: its segment marked translated, the target after the source. */
    private static String translated(String xliff, String unitId, String target) {
        int unit = xliff.indexOf("<unit id=\"" + unitId + "\"");
        assertThat(unit).as("unit %s in\n%s", unitId, xliff).isPositive();
        int segment = xliff.indexOf("<segment>", unit);
        int end = xliff.indexOf("</source>", segment) + "</source>".length();
        return xliff.substring(0, segment) + "<segment state=\"translated\">" + xliff.substring(segment + "<segment>".length(), end)
                + "\n    <target xml:space=\"preserve\">" + target + "</target>" + xliff.substring(end);
    }

    @Test
    void theShippedWorkspaceHasNothingToTranslateAndAllExportsEveryTextButNamesAndTitles() throws Exception {
        Fixture.Run none = f.ok("translations", "export");
        assertThat(none.out()).startsWith("translations export: nothing to translate");
        assertThat(f.home.resolve("translations-es.xlf")).doesNotExist();

        String all = exported("--all");
        List<Place> places = WorkspaceTexts.of(f.workspace());
        long translatable = places.stream().filter(Place::translatable).count();
        long asIs = places.stream().filter(p -> p.text().isAsIs()).count();
        assertThat(asIs).isPositive();
        assertThat(all.split("<unit ", -1).length - 1).isEqualTo((int) translatable);
        assertThat(all).contains("srcLang=\"en\"").contains("trgLang=\"es\"")
                .contains("<file id=\"groups.air-quality.2016.json\" original=\"groups/air-quality/2016.json\">")
                .contains("<unit id=\"assessments.aq-1-1.rationale\" name=\"/assessments/aq-1-1/rationale\">")
                .contains("<mda:meta type=\"english\">" + Text.fingerprint(texts().get(RATIONALE).en()) + "</mda:meta>")
                .contains(RATIONALE);
        // a text marked asIs never goes out
        Place name = places.stream().filter(p -> p.text().isAsIs()).findFirst().orElseThrow();
        assertThat(all).doesNotContain("name=\"" + name.pointer() + "\">\n" + "   <mda:metadata");
    }

    @Test
    void everyPlaceNamesItsTextInItsFileAndEveryTextOfTheFilesHasAPlace() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> inFiles = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(f.data)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                String name = f.data.relativize(file).toString().replace('\\', '/');
                collect(json.readTree(file.toFile()), name + "#", inFiles);
            }
        }
        Map<String, String> placed = new LinkedHashMap<>();
        for (Place p : WorkspaceTexts.of(f.workspace())) {
            placed.put(p.name(), p.text().en());
        }
        assertThat(placed.keySet()).as("places the files do not have").isSubsetOf(inFiles.keySet());
        assertThat(inFiles.keySet()).as("texts of the files without a place").isSubsetOf(placed.keySet());
        assertThat(placed).isEqualTo(inFiles).hasSizeGreaterThan(500);
    }

    /** Every text object of a file ({"en": ...}) by its place, list elements named as WorkspaceTexts names them. */
    private static void collect(JsonNode node, String at, Map<String, String> texts) {
        if (node.isObject() && node.path("en").isTextual()) {
            texts.put(at, node.get("en").textValue());
            return;
        }
        if (node.isTextual() && at.endsWith("/unit") && (at.contains("/metrics/") || at.contains("/figures/"))) {
            texts.put(at, node.textValue()); // a figure's unit is a text, a plain string until it has Spanish
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(e -> collect(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), texts));
        } else if (node.isArray()) {
            Set<String> ids = new HashSet<>();
            List<String> names = new ArrayList<>();
            for (JsonNode element : node) {
                String id = element.path("id").isTextual() ? element.get("id").textValue()
                        : element.path("activityId").isTextual() && element.has("rationale") ? element.get("activityId").textValue()
                        : element.path("quarter").isInt() && element.has("happened") ? "Q" + element.get("quarter").intValue() : null;
                names.add(id != null && ids.add(id) ? id : null);
            }
            boolean byId = !names.contains(null);
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "/" + (byId ? names.get(i) : String.valueOf(i)), texts);
            }
        }
    }

    @Test
    void roundTripAsATranslatorsToolWritesItBack() throws Exception {
        untranslate(RATIONALE, SUMMARY, TOPIC, PRINCIPLE, ORGANIZATION);
        String oldFigure = texts().get(FIGURE).es();
        change(p -> p.name().equals(FIGURE) ? p.text().withEnglish(p.text().en() + " (revised)") : p.text());
        assertThat(texts().get(FIGURE).spanishStale()).isTrue();

        String xliff = exported();
        Fixture.Run export = f.run("translations", "export", "--out", "again.xlf");
        assertThat(export.err()).contains("6 texts to translate (5 without Spanish, 1 whose English changed");
        assertThat(xliff.split("<unit ", -1).length - 1).isEqualTo(6);
        // the stale text goes with its old Spanish as the target, in state initial, with a note
        assertThat(xliff).contains("<target xml:space=\"preserve\">" + oldFigure + "</target>")
                .contains("category=\"english-changed\"");

        // the translator fills in four, leaves the principle untranslated, corrects the figure's Spanish;
        // OmegaT-like whitespace, escaped characters, a term annotation and a unit split in two segments
        String back = translated(xliff, "assessments.aq-1-1.rationale", "\n      Se avanzó en la planeación &amp; la <mrk id=\"m1\" type=\"term\">calidad del aire</mrk>.  \n    ");
        back = translated(back, "goals.aq-1.activities.aq-1-1.deliverables.aq-1-1-1.attributes.topics.1", "planeación de la calidad del aire de California");
        back = translated(back, "organizations.semarnat.name", "Secretaría de Medio Ambiente y Recursos Naturales");
        back = back.replace("<target xml:space=\"preserve\">" + oldFigure + "</target>", "<target xml:space=\"preserve\">" + oldFigure
                + " (revisada)</target>").replaceFirst("<segment>(\\s*<source xml:space=\"preserve\">[^<]*\\(revised\\))", "<segment state=\"reviewed\">$1");
        int summary = back.indexOf("<unit id=\"narrative.summary.0\"");
        int segment = back.indexOf("<segment>", summary);
        int segmentEnd = back.indexOf("</segment>", segment) + "</segment>".length();
        String english = texts().get(SUMMARY).en();
        int split = english.indexOf(". ") + 1;
        back = back.substring(0, segment)
                + "<segment state=\"translated\"><source>" + english.substring(0, split) + "</source><target>Primera oración.</target></segment>"
                + "<ignorable><source> </source></ignorable>"
                + "<segment state=\"translated\"><source>" + english.substring(split + 1) + "</source><target>Y el resto.</target></segment>"
                + back.substring(segmentEnd);

        Fixture.Run run = importing(back);
        assertThat(run.status()).as("%s", run).isZero();
        assertThat(run.out()).contains("translations import: 5 texts translated from back.xlf")
                .contains("1 unit without a translation, skipped").contains(RATIONALE);

        Map<String, Text> now = texts();
        assertThat(now.get(RATIONALE).es()).isEqualTo("Se avanzó en la planeación & la calidad del aire.");
        assertThat(now.get(SUMMARY).es()).isEqualTo("Primera oración. Y el resto.");
        assertThat(now.get(TOPIC).es()).isEqualTo("planeación de la calidad del aire de California");
        assertThat(now.get(ORGANIZATION).es()).isEqualTo("Secretaría de Medio Ambiente y Recursos Naturales");
        assertThat(now.get(FIGURE).es()).isEqualTo(oldFigure + " (revisada)");
        assertThat(now.get(PRINCIPLE).es()).isNull();
        for (String place : List.of(RATIONALE, SUMMARY, TOPIC, ORGANIZATION, FIGURE)) {
            assertThat(now.get(place).untranslatedIn("es")).as(place).isFalse();
            assertThat(now.get(place).spanishStale()).as(place).isFalse();
        }
        // the attribute text keeps its form in the plan file, with the fingerprint of its English
        assertThat(Files.readString(f.data.resolve("groups/air-quality/plan.json")))
                .contains("\"en\": \"California air quality planning efforts\",\n")
                .contains("\"esOf\": \"" + Text.fingerprint("California air quality planning efforts") + "\"");

        // one history entry per text, by the person, naming the file
        List<HistoryEntry> history = f.history().stream().filter(e -> e.action().equals(TranslationExchange.ACTION)).toList();
        assertThat(history).extracting(HistoryEntry::subject).containsExactly(ORGANIZATION, TOPIC, SUMMARY, RATIONALE, FIGURE);
        assertThat(history).allSatisfy(e -> {
            assertThat(e.by()).isEqualTo("Marta Translator");
            assertThat(e.why()).isEqualTo("from back.xlf");
        });
        assertThat(history.get(2).groupId()).isEqualTo("air-quality");
        assertThat(history.get(2).year()).isEqualTo(2016);

        // what is left: the principle only
        Fixture.Run left = f.ok("translations", "export", "--out", "left.xlf");
        assertThat(left.err()).contains("1 text to translate (1 without Spanish, 0 whose English changed");
        // the same file again changes nothing
        Fixture.Run again = importing(back);
        assertThat(again.status()).as("%s", again).isZero();
        assertThat(again.out()).contains("translates nothing new; nothing changed").contains("5 units already the workspace's Spanish");
    }

    @Test
    void aFileAsOkapisXliffToolsWriteItBackIsTaken() throws Exception {
        untranslate(RATIONALE, TOPIC, PRINCIPLE);
        byte[] exported = exported().getBytes(StandardCharsets.UTF_8);
        // read and written again by Okapi's XLIFF 2 library, as Okapi-based tools (Rainbow, OmegaT's Okapi filters) do,
        // each target filled in and marked translated
        StringWriter written = new StringWriter();
        XLIFFReader reader = new XLIFFReader();
        try (XLIFFWriter writer = new XLIFFWriter()) {
            writer.create(written, "en", "es");
            reader.open(new ByteArrayInputStream(exported));
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isUnit()) {
                    for (Segment segment : event.getUnit().getSegments()) {
                        segment.setTarget("ES " + segment.getSource().getPlainText());
                        segment.setState(TargetState.TRANSLATED);
                    }
                }
                writer.writeEvent(event);
            }
        } finally {
            reader.close();
        }
        assertThat(written.toString()).contains("<mda:meta type=\"english\">");
        Fixture.Run run = importing(written.toString());
        assertThat(run.status()).as("%s", run).isZero();
        assertThat(run.out()).contains("3 texts translated");
        assertThat(texts().get(PRINCIPLE).es()).isEqualTo("ES equality");
    }

    @Test
    void aStaleTextsOldSpanishBackUncheckedStaysStale() throws Exception {
        change(p -> p.name().equals(FIGURE) ? p.text().withEnglish(p.text().en() + " (revised)") : p.text());
        String xliff = exported();
        Fixture.Run run = importing(xliff);
        assertThat(run.status()).as("%s", run).isZero();
        assertThat(run.out()).contains("nothing changed").contains("1 unit whose English changed came back with the old Spanish");
        assertThat(texts().get(FIGURE).spanishStale()).isTrue();
        // marked translated by the reviewer, the same Spanish is taken as translating the new English
        Fixture.Run confirmed = importing(xliff.replaceFirst("<segment>(\\s*<source xml:space=\"preserve\">[^<]*\\(revised\\))",
                "<segment state=\"final\">$1"));
        assertThat(confirmed.out()).contains("1 text translated");
        assertThat(texts().get(FIGURE).spanishStale()).isFalse();
    }

    @Test
    void aFileWhoseEnglishChangedSinceTheExportIsRefusedWithTheUnitsAndNothingApplied() throws Exception {
        untranslate(RATIONALE, PRINCIPLE, TOPIC);
        String xliff = exported();
        String back = translated(translated(translated(xliff, "assessments.aq-1-1.rationale", "Razón"), "principles.0", "igualdad"),
                "goals.aq-1.activities.aq-1-1.deliverables.aq-1-1-1.attributes.topics.1", "planeación");
        change(p -> p.name().equals(RATIONALE) || p.name().equals(TOPIC) ? p.text().withEnglish(p.text().en() + " Revised.") : p.text());
        Map<String, String> before = f.files();

        Fixture.Run run = importing(back);
        assertThat(run.status()).as("%s", run).isEqualTo(3);
        assertThat(run.err()).contains("unit assessments.aq-1-1.rationale of groups/air-quality/2016.json: the English of " + RATIONALE
                + " changed since the export")
                .contains("unit goals.aq-1.activities.aq-1-1.deliverables.aq-1-1-1.attributes.topics.1 of groups/air-quality/plan.json")
                .contains("2 texts' English changed since the export: export again").contains("nothing was imported")
                .doesNotContain("principles.0").doesNotContain("Exception");
        assertThat(f.files()).isEqualTo(before);
    }

    @Test
    void unknownUnitsAndUnitsPointingOutsideTheWorkspaceChangeNothing() throws Exception {
        untranslate(RATIONALE);
        String xliff = translated(exported(), "assessments.aq-1-1.rationale", "Razón");
        String outside = xliff.replace("original=\"groups/air-quality/2016.json\"", "original=\"../../etc/passwd\"");
        String unknown = xliff.replace("<unit id=\"assessments.aq-1-1.rationale\"", "<unit id=\"assessments.aq-9-9.rationale\"");
        Map<String, String> before = f.files();
        for (String hostile : List.of(outside, unknown)) {
            Fixture.Run run = importing(hostile);
            assertThat(run.status()).as("%s", run).isEqualTo(1);
            assertThat(run.err()).contains("the workspace has no such text").contains("nothing was imported");
        }
        assertThat(run(outside).err()).contains("unit assessments.aq-1-1.rationale of ../../etc/passwd");
        assertThat(f.files()).isEqualTo(before);
        assertThat(temp.resolve("etc")).doesNotExist();
    }

    private Fixture.Run run(String xliff) throws IOException {
        return importing(xliff);
    }

    @Test
    void hostileAndBrokenFilesAreRefusedWithTheirPlaceAndNoStackTrace() throws Exception {
        untranslate(RATIONALE);
        String xliff = translated(exported(), "assessments.aq-1-1.rationale", "Razón");
        Files.writeString(temp.resolve("secret.txt"), "TOP SECRET");
        Map<String, String> before = f.files();
        String body = xliff.substring(xliff.indexOf("<xliff"));
        List<String[]> hostile = new ArrayList<>();
        hostile.add(new String[] {"the document has a DOCTYPE", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [ <!ENTITY x SYSTEM \""
                + temp.resolve("secret.txt").toUri() + "\"> ]>\n" + body.replace("Razón", "&x;")});
        hostile.add(new String[] {"back.xlf:2:", "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [ <!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"> ]>\n" + body.replace("Razón", "&c;")});
        hostile.add(new String[] {"the XML is malformed", xliff.replace("<unit id", "<unit <id")});
        hostile.add(new String[] {"not an XLIFF document", "<?xml version=\"1.0\"?>\n<html><body>hello</body></html>"});
        hostile.add(new String[] {"is XLIFF 1.2", "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"/>"});
        hostile.add(new String[] {"translates from 'en' into 'fr'", xliff.replace("trgLang=\"es\"", "trgLang=\"fr\"")});
        hostile.add(new String[] {"inline codes (<ph id=\"1\">)", xliff.replace("Razón", "Raz<ph id=\"1\"/>ón")});
        hostile.add(new String[] {"the control character U+0007", xliff.replace("Razón", "Raz<cp hex=\"0007\"/>ón")});
        hostile.add(new String[] {"its state says translated but it has no Spanish", xliff.replace(">Razón<", "><")});
        hostile.add(new String[] {"elements nest more than", xliff.replace("Razón", "<mrk id=\"m0\">".repeat(60) + "x" + "</mrk>".repeat(60))});
        hostile.add(new String[] {"is empty", ""});
        hostile.add(new String[] {"not valid XLIFF 2.0", xliff.replace("<segment state=\"translated\">", "<segment state=\"done\">")});
        hostile.add(new String[] {"not valid XLIFF 2.0", xliff.replace(" srcLang=\"en\"", "")});
        for (String[] h : hostile) {
            Fixture.Run run = importing(h[1]);
            assertThat(run.status()).as("%s: %s", h[0], run).isIn(1, 2);
            assertThat(run.err()).as(h[0]).contains(h[0]).doesNotContain("Exception").doesNotContain("\tat ")
                    .doesNotContain("TOP SECRET").doesNotContain("okapi");
        }
        assertThat(importing(xliff.replace("<unit id", "<unit <id")).err()).containsPattern("back\\.xlf:\\d+:\\d+: the XML is malformed: ");
        assertThat(f.files()).isEqualTo(before);
    }

    @Test
    void aPublishedYearsTextsAreNeitherExportedNorImported() throws Exception {
        untranslate(RATIONALE, FIGURE);
        String xliff = translated(translated(exported(), "assessments.aq-1-1.rationale", "Razón"),
                "metrics.wf-2016-tecate-firefighters-trained.label", "Combatientes capacitados");
        Workspace ws = f.workspace();
        GroupYear published = ws.year("air-quality", 2016).orElseThrow().withReview(new Review(List.of(
                new ReviewStep(ReviewState.PUBLISHED, "Program Office", Fixture.NOW, null, null))));
        f.store.save(f.data, Workbench.withYear(ws, published));

        Fixture.Run export = f.ok("translations", "export", "--out", "left.xlf");
        assertThat(export.err()).contains("1 text of published years left out").contains("1 text to translate");
        assertThat(Files.readString(f.home.resolve("left.xlf"))).contains("wf-2016-tecate-firefighters-trained")
                .doesNotContain("aq-1-1.rationale");
        // only the published year's text is left: nothing to translate, said without contradicting the note
        Fixture.Run group = f.ok("translations", "export", "--group", "air-quality", "--year", "2016", "--out", "aq.xlf");
        assertThat(group.err()).contains("1 text of published years left out");
        assertThat(group.out()).contains("nothing to translate: every text of air-quality in 2016 that can still change has a current Spanish version");

        Map<String, String> before = f.files();
        Fixture.Run run = importing(xliff);
        assertThat(run.status()).as("%s", run).isEqualTo(1);
        assertThat(run.err()).contains("unit assessments.aq-1-1.rationale of groups/air-quality/2016.json: air-quality 2016 is"
                + " published and locked").contains("nothing was imported").doesNotContain("wf-2016");
        assertThat(f.files()).isEqualTo(before);
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws Exception {
        byte[] huge = new byte[(int) Xliff.LARGEST + 1];
        CycleException e = org.junit.jupiter.api.Assertions.assertThrows(CycleException.class, () -> f.service.importTranslations(
                new ImportTranslations(new Acting(f.data, "Marta", null), huge, "huge.xlf")));
        assertThat(e.kind()).isEqualTo(CycleException.Kind.INVALID);
        assertThat(e.getMessage()).contains("huge.xlf is larger than 32 MB");
    }

    @Test
    void scopeByGroupAndYearAndUsageMistakes() throws Exception {
        untranslate(RATIONALE, TOPIC, PRINCIPLE, FIGURE);
        Acting asking = new Acting(f.data, null, null);
        ExportedTranslations airQuality = f.service.exportTranslations(new ExportTranslations(asking, "es", "air-quality", null, false));
        assertThat(airQuality.files()).containsExactly("groups/air-quality/plan.json", "groups/air-quality/2016.json");
        ExportedTranslations year = f.service.exportTranslations(new ExportTranslations(asking, null, null, 2016, false));
        assertThat(year.units()).isEqualTo(4);
        assertThat(year.files()).containsExactly("agreement.json", "groups/air-quality/plan.json", "groups/air-quality/2016.json",
                "groups/wildfires/2016.json");
        ExportedTranslations wildfires = f.service.exportTranslations(new ExportTranslations(asking, "es", "wildfires", 2016, false));
        assertThat(wildfires.units()).isEqualTo(1);
        assertThat(new String(wildfires.xliff(), StandardCharsets.UTF_8)).contains("original=\"groups/wildfires/2016.json\"")
                .doesNotContain("agreement.json");

        assertThat(f.run("translations", "export", "--language", "fr").err()).contains("is es, not 'fr'");
        assertThat(f.run("translations", "export", "--group", "air-qualty").err()).contains("there is no working group 'air-qualty'");
        assertThat(f.run("translations", "export", "--year", "2015").err()).contains("no group has 2015");
        assertThat(f.run("translations", "exprot").err()).contains("did you mean export");
        assertThat(f.run("translations", "import").err()).contains("usage: translations import FILE.xlf");
        assertThat(f.ok("translations", "--help").out()).contains("Usage: translations export");
    }

    @Test
    void unitIdsAreXliffNamesThatTellPathsApart() {
        List<List<String>> paths = List.of(List.of("a.b"), List.of("a", "b"), List.of("a_b"), List.of("a/b"), List.of("a b"),
                List.of("año"), List.of("a", "", "b"), List.of("x_002e"));
        Set<String> ids = new HashSet<>();
        for (List<String> path : paths) {
            String id = Xliff.unitId(path);
            assertThat(id).as("%s", path).matches("[A-Za-z0-9._-]+");
            assertThat(ids.add(id)).as("%s gives %s twice", path, id).isTrue();
        }
        Workspace ws = f.workspace();
        assertThat(WorkspaceTexts.of(ws).stream().map(p -> p.file() + "\n" + Xliff.unitId(p.path())).distinct().count())
                .isEqualTo(WorkspaceTexts.of(ws).size());
    }
}
