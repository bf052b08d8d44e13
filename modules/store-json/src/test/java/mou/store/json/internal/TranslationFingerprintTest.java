package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint of the English a Spanish version translates ("esOf") in the files. */
class TranslationFingerprintTest {

    private static final String PLAN = "groups/air-quality/plan.json";
    private static final String NAME = "\"en\": \"Air Quality Working Group\",\n    \"es\": \"Grupo de Trabajo de Calidad del Aire\"";

    @TempDir
    Path temp;

    private final JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality());

    private Workspace load(Path ws) {
        LoadResult result = store.load(ws);
        assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
        return result.workspace();
    }

    private static Text name(Workspace workspace) {
        return workspace.plan("air-quality").orElseThrow().name();
    }

    private static Workspace withName(Workspace workspace, Text name) {
        List<WorkingGroupPlan> plans = new ArrayList<>(workspace.plans());
        WorkingGroupPlan plan = workspace.plan("air-quality").orElseThrow();
        plans.set(plans.indexOf(plan), new WorkingGroupPlan(plan.groupId(), name, plan.members(), plan.partners(),
                plan.inJointActionPlan(), plan.goals()));
        return new Workspace(workspace.agreement(), workspace.organizations(), workspace.relatedAgreements(), plans,
                workspace.years(), workspace.reports());
    }

    @Test
    void aFileWrittenBeforeFingerprintsReadsAsTranslatedAndStaysAsItIsWhenSaved() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        String legacy = TestWorkspace.read(ws, PLAN);
        assertThat(legacy).contains(NAME).doesNotContain("esOf");
        Workspace workspace = load(ws);
        assertThat(name(workspace).spanishStale()).isFalse();

        store.save(ws, workspace);

        assertThat(TestWorkspace.read(ws, PLAN)).isEqualTo(legacy);
    }

    @Test
    void anEnglishChangedByHandAfterTheTranslationReadsAsStale() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        // as a file written since 1.6 has it: the Spanish with the fingerprint of the English it translates
        TestWorkspace.replace(ws, PLAN, NAME, NAME + ",\n    \"esOf\": \"" + Text.fingerprint("Air Quality Working Group") + "\"");
        assertThat(name(load(ws)).spanishStale()).isFalse();
        TestWorkspace.replace(ws, PLAN, "\"en\": \"Air Quality Working Group\"", "\"en\": \"Air Quality and Health Working Group\"");

        Text name = name(load(ws));

        assertThat(name.spanishStale()).isTrue();
        assertThat(name.es()).isEqualTo("Grupo de Trabajo de Calidad del Aire");
    }

    @Test
    void anEnglishChangedThroughTheModelKeepsTheFingerprintOfTheEnglishTheSpanishTranslates() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        Workspace workspace = load(ws);

        store.save(ws, withName(workspace, name(workspace).withEnglish("Air Quality and Health Working Group")));

        assertThat(TestWorkspace.read(ws, PLAN)).contains("\"esOf\": \"" + Text.fingerprint("Air Quality Working Group") + "\"");
        Text reread = name(load(ws));
        assertThat(reread.spanishStale()).isTrue();

        store.save(ws, withName(load(ws), reread.withSpanish("Grupo de Trabajo de Calidad del Aire y Salud")));
        assertThat(name(load(ws)).spanishStale()).isFalse();
        assertThat(TestWorkspace.read(ws, PLAN))
                .contains("\"esOf\": \"" + Text.fingerprint("Air Quality and Health Working Group") + "\"");
    }

    @Test
    void aSpanishRemovedThroughTheModelTakesItsFingerprintWithIt() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        Workspace workspace = load(ws);

        store.save(ws, withName(workspace, name(workspace).withSpanish(null)));

        String plan = TestWorkspace.read(ws, PLAN);
        assertThat(plan).contains("\"name\": \"Air Quality Working Group\"").doesNotContain("Grupo de Trabajo de Calidad del Aire\"");
        assertThat(name(load(ws)).es()).isNull();
    }

    @Test
    void aFingerprintThatIsNotOneIsAnErrorAtItsPlace() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        String content = TestWorkspace.read(ws, PLAN).replace(NAME, NAME + ",\n    \"esOf\": 42");
        String esOf = "\"esOf\": 42";
        TestWorkspace.write(ws, PLAN, content);

        LoadResult result = store.load(ws);

        Problem problem = TestWorkspace.only(result, PLAN, "$.name.esOf");
        assertThat(problem.message()).contains("fingerprint of the English").contains("42").contains("remove it");
        assertThat(problem.line()).isEqualTo(TestWorkspace.positionOf(content, esOf)[0]);
    }
}
