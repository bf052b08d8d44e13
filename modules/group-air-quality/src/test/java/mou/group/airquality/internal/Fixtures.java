package mou.group.airquality.internal;

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

/** A small Air Quality workspace: one goal with a study and laboratory support, a 2016 year. */
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

    static Map<String, Object> study() {
        return map("pollutant", "PM2.5", "sites", 2, "siteDescription", "two schools in Mexicali", "speciationSites", 1,
                "durationYears", 2, "startDate", "2016-04", "samplesAnalysed", 53, "laboratory", List.of("carb"),
                "funder", List.of("us-epa"), "amountAuthorised", 252038, "shareAuthorised", 52);
    }

    static Map<String, Object> laboratory() {
        return map("topics", List.of("field operations", "quality control activities"), "laboratory", List.of("carb"),
                "pollutant", "PM10", "samplesReceived", 355, "samplesAnalysed", 355, "speciation", "ionic",
                "speciationSamples", 60, "period", "2016");
    }

    static WorkingGroupPlan plan() {
        Activity network = new Activity("aq-3-1", Text.of("Strengthen the air quality monitoring network in Baja California."),
                List.of(new Deliverable("aq-3-1-1", MonitoringSupportType.ID, Text.of("Provide training and information sharing."),
                        null, laboratory())), null);
        Activity study = new Activity("aq-3-2", Text.of("Capacity building."),
                List.of(new Deliverable("aq-3-2-1", MonitoringStudyType.ID, Text.of("Enhance air monitoring stations in Mexicali."),
                        null, study()),
                        new Deliverable("aq-3-2-2", "information-exchange", Text.of("Information sharing"), null, Map.of())), null);
        OverarchingGoal goal = new OverarchingGoal("aq-3", 3, null,
                Text.of("Improve the comparability of data collected in Mexico and California."), List.of(network, study));
        return new WorkingGroupPlan("air-quality", Text.of("Air Quality Working Group"), List.of("carb", "spa"),
                List.of("us-epa"), true, List.of(goal));
    }

    static GroupYear year2016() {
        Narrative narrative = new Narrative(List.of(Text.of("Summary.")),
                List.of(Text.of("CARB worked with SPA to initiate a joint, two-year study.")),
                List.of(Text.of("The primary obstacle is a lack of regular, organized communication.")),
                List.of(Text.of("The main goal for 2017 is to enhance cooperation.")));
        List<Metric> metrics = List.of(
                new Metric("aq-2016-pm10", Text.of("PM10 mass samples received and analyzed"), new BigDecimal("355"), "samples",
                        null, null, DateSpan.parse("2016"), "aq-3-1", null),
                new Metric("aq-2016-share", Text.of("Share of the contract authorized for payment"), new BigDecimal("52"), "%",
                        new BigDecimal("100"), null, DateSpan.parse("2016"), "aq-3-2", null),
                new Metric("aq-2016-amount", Text.of("Amount authorized for payment"), new BigDecimal("252038"), "USD",
                        null, null, DateSpan.parse("2016"), "aq-3-2", null));
        List<Event> events = List.of(
                new Event("aq-2016-dec", Event.Kind.MEETING, DateSpan.parse("2016-12-08"), Text.of("Air Quality Task Force meeting"),
                        Text.of("Mexicali"), List.of("carb", "us-epa"), null, null, "aq-3-1"),
                new Event("aq-2016-tijuana", Event.Kind.MEETING, DateSpan.parse("2016-06-01"), Text.of("U.S.-Mexico Air Quality meeting"),
                        Text.of("Tijuana, Baja California"), List.of("carb", "semarnat"), 12, null, "aq-3-1"),
                new Event("aq-2016-start", Event.Kind.OTHER, DateSpan.parse("2016-04"), Text.of("Monitoring began"),
                        null, List.of(), null, null, "aq-3-2"));
        return new GroupYear("air-quality", 2016, narrative,
                List.of(new Assessment("aq-3-2", ProgressLevel.SIGNIFICANT, Text.of("Monitoring began in April 2016."), List.of(), true)),
                metrics, events);
    }

    static List<Organization> organizations() {
        return List.of(
                new Organization("carb", Text.of("CARB"), Text.of("California Air Resources Board"), "US", Organization.Kind.GOVERNMENT),
                new Organization("us-epa", Text.of("U.S. EPA"), Text.of("United States Environmental Protection Agency"), "US",
                        Organization.Kind.GOVERNMENT),
                new Organization("semarnat", Text.of("SEMARNAT"), Text.of("Ministry of Environment and Natural Resources"), "MX",
                        Organization.Kind.GOVERNMENT));
    }

    static Workspace workspace() {
        return new Workspace(null, organizations(), List.of(), List.of(plan()), List.of(year2016()), List.of());
    }

    static Workspace empty() {
        return new Workspace(null, organizations(), List.of(), List.of(), List.of(), List.of());
    }
}
