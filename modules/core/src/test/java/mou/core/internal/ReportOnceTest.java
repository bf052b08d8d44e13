package mou.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mou.core.internal.sections.FiguresSection;
import mou.core.internal.sections.IntroductionSection;
import mou.core.internal.sections.ProgressKeySection;
import mou.core.internal.sections.RelatedAgreementsSection;
import mou.core.internal.sections.TimelineSection;
import mou.core.internal.types.WorkshopType;
import mou.core.model.Assessment;
import mou.core.model.DateSpan;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.Metric;
import mou.core.model.RelatedAgreement;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.report.Block;
import mou.core.report.Chapters;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each thing once: captions that repeat their heading are left out, a figure or event shown in a
 * group's chapter is linked to from the combined sections, events known only by their year come
 * last, the rows carry ids and numbers, the notice on inferred levels is given once, and a figure
 * that the source words keeps the source's words.
 */
class ReportOnceTest {

    private ExtensionRegistry registry;

    @BeforeEach
    void installCore() {
        registry = new ExtensionRegistry();
        Stream.of(new IntroductionSection(), new RelatedAgreementsSection(), new ProgressKeySection(), new FiguresSection(),
                new TimelineSection()).forEach(registry::addSection);
        registry.addDeliverableType(new WorkshopType());
        registry.addGroup(withFiguresAndEvents("alpha", "Alpha", 610));
        registry.addGroup(Fixtures.group("beta", "Beta", 690));
    }

    /** A group whose chapter shows its year's figures and events, as Air Quality's does. */
    private static WorkingGroupPlugin withFiguresAndEvents(String id, String topic, double order) {
        WorkingGroupPlugin plain = Fixtures.group(id, topic, order);
        ReportSectionContributor chapter = new ReportSectionContributor() {
            public String id() {
                return id + ".chapter";
            }

            public double order() {
                return order;
            }

            public List<Section> contribute(ReportContext context) {
                WorkingGroupPlan plan = context.plan(id).orElseThrow();
                GroupYear year = context.groupYear(id).orElseThrow();
                List<Section> extra = List.of(
                        Section.of(id + ".figures", "Alpha figures", List.of(Chapters.figures(context, "Alpha figures", "Activity", plan,
                                year.metrics(), unit -> unit))),
                        Section.of(id + ".events", "Alpha events", List.of(Chapters.timeline(context, "Alpha events", "Alpha Working Group",
                                year.events()))));
                return Chapters.standard(context, plain, extra).map(List::of).orElse(List.of());
            }
        };
        return Fixtures.groupWith(plain, chapter);
    }

    private ReportDocument assemble(Workspace workspace) {
        return new ReportAssembler(registry).assemble(workspace, 2016, "en");
    }

    /** The fixture's workspace with an event of beta known only by its year, and the Under2-like related agreement. */
    private static Workspace workspace() {
        Workspace w = Fixtures.workspace();
        List<GroupYear> years = new ArrayList<>();
        for (GroupYear year : w.years()) {
            if (year.groupId().equals("beta") && year.year() == 2016) {
                List<Event> events = new ArrayList<>(year.events());
                events.add(0, new Event("be-2016-calls", Event.Kind.TELECONFERENCE, DateSpan.parse("2016"), Text.of("Monthly calls"), null,
                        List.of(), null, null, null));
                year = year.withEvents(events);
            }
            years.add(year);
        }
        RelatedAgreement under2 = new RelatedAgreement("under2", Text.of("Under2 MOU"), List.of(Text.of("California")), DateSpan.parse("2016"),
                List.of(Text.of("More than a third of the global economy.")),
                List.of(new Metric("under2-economy", Text.of("Share of the global economy"), new BigDecimal("33.3"), "%", null, null, null, null,
                                null, Text.of("more than a third of the global economy")),
                        new Metric("under2-continents", Text.of("Continents"), BigDecimal.ONE, "continents", null, null, null, null, null)),
                List.of());
        return new Workspace(w.agreement(), w.organizations(), List.of(under2), w.plans(), years, w.reports());
    }

    private static Section section(ReportDocument document, String id) {
        return document.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no section " + id));
    }

    private static Section sub(Section section, String id) {
        return section.subsections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no section " + id));
    }

    private static List<Block> allBlocks(List<Section> sections) {
        List<Block> blocks = new ArrayList<>();
        for (Section s : sections) {
            blocks.addAll(s.blocks());
            blocks.addAll(allBlocks(s.subsections()));
        }
        return blocks;
    }

    @Test
    void theCombinedSectionsAndTheKeyHaveNoCaptionThatRepeatsTheirHeading() {
        ReportDocument document = assemble(workspace());
        assertThat(((Block.FigureTable) section(document, "figures").blocks().get(0)).caption()).isNull();
        assertThat(((Block.Timeline) section(document, "timeline").blocks().get(0)).caption()).isNull();
        assertThat(((Block.LevelLegend) section(document, "progress-key").blocks().get(0)).caption()).isNull();
    }

    @Test
    void aFigureShownInItsChapterIsLinkedFromTheCombinedTableWhichKeepsTheOthers() {
        ReportDocument document = assemble(workspace());
        Block.FigureTable combined = (Block.FigureTable) section(document, "figures").blocks().get(0);
        Block.FigureRow samples = combined.rows().stream().filter(r -> "al-2016-samples".equals(r.id())).findFirst().orElseThrow();
        assertThat(samples.home()).isEqualTo("alpha.figures");
        Block.FigureRow waste = combined.rows().stream().filter(r -> "be-2016-waste".equals(r.id())).findFirst().orElseThrow();
        assertThat(waste.home()).as("beta's chapter shows no figures: the combined table is their home").isNull();
        // the numbers and ids beside the words
        assertThat(waste.groupId()).isEqualTo("beta");
        assertThat(waste.activityId()).isEqualTo("be-1-1");
        assertThat(waste.amount()).isEqualByComparingTo("3800");
        assertThat(waste.targetAmount()).isEqualByComparingTo("6000");
        assertThat(waste.unit()).isEqualTo("m3");
        assertThat(waste.value()).isEqualTo("3,800 m³");

        Block.FigureTable own = (Block.FigureTable) sub(section(document, "alpha"), "alpha.figures").blocks().get(0);
        Block.FigureRow home = own.rows().get(0);
        assertThat(home.home()).isNull();
        assertThat(home.group()).as("the activity by its short reference, not its sentence").isEqualTo("Activity 1.1");
        assertThat(home.activityId()).isEqualTo("al-1-1");
        assertThat(home.amount()).isEqualByComparingTo("355");
    }

    @Test
    void anEventShownInItsChapterIsLinkedFromTheTimelineWithoutItsDetails() {
        ReportDocument document = assemble(workspace());
        Block.Timeline combined = (Block.Timeline) section(document, "timeline").blocks().get(0);
        Block.TimelineEntry workshop = combined.entries().stream().filter(e -> "al-2016-workshop".equals(e.id())).findFirst().orElseThrow();
        assertThat(workshop.home()).isEqualTo("alpha.events");
        assertThat(workshop.details()).isEmpty();
        assertThat(workshop.kindId()).isEqualTo("workshop");
        assertThat(workshop.groupId()).isEqualTo("alpha");
        Block.Timeline own = (Block.Timeline) sub(section(document, "alpha"), "alpha.events").blocks().get(0);
        assertThat(own.entries().get(0).home()).isNull();
        assertThat(own.entries().get(0).details()).contains("30 participants");
        assertThat(own.entries().get(0).groupId()).isEqualTo("alpha");
    }

    @Test
    void eventsKnownOnlyByTheirYearComeAfterTheYearsDatedEvents() {
        ReportDocument document = assemble(workspace());
        Block.Timeline combined = (Block.Timeline) section(document, "timeline").blocks().get(0);
        assertThat(combined.entries()).extracting(Block.TimelineEntry::id)
                .containsExactly("be-2016-first", "al-2016-workshop", "be-2016-workshop", "be-2016-calls");
        assertThat(combined.entries()).extracting(Block.TimelineEntry::yearOnly).containsExactly(false, false, false, true);
    }

    @Test
    void progressTablesCarryTheGoalsIdsTheActivitiesReferencesAndTheTypesIds() {
        ReportDocument document = assemble(workspace());
        List<Block.ProgressTable> tables = allBlocks(List.of(section(document, "alpha"))).stream()
                .filter(Block.ProgressTable.class::isInstance).map(Block.ProgressTable.class::cast).toList();
        assertThat(tables).extracting(Block.ProgressTable::goalId).containsExactly("al-1", "al-3", "al-2");
        assertThat(tables.get(0).rows()).extracting(Block.ProgressRow::reference).containsExactly("1.1", "1.2");
        assertThat(tables.get(2).rows()).extracting(Block.ProgressRow::reference).containsExactly("2.1");
        assertThat(tables.get(0).rows().get(0).deliverables()).extracting(Block.DeliverableLine::typeId)
                .containsExactly("workshop", "unknown-type");
    }

    @Test
    void theChartsBarsCarryTheGroupsAndGoalsIds() {
        registry.addSection(new mou.core.internal.sections.AtAGlanceSection());
        ReportDocument document = assemble(workspace());
        List<Block> charts = section(document, "at-a-glance").blocks();
        assertThat(((Block.LevelChart) charts.get(0)).rows()).extracting(Block.ChartRow::id).containsExactly("alpha", "beta");
        assertThat(((Block.LevelChart) charts.get(1)).rows()).extracting(Block.ChartRow::id).containsExactly("al-1", "be-1");
    }

    @Test
    void oneNoticeAtTheTopSaysHowManyLevelsWereInferred() {
        ReportDocument all = assemble(workspace());
        List<Block.Notice> notices = allBlocks(all.sections()).stream().filter(Block.Notice.class::isInstance).map(Block.Notice.class::cast)
                .filter(n -> n.text().contains("inferred")).toList();
        assertThat(notices).hasSize(1);
        assertThat(all.sections().get(0).blocks().get(0)).isEqualTo(notices.get(0));
        assertThat(notices.get(0).text()).startsWith("All 3 progress levels of 2016 are inferred from the narrative");

        Workspace stated = restated(workspace(), "al-1-2");
        Block first = assemble(stated).sections().get(0).blocks().get(0);
        assertThat(first).isInstanceOf(Block.Notice.class);
        assertThat(((Block.Notice) first).text()).startsWith("2 of the 3 progress levels of 2016 are inferred");

        Workspace none = restated(restated(restated(workspace(), "al-1-2"), "al-1-1"), "be-1-1");
        assertThat(allBlocks(assemble(none).sections())).noneMatch(b -> b instanceof Block.Notice n && n.text().contains("inferred"));

        ReportDocument spanish = new ReportAssembler(registry).assemble(workspace(), 2016, "es");
        assertThat(((Block.Notice) spanish.sections().get(0).blocks().get(0)).text())
                .startsWith("Los 3 niveles de avance de 2016 se infirieron de la narrativa");
    }

    @Test
    void levelsCarriedOverFromAnInferredYearAreNotSaidToBeInferredFromTheNewYearsNarrative() {
        Workspace w = workspace();
        List<GroupYear> years = new ArrayList<>(w.years());
        for (GroupYear year2016 : w.years()) {
            if (year2016.year() == 2016) {
                // the year opened: every level carried over (al-1-1 rated again for 2017, by its group)
                List<Assessment> carried = new ArrayList<>();
                for (Assessment a : year2016.assessments()) {
                    carried.add(a.activityId().equals("al-1-1") ? new Assessment(a.activityId(), a.level(), mou.core.model.Text.of("Rated."), List.of(), false)
                            : Assessment.carriedOver(a, 2016, 2017));
                }
                years.add(new GroupYear(year2016.groupId(), 2017, mou.core.model.Narrative.EMPTY, carried, List.of(), List.of()));
            }
        }
        Workspace with2017 = new Workspace(w.agreement(), w.organizations(), w.relatedAgreements(), w.plans(), years, w.reports());

        List<Block.Notice> notices = allBlocks(new ReportAssembler(registry).assemble(with2017, 2017, "en").sections()).stream()
                .filter(Block.Notice.class::isInstance).map(Block.Notice.class::cast).filter(n -> n.text().contains("inferred")).toList();
        assertThat(notices).singleElement().extracting(Block.Notice::text).asString()
                .startsWith("2 of the 3 progress levels of 2017 are carried over from the year before and not yet rated for 2017;")
                .contains("there they were inferred from the narrative of that year's published report")
                .doesNotContain("levels of 2017 are inferred");
        List<Block.Notice> spanish = allBlocks(new ReportAssembler(registry).assemble(with2017, 2017, "es").sections()).stream()
                .filter(Block.Notice.class::isInstance).map(Block.Notice.class::cast).filter(n -> n.text().contains("infirieron")).toList();
        assertThat(spanish).singleElement().extracting(Block.Notice::text).asString()
                .startsWith("2 de los 3 niveles de avance de 2017 vienen del año anterior");
    }

    /** The workspace with one activity's 2016 level stated by its group rather than inferred. */
    private static Workspace restated(Workspace w, String activityId) {
        List<GroupYear> years = new ArrayList<>();
        for (GroupYear year : w.years()) {
            if (year.year() == 2016) {
                List<Assessment> assessments = new ArrayList<>();
                for (Assessment a : year.assessments()) {
                    assessments.add(a.activityId().equals(activityId)
                            ? new Assessment(a.activityId(), a.level(), a.rationale(), a.evidence(), false) : a);
                }
                year = year.withAssessments(assessments);
            }
            years.add(year);
        }
        return new Workspace(w.agreement(), w.organizations(), w.relatedAgreements(), w.plans(), years, w.reports());
    }

    @Test
    void aFigureThatTheSourceWordsKeepsItsWordsAndOneIsSingular() {
        ReportDocument document = assemble(workspace());
        Section under2 = sub(section(document, "related-agreements"), "related-agreements.under2");
        Block.BulletList figures = (Block.BulletList) under2.blocks().stream().filter(Block.BulletList.class::isInstance).findFirst().orElseThrow();
        assertThat(figures.items()).containsExactly("Share of the global economy: more than a third of the global economy",
                "Continents: 1 continent");
    }
}
