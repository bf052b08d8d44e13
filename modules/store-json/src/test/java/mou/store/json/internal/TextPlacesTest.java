package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.core.spi.LoadResult;
import mou.core.spi.TextPlace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loadPlacingTexts}: every text of the workspace with the place it was read, for the translation checks. */
class TextPlacesTest {

    private static final String PLAN = "groups/air-quality/plan.json";

    @TempDir
    Path temp;

    private final JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality());

    @Test
    void eachTextIsPlacedAtItsValueWithItsPathAndIsTheInstanceTheWorkspaceHolds() {
        Path ws = TestWorkspace.copy(temp);
        LoadResult loaded = store.loadPlacingTexts(ws);
        assertThat(loaded.hasErrors()).as("%s", loaded.problems()).isFalse();
        Workspace workspace = loaded.workspace();

        // a text with its Spanish, an object in the file
        Text name = workspace.plan("air-quality").orElseThrow().name();
        TextPlace namePlace = loaded.place(name).orElseThrow();
        assertThat(namePlace.text()).isSameAs(name);
        assertThat(namePlace).extracting(TextPlace::file, TextPlace::line, TextPlace::column, TextPlace::path)
                .containsExactly(PLAN, 3, 11, "$.name");
        // a plain string, and a paragraph of a list
        Text statement = workspace.plan("air-quality").orElseThrow().goals().get(0).statement();
        assertThat(loaded.place(statement).orElseThrow()).extracting(TextPlace::file, TextPlace::line, TextPlace::path)
                .containsExactly(PLAN, 21, "$.goals[0].statement");
        Text summary = workspace.year("air-quality", 2016).orElseThrow().narrative().summary().get(0);
        assertThat(loaded.place(summary).orElseThrow()).extracting(TextPlace::file, TextPlace::line, TextPlace::path)
                .containsExactly("groups/air-quality/2016.json", 6, "$.narrative.summary[0]");
        // in file order, each text once
        List<TextPlace> texts = loaded.texts();
        assertThat(texts).extracting(TextPlace::file).isSorted();
        assertThat(texts.stream().map(t -> t.file() + ":" + t.path()).distinct().count()).isEqualTo(texts.size());
    }

    @Test
    void theOrdinaryLoadPlacesNothingAndReadsTheSameWorkspace() {
        Path ws = TestWorkspace.copy(temp);

        LoadResult plain = store.load(ws);
        LoadResult placed = store.loadPlacingTexts(ws);

        assertThat(plain.texts()).isEmpty();
        assertThat(placed.texts()).isNotEmpty();
        assertThat(placed.workspace()).isEqualTo(plain.workspace());
        assertThat(placed.problems()).isEqualTo(plain.problems());
    }

    @Test
    void aMissingAndAStaleSpanishAreNamedWithWhatToDo() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        TestWorkspace.write(ws, PLAN, TestWorkspace.read(ws, PLAN).replace(
                "\"es\": \"Grupo de Trabajo de Calidad del Aire\"",
                "\"es\": \"Grupo de Trabajo de Calidad del Aire\", \"esOf\": \"" + Text.fingerprint("Air Group") + "\""));
        LoadResult loaded = store.loadPlacingTexts(ws);

        TextPlace name = loaded.place(loaded.workspace().plan("air-quality").orElseThrow().name()).orElseThrow();
        assertThat(name.translationProblem("es")).startsWith("the Spanish \"Grupo de Trabajo de Calidad del Aire\" translates an older English")
                .contains("remove \"esOf\" here");
        assertThat(name.translationProblem("en")).isNull();
        TextPlace statement = loaded.texts().stream().filter(t -> t.path().equals("$.goals[0].statement")).findFirst().orElseThrow();
        assertThat(statement.translationProblem("es")).startsWith("no Spanish version of \"Reduce emissions from vehicles at the border.\"")
                .contains("translations export --language es");
        assertThat(statement.problem(mou.core.spi.Problem.Severity.ERROR, "x").format())
                .isEqualTo(PLAN + ":21:" + statement.column() + ": $.goals[0].statement: x");
    }
}
