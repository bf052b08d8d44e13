package mou.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mou.core.model.Activity;
import mou.core.model.Agreement;
import mou.core.model.Assessment;
import mou.core.model.DateSpan;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.Metric;
import mou.core.model.Narrative;
import mou.core.model.OverarchingGoal;
import mou.core.model.ProgressLevel;
import mou.core.model.QuarterlyUpdate;
import mou.core.model.Review;
import mou.core.model.ReviewState;
import mou.core.model.ReviewStep;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.report.Block;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.core.spi.AssembledReport;
import org.junit.jupiter.api.Test;

/** report --group GROUP --quarter YEAR-Qn: one group's internal report for a quarter. */
class QuarterlyReportTest {

    private static final WorkingGroupPlan PLAN = new WorkingGroupPlan("air-quality", Text.of("Air Quality Working Group"), List.of(), List.of(), true,
            List.of(new OverarchingGoal("aq-3", 3, null, Text.of("Improve monitoring."), List.of(
                    new Activity("aq-3-1", Text.of("Strengthen the monitoring network."), List.of(), null)))));

    private static Workspace workspace(List<QuarterlyUpdate> updates) {
        Agreement agreement = new Agreement("mou", Text.of("MOU"), null, DateSpan.parse("2014"), null, List.of(), null, List.of(), null,
                List.of(), null, List.of());
        List<Event> events = List.of(
                new Event("aq-2016-july", Event.Kind.MEETING, DateSpan.parse("2016-07-12"), Text.of("July meeting"), null, List.of(), null, null, null),
                new Event("aq-2016-late", Event.Kind.WORKSHOP, DateSpan.parse("2016-11"), Text.of("November workshop"), null, List.of(), null, null, null),
                new Event("aq-2016-reported", Event.Kind.DELIVERY, DateSpan.parse("2016-06-30"), Text.of("Monitors delivered"), null, List.of(), null, null, null));
        List<Metric> metrics = List.of(new Metric("aq-2016-samples", Text.of("Samples analysed"), new BigDecimal("53"), "samples",
                null, null, DateSpan.parse("2016-09"), "aq-3-1", null));
        GroupYear year = new GroupYear("air-quality", 2016, Narrative.EMPTY,
                List.of(new Assessment("aq-3-1", ProgressLevel.SIGNIFICANT, Text.of("Monitoring began."), List.of(), false)),
                metrics, events, updates,
                Review.NONE.with(new ReviewStep(ReviewState.SUBMITTED, "Ana", java.time.Instant.parse("2016-10-02T08:00:00Z"), null)));
        return new Workspace(agreement, List.of(), List.of(), List.of(PLAN), List.of(year), List.of());
    }

    /** Nothing installed: the group's name and topic come from its plan. */
    private static ReportDocument assemble(Workspace ws, int quarter, String language) {
        AssembledReport report = new ReportAssembler(new ExtensionRegistry()).assembleQuarter(ws, "air-quality", 2016, quarter, language);
        assertThat(report.failures()).isEmpty();
        return report.document();
    }

    private static List<Block> all(ReportDocument document) {
        List<Block> blocks = new ArrayList<>();
        for (Section s : document.sections()) {
            blocks.addAll(s.blocks());
        }
        return blocks;
    }

    @Test
    void theQuarterHasItsUpdateItsFiguresItsEventsAndTheLevelsOfTheYear() {
        Workspace ws = workspace(List.of(new QuarterlyUpdate(3, List.of(Text.of("Monitors were installed in Mexicali.")),
                List.of("aq-2016-samples"), List.of("aq-2016-reported"))));

        ReportDocument document = assemble(ws, 3, "en");

        assertThat(document.title()).isEqualTo("Air Quality Working Group: internal report for 2016-Q3");
        assertThat(document.subtitle()).contains("submitted").contains("Ana");
        List<Block> blocks = all(document);
        assertThat(blocks).contains(new Block.Paragraph("Monitors were installed in Mexicali."));
        Block.FigureTable figures = blocks.stream().filter(Block.FigureTable.class::isInstance).map(Block.FigureTable.class::cast).findFirst().orElseThrow();
        assertThat(figures.rows()).singleElement().satisfies(r -> assertThat(r.label()).isEqualTo("Samples analysed"));
        Block.Timeline timeline = blocks.stream().filter(Block.Timeline.class::isInstance).map(Block.Timeline.class::cast).findFirst().orElseThrow();
        assertThat(timeline.entries()).extracting(Block.TimelineEntry::title)
                .as("events reported in the update and events dated in the quarter, not those of other quarters")
                .containsExactly("Monitors delivered", "July meeting");
        Block.ProgressTable table = blocks.stream().filter(Block.ProgressTable.class::isInstance).map(Block.ProgressTable.class::cast).findFirst().orElseThrow();
        assertThat(table.rows()).singleElement().satisfies(r -> assertThat(r.level().level()).isEqualTo(ProgressLevel.SIGNIFICANT));
    }

    /**
     * A figure's unit that the groups' words know ("schools", which Air Quality's chapter says "escuelas") is in Spanish in the
     * Spanish quarterly report too, which writes no group's words: the units' Spanish is the core's one list, not marked [EN].
     */
    @Test
    void aFiguresUnitIsInSpanishInTheSpanishQuarterlyReport() {
        Metric schools = new Metric("aq-2016-schools", Text.of("Schools with monitors", "Escuelas con monitores"), new BigDecimal("2"),
                "schools", null, null, null, "aq-3-1", null);
        Workspace base = workspace(List.of(new QuarterlyUpdate(3, List.of(Text.of("Two schools.")), List.of("aq-2016-schools"), List.of())));
        GroupYear year = base.years().get(0);
        Workspace ws = base.with(List.of(year.withMetrics(List.of(schools))), base.reports());
        Block.FigureTable figures = all(assemble(ws, 3, "es")).stream().filter(Block.FigureTable.class::isInstance)
                .map(Block.FigureTable.class::cast).findFirst().orElseThrow();
        assertThat(figures.rows()).singleElement().satisfies(r -> assertThat(r.value()).isEqualTo("2 escuelas"));
        assertThat(Metric.unitNeedsSpanish("schools")).as("validate --language es asks no Spanish of it").isFalse();
    }

    @Test
    void aQuarterWithoutAnUpdateSaysSo() {
        ReportDocument document = assemble(workspace(List.of()), 1, "es");

        assertThat(all(document)).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.Notice.class,
                n -> assertThat(n.text()).contains("2016-Q1")));
        assertThat(document.language()).isEqualTo("es");
    }

    @Test
    void theReviewStateUnderTheTitleIsInTheReportsLanguage() {
        Workspace ws = workspace(List.of());
        assertThat(assemble(ws, 3, "es").subtitle()).isEqualTo("Estado de revisión de 2016: enviado (Ana, 2016-10-02T08:00:00Z)");
        assertThat(assemble(ws, 3, "en").subtitle()).isEqualTo("Review state of 2016: submitted (Ana, 2016-10-02T08:00:00Z)");
    }

    @Test
    void aQuarterSpansItsThreeMonths() {
        assertThat(QuarterlyReport.quarterSpan(2016, 1).iso()).isEqualTo("2016-01-01/2016-03-31");
        assertThat(QuarterlyReport.quarterSpan(2016, 4).iso()).isEqualTo("2016-10-01/2016-12-31");
    }
}
