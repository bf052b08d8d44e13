package ${package}.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mou.core.model.Workspace;
import mou.core.report.Block;
import mou.core.report.Section;
import mou.core.spi.ReportContexts;
import org.junit.jupiter.api.Test;

class ${groupClass}ChapterTest {

    private final ${groupClass}Group group = new ${groupClass}Group();

    private List<Section> chapter(Workspace workspace, String language) {
        return group.sections().get(0).contribute(ReportContexts.forTest(workspace, Fixtures.YEAR, language, group));
    }

    private static Section part(Section section, String id) {
        return section.subsections().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no part " + id + " in " + section.subsections().stream().map(Section::id).toList()));
    }

    @Test
    void theChapterHasTheNarrativeTheProgressTablesAndThePilotProjects() {
        Section chapter = chapter(Fixtures.workspace(), "en").get(0);

        assertThat(chapter.id()).isEqualTo(${groupClass}Group.ID);
        assertThat(chapter.title()).isEqualTo("Cooperation on " + group.topic().en());
        assertThat(chapter.blocks()).contains(new Block.Paragraph("The group started its first pilot project."));
        Block.ProgressTable table = (Block.ProgressTable) part(chapter, ${groupClass}Group.ID + ".progress").blocks().get(0);
        assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row.level().label()).isEqualTo("Moderate Progress"));
        Section pilots = part(chapter, ${groupClass}Group.ID + ".pilots");
        assertThat(pilots.title()).isEqualTo("Pilot projects");
        assertThat(pilots.subsections()).singleElement().satisfies(pilot -> {
            assertThat(pilot.title()).isEqualTo("Pilot project at Mexicali, Baja California");
            assertThat(pilot.blocks()).contains(new Block.Facts(List.of(
                    new Block.Fact("Site", List.of("Mexicali, Baja California")),
                    new Block.Fact("Status", List.of("under way")),
                    new Block.Fact("Partners", List.of("CalEPA, SEMARNAT")))));
        });
    }

    @Test
    void aSpanishReportTakesTheGroupsOwnWordsFromItsSpanishLabels() {
        Section chapter = chapter(Fixtures.workspace(), "es").get(0);

        assertThat(chapter.title()).isEqualTo("Cooperación en " + group.topic().es());
        Section pilots = part(chapter, ${groupClass}Group.ID + ".pilots");
        assertThat(pilots.title()).isEqualTo("Proyectos piloto");
        assertThat(pilots.subsections().get(0).title()).isEqualTo("Proyecto piloto en Mexicali, Baja California");
        assertThat(pilots.subsections().get(0).blocks()).contains(new Block.Paragraph("Un proyecto piloto."));
    }

    @Test
    void aWorkspaceWithoutTheGroupGetsNoChapter() {
        Workspace empty = new Workspace(null, List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(chapter(empty, "en")).isEmpty();
    }
}
