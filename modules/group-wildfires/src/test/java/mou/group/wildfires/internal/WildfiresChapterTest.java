package mou.group.wildfires.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
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
import mou.core.report.Block.FigureTable;
import mou.core.report.Block.ProgressTable;
import mou.core.report.Block.Table;
import mou.core.report.Section;
import mou.core.spi.ReportContexts;
import org.junit.jupiter.api.Test;

class WildfiresChapterTest {

    private final WildfiresGroup plugin = new WildfiresGroup();

    private static Workspace workspace() {
        Map<String, Object> ensenada = new LinkedHashMap<>();
        ensenada.put("date", "2016-10-24/2016-11-04");
        ensenada.put("place", "Ensenada, Baja California");
        ensenada.put("trainees", "firefighters and government officials");
        Map<String, Object> instructors = new LinkedHashMap<>();
        instructors.put("cal-fire", 10);
        instructors.put("conafor", 7);
        ensenada.put("instructors", instructors);
        ensenada.put("classroomPercent", 80);
        ensenada.put("fieldPercent", 20);
        ensenada.put("topics", List.of("Fire Behavior", "ICS"));
        Map<String, Object> tecate = Map.of("date", "2016-04-25/2016-04-29", "participants", 71, "trainees", "Mexican firefighters");
        Map<String, Object> observation = Map.of("status", "planned", "observers", List.of("conafor"), "individualsIdentified", 3,
                "invitations", List.of("Soberanes Fire (September 2016): unable to participate", "a later fire"), "priorityYear", 2017);
        WorkingGroupPlan plan = new WorkingGroupPlan("wildfires", Text.of("Wildfires Working Group"), List.of("cal-oes", "cal-fire", "conafor"),
                List.of(), true, List.of(
                        new OverarchingGoal("wf-1", 1, Text.of("Wildfire Suppression"), Text.of("Foster cooperation for wildfire assistance."),
                                List.of(new Activity("wf-1-1", Text.of("To exchange human resources and materials."),
                                        List.of(new Deliverable("wf-1-1-1", "training-course", Text.of("Share best practices."), null, tecate)), null))),
                        new OverarchingGoal("wf-2", 2, Text.of("Capacity Development"), Text.of("Foster cooperation for wildfire assistance."),
                                List.of(new Activity("wf-2-1", Text.of("Provide ICS training."), List.of(
                                        new Deliverable("wf-2-1-1", "field-observation", Text.of("Observe the incident management teams."), null, observation),
                                        new Deliverable("wf-2-1-2", "training-course", Text.of("Training and working alongside."), null, ensenada)),
                                        null)))));
        GroupYear year = new GroupYear("wildfires", 2016, Narrative.EMPTY, List.of(),
                List.of(
                        new Metric("wf-2016-ensenada-cal-fire-instructors", Text.of("CAL FIRE instructors"), new BigDecimal(10), "instructors",
                                null, null, DateSpan.parse("2016-11"), "wf-2-1", null),
                        new Metric("wf-2016-ensenada-classroom", Text.of("Classroom instruction"), new BigDecimal(80), "%",
                                null, null, null, "wf-2-1", null),
                        new Metric("wf-2016-other", Text.of("Unrelated figure"), BigDecimal.ONE, "things", null, null, null, null, null)),
                List.of(
                        new Event("wf-2016-ensenada", Event.Kind.TRAINING, DateSpan.parse("2016-10-24/2016-11-04"),
                                Text.of("International Wildland Firefighting training"), Text.of("Ensenada, Baja California"),
                                List.of("cal-fire", "conafor"), null, null, "wf-2-1"),
                        new Event("wf-2016-guide", Event.Kind.DELIVERY, DateSpan.parse("2016-07-19"),
                                Text.of("Translated guide provided"), null, List.of("cal-oes", "conafor"), null, null, null)));
        List<Organization> organizations = List.of(
                new Organization("cal-fire", Text.of("CAL FIRE"), Text.of("California Department of Forestry and Fire Protection"), "US", Organization.Kind.GOVERNMENT),
                new Organization("conafor", Text.of("CONAFOR"), Text.of("National Forestry Commission"), "MX", Organization.Kind.GOVERNMENT));
        return new Workspace(null, organizations, List.of(), List.of(plan), List.of(year), List.of());
    }

    private List<Section> chapter(Workspace workspace, String language) {
        return plugin.sections().get(0).contribute(ReportContexts.forTest(workspace, 2016, language, plugin));
    }

    @Test
    void theChapterCarriesTheProgressTablesTheTrainingLogAndTheFieldObservations() {
        List<Section> sections = chapter(workspace(), "en");

        assertThat(sections).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("wildfires");
            assertThat(s.title()).isEqualTo("Cooperation on Wildfires");
            assertThat(s.subsections()).extracting(Section::id)
                    .containsExactly("wildfires.progress", "wildfires.training-log", "wildfires.field-observation");
        });
        ProgressTable goal1 = (ProgressTable) sections.get(0).subsections().get(0).blocks().get(0);
        assertThat(goal1.goal()).isEqualTo("Wildfire Suppression: Foster cooperation for wildfire assistance.");
    }

    @Test
    void theTrainingLogJoinsEachTrainingEventWithItsCourseDetailsAndAddsDatedCoursesWithoutAnEvent() {
        Section log = chapter(workspace(), "en").get(0).subsections().get(1);

        assertThat(log.title()).isEqualTo("Training log 2016");
        Table courses = (Table) log.blocks().get(0);
        assertThat(courses.headers()).containsExactly("Dates", "Course", "Place", "Participants", "Instructors by agency", "Classroom / field", "Topics");
        assertThat(courses.rows()).containsExactly(
                List.of("April 25–29, 2016", "Share best practices.", "", "71 (Mexican firefighters)", "", "", ""),
                List.of("October 24, 2016 – November 4, 2016", "International Wildland Firefighting training", "Ensenada, Baja California",
                        "firefighters and government officials", "CAL FIRE 10, CONAFOR 7", "80% classroom, 20% field", "Fire Behavior, ICS"));

        FigureTable figures = (FigureTable) log.blocks().get(1);
        assertThat(figures.rows()).extracting(r -> r.label(), r -> r.value(), r -> r.asOf(), r -> r.share())
                .containsExactly(
                        tuple("CAL FIRE instructors", "10 instructors", "November 2016", -1.0),
                        tuple("Classroom instruction", "80%", "", -1.0));
    }

    @Test
    void theFieldObservationTableShowsReadiness() {
        Table table = (Table) chapter(workspace(), "en").get(0).subsections().get(2).blocks().get(0);

        assertThat(table.rows()).containsExactly(List.of("Observe the incident management teams.", "planned", "CONAFOR", "3", "",
                "Soberanes Fire (September 2016): unable to participate; a later fire", "2017"));
    }

    @Test
    void theChapterIsWrittenInSpanish() {
        Section chapter = chapter(workspace(), "es").get(0);

        assertThat(chapter.title()).isEqualTo("Cooperación en Incendios Forestales");
        Table courses = (Table) chapter.subsections().get(1).blocks().get(0);
        assertThat(courses.headers()).startsWith("Fechas", "Curso");
        assertThat(courses.rows().get(1)).contains("80% en aula, 20% en campo", "24 de octubre de 2016 – 4 de noviembre de 2016");
    }

    @Test
    void aPlanWithoutCoursesAndAYearWithoutTrainingsHasNoTrainingLog() {
        Workspace w = workspace();
        Deliverable observation = w.plans().get(0).goals().get(1).activities().get(0).deliverables().get(0);
        WorkingGroupPlan observationOnly = new WorkingGroupPlan("wildfires", Text.of("Wildfires Working Group"), List.of(), List.of(), true,
                List.of(new OverarchingGoal("wf-2", 2, null, Text.of("Capacity Development"),
                        List.of(new Activity("wf-2-1", Text.of("Provide ICS training."), List.of(observation), null)))));
        Workspace noTraining = new Workspace(null, w.organizations(), List.of(), List.of(observationOnly), List.of(), List.of());

        assertThat(chapter(noTraining, "en").get(0).subsections()).extracting(Section::id)
                .containsExactly("wildfires.progress", "wildfires.field-observation");
    }

    @Test
    void anEmptyWorkspaceYieldsNoSection() {
        assertThat(chapter(new Workspace(null, List.of(), List.of(), List.of(), List.of(), List.of()), "en")).isEmpty();
    }
}
