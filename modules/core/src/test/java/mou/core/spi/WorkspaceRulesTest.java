package mou.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import mou.core.model.Activity;
import mou.core.model.Agreement;
import mou.core.model.Assessment;
import mou.core.model.Deliverable;
import mou.core.model.GroupYear;
import mou.core.model.Metric;
import mou.core.model.Narrative;
import mou.core.model.Organization;
import mou.core.model.OverarchingGoal;
import mou.core.model.ProgressLevel;
import mou.core.model.RelatedAgreement;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import org.junit.jupiter.api.Test;

/** The rules across a workspace's files, on the model, each problem at the place a caller makes (here: a JSON path). */
class WorkspaceRulesTest {

    /** A place: the file and the JSON path, as text. */
    private static final WorkspaceRules.Places<String> PATHS = new WorkspaceRules.Places<>() {
        @Override
        public String key(String at, String key) {
            return at + "." + key;
        }

        @Override
        public String item(String at, int index) {
            return at + "[" + index + "]";
        }

        @Override
        public String index(String at, int index) {
            return at + "[" + index + "]";
        }
    };

    private final AtomicInteger validated = new AtomicInteger();

    /** A type whose attribute "partners" names organizations, counting its checks. */
    private final DeliverableType study = new DeliverableType() {
        @Override
        public String id() {
            return "study";
        }

        @Override
        public Text label() {
            return Text.of("Study");
        }

        @Override
        public List<AttributeSpec> attributes() {
            return List.of(AttributeSpec.of("partners", "Partners", AttributeSpec.Kind.ORGANIZATIONS));
        }

        @Override
        public List<AttributeProblem> validate(Map<String, Object> attributes) {
            validated.incrementAndGet();
            return DeliverableType.super.validate(attributes);
        }
    };

    private final Extensions extensions = Extensions.forTest(List.of(new AbstractWorkingGroup("energy", Text.of("Energy"), Text.of("Energy"), 1,
            List.of()) {
        @Override
        public List<ReportSectionContributor> sections() {
            return List.of();
        }
    }), List.of(study), List.of());

    private final Deliverable deliverable = new Deliverable("en-1-1-1", "study", Text.of("A study"), null, Map.of("partners", List.of("calepa", "nobody")));

    private Workspace workspace() {
        WorkingGroupPlan plan = new WorkingGroupPlan("energy", Text.of("Energy"), List.of("calepa", "ghost"), List.of(), true,
                List.of(new OverarchingGoal("en-1", 1, null, Text.of("Goal"), List.of(new Activity("en-1-1", Text.of("Activity"), List.of(deliverable),
                        null)))));
        GroupYear year = new GroupYear("energy", 2017, Narrative.EMPTY, List.of(new Assessment("en-9-9", ProgressLevel.INITIAL, null, List.of(), false)),
                List.of(new Metric("shared", Text.of("A figure"), BigDecimal.ONE, null, null, null, null, null, null)), List.of());
        RelatedAgreement related = new RelatedAgreement("ra", Text.of("Related"), List.of(), null, List.of(),
                List.of(new Metric("shared", Text.of("Its id is the year's figure's"), BigDecimal.ONE, null, null, null, null, "en-1-1", null)), List.of());
        Agreement agreement = new Agreement("mou", Text.of("MOU"), null, null, null, List.of(new Agreement.Signatory(Text.of("Someone"), null, "calepa")),
                null, List.of(), null, List.of(), null, List.of());
        return new Workspace(agreement, List.of(new Organization("calepa", null, Text.of("CalEPA"), "US", Organization.Kind.GOVERNMENT)), List.of(related),
                List.of(plan), List.of(year), List.of());
    }

    private List<String> check(Workspace ws, java.util.function.Predicate<Deliverable> checked) {
        List<String> found = new ArrayList<>();
        WorkspaceRules.check(ws, extensions, checked, file -> file + " $", PATHS, at -> at,
                (severity, at, message, es) -> found.add(severity + " " + at + ": " + message));
        return found;
    }

    @Test
    void eachRuleIsSaidAtThePlaceOfTheValueThatBreaksIt() {
        List<String> found = check(workspace(), null);

        assertThat(found).containsExactlyInAnyOrder(
                "ERROR groups/energy/plan.json $.members[1]: no organization 'ghost' in organizations.json; add it there or use the id of one of its organizations",
                "ERROR groups/energy/plan.json $.goals[0].activities[0].deliverables[0].attributes.partners[1]: no organization 'nobody' in"
                        + " organizations.json; add it there or use the id of one of its organizations",
                "ERROR groups/energy/2017.json $.assessments[0].activityId: no activity 'en-9-9' in groups/energy/plan.json; use the id of one of its activities",
                // the related agreements are read before the groups: theirs is the first use of an id
                "ERROR groups/energy/2017.json $.metrics[0].id: the id 'shared' is already used by the metric at related-agreements.json"
                        + " $.relatedAgreements[0].figures[0].id; ids of goals, activities, deliverables, metrics and events must be unique in the whole"
                        + " workspace, so give this metric another id");
        assertThat(validated).hasValue(1);
    }

    @Test
    void aDeliverableKnownToPassIsNotCheckedAgainAndNoOrganizationIsCheckedWhenTheyAreNotKnown() {
        check(workspace(), d -> d == deliverable);
        assertThat(validated).hasValue(0);

        List<String> found = new ArrayList<>();
        WorkspaceRules<String> rules = new WorkspaceRules<>(PATHS, (severity, at, message, es) -> found.add(at + ": " + message), extensions, null, true);
        rules.plan(workspace().plans().get(0), "plan $", null);
        assertThat(found).isEmpty();

        new WorkspaceRules<>(PATHS, (severity, at, message, es) -> found.add(at + ": " + es), extensions, Set.of(), false)
                .agreement(workspace().agreement(), "agreement $");
        assertThat(found).containsExactly("agreement $.signatories[0].organization: no hay ninguna organización 'calepa': el espacio de trabajo no"
                + " tiene organizations.json; agregue el archivo con esta organización");
    }
}
