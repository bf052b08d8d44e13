package mou.group.cleanvehicles.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mou.core.model.Activity;
import mou.core.model.Assessment;
import mou.core.model.DateSpan;
import mou.core.model.Deliverable;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.Metric;
import mou.core.model.Narrative;
import mou.core.model.Organization;
import mou.core.model.OverarchingGoal;
import mou.core.model.ProgressLevel;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;

/** A small Clean Vehicles workspace: draft standards, a published emergency standard, a guide; a 2016 year. */
final class Fixtures {

    private Fixtures() {
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static Map<String, Object> emergencyStandard() {
        return map("code", "NOM-EM-167-SEMARNAT-2016", "vehicles", List.of("in-use motor vehicles"),
                "jurisdictions", List.of("Mexico City", "Hidalgo"), "status", "published", "publicationDate", "2016-06-07",
                "publishedIn", "Official Journal", "issuer", List.of("semarnat"));
    }

    static Map<String, Object> drafts() {
        return map("pollutants", List.of("criteria pollutants", "greenhouse gases"), "status", "draft",
                "expectedProposal", "2016-01/2016-06", "alignedWith", "US standards", "alignmentYear", 2025,
                "relatedStandards", List.of("NOM-163-SEMARNAT-ENER-SCFI-2013 (in-modification): fuel economy standards"));
    }

    static WorkingGroupPlan plan() {
        Activity standards = new Activity("cv-1-1", Text.of("Improve the Mexican regulatory requirements."),
                List.of(new Deliverable("cv-1-1-1", EmissionStandardType.ID, Text.of("Mexican Official Norms drafts and Regulatory Impact Study."),
                        null, drafts())), null);
        Activity guide = new Activity("cv-2-1", Text.of("DGFAUT"),
                List.of(new Deliverable("cv-2-1-1", EquivalenceGuideType.ID, Text.of("Publication of an Emission Standards Equivalence Guide."),
                        null, map("publisher", List.of("dgfaut"), "status", "planned"))), null);
        Activity obd = new Activity("cv-3-5", Text.of("Provide training on the OBD Systems."),
                List.of(new Deliverable("cv-3-5-1", EmissionStandardType.ID, Text.of("Criteria and technical specifications for OBD."),
                        null, emergencyStandard())), null);
        return new WorkingGroupPlan("clean-vehicles", Text.of("Clean Vehicles Working Group"), List.of("carb", "semarnat"), List.of(),
                true, List.of(
                        new OverarchingGoal("cv-1", 1, null, Text.of("Update and design the Mexican vehicle emission standards."), List.of(standards)),
                        new OverarchingGoal("cv-2", 2, null, Text.of("Advance Mexico's efforts on compliance."), List.of(guide)),
                        new OverarchingGoal("cv-3", 3, null, Text.of("Contribute to Mexico's progress."), List.of(obd))));
    }

    static GroupYear year2016() {
        Narrative narrative = new Narrative(List.of(Text.of("Summary.")),
                List.of(Text.of("SEMARNAT published the standard in the Official Journal on June 7, 2016.")),
                List.of(), List.of(Text.of("For 2017, the group is looking to regroup.")));
        List<Metric> metrics = List.of(new Metric("cv-2016-training-days", Text.of("Length of the OBD II training in Sacramento"),
                new BigDecimal("2"), "days", null, null, DateSpan.parse("2016-09"), "cv-3-5", null));
        List<Event> events = List.of(
                new Event("cv-2016-training", Event.Kind.TRAINING, DateSpan.parse("2016-09"), Text.of("OBD II training"),
                        Text.of("Sacramento, California"), List.of("semarnat", "carb", "bar"), null, null, "cv-3-5"),
                new Event("cv-2016-nom-em-167", Event.Kind.PUBLICATION, DateSpan.parse("2016-06-07"), Text.of("NOM-EM-167 published"),
                        null, List.of("semarnat"), null, null, "cv-3-5"));
        return new GroupYear("clean-vehicles", 2016, narrative,
                List.of(new Assessment("cv-3-5", ProgressLevel.ACHIEVED, Text.of("Published June 7, 2016."), List.of(), true)),
                metrics, events);
    }

    static Workspace workspace() {
        List<Organization> organizations = List.of(
                new Organization("semarnat", Text.of("SEMARNAT"), Text.of("Ministry of Environment and Natural Resources"), "MX",
                        Organization.Kind.GOVERNMENT),
                new Organization("carb", Text.of("CARB"), Text.of("California Air Resources Board"), "US", Organization.Kind.GOVERNMENT),
                new Organization("bar", Text.of("BAR"), Text.of("Bureau of Automotive Repair"), "US", Organization.Kind.GOVERNMENT));
        return new Workspace(null, organizations, List.of(), List.of(plan()), List.of(year2016()), List.of());
    }

    static Workspace empty() {
        return new Workspace(null, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
