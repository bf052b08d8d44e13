package mou.group.climatechange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import mou.core.model.Activity;
import mou.core.model.Assessment;
import mou.core.model.DateSpan;
import mou.core.model.Deliverable;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.Narrative;
import mou.core.model.Organization;
import mou.core.model.OverarchingGoal;
import mou.core.model.ProgressLevel;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.report.Block;
import mou.core.report.Block.ProgressTable;
import mou.core.report.Block.Table;
import mou.core.report.Block.Timeline;
import mou.core.report.Section;
import mou.core.spi.ReportContexts;
import org.junit.jupiter.api.Test;

class ClimateChangeChapterTest {

    private final ClimateChangeGroup plugin = new ClimateChangeGroup();

    private static Workspace workspace() {
        Activity registry = new Activity("cc-1-1",
                Text.of("Share lessons learned on construction and design (as reporting tools) and data management tools (technical cooperation)."),
                List.of(
                        new Deliverable("cc-1-1-1", "linkage-assessment",
                                Text.of("Possibility to align Mexico's registry system with California's Annual GHG Reporting System."),
                                Text.of("This possibility, while discussed, is not currently considered a necessary deliverable."),
                                Map.of("status", "discussed-not-pursued")),
                        new Deliverable("cc-1-1-3", "workshop", Text.of("Workshop."), null,
                                Map.of("date", "2016-02", "topics", List.of("MRV", "carbon pricing and carbon tax policies")))),
                null);
        Activity quantification = new Activity("cc-1-2",
                Text.of("Consider standardization of algorithms of quantification methodologies in order to calculate emissions."),
                List.of(new Deliverable("cc-1-2-1", "information-exchange", Text.of("Information Sharing."), null, Map.of())),
                Text.of("This activity has been folded into general discussions of how quantification methodologies work in both California and Mexico."));
        Activity methodologies = new Activity("cc-3-1", Text.of("Discuss methodologies with the potential of producing offsets for both regions."),
                List.of(new Deliverable("cc-3-1-1", "technical-meeting", Text.of("Hold technical meetings."), null,
                        Map.of("date", "2016-10-20/2016-10-21", "topics", List.of("data collection", "MRV", "safeguards")))),
                null);
        WorkingGroupPlan plan = new WorkingGroupPlan("climate-change", Text.of("Climate Change Working Group"),
                List.of("carb", "semarnat", "conafor"), List.of("edf"), true, List.of(
                        new OverarchingGoal("cc-1", 1, null, Text.of("Work towards development of rigorous MRV."), List.of(registry, quantification)),
                        new OverarchingGoal("cc-3", 3, null, Text.of("Share information on forestry and the climate."), List.of(methodologies))));
        GroupYear year = new GroupYear("climate-change", 2016,
                new Narrative(List.of(Text.of("Summary.")), List.of(Text.of("In 2016, the Climate Change Working Group continued to make progress.")),
                        List.of(), List.of(Text.of("The working group will also continue to engage CONAFOR."))),
                List.of(new Assessment("cc-1-1", ProgressLevel.SIGNIFICANT, Text.of("Workshop held in February."), List.of(), true)),
                List.of(),
                List.of(
                        new Event("cc-2016-sacramento", Event.Kind.MEETING, DateSpan.parse("2016-10-20/2016-10-21"),
                                Text.of("CONAFOR and CARB technical meeting"), Text.of("Sacramento, California"),
                                List.of("conafor", "carb"), null, null, "cc-3-1"),
                        new Event("cc-2016-mrv-workshop", Event.Kind.WORKSHOP, DateSpan.parse("2016-02"),
                                Text.of("MRV workshop"), Text.of("Mexico"), List.of("semarnat", "edf", "carb"), 40,
                                Text.of("Held with support from EDF."), "cc-1-1")));
        List<Organization> organizations = List.of(
                new Organization("carb", Text.of("CARB"), Text.of("California Air Resources Board"), "US", Organization.Kind.GOVERNMENT),
                new Organization("conafor", Text.of("CONAFOR"), Text.of("National Forestry Commission"), "MX", Organization.Kind.GOVERNMENT));
        return new Workspace(null, organizations, List.of(), List.of(plan), List.of(year), List.of());
    }

    private List<Section> chapter(Workspace workspace, String language) {
        ClimateChangeChapter chapter = (ClimateChangeChapter) plugin.sections().get(0);
        return chapter.contribute(ReportContexts.forTest(workspace, 2016, language, plugin));
    }

    @Test
    void theChapterIsPlacedByTheGroupsOrder() {
        assertThat(plugin.sections()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("climate-change.chapter");
            assertThat(s.order()).isEqualTo(610);
        });
    }

    @Test
    void theChapterHasTheNarrativeTheProgressTablesAndTheExchanges() {
        List<Section> sections = chapter(workspace(), "en");

        assertThat(sections).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("climate-change");
            assertThat(s.title()).isEqualTo("Cooperation on Climate Change");
            assertThat(s.blocks()).containsExactly(new Block.Paragraph("In 2016, the Climate Change Working Group continued to make progress."));
            assertThat(s.subsections()).extracting(Section::id)
                    .containsExactly("climate-change.next-steps", "climate-change.progress", "climate-change.exchanges");
        });
        Section progress = sections.get(0).subsections().get(1);
        assertThat(progress.blocks()).hasSize(2).allMatch(ProgressTable.class::isInstance);
        ProgressTable goal1 = (ProgressTable) progress.blocks().get(0);
        assertThat(goal1.rows()).extracting(r -> r.activityId()).containsExactly("cc-1-1", "cc-1-2");
        assertThat(goal1.rows().get(0).deliverables().get(0).summary()).isEqualTo("Discussed, not pursued");
        assertThat(goal1.rows().get(0).deliverables().get(0).note())
                .isEqualTo("This possibility, while discussed, is not currently considered a necessary deliverable.");
        assertThat(goal1.rows().get(1).note()).startsWith("This activity has been folded into general discussions");
        assertThat(goal1.rows().get(0).level().level()).isEqualTo(ProgressLevel.SIGNIFICANT);
    }

    @Test
    void theExchangesListTheYearsEventsInDateOrderAndTheTopicsOfEachDeliverable() {
        Section exchanges = chapter(workspace(), "en").get(0).subsections().get(2);

        assertThat(exchanges.title()).isEqualTo("Exchanges and meetings in 2016");
        Timeline timeline = (Timeline) exchanges.blocks().get(0);
        assertThat(timeline.entries()).extracting(e -> e.isoDate(), e -> e.date(), e -> e.kind(), e -> e.title())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2016-02", "February 2016", "Workshop", "MRV workshop"),
                        org.assertj.core.groups.Tuple.tuple("2016-10-20/2016-10-21", "October 20–21, 2016", "Meeting", "CONAFOR and CARB technical meeting"));
        // organizations by acronym where the workspace knows them, by id otherwise
        assertThat(timeline.entries().get(0).details()).isEqualTo("semarnat, edf, CARB · 40 participants · Held with support from EDF.");

        Table topics = (Table) exchanges.blocks().get(1);
        assertThat(topics.rows()).containsExactly(
                List.of("cc-1-1", "Workshop.", "workshop", "MRV; carbon pricing and carbon tax policies"),
                List.of("cc-3-1", "Hold technical meetings.", "Technical meeting", "data collection; MRV; safeguards"));
    }

    @Test
    void theChapterIsWrittenInSpanish() {
        Section chapter = chapter(workspace(), "es").get(0);

        assertThat(chapter.title()).isEqualTo("Cooperación en Cambio Climático");
        assertThat(chapter.subsections().get(2).title()).isEqualTo("Intercambios y reuniones en 2016");
        Timeline timeline = (Timeline) chapter.subsections().get(2).blocks().get(0);
        assertThat(timeline.entries().get(1).date()).isEqualTo("20–21 de octubre de 2016");
    }

    @Test
    void aWorkspaceWithoutThisGroupYieldsNoSection() {
        Workspace empty = new Workspace(null, List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(chapter(empty, "en")).isEmpty();
    }

    @Test
    void aPlanWithoutAYearStillGivesItsProgressTablesButNoExchangesOfEvents() {
        Workspace w = workspace();
        Workspace planOnly = new Workspace(null, w.organizations(), List.of(), w.plans(), List.of(), List.of());

        Section chapter = chapter(planOnly, "en").get(0);
        assertThat(chapter.subsections()).extracting(Section::id).containsExactly("climate-change.progress", "climate-change.exchanges");
        assertThat(chapter.subsections().get(1).blocks()).singleElement().isInstanceOf(Table.class);
    }
}
