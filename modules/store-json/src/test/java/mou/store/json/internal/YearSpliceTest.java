package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.Link;
import mou.core.model.Narrative;
import mou.core.model.ProgressLevel;
import mou.core.model.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rating's year file worked out from the content last written ({@link YearSplice}) is, byte for
 * byte, what the whole save writes (merging the whole year into the file's tree), over hundreds of
 * random ratings of a file with keys of its own in its assessments, its texts and its top; and every
 * other kind of change is left to the whole save.
 */
class YearSpliceTest {

    private static final String FILE = "groups/air-quality/2016.json";

    @TempDir
    Path temp;

    private GroupYear year;
    private byte[] disk;

    @BeforeEach
    void aFileWithKeysOfItsOwn() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        TestWorkspace.addOwnKeys(ws, FILE);
        TestWorkspace.replace(ws, FILE, "\"url\": \"evidence/aq-monitoring.txt\"\n",
                "\"url\": \"evidence/aq-monitoring.txt\",\n          \"checked\": true\n");
        TestWorkspace.replace(ws, FILE, "      \"carriedOver\": false\n    }\n  ],", "      \"carriedOver\": false\n    }\n  ],\n  \"x-after\": [1],");
        GroupYear loaded = new JsonWorkspaceStore(TestExtensions.airQuality()).load(ws).workspace().year("air-quality", 2016).orElseThrow();
        // twenty more activities rated, each with its evidence, so that a rating changes one of many
        List<Assessment> assessments = new ArrayList<>(loaded.assessments());
        for (int i = 0; i < 20; i++) {
            assessments.add(new Assessment("aq-9-" + i, ProgressLevel.INITIAL, Text.of("Started " + i + "."),
                    List.of(new Link(Text.of("Minutes " + i), "https://example.org/" + i)), false));
        }
        year = loaded.withAssessments(assessments);
        disk = Files.readAllBytes(ws.resolve(FILE));
    }

    private static JsonNode parse(byte[] content) {
        Problems problems = new Problems();
        ParsedFile parsed = new LocatedJson(Limits.DEFAULT).parse(FILE, content, problems);
        assertThat(problems.sorted()).isEmpty();
        return parsed.tree();
    }

    /** What the whole save writes for {@code year} over {@code content}: the file parsed, the year merged into it, written. */
    private static byte[] whole(byte[] content, GroupYear year, TreeWriter.Layout layout) {
        return TreeWriter.bytes(TreeMerger.merge(parse(content), ModelTrees.year(year)), layout);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void hundredsOfRandomRatingsSplicedWriteWhatTheWholeSaveWrites() {
        TreeWriter.Layout layout = new TreeWriter.Layout();
        JsonNode tree = TreeMerger.merge(parse(disk), ModelTrees.year(year));
        byte[] content = TreeWriter.bytes(tree, layout);
        assertThat(text(content)).contains("\"reviewer\": {").contains("\"checked\": true").contains("\"x-after\": [");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int step = 0; step < 300; step++) {
            // every third step the year is as reading the file again gives it: equal parts, not the same objects
            GroupYear rated = rated(step % 3 == 0 ? copied(year) : year, random);
            YearSplice.Result spliced = YearSplice.of(content, tree, layout, year, rated);
            assertThat(spliced).as("step %d (seed %d)", step, seed).isNotNull();
            TreeWriter.Layout wholeLayout = new TreeWriter.Layout();
            assertThat(text(spliced.content())).as("step %d (seed %d)", step, seed).isEqualTo(text(whole(content, rated, wholeLayout)));
            // what it keeps for the next one is true: its tree writes its content, and its layout is where that puts each element
            TreeWriter.Layout again = new TreeWriter.Layout();
            assertThat(text(TreeWriter.bytes(spliced.tree(), again))).isEqualTo(text(spliced.content()));
            for (String list : List.of("assessments", "metrics", "events", "x-after")) {
                assertThat(spliced.layout().of(list)).as("%s at step %d (seed %d)", list, step, seed).isEqualTo(again.of(list))
                        .isEqualTo(wholeLayout.of(list));
            }
            year = rated;
            content = spliced.content();
            tree = spliced.tree();
            layout = spliced.layout();
        }
        // the file's own keys are still there, where they were
        assertThat(text(content)).startsWith("{\n  \"$schema\": \"mou-year\",\n").contains("\"reviewer\": {\n        \"name\": \"jd\"")
                .contains("\"checked\": true").contains("\"x-after\": [");
    }

    /** A year equal to {@code year} whose every part is another object, as reading its file again gives. */
    private static GroupYear copied(GroupYear year) {
        Narrative n = year.narrative();
        Narrative narrative = new Narrative(new ArrayList<>(n.summary()), new ArrayList<>(n.accomplishments()),
                new ArrayList<>(n.challenges()), new ArrayList<>(n.nextSteps()));
        List<Assessment> assessments = year.assessments().stream().map(a -> new Assessment(a.activityId(), a.level(),
                new Text(a.rationale().en(), a.rationale().es(), a.rationale().asIs(), a.rationale().esOf()), new ArrayList<>(a.evidence()),
                a.inferred(), a.carriedOver())).toList();
        GroupYear copy = new GroupYear(year.groupId(), year.year(), narrative, assessments, new ArrayList<>(year.metrics()),
                new ArrayList<>(year.events()), new ArrayList<>(year.updates()), new mou.core.model.Review(new ArrayList<>(year.review().steps())));
        assertThat(copy).isEqualTo(year).isNotSameAs(year);
        assertThat(copy.assessments().get(0)).isNotSameAs(year.assessments().get(0));
        return copy;
    }

    /** One to three assessments rated again: a level, a rationale (quotes, lines, accents, Spanish), evidence added or dropped. */
    private static GroupYear rated(GroupYear year, Random random) {
        List<Assessment> assessments = new ArrayList<>(year.assessments());
        int changes = 1 + random.nextInt(3);
        for (int c = 0; c < changes; c++) {
            int i = random.nextInt(assessments.size());
            Assessment a = assessments.get(i);
            String en = List.of("Done.", "Half \"done\"", "Línea uno\nlínea dos – «sí»", "Tab\there \\ back", "").get(random.nextInt(5))
                    + " " + random.nextInt(1000);
            Text rationale = random.nextBoolean() ? Text.of(en) : Text.of(en, "Hecho " + random.nextInt(100));
            List<Link> evidence = new ArrayList<>(a.evidence());
            int last = evidence.size() - 1;
            if (random.nextBoolean() && last >= 0 && evidence.get(last).url().startsWith("https:")) {
                evidence.remove(last); // (the file's link with a key of its own stays)
            } else if (random.nextBoolean()) {
                evidence.add(new Link(Text.of("Link " + random.nextInt(50)), "https://example.org/e/" + random.nextInt(50)));
            }
            ProgressLevel level = ProgressLevel.values()[random.nextInt(ProgressLevel.values().length)];
            assessments.set(i, new Assessment(a.activityId(), level, rationale, evidence, random.nextInt(4) == 0));
        }
        return year.withAssessments(assessments);
    }

    @Test
    void everyOtherChangeIsLeftToTheWholeSave() {
        TreeWriter.Layout layout = new TreeWriter.Layout();
        JsonNode tree = TreeMerger.merge(parse(disk), ModelTrees.year(year));
        byte[] content = TreeWriter.bytes(tree, layout);
        Assessment first = year.assessments().get(0);
        Assessment again = new Assessment(first.activityId(), ProgressLevel.ACHIEVED, Text.of("All done."), List.of(), false);

        List<Assessment> more = new ArrayList<>(year.assessments());
        more.add(again("aq-8-1"));
        assertThat(YearSplice.of(content, tree, layout, year, year.withAssessments(more))).as("an assessment added").isNull();
        assertThat(YearSplice.of(content, tree, layout, year, year.withAssessments(year.assessments().subList(1, year.assessments().size()))))
                .as("one removed").isNull();
        List<Assessment> twice = new ArrayList<>(year.assessments());
        twice.set(1, new Assessment(first.activityId(), ProgressLevel.INITIAL, Text.of("Twice."), List.of(), false));
        assertThat(YearSplice.of(content, tree, layout, year, year.withAssessments(twice))).as("an activity rated twice").isNull();
        List<Assessment> moved = new ArrayList<>(year.assessments());
        moved.set(0, year.assessments().get(1));
        moved.set(1, first);
        assertThat(YearSplice.of(content, tree, layout, year, year.withAssessments(moved))).as("two swapped").isNull();
        List<Assessment> rated = new ArrayList<>(year.assessments());
        rated.set(0, again);
        GroupYear ratedYear = year.withAssessments(rated);
        assertThat(YearSplice.of(content, tree, layout, year, ratedYear.withNarrative(new Narrative(List.of(Text.of("New.")), List.of(),
                List.of(), List.of())))).as("the narrative changed too").isNull();
        assertThat(YearSplice.of(content, tree, layout, year, ratedYear.withEvents(List.of()))).as("the events changed too").isNull();
        assertThat(YearSplice.of(content, tree, layout, year, new GroupYear("air-quality", 2017, year.narrative(), rated,
                year.metrics(), year.events(), year.updates(), year.review()))).as("another year").isNull();
        assertThat(YearSplice.of(content, tree, layout, year, ratedYear)).as("the assessments alone changed").isNotNull();
        assertThat(YearSplice.of(content, tree, null, year, ratedYear)).as("no layout").isNull();

        // an element of the file the whole save matches otherwise (by an "id" of its own, not its activity): the whole save
        byte[] withId = text(content).replaceFirst("\"activityId\": \"aq-1-1\"", "\"id\": \"x\",\n      \"activityId\": \"aq-1-1\"")
                .getBytes(StandardCharsets.UTF_8);
        TreeWriter.Layout idLayout = new TreeWriter.Layout();
        JsonNode idTree = parse(withId);
        TreeWriter.bytes(idTree, idLayout);
        assertThat(YearSplice.of(withId, idTree, idLayout, year, ratedYear)).isNull();

        // nothing changed: the same content
        assertThat(YearSplice.of(content, tree, layout, year, year.withAssessments(year.assessments())).content()).isSameAs(content);
    }

    private static Assessment again(String activityId) {
        return new Assessment(activityId, ProgressLevel.MODERATE, Text.of("New."), List.of(), false);
    }
}
