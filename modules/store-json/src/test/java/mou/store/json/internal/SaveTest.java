package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.Metric;
import mou.core.model.Narrative;
import mou.core.model.OverarchingGoal;
import mou.core.model.ProgressLevel;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.spi.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveTest {

    @TempDir
    Path temp;

    private final JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality());

    private Workspace load(Path ws) {
        LoadResult result = store.load(ws);
        assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
        return result.workspace();
    }

    @Test
    void savingAnUnchangedWorkspaceRewritesNothing() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        TestWorkspace.age(ws);
        Map<String, byte[]> before = TestWorkspace.snapshot(ws);

        store.save(ws, load(ws));

        Map<String, byte[]> after = TestWorkspace.snapshot(ws);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        for (String name : before.keySet()) {
            assertThat(TestWorkspace.lastModified(ws, name)).as("%s was rewritten", name).isEqualTo(1_000_000_000_000L);
        }
    }

    @Test
    void theTestWorkspaceRoundTripsIntoAnEmptyFolder() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        Workspace workspace = load(ws);
        Path fresh = temp.resolve("fresh");

        store.save(fresh, workspace);

        // Written from the model alone, every file comes out as the canonical test workspace has it, except that
        // a new file records the English each Spanish version translates (the test workspace is written as files
        // were before 1.6, without it).
        Map<String, byte[]> original = TestWorkspace.snapshot(ws);
        Map<String, byte[]> written = TestWorkspace.snapshot(fresh);
        original.remove("evidence/aq-monitoring.txt");
        assertThat(written.keySet()).isEqualTo(original.keySet());
        assertThat(new String(written.get("agreement.json")))
                .contains("\"esOf\": \"" + workspace.agreement().title().esOf() + "\"");
        original.forEach((name, bytes) -> assertThat(new String(written.get(name))
                .replaceAll(",\\n\\s*\"esOf\": \"[0-9a-f]{12}\"", "")).as(name).isEqualTo(new String(bytes)));
        assertThat(store.load(fresh).workspace()).isEqualTo(workspace);
    }

    @Test
    void aChangeRewritesOnlyTheFileItIsIn() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        Workspace workspace = load(ws);
        TestWorkspace.age(ws);

        GroupYear year = workspace.year("air-quality", 2016).orElseThrow();
        List<Assessment> assessments = new ArrayList<>(year.assessments());
        Assessment first = assessments.get(0);
        assessments.set(0, new Assessment(first.activityId(), ProgressLevel.ACHIEVED, first.rationale(), first.evidence(), false));
        store.save(ws, withYear(workspace, new GroupYear(year.groupId(), year.year(), year.narrative(), assessments,
                year.metrics(), year.events())));

        assertThat(TestWorkspace.lastModified(ws, "groups/air-quality/2016.json")).isNotEqualTo(1_000_000_000_000L);
        assertThat(TestWorkspace.lastModified(ws, "groups/air-quality/plan.json")).isEqualTo(1_000_000_000_000L);
        assertThat(TestWorkspace.lastModified(ws, "agreement.json")).isEqualTo(1_000_000_000_000L);
        String text = TestWorkspace.read(ws, "groups/air-quality/2016.json");
        assertThat(text).contains("      \"level\": \"achieved\",\n").doesNotContain("moderate");
        assertThat(store.load(ws).workspace().year("air-quality", 2016).orElseThrow()
                .assessment("aq-1-1").orElseThrow().level()).isEqualTo(ProgressLevel.ACHIEVED);
        try (var files = Files.list(ws.resolve("groups/air-quality"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plan.json", "2016.json");
        }
    }

    @Test
    void unknownFieldsSurviveAtTopLevelAndInsideGoalsActivitiesAndAssessments() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        TestWorkspace.replace(ws, "agreement.json", "  \"termYears\": 4,\n", "  \"termYears\": 4,\n  \"x-renewal\": \"2018-07\",\n");
        TestWorkspace.replace(ws, "groups/air-quality/plan.json", "      \"number\": 3,\n",
                "      \"number\": 3,\n      \"lead\": {\n        \"name\": \"CARB\"\n      },\n");
        TestWorkspace.replace(ws, "groups/air-quality/plan.json", "\"Capacity building on cross-border air quality and emissions sources.\",\n",
                "\"Capacity building on cross-border air quality and emissions sources.\",\n          \"budgetCode\": 77,\n");
        TestWorkspace.replace(ws, "groups/air-quality/2016.json", "      \"rationale\": \"Two meetings were held.\",\n",
                "      \"rationale\": \"Two meetings were held.\",\n      \"reviewer\": \"jd\",\n");
        TestWorkspace.replace(ws, "groups/air-quality/2016.json", "{\n  \"groupId\"", "{\n  \"$schema\": \"mou-year\",\n  \"groupId\"");
        Workspace workspace = load(ws);

        // Change each file that holds an unknown field, so that each is really rewritten.
        WorkingGroupPlan plan = workspace.plan("air-quality").orElseThrow();
        List<OverarchingGoal> goals = new ArrayList<>(plan.goals());
        OverarchingGoal goal = goals.get(1);
        goals.set(1, new OverarchingGoal(goal.id(), goal.number(), Text.of("Monitoring", "Monitoreo"), goal.statement(), goal.activities()));
        GroupYear year = workspace.year("air-quality", 2016).orElseThrow();
        List<Assessment> assessments = new ArrayList<>(year.assessments());
        Assessment a = assessments.get(0);
        assessments.set(0, new Assessment(a.activityId(), a.level(), Text.of("Three meetings were held."), a.evidence(), a.inferred()));
        var agreement = workspace.agreement();
        Workspace changed = new Workspace(
                new mou.core.model.Agreement(agreement.id(), agreement.title(), agreement.shortTitle(), agreement.signed(),
                        agreement.place(), agreement.signatories(), 5, agreement.principles(), agreement.objective(),
                        agreement.actionAreas(), agreement.jointActionPlan(), agreement.links()),
                workspace.organizations(), workspace.relatedAgreements(),
                List.of(new WorkingGroupPlan(plan.groupId(), plan.name(), plan.members(), plan.partners(), plan.inJointActionPlan(), goals),
                        workspace.plan("water").orElseThrow()),
                List.of(new GroupYear(year.groupId(), year.year(), year.narrative(), assessments, year.metrics(), year.events()),
                        workspace.year("water", 2016).orElseThrow()),
                workspace.reports());
        store.save(ws, changed);

        assertThat(TestWorkspace.read(ws, "agreement.json")).contains("  \"termYears\": 5,\n  \"x-renewal\": \"2018-07\",\n");
        assertThat(TestWorkspace.read(ws, "groups/air-quality/plan.json"))
                .contains("      \"number\": 3,\n      \"lead\": {\n        \"name\": \"CARB\"\n      },\n      \"title\": {\n        \"en\": \"Monitoring\",\n        \"es\": \"Monitoreo\",\n        \"esOf\": \"" + Text.fingerprint("Monitoring") + "\"\n      },\n")
                .contains("emissions sources.\",\n          \"budgetCode\": 77,\n          \"note\": null,\n");
        assertThat(TestWorkspace.read(ws, "groups/air-quality/2016.json"))
                .startsWith("{\n  \"$schema\": \"mou-year\",\n  \"groupId\": \"air-quality\",\n")
                .contains("      \"rationale\": \"Three meetings were held.\",\n      \"reviewer\": \"jd\",\n");

        // Saved again unchanged, nothing moves.
        TestWorkspace.age(ws);
        Map<String, byte[]> before = TestWorkspace.snapshot(ws);
        store.save(ws, load(ws));
        Map<String, byte[]> after = TestWorkspace.snapshot(ws);
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void unknownFieldsInsideAListElementFollowItWhenTheListIsReordered() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        TestWorkspace.replace(ws, "groups/air-quality/2016.json", "      \"inferred\": true,\n      \"carriedOver\": false\n",
                "      \"inferred\": true,\n      \"carriedOver\": false,\n      \"checkedBy\": \"program office\"\n");
        Workspace workspace = load(ws);
        GroupYear year = workspace.year("air-quality", 2016).orElseThrow();
        List<Assessment> reversed = new ArrayList<>(year.assessments());
        java.util.Collections.reverse(reversed);
        store.save(ws, withYear(workspace, new GroupYear(year.groupId(), year.year(), year.narrative(), reversed,
                year.metrics(), year.events())));

        String text = TestWorkspace.read(ws, "groups/air-quality/2016.json");
        int[] moved = TestWorkspace.positionOf(text, "\"activityId\": \"aq-3-2\"");
        int[] other = TestWorkspace.positionOf(text, "\"activityId\": \"aq-1-1\"");
        int[] unknown = TestWorkspace.positionOf(text, "\"checkedBy\": \"program office\"");
        assertThat(moved[0]).isLessThan(unknown[0]);
        assertThat(unknown[0]).isLessThan(other[0]);
    }

    @Test
    void theAttributesOfAGroupThatIsNotInstalledSurviveUntouched() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        String before = TestWorkspace.read(ws, "groups/water/plan.json");
        String attributes = before.substring(before.indexOf("\"attributes\""), before.indexOf("]\n              }") + 17);
        assertThat(attributes).startsWith("\"attributes\": {").contains("\"accredited\": true").endsWith("}");
        LoadResult result = store.load(ws);
        assertThat(TestWorkspace.at(result, "groups/water/plan.json", "$.groupId")).hasSize(1);

        Workspace workspace = result.workspace();
        WorkingGroupPlan water = workspace.plan("water").orElseThrow();
        WorkingGroupPlan renamed = new WorkingGroupPlan("water", Text.of("Water Working Group", "Grupo de Trabajo del Agua"),
                water.members(), water.partners(), water.inJointActionPlan(), water.goals());
        store.save(ws, new Workspace(workspace.agreement(), workspace.organizations(), workspace.relatedAgreements(),
                List.of(workspace.plan("air-quality").orElseThrow(), renamed), workspace.years(), workspace.reports()));

        String after = TestWorkspace.read(ws, "groups/water/plan.json");
        assertThat(after).isNotEqualTo(before).contains("\"es\": \"Grupo de Trabajo del Agua\"").contains(attributes);
    }

    @Test
    void numbersKeepTheirFormAndEnglishOnlyTextsBecomePlainStrings() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        TestWorkspace.replace(ws, "organizations.json", "\"acronym\": \"CARB\"", "\"acronym\": {\"en\": \"CARB\"}");
        Workspace workspace = load(ws);
        GroupYear year = workspace.year("air-quality", 2016).orElseThrow();
        Metric m = year.metrics().get(0);
        Metric changed = new Metric(m.id(), m.label(), m.value().add(BigDecimal.ONE), m.unit(), m.target(),
                new BigDecimal("0.50"), m.asOf(), m.activityId(), m.note());
        store.save(ws, withYear(workspace, new GroupYear(year.groupId(), year.year(), year.narrative(), year.assessments(),
                List.of(changed), year.events())));

        String text = TestWorkspace.read(ws, "groups/air-quality/2016.json");
        assertThat(text).contains("\"value\": 54,", "\"target\": 3800,", "\"baseline\": 0.50,");
        assertThat(TestWorkspace.read(ws, "organizations.json")).contains("      \"acronym\": \"CARB\",\n");
    }

    @Test
    void aFiguresWordsAreReadSavedAndLeftOutWhenThereAreNone() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        Workspace workspace = load(ws);
        GroupYear year = workspace.year("air-quality", 2016).orElseThrow();
        Metric m = year.metrics().get(0);
        assertThat(m.words()).isNull();
        Metric worded = new Metric(m.id(), m.label(), m.value(), m.unit(), m.target(), m.baseline(), m.asOf(), m.activityId(), m.note(),
                Text.of("more than fifty samples", "más de cincuenta muestras"));
        store.save(ws, withYear(workspace, new GroupYear(year.groupId(), year.year(), year.narrative(), year.assessments(),
                List.of(worded), year.events())));

        String text = TestWorkspace.read(ws, "groups/air-quality/2016.json");
        assertThat(text).contains("\"words\": {").contains("\"en\": \"more than fifty samples\"");
        Metric read = load(ws).year("air-quality", 2016).orElseThrow().metrics().get(0);
        assertThat(read.words()).isEqualTo(Text.of("more than fifty samples", "más de cincuenta muestras"));
        assertThat(read.value()).isEqualByComparingTo(m.value());
        assertThat(TestWorkspace.read(ws, "related-agreements.json")).doesNotContain("\"words\"");

        // The value changes: the words, written for the old value, go with it (and do not survive from the file).
        Metric revalued = new Metric(m.id(), m.label(), m.value().add(BigDecimal.TEN), m.unit(), m.target(), m.baseline(), m.asOf(),
                m.activityId(), m.note()).keepingWordsOf(read);
        assertThat(revalued.words()).isNull();
        Workspace again = load(ws);
        GroupYear y = again.year("air-quality", 2016).orElseThrow();
        store.save(ws, withYear(again, new GroupYear(y.groupId(), y.year(), y.narrative(), y.assessments(), List.of(revalued), y.events())));
        assertThat(TestWorkspace.read(ws, "groups/air-quality/2016.json")).doesNotContain("more than fifty samples");
        assertThat(load(ws).year("air-quality", 2016).orElseThrow().metrics().get(0).words()).isNull();
    }

    @Test
    void newGroupsGetTheirFolderAndNewFilesAreWrittenWhole() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        Workspace workspace = load(ws);
        WorkingGroupPlan energy = new WorkingGroupPlan("energy", Text.of("Energy Working Group"), List.of(), List.of(), true, List.of());
        GroupYear energyYear = new GroupYear("energy", 2017, Narrative.EMPTY, List.of(), List.of(), List.of());
        List<WorkingGroupPlan> plans = new ArrayList<>(workspace.plans());
        plans.add(energy);
        List<GroupYear> years = new ArrayList<>(workspace.years());
        years.add(energyYear);
        store.save(ws, new Workspace(workspace.agreement(), workspace.organizations(), workspace.relatedAgreements(),
                plans, years, workspace.reports()));

        assertThat(TestWorkspace.read(ws, "groups/energy/plan.json")).isEqualTo("""
                {
                  "groupId": "energy",
                  "name": "Energy Working Group",
                  "members": [],
                  "partners": [],
                  "inJointActionPlan": true,
                  "goals": []
                }
                """);
        assertThat(TestWorkspace.read(ws, "groups/energy/2017.json")).startsWith("{\n  \"groupId\": \"energy\",\n  \"year\": 2017,\n");
        assertThat(store.load(ws).workspace().plan("energy")).contains(energy);
    }

    @Test
    void aGroupIdThatIsNotAnIdIsRefusedAndNothingIsWritten() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        Workspace workspace = load(ws);
        Map<String, byte[]> before = TestWorkspace.snapshot(ws);
        for (String bad : List.of("../escape", "..", "Air", "a/b", "")) {
            List<WorkingGroupPlan> plans = new ArrayList<>(workspace.plans());
            plans.add(new WorkingGroupPlan(bad, Text.of("Bad"), List.of(), List.of(), true, List.of()));
            Workspace withBad = new Workspace(workspace.agreement(), workspace.organizations(), workspace.relatedAgreements(),
                    plans, workspace.years(), workspace.reports());
            assertThatThrownBy(() -> store.save(ws, withBad)).isInstanceOf(IOException.class)
                    .hasMessageContaining("not a valid group id").hasMessageContaining("nothing was saved");
        }
        assertThat(TestWorkspace.snapshot(ws).keySet()).isEqualTo(before.keySet());
        assertThat(Files.exists(temp.resolve("escape"))).isFalse();
    }

    @Test
    void aFileOnDiskThatIsNotValidJsonIsNotOverwritten() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        Workspace workspace = load(ws);
        TestWorkspace.write(ws, "groups/water/2016.json", "{ \"groupId\": \"water\", oops }\n");
        TestWorkspace.age(ws);

        assertThatThrownBy(() -> store.save(ws, workspace)).isInstanceOf(IOException.class)
                .hasMessageContaining("groups/water/2016.json:1:");
        assertThat(TestWorkspace.read(ws, "groups/water/2016.json")).isEqualTo("{ \"groupId\": \"water\", oops }\n");
    }

    @Test
    void aFileOnDiskThatDoesNotHoldAnObjectIsNotOverwritten() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        Workspace workspace = load(ws);
        TestWorkspace.write(ws, "related-agreements.json", "[\n  \"kept\"\n]\n");
        assertThatThrownBy(() -> store.save(ws, workspace)).isInstanceOf(IOException.class)
                .hasMessageContaining("related-agreements.json").hasMessageContaining("does not hold an object");
        assertThat(TestWorkspace.read(ws, "related-agreements.json")).isEqualTo("[\n  \"kept\"\n]\n");
    }

    private static Workspace withYear(Workspace w, GroupYear year) {
        List<GroupYear> years = new ArrayList<>();
        for (GroupYear y : w.years()) {
            years.add(y.groupId().equals(year.groupId()) && y.year() == year.year() ? year : y);
        }
        return new Workspace(w.agreement(), w.organizations(), w.relatedAgreements(), w.plans(), years, w.reports());
    }
}
