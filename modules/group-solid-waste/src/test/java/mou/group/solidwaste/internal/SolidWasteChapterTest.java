package mou.group.solidwaste.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import mou.core.model.Activity;
import mou.core.model.DateSpan;
import mou.core.model.Deliverable;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.Metric;
import mou.core.model.Narrative;
import mou.core.model.Organization;
import mou.core.model.OverarchingGoal;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.report.Block;
import mou.core.report.Block.Facts;
import mou.core.report.Block.FigureTable;
import mou.core.report.Block.Notice;
import mou.core.report.Block.Table;
import mou.core.report.Block.Timeline;
import mou.core.report.Section;
import mou.core.spi.ReportContexts;
import org.junit.jupiter.api.Test;

class SolidWasteChapterTest {

    private final SolidWasteGroup plugin = new SolidWasteGroup();

    private static WorkingGroupPlan plan(boolean inJointActionPlan) {
        Activity tires = new Activity("sw-1-1", Text.of("Recover waste tires."), List.of(
                new Deliverable("sw-1-1-1", "waste-tire-project", Text.of("WILDCOAST waste tire project"), null,
                        Map.of("lead", List.of("wildcoast"), "place", "Tijuana", "achieved", Map.of("value", 15000, "unit", "tires"),
                                "status", "in-progress", "completion", "2017"))), null);
        Activity drains = new Activity("sw-2-1", Text.of("Remove solid waste from drains."), List.of(
                new Deliverable("sw-2-1-1", "cleanup-project", Text.of("Drain clean-up"), null,
                        Map.of("lead", List.of("sonoran-institute"), "sites", List.of("Tula", "Mexicali"),
                                "target", Map.of("value", 6000, "unit", "m3"), "achieved", Map.of("value", 3800, "unit", "m3")))), null);
        Activity planning = new Activity("sw-4-2", Text.of("Develop a Strategic Plan."), List.of(
                new Deliverable("sw-4-2-1", "strategic-plan", Text.of("Solid Waste and Waste Tire Strategic Plan"), null,
                        Map.of("status", "in-preparation", "workshopsPlanned", 4, "workshopsHeld", 4, "firstWorkshop", "2016-08",
                                "presentTo", List.of("cmbrc"), "presentation", "2017-01"))), null);
        return new WorkingGroupPlan("solid-waste", Text.of("Border Region Solid Waste Working Group (SWWG)"), List.of("cmbrc"), List.of(),
                inJointActionPlan, List.of(
                        new OverarchingGoal("sw-1", 1, Text.of("Waste Tires"), Text.of("Solutions for waste tires."), List.of(tires)),
                        new OverarchingGoal("sw-2", 2, Text.of("Solid Waste"), Text.of("Solutions for solid waste."), List.of(drains)),
                        new OverarchingGoal("sw-4", 4, Text.of("Strategic planning"), Text.of("Coordinate solutions."), List.of(planning))));
    }

    private static Workspace workspace(boolean inJointActionPlan) {
        GroupYear year = new GroupYear("solid-waste", 2016,
                new Narrative(List.of(), List.of(Text.of("In 2016, the Sonoran Institute removed 3,800 cubic meters.")), List.of(), List.of()),
                List.of(),
                List.of(new Metric("sw-2016-drain-waste-removed", Text.of("Solid waste removed from drains"), new BigDecimal(3800), "m3",
                        new BigDecimal(6000), null, DateSpan.parse("2016"), "sw-2-1", null)),
                List.of(
                        new Event("sw-2016-sedimentation-workshop", Event.Kind.WORKSHOP, DateSpan.parse("2016-09/2016-12"),
                                Text.of("Sedimentation drivers"), null, List.of(), null, null, "sw-4-2"),
                        new Event("sw-2016-market-drivers-workshop", Event.Kind.WORKSHOP, DateSpan.parse("2016-08"),
                                Text.of("Market drivers of waste tires"), null, List.of("spa", "us-epa"), null, null, "sw-4-2"),
                        new Event("sw-2016-reconstituted", Event.Kind.OTHER, DateSpan.parse("2016-07"),
                                Text.of("SWWG reconstituted"), null, List.of("cmbrc"), null, null, "sw-4-2")));
        List<Organization> organizations = List.of(
                new Organization("wildcoast", Text.of("WILDCOAST"), Text.of("WILDCOAST"), "US", Organization.Kind.NGO),
                new Organization("sonoran-institute", null, Text.of("Sonoran Institute"), "US", Organization.Kind.NGO),
                new Organization("cmbrc", Text.of("CMBRC"), Text.of("California-Mexico Border Relations Council"), "US", Organization.Kind.GOVERNMENT));
        return new Workspace(null, organizations, List.of(), List.of(plan(inJointActionPlan)), List.of(year), List.of());
    }

    private List<Section> chapter(Workspace workspace, String language) {
        return plugin.sections().get(0).contribute(ReportContexts.forTest(workspace, 2016, language, plugin));
    }

    @Test
    void aPlanOutsideTheJointActionPlanIsFlaggedBeforeTheNarrative() {
        Section chapter = chapter(workspace(false), "en").get(0);

        assertThat(chapter.id()).isEqualTo("solid-waste");
        assertThat(chapter.title()).isEqualTo("Cooperation on Solid Waste");
        assertThat(chapter.blocks()).hasSize(2);
        assertThat(chapter.blocks().get(0)).isInstanceOfSatisfying(Notice.class, n -> {
            assertThat(n.severity()).isEqualTo(Block.Severity.INFO);
            assertThat(n.text()).startsWith("Solid waste was not part of the MOU's Joint Action Plan.");
        });
        assertThat(chapter.subsections()).extracting(Section::id)
                .containsExactly("solid-waste.progress", "solid-waste.results", "solid-waste.strategic-plan");
    }

    @Test
    void aPlanInsideTheJointActionPlanHasNoNotice() {
        Section chapter = chapter(workspace(true), "en").get(0);

        assertThat(chapter.blocks()).noneMatch(Notice.class::isInstance);
    }

    @Test
    void resultsComeFromTheYearsFiguresOrElseFromTheProjectsOwnQuantities() {
        Section results = chapter(workspace(false), "en").get(0).subsections().get(1);

        assertThat(results.title()).isEqualTo("Project results against targets");
        FigureTable figures = (FigureTable) results.blocks().get(0);
        assertThat(figures.headers()).containsExactly("Project", "Figure", "Value", "Target", "Progress towards target", "As of");
        assertThat(figures.rows()).extracting(r -> r.group(), r -> r.label(), r -> r.value(), r -> r.target(), r -> r.asOf())
                .containsExactly(
                        tuple("WILDCOAST", "WILDCOAST waste tire project", "15,000 tires", "", ""),
                        tuple("Sonoran Institute", "Solid waste removed from drains", "3,800 m³", "6,000 m³", "2016"));
        assertThat(figures.rows().get(0).share()).isEqualTo(-1.0);
        assertThat(figures.rows().get(1).share()).isCloseTo(0.6333, org.assertj.core.data.Offset.offset(0.001));

        Table projects = (Table) results.blocks().get(1);
        assertThat(projects.rows()).containsExactly(
                List.of("WILDCOAST waste tire project", "Waste tire project", "WILDCOAST", "Tijuana", "in progress", "2017"),
                List.of("Drain clean-up", "Clean-up project", "Sonoran Institute", "Tula, Mexicali", "", ""));
    }

    @Test
    void theStrategicPlanSectionGivesItsStateAndTheWorkshopsInDateOrder() {
        Section plan = chapter(workspace(false), "en").get(0).subsections().get(2);

        Facts facts = (Facts) plan.blocks().get(0);
        assertThat(facts.facts()).extracting(f -> f.term(), f -> f.values()).containsExactly(
                tuple("Plan", List.of("Solid Waste and Waste Tire Strategic Plan")),
                tuple("Status", List.of("in preparation")),
                tuple("Workshops", List.of("4 of 4 workshops held")),
                tuple("First workshop", List.of("August 2016")),
                tuple("Presentation", List.of("CMBRC · January 2017")));
        Timeline workshops = (Timeline) plan.blocks().get(1);
        assertThat(workshops.entries()).extracting(e -> e.isoDate(), e -> e.title())
                .containsExactly(tuple("2016-08", "Market drivers of waste tires"), tuple("2016-09/2016-12", "Sedimentation drivers"));
        assertThat(workshops.entries().get(0).details()).isEqualTo("spa, us-epa");
    }

    @Test
    void theChapterIsWrittenInSpanish() {
        Section chapter = chapter(workspace(false), "es").get(0);

        assertThat(chapter.title()).isEqualTo("Cooperación en Residuos Sólidos");
        assertThat(((Notice) chapter.blocks().get(0)).text()).startsWith("Los residuos sólidos no formaron parte");
        assertThat(chapter.subsections().get(1).title()).isEqualTo("Resultados de los proyectos frente a sus metas");
    }

    @Test
    void anEmptyWorkspaceYieldsNoSection() {
        assertThat(chapter(new Workspace(null, List.of(), List.of(), List.of(), List.of(), List.of()), "en")).isEmpty();
    }
}
