package ${package}.internal;

import java.util.List;
import java.util.Map;
import mou.core.model.Activity;
import mou.core.model.Assessment;
import mou.core.model.Deliverable;
import mou.core.model.GroupYear;
import mou.core.model.Narrative;
import mou.core.model.Organization;
import mou.core.model.OverarchingGoal;
import mou.core.model.ProgressLevel;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;

/** A small workspace holding this group's plan and one year of its progress. */
final class Fixtures {

    static final int YEAR = ${reportYear};

    private Fixtures() {
    }

    static Deliverable pilot(String id, Map<String, Object> attributes) {
        return new Deliverable(id, PilotProjectType.ID, Text.of("A pilot project.", "Un proyecto piloto."), null, attributes);
    }

    static Workspace workspace() {
        Activity activity = new Activity(${groupClass}Group.ID + "-1-1", Text.of("Run pilot projects."), List.of(
                pilot(${groupClass}Group.ID + "-1-1-1", Map.of("site", "Mexicali, Baja California", "status", "under-way",
                        "partners", List.of("calepa", "semarnat"))),
                new Deliverable(${groupClass}Group.ID + "-1-1-2", "workshop", Text.of("A workshop."), null, Map.of())), null);
        WorkingGroupPlan plan = new WorkingGroupPlan(${groupClass}Group.ID, Text.of("${groupName}"), List.of("calepa", "semarnat"), List.of(), false,
                List.of(new OverarchingGoal(${groupClass}Group.ID + "-1", 1, null, Text.of("Learn from pilot projects."), List.of(activity))));
        GroupYear year = new GroupYear(${groupClass}Group.ID, YEAR,
                new Narrative(List.of(Text.of("Summary.")), List.of(Text.of("The group started its first pilot project.")), List.of(), List.of()),
                List.of(new Assessment(activity.id(), ProgressLevel.MODERATE, Text.of("The pilot runs."), List.of(), false)),
                List.of(), List.of());
        List<Organization> organizations = List.of(
                new Organization("calepa", Text.of("CalEPA"), Text.of("California Environmental Protection Agency"), "US", Organization.Kind.GOVERNMENT),
                new Organization("semarnat", Text.of("SEMARNAT"), Text.of("Ministry of Environment and Natural Resources"), "MX",
                        Organization.Kind.GOVERNMENT));
        return new Workspace(null, organizations, List.of(), List.of(plan), List.of(year), List.of());
    }
}
