package mou.group.cleanvehicles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import mou.core.report.Block;
import mou.core.report.Section;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportContexts;
import mou.core.spi.ReportSectionContributor;
import org.junit.jupiter.api.Test;

class CleanVehiclesChapterTest {

    private final CleanVehiclesGroup group = new CleanVehiclesGroup();
    private final ReportSectionContributor chapter = group.sections().get(0);

    private Section chapter(String language) {
        List<Section> sections = chapter.contribute(ReportContexts.forTest(Fixtures.workspace(), 2016, language, group));
        assertThat(sections).hasSize(1);
        return sections.get(0);
    }

    private static Optional<Section> find(Section section, String id) {
        return Stream.concat(Stream.of(section), section.subsections().stream().flatMap(s -> find(s, id).stream()))
                .filter(s -> s.id().equals(id)).findFirst();
    }

    private static <T extends Block> T block(Section section, Class<T> kind) {
        return section.blocks().stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
    }

    @Test
    void theGroupIsAsTheSharedIdsSay() {
        assertThat(group.id()).isEqualTo("clean-vehicles");
        assertThat(group.order()).isEqualTo(630);
        assertThat(group.deliverableTypes()).extracting(DeliverableType::id)
                .containsExactly("emission-standard", "equivalence-guide", "inventory-methodology");
        assertThat(chapter.id()).isEqualTo("clean-vehicles.chapter");
        assertThat(chapter.order()).isEqualTo(630);
    }

    @Test
    void isTheCleanVehiclesChapterWithItsOwnSections() {
        Section section = chapter("en");
        assertThat(section.title()).isEqualTo("Cooperation on Clean Vehicles");
        assertThat(section.subsections()).extracting(Section::id).containsExactly("clean-vehicles.next-steps",
                "clean-vehicles.progress", "clean-vehicles.standards", "clean-vehicles.figures", "clean-vehicles.events");
    }

    @Test
    void theStandardsTableShowsEachStandardWithItsStatus() {
        Block.Table table = block(find(chapter("en"), "clean-vehicles.standards").orElseThrow(), Block.Table.class);
        assertThat(table.headers()).containsExactly("Standard", "What it covers", "Status", "Deliverable");
        assertThat(table.rows()).extracting(r -> r.get(0)).containsExactly(
                "New standards (no code yet)", "NOM-163-SEMARNAT-ENER-SCFI-2013", "NOM-EM-167-SEMARNAT-2016");
        assertThat(table.rows().get(0).get(1)).isEqualTo("criteria pollutants and greenhouse gases");
        assertThat(table.rows().get(0).get(2)).startsWith("draft prepared, not yet formally proposed");
        assertThat(table.rows().get(1)).containsExactly("NOM-163-SEMARNAT-ENER-SCFI-2013", "fuel economy standards",
                "modification in process", "Related to: Mexican Official Norms drafts and Regulatory Impact Study.");
        assertThat(table.rows().get(2).get(1)).isEqualTo("in-use motor vehicles; applies in Mexico City and Hidalgo");
        assertThat(table.rows().get(2).get(2)).isEqualTo("published June 7, 2016 in the Official Journal");
    }

    @Test
    void theProgressTableUsesTheTypesSummaries() {
        Block.ProgressTable goal2 = find(chapter("en"), "clean-vehicles.progress").orElseThrow().blocks().stream()
                .map(Block.ProgressTable.class::cast).toList().get(1);
        Block.DeliverableLine line = goal2.rows().get(0).deliverables().get(0);
        assertThat(line.typeLabel()).isEqualTo("Emission standards equivalence guide");
        assertThat(line.summary()).isEqualTo("via DGFAUT · planned");
        assertThat(goal2.rows().get(0).level().label()).isEqualTo("Not rated");
    }

    @Test
    void figuresAndEventsComeFromTheYear() {
        Section section = chapter("en");
        Block.FigureTable figures = block(find(section, "clean-vehicles.figures").orElseThrow(), Block.FigureTable.class);
        assertThat(figures.rows()).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo("2 days");
            // the activity by its short reference (its row in the progress table has the sentence), with its id
            assertThat(r.group()).isEqualTo("Activity 3.1");
            assertThat(r.activityId()).isNotNull();
            assertThat(r.amount()).isEqualByComparingTo("2");
            assertThat(r.unit()).isEqualTo("days");
            assertThat(r.asOf()).isEqualTo("September 2016");
        });
        Block.Timeline timeline = block(find(section, "clean-vehicles.events").orElseThrow(), Block.Timeline.class);
        assertThat(timeline.entries()).extracting(Block.TimelineEntry::title).containsExactly("NOM-EM-167 published", "OBD II training");
        assertThat(timeline.entries().get(1).details()).isEqualTo("SEMARNAT, CARB, BAR");
        assertThat(timeline.entries().get(1).kind()).isEqualTo("Training");
    }

    @Test
    void writesTheStandardsTableInSpanish() {
        Section section = chapter("es");
        assertThat(section.title()).isEqualTo("Cooperación en Vehículos Limpios");
        Block.Table table = block(find(section, "clean-vehicles.standards").orElseThrow(), Block.Table.class);
        assertThat(table.caption()).isEqualTo("Normas de emisiones vehiculares y su estado");
        assertThat(table.rows().get(0).get(0)).isEqualTo("Nuevas normas (aún sin clave)");
        assertThat(table.rows().get(1).get(2)).isEqualTo("modificación en proceso");
        assertThat(table.rows().get(2).get(2)).isEqualTo("publicada el 7 de junio de 2016 en el Official Journal");
        assertThat(block(find(section, "clean-vehicles.figures").orElseThrow(), Block.FigureTable.class).rows().get(0).value())
                .isEqualTo("2 días");
    }

    @Test
    void anEmptyWorkspaceYieldsNoSection() {
        assertThat(chapter.contribute(ReportContexts.forTest(Fixtures.empty(), 2016, "en", group))).isEmpty();
    }
}
