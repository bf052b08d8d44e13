package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.ProgressLevel;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.core.spi.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save merges into the tree its own last save of a file wrote that file from, not parsing the file
 * again ({@link WorkspaceWriter.KnownTrees}): what it writes is exactly what a save that parses the
 * file writes, the file's own keys (unknown to the model) kept at every level.
 */
class KnownTreesTest {

    @TempDir
    Path temp;

    private final JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality());

    /** The year's first assessment rated {@code level} with {@code rationale}, saved as a change of {@code basis}. */
    private void rate(Path ws, LoadResult basis, ProgressLevel level, String rationale) throws IOException {
        Workspace workspace = basis.workspace();
        List<GroupYear> years = new ArrayList<>(workspace.years());
        years.replaceAll(y -> {
            if (!y.groupId().equals("air-quality")) {
                return y;
            }
            List<Assessment> assessments = new ArrayList<>(y.assessments());
            Assessment a = assessments.get(0);
            assessments.set(0, new Assessment(a.activityId(), level, Text.of(rationale), a.evidence(), a.inferred()));
            return y.withAssessments(assessments);
        });
        store.save(ws, workspace.with(years, workspace.reports()), basis, List.of());
    }

    @Test
    void aSecondSaveOverItsOwnFileWritesWhatASaveThatParsesTheFileWrites() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        String year = "groups/air-quality/2016.json";
        // the file's own keys: at the top, in an assessment, in a text with more than en and es, after a list
        TestWorkspace.addOwnKeys(ws, year);
        TestWorkspace.replace(ws, year, "        \"es\": \"Los datos se transmiten al sitio web de la SPA.\"\n",
                "        \"es\": \"Los datos se transmiten al sitio web de la SPA.\",\n        \"note\": \"checked \\\"twice\\\"\"\n");
        TestWorkspace.replace(ws, year, "    \"challenges\": [],\n", "    \"challenges\": [],\n    \"x-challenges\": null,\n");

        rate(ws, store.load(ws), ProgressLevel.SIGNIFICANT, "First rating.");
        // the same second change, once over the tree the first save kept (ws) and once in a copy, where the file is parsed
        Path copy = TestWorkspace.copyTree(ws, temp.resolve("copy"));
        rate(ws, store.load(ws), ProgressLevel.ACHIEVED, "Second rating – «done».");
        rate(copy, store.load(copy), ProgressLevel.ACHIEVED, "Second rating – «done».");

        String kept = TestWorkspace.read(ws, year);
        assertThat(kept).isEqualTo(TestWorkspace.read(copy, year));
        assertThat(kept).startsWith("{\n  \"$schema\": \"mou-year\",\n").contains("\"reviewer\": {\n        \"name\": \"jd\"")
                .contains("\"note\": \"checked \\\"twice\\\"\"").contains("\"x-challenges\": null")
                .contains("\"rationale\": \"Second rating – «done».\"").contains("\"level\": \"achieved\"");
        assertThat(store.load(ws).hasErrors()).isFalse();
    }
}
