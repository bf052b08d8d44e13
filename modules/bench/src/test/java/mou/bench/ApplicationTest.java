package mou.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import mou.core.model.Workspace;
import mou.core.report.Block;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.core.spi.ReportFormat;
import mou.core.spi.WorkingGroupPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application wired without a framework is the real one: the registry, store, assembler and formats of the bundles. */
class ApplicationTest {

    @Test
    void wiresTheBundlesComponentsAndTheSyntheticGroups() {
        Application app = Application.withSyntheticGroups(3);

        assertThat(app.extensions().getClass().getName()).isEqualTo("mou.core.internal.ExtensionRegistry");
        assertThat(app.store().getClass().getName()).isEqualTo("mou.store.json.internal.JsonWorkspaceStore");
        assertThat(app.formats()).extracting(ReportFormat::id).contains("html", "md", "json");
        List<String> groups = app.extensions().groups().stream().map(WorkingGroupPlugin::id).toList();
        assertThat(groups).contains("g0001", "g0002", "g0003", "air-quality", "wildfires");
        // synthetic chapters sit between the landmarks, in number order
        assertThat(groups.indexOf("g0001")).isLessThan(groups.indexOf("g0002"));
    }

    @Test
    void findsTheSyntheticGroupsOfAWorkspaceFolder(@TempDir Path temp) throws IOException {
        WorkspaceGenerator.generate(new Shape(3, 1, 2, 1, 2, 2016, 1, 1, 5L), temp, null);

        Application app = Application.forWorkspace(temp);

        assertThat(app.extensions().group("g0003")).isPresent();
        assertThat(app.extensions().group("g0004")).isEmpty();
    }

    @Test
    void aGeneratedWorkspaceGivesEachGroupItsChapterWithRatedActivities(@TempDir Path temp) throws IOException {
        Shape shape = new Shape(2, 2, 3, 1, 3, 2016, 2, 1, 9L);
        WorkspaceGenerator.generate(shape, temp, null);
        Application app = Application.forWorkspace(temp);
        Workspace w = app.load(temp);

        ReportDocument report = app.assemble(w);

        assertThat(report.year()).isEqualTo(2016);
        Section chapter = report.sections().stream().filter(s -> s.id().equals("g0002")).findFirst().orElseThrow();
        List<Block.ProgressRow> rows = progressRows(chapter);
        assertThat(rows).hasSize(6).allSatisfy(r -> assertThat(r.level().level()).isNotNull());
        assertThat(rows).allSatisfy(r -> assertThat(r.deliverables()).hasSize(1));
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        long bytes = Application.render(app.format("html"), report, html);
        assertThat(bytes).isEqualTo(html.size());
        assertThat(html.toString(StandardCharsets.UTF_8)).contains(rows.get(0).activity());
    }

    private static List<Block.ProgressRow> progressRows(Section section) {
        List<Block.ProgressRow> rows = new java.util.ArrayList<>();
        for (Block b : section.blocks()) {
            if (b instanceof Block.ProgressTable t) {
                rows.addAll(t.rows());
            }
        }
        for (Section s : section.subsections()) {
            rows.addAll(progressRows(s));
        }
        return rows;
    }
}
