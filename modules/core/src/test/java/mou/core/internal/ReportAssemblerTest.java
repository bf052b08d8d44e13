package mou.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import mou.core.internal.sections.AgreementSection;
import mou.core.internal.sections.AtAGlanceSection;
import mou.core.internal.sections.ExecutiveSummarySection;
import mou.core.internal.sections.FiguresSection;
import mou.core.internal.sections.FinalCommentsSection;
import mou.core.internal.sections.IntroductionSection;
import mou.core.internal.sections.OverarchingGoalsSection;
import mou.core.internal.sections.ProgressKeySection;
import mou.core.internal.sections.TimelineSection;
import mou.core.internal.types.WorkshopType;
import mou.core.model.ProgressLevel;
import mou.core.report.Block;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportSectionContributor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportAssemblerTest {

    private ExtensionRegistry registry;

    @BeforeEach
    void installCore() {
        registry = new ExtensionRegistry();
        Stream.of(new IntroductionSection(), new AgreementSection(), new ExecutiveSummarySection(), new AtAGlanceSection(),
                new OverarchingGoalsSection(), new FinalCommentsSection(), new ProgressKeySection(), new FiguresSection(),
                new TimelineSection()).forEach(registry::addSection);
        registry.addDeliverableType(new WorkshopType());
    }

    private ReportDocument assemble() {
        return new ReportAssembler(registry).assemble(Fixtures.workspace(), 2016, "en");
    }

    private static List<String> ids(ReportDocument document) {
        return document.sections().stream().map(Section::id).toList();
    }

    @Test
    void sectionsComeInTheOrderTheyAskForAndGroupChaptersFollowTheirPluginOrder() {
        registry.addGroup(Fixtures.group("beta", "Beta", 690));
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        ReportDocument document = assemble();
        assertThat(ids(document)).containsExactly("introduction", "agreement", "executive-summary", "at-a-glance",
                "overarching-goals", "alpha", "beta", "final-comments", "progress-key", "figures", "timeline");
        assertThat(document.title()).isEqualTo("Test MOU 2016");
        assertThat(document.subtitle()).isEqualTo("2016 Progress Report");
    }

    @Test
    void aGroupThatIsNotInstalledIsSimplyAbsentAndTheSummaryAdapts() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        ReportDocument document = assemble();
        assertThat(ids(document)).contains("alpha").doesNotContain("beta");
        Section summary = section(document, "executive-summary");
        assertThat(summary.blocks()).containsExactly(new Block.Paragraph("Alpha summary."));
        Block.LevelChart byGroup = (Block.LevelChart) section(document, "at-a-glance").blocks().get(0);
        assertThat(byGroup.rows()).extracting(Block.ChartRow::label).containsExactly("Alpha");
        assertThat(byGroup.rows().get(0).counts()).containsExactly(0, 0, 1, 1, 0);
    }

    @Test
    void theChapterHasTheNarrativeAndOneProgressTablePerGoalWithLevelsAndChanges() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        Section chapter = section(assemble(), "alpha");
        assertThat(chapter.title()).isEqualTo("Cooperation on Alpha");
        assertThat(chapter.blocks()).containsExactly(new Block.Paragraph("Alpha did things."));
        assertThat(chapter.subsections()).extracting(Section::id).containsExactly("alpha.challenges", "alpha.next-steps", "alpha.progress");
        List<Block> tables = chapter.subsections().get(2).blocks();
        assertThat(tables).hasSize(4);
        assertThat(tables.get(2)).isEqualTo(new Block.Notice(Block.Severity.INFO, "Derived from the narrative."));
        Block.ProgressTable first = (Block.ProgressTable) tables.get(0);
        assertThat(first.caption()).isEqualTo("Alpha Overarching Goal 1");
        assertThat(first.headers()).containsExactly("Overarching Goal 1", "Working Group Activities", "Deliverables", "Progress");
        Block.ProgressRow row = first.rows().get(0);
        assertThat(row.level().level()).isEqualTo(ProgressLevel.MODERATE);
        assertThat(row.level().label()).isEqualTo("Moderate Progress");
        assertThat(row.level().inferred()).isTrue();
        assertThat(row.level().change()).isEqualTo("Initial Progress → Moderate Progress");
        assertThat(row.deliverables()).extracting(Block.DeliverableLine::typeLabel).containsExactly("Workshop", "unknown-type");
        assertThat(row.deliverables().get(0).summary()).contains("Place: Mexico City").contains("Participants: 30")
                .contains("Organizations: ST, nobody");
        assertThat(row.deliverables().get(1).note()).isEqualTo("not currently considered necessary");
        Block.ProgressTable second = (Block.ProgressTable) tables.get(3);
        assertThat(second.goal()).isEqualTo("Suppression: Put out fires.");
        assertThat(second.rows().get(0).level().level()).isNull();
        assertThat(second.rows().get(0).level().label()).isEqualTo("Not rated");
    }

    @Test
    void onlyGroupsInTheJointActionPlanAppearAmongItsOverarchingGoals() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        registry.addGroup(Fixtures.group("beta", "Beta", 690));
        Section goals = section(assemble(), "overarching-goals");
        assertThat(goals.subsections()).extracting(Section::title).containsExactly("Alpha");
        assertThat(((Block.BulletList) goals.subsections().get(0).blocks().get(0)).items())
                .containsExactly("1. Share knowledge and technology.", "2. Put out fires.");
    }

    @Test
    void figuresShowProgressTowardsTargetsAndTheTimelineIsInDateOrder() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        registry.addGroup(Fixtures.group("beta", "Beta", 690));
        ReportDocument document = assemble();
        Block.FigureTable figures = (Block.FigureTable) section(document, "figures").blocks().get(0);
        assertThat(figures.rows()).extracting(Block.FigureRow::value).containsExactly("355 samples", "3,800 m³");
        assertThat(figures.rows().get(1).target()).isEqualTo("6,000 m³");
        assertThat(figures.rows().get(1).share()).isBetween(0.63, 0.64);
        assertThat(figures.rows().get(0).share()).isEqualTo(-1);
        Block.Timeline timeline = (Block.Timeline) section(document, "timeline").blocks().get(0);
        assertThat(timeline.entries()).extracting(Block.TimelineEntry::isoDate).containsExactly("2016-01-15", "2016-02", "2016-08");
        assertThat(timeline.entries().get(1).details()).contains("ST").contains("30 participants");
    }

    @Test
    void aSectionThatThrowsLeavesANoticeAndTheRestOfTheReport() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        registry.addSection(new ReportSectionContributor() {
            public String id() {
                return "broken";
            }

            public double order() {
                return 700;
            }

            public List<Section> contribute(ReportContext context) {
                throw new IllegalStateException("the data source is down");
            }
        });
        ReportDocument document = assemble();
        Section broken = section(document, "broken");
        assertThat(broken.blocks()).singleElement().isInstanceOfSatisfying(Block.Notice.class, notice -> {
            assertThat(notice.severity()).isEqualTo(Block.Severity.ERROR);
            assertThat(notice.text()).contains("broken").contains("the data source is down");
        });
        assertThat(ids(document)).contains("alpha", "final-comments");
    }

    @Test
    void aSpanishReportTakesItsWordsFromTheSpanishLabels() {
        registry.addGroup(Fixtures.group("alpha", "Alpha", 610));
        ReportDocument document = new ReportAssembler(registry).assemble(Fixtures.workspace(), 2016, "es");
        assertThat(document.subtitle()).isEqualTo("Informe de Avances 2016");
        assertThat(section(document, "executive-summary").title()).isEqualTo("Resumen ejecutivo");
        Block.LevelLegend key = (Block.LevelLegend) section(document, "progress-key").blocks().get(0);
        assertThat(key.levels()).extracting(Block.LevelMark::label)
                .containsExactly("Sin avance", "Avance inicial", "Avance moderado", "Avance significativo", "Entregable logrado");
    }

    private static Section section(ReportDocument document, String id) {
        return document.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no section " + id));
    }
}
