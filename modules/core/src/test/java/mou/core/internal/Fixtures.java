package mou.core.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import mou.core.model.Activity;
import mou.core.model.Agreement;
import mou.core.model.AnnualReport;
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
import mou.core.report.Chapters;
import mou.core.report.Section;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;

/** A small workspace with two groups, for the core's tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Workspace workspace() {
        Agreement agreement = new Agreement("mou", Text.of("Test MOU on Cooperation"), Text.of("Test MOU"), DateSpan.parse("2014-07"), null,
                List.of(new Agreement.Signatory(Text.of("A. Person"), Text.of("Governor"), "state")), 4,
                List.of(Text.of("equality"), Text.of("reciprocity")), Text.of("Cooperate."),
                List.of(new Agreement.ActionArea("alpha", Text.of("Alpha"), true), new Agreement.ActionArea("beta", Text.of("Beta"), false)),
                new Agreement.JointActionPlan(DateSpan.parse("2015-04"), Text.of("The plan."), null), List.of());
        WorkingGroupPlan alpha = new WorkingGroupPlan("alpha", Text.of("Alpha Working Group"), List.of("state"), List.of(), true, List.of(
                new OverarchingGoal("al-1", 1, null, Text.of("Share knowledge."), Text.of("Share knowledge and technology."), null, List.of(
                        new Activity("al-1-1", Text.of("Exchange information on MRV."), List.of(
                                new Deliverable("al-1-1-1", "workshop", Text.of("Workshop."), null, Map.of("place", "Mexico City", "participants", 30, "organizations", List.of("state", "nobody"))),
                                new Deliverable("al-1-1-2", "unknown-type", Text.of("Something else."), Text.of("not currently considered necessary"), Map.of("x", 1))),
                                null),
                        new Activity("al-1-2", Text.of("Train verifiers."), List.of(), null))),
                new OverarchingGoal("al-3", 3, Text.of("Equipment"), Text.of("Put out fires."), null, null, List.of()),
                new OverarchingGoal("al-2", 2, Text.of("Suppression"), Text.of("Put out fires."), null, Text.of("Derived from the narrative."), List.of(
                        new Activity("al-2-1", Text.of("Donate equipment."), List.of(), null)))));
        WorkingGroupPlan beta = new WorkingGroupPlan("beta", Text.of("Beta Working Group"), List.of(), List.of(), false, List.of(
                new OverarchingGoal("be-1", 1, null, Text.of("Clean drains."), List.of(
                        new Activity("be-1-1", Text.of("Remove waste."), List.of(), null)))));
        GroupYear alpha2015 = new GroupYear("alpha", 2015, Narrative.EMPTY, List.of(
                new Assessment("al-1-1", ProgressLevel.INITIAL, Text.of("Started."), List.of(), false)), List.of(), List.of());
        GroupYear alpha2016 = new GroupYear("alpha", 2016,
                new Narrative(List.of(Text.of("Alpha summary.")), List.of(Text.of("Alpha did things.")), List.of(Text.of("Staffing.")), List.of(Text.of("More in 2017."))),
                List.of(new Assessment("al-1-1", ProgressLevel.MODERATE, Text.of("A workshop was held."), List.of(), true),
                        new Assessment("al-1-2", ProgressLevel.SIGNIFICANT, Text.of("Materials shared."), List.of(), true)),
                List.of(new Metric("al-2016-samples", Text.of("Samples analysed"), new BigDecimal("355"), "samples", null, null, DateSpan.parse("2016"), "al-1-1", null)),
                List.of(new Event("al-2016-workshop", Event.Kind.WORKSHOP, DateSpan.parse("2016-02"), Text.of("MRV workshop"), Text.of("Mexico"),
                        List.of("state"), 30, null, "al-1-1")));
        GroupYear beta2016 = new GroupYear("beta", 2016,
                new Narrative(List.of(Text.of("Beta summary.")), List.of(), List.of(), List.of()),
                List.of(new Assessment("be-1-1", ProgressLevel.SIGNIFICANT, Text.of("3,800 m3 removed."), List.of(), true)),
                List.of(new Metric("be-2016-waste", Text.of("Solid waste removed"), new BigDecimal("3800"), "m3", new BigDecimal("6000"), null, DateSpan.parse("2016"), "be-1-1", null)),
                List.of(new Event("be-2016-workshop", Event.Kind.WORKSHOP, DateSpan.parse("2016-08"), Text.of("Market drivers workshop"), null, List.of(), null, null, null),
                        new Event("be-2016-first", Event.Kind.MEETING, DateSpan.parse("2016-01-15"), Text.of("Kick-off"), null, List.of(), null, null, null)));
        return new Workspace(agreement,
                List.of(new Organization("state", Text.of("ST"), Text.of("The State"), "US", Organization.Kind.GOVERNMENT)),
                List.of(), List.of(alpha, beta), List.of(alpha2015, alpha2016, beta2016),
                List.of(new AnnualReport(2016, Text.of("Test MOU 2016"), List.of(Text.of("Intro paragraph.")), null, List.of(Text.of("Closing words.")))));
    }

    /** The group {@code plain} (its id, names and order) with {@code chapter} as its one section. */
    static WorkingGroupPlugin groupWith(WorkingGroupPlugin plain, ReportSectionContributor chapter) {
        return new WorkingGroupPlugin() {
            public String id() {
                return plain.id();
            }

            public Text name() {
                return plain.name();
            }

            public Text topic() {
                return plain.topic();
            }

            public double order() {
                return plain.order();
            }

            public List<String> memberOrganizations() {
                return List.of();
            }

            public List<ReportSectionContributor> sections() {
                return List.of(chapter);
            }
        };
    }

    /** A working group plugin whose chapter is the standard one. */
    static WorkingGroupPlugin group(String id, String topic, double order) {
        return new WorkingGroupPlugin() {
            private final ReportSectionContributor chapter = new ReportSectionContributor() {
                public String id() {
                    return id + ".chapter";
                }

                public double order() {
                    return order;
                }

                public List<Section> contribute(ReportContext context) {
                    return Chapters.standard(context, group(), List.of()).map(List::of).orElse(List.of());
                }
            };

            WorkingGroupPlugin group() {
                return this;
            }

            public String id() {
                return id;
            }

            public Text name() {
                return Text.of(topic + " Working Group");
            }

            public Text topic() {
                return Text.of(topic);
            }

            public double order() {
                return order;
            }

            public List<String> memberOrganizations() {
                return List.of();
            }

            public List<ReportSectionContributor> sections() {
                return List.of(chapter);
            }
        };
    }
}
