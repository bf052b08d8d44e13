package mou.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mou.core.model.Activity;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.Narrative;
import mou.core.model.OverarchingGoal;
import mou.core.model.ProgressLevel;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import org.junit.jupiter.api.Test;

/** Reading a year against a plan in one pass gives what looking each activity up with {@link GroupYear#assessment} gives. */
class PlannedActivitiesTest {

    private static final ProgressLevel[] LEVELS = ProgressLevel.values();

    @Test
    void answersAsLookingUpEachActivityWithDuplicatesMissingAndUnplannedIds() {
        Random random = new Random(1);
        for (int round = 0; round < 300; round++) {
            int ids = 1 + random.nextInt(40);
            List<OverarchingGoal> goals = new ArrayList<>();
            for (int g = 0, goalCount = random.nextInt(4); g < goalCount; g++) {
                List<Activity> activities = new ArrayList<>();
                for (int a = 0, n = random.nextInt(30); a < n; a++) {
                    // some activities listed twice, in one goal or in two; ids are new strings, as a store reads them
                    activities.add(new Activity(new String("a-" + random.nextInt(ids)), Text.of("Activity"), List.of(), null));
                }
                goals.add(new OverarchingGoal("goal-" + g, g + 1, null, Text.of("Goal " + g), activities));
            }
            PlannedActivities planned = new PlannedActivities(new WorkingGroupPlan("g", Text.of("G"), List.of(), List.of(), true, goals));
            for (int y = 0; y < 4; y++) {
                List<Assessment> assessments = new ArrayList<>();
                for (int a = 0, n = random.nextInt(60); a < n; a++) {
                    // some activities rated twice, some not at all, some not in the plan, some without a level
                    ProgressLevel level = random.nextInt(8) == 0 ? null : LEVELS[random.nextInt(LEVELS.length)];
                    assessments.add(new Assessment("a-" + random.nextInt(ids + 5), level, Text.of("why"), List.of(), false));
                }
                GroupYear year = new GroupYear("g", 2010 + y, Narrative.EMPTY, assessments, List.of(), List.of());
                Assessment[] first = planned.firstAssessments(year);
                int[] expected = new int[LEVELS.length];
                for (OverarchingGoal goal : goals) {
                    for (Activity activity : goal.activities()) {
                        Assessment looked = year.assessment(activity.id()).orElse(null);
                        assertThat(PlannedActivities.at(first, planned.position(activity.id()))).isSameAs(looked);
                        if (looked != null && looked.level() != null) {
                            expected[looked.level().rank()]++;
                        }
                    }
                }
                assertThat(planned.countByLevel(first)).as("round %d, year %d", round, y).containsExactly(expected);
                assertThat(planned.position("not-planned")).isEqualTo(-1);
                assertThat(PlannedActivities.at(first, planned.position("not-planned"))).isNull();
            }
        }
    }

    @Test
    void oneReportSharesOnePerPlanAndItKeepsTheLastTwoYearsRead() {
        mou.core.model.Workspace workspace = Fixtures.workspace();
        AssemblyContext context = AssemblyContext.of(workspace, 2016, "en", new ExtensionRegistry());
        WorkingGroupPlan plan = workspace.plans().get(0);
        PlannedActivities planned = PlannedActivities.of(context, plan);
        assertThat(PlannedActivities.of(context, plan)).isSameAs(planned);
        // a plan that is not the workspace's own (e.g. one a plugin made) is not shared
        WorkingGroupPlan copy = new WorkingGroupPlan(plan.groupId(), plan.name(), plan.members(), plan.partners(), plan.inJointActionPlan(), plan.goals());
        assertThat(PlannedActivities.of(context, copy)).isNotSameAs(planned);
        // another report has its own
        assertThat(PlannedActivities.of(AssemblyContext.of(workspace, 2016, "en", new ExtensionRegistry()), plan)).isNotSameAs(planned);

        List<GroupYear> years = context.groupYears(plan.groupId());
        assertThat(years).hasSizeGreaterThan(1);
        Assessment[] last = null;
        for (GroupYear year : years) {
            last = planned.firstAssessments(year);
        }
        assertThat(planned.firstAssessments(years.get(years.size() - 1))).isSameAs(last);
        for (GroupYear year : years) {
            Assessment[] read = planned.firstAssessments(year);
            for (OverarchingGoal goal : plan.goals()) {
                for (Activity activity : goal.activities()) {
                    assertThat(PlannedActivities.at(read, planned.position(activity.id()))).isSameAs(year.assessment(activity.id()).orElse(null));
                }
            }
        }
    }
}
