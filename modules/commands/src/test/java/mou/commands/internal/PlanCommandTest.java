package mou.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.ProgressLevel;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.core.spi.LoadResult;
import mou.testfixtures.TestType;
import org.junit.jupiter.api.Test;

/** {@code plan GROUP-ID}: what a member types in rate ACTIVITY-ID, read from the store, never written. */
class PlanCommandTest extends CommandTestBase {

    /** The water group's workspace with 2016 rated: w-1-1 moderate, w-1-2 inferred significant, w-2-1 not rated. */
    private void rated2016() {
        Workspace w = workspace(2015, 2016);
        GroupYear rated = w.year("water", 2016).orElseThrow().withAssessments(List.of(
                new Assessment("w-1-1", ProgressLevel.MODERATE, Text.of("Data flows."), List.of(), false),
                new Assessment("w-1-2", ProgressLevel.SIGNIFICANT, Text.of("Courses held."), List.of(), true)));
        store.result = new LoadResult(new Workspace(w.agreement(), w.organizations(), w.relatedAgreements(), w.plans(),
                List.of(w.year("water", 2015).orElseThrow(), rated), w.reports()), List.of());
    }

    @Test
    void listsTheGoalsActivitiesAndDeliverablesWithTheirIdsAndTheLatestYearsLevels() {
        rated2016();
        commonTypes.add(new TestType("workshop", "Workshop", List.of()));

        assertThat(run("plan", "water")).isZero();

        assertThat(captured.outLines()).containsSubsequence(
                "water  Water Working Group: 2 goals, 3 activities; levels of 2016 (draft)",
                "goal w-1  1. Share",
                "  activity w-1-1  Share data",
                "    level in 2016: Moderate Progress",
                "    deliverable w-1-1-1  information-exchange: Exchange",
                "    deliverable w-1-1-2  Workshop: Workshop",
                "  activity w-1-2  Train",
                "    level in 2016: Significant Progress (inferred from the narrative)",
                "goal w-2  2. Plan",
                "  activity w-2-1  Plan",
                "    level in 2016: not rated");
        assertThat(captured.outLines()).endsWith("Rate an activity with: rate ACTIVITY-ID LEVEL --rationale TEXT --year 2016",
                "  LEVEL: no-progress, initial, moderate, significant, achieved");
        assertThat(captured.err()).isEmpty();
    }

    @Test
    void aLevelCarriedOverFromTheYearBeforeIsSaidNotToBeRatedYet() {
        Workspace w = workspace(2017);
        GroupYear opened = w.year("water", 2017).orElseThrow().withAssessments(List.of(
                new Assessment("w-1-1", ProgressLevel.MODERATE, Text.of("Level carried over from 2016; not yet re-rated for 2017."),
                        List.of(), false, true),
                new Assessment("w-1-2", ProgressLevel.SIGNIFICANT, Text.of("Courses held."), List.of(), false)));
        store.result = new LoadResult(new Workspace(w.agreement(), w.organizations(), w.relatedAgreements(), w.plans(),
                List.of(opened), w.reports()), List.of());

        assertThat(run("plan", "water")).isZero();

        assertThat(captured.outLines()).contains("    level in 2017: Moderate Progress (carried over, not yet rated for 2017)",
                "    level in 2017: Significant Progress");
    }

    @Test
    void anotherYearIsShownWithYear() {
        rated2016();

        assertThat(run("plan", "water", "--year", "2015")).isZero();

        assertThat(captured.out()).contains("levels of 2015").contains("level in 2015: not rated").doesNotContain("Moderate");
    }

    @Test
    void aYearTheGroupDoesNotHaveIsAUsageErrorListingItsYears() {
        assertThat(run("plan", "water", "--year", "2019")).isEqualTo(2);
        assertThat(captured.err()).contains("plan: water has no year 2019 in the workspace; its years: 2015, 2016");
        assertThat(captured.out()).isEmpty();
    }

    @Test
    void aGroupWithoutYearsShowsItsPlanWithoutLevels() {
        store.result = new LoadResult(workspace(), List.of());

        assertThat(run("plan", "water")).isZero();

        assertThat(captured.out()).contains("no year recorded yet").contains("activity w-1-1  Share data").doesNotContain("level in");
    }

    @Test
    void anUnknownGroupIsAUsageErrorThatListsTheGroupsAndTheNearestOne() {
        assertThat(run("plan", "watr")).isEqualTo(2);
        assertThat(captured.err()).contains("plan: there is no working group 'watr' in ").contains("did you mean water?")
                .contains("Its groups: water");
        captured = new mou.testfixtures.CapturedIo();
        assertThat(run("plan", "energy")).isEqualTo(2);
        assertThat(captured.err()).contains("there is no working group 'energy'").contains("its groups: water")
                .doesNotContain("did you mean");
        assertThat(run("plan")).isEqualTo(2);
        assertThat(captured.err()).contains("plan: which working group? give its id: water");
    }

    @Test
    void aLongActivityIsWrappedAtWordsNeverCut() {
        Workspace w = workspace(2016);
        String longText = "Coordinate development and implementation of Baja California ProAire and California air quality planning "
                + "efforts along the whole border region, with every agency concerned";
        var plan = w.plans().get(0);
        var goal = plan.goals().get(0);
        var activity = goal.activities().get(0);
        var changed = new mou.core.model.WorkingGroupPlan(plan.groupId(), plan.name(), plan.members(), plan.partners(), true, List.of(
                new mou.core.model.OverarchingGoal(goal.id(), 1, null, goal.statement(), List.of(new mou.core.model.Activity(activity.id(),
                        Text.of(longText), activity.deliverables(), null)))));
        store.result = new LoadResult(new Workspace(w.agreement(), w.organizations(), w.relatedAgreements(), List.of(changed),
                w.years(), w.reports()), List.of());

        assertThat(run("plan", "water")).isZero();

        List<String> lines = captured.outLines();
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
        int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("  activity w-1-1  Coordinate")).findFirst().orElseThrow());
        List<String> continued = lines.subList(first + 1, lines.size()).stream().takeWhile(l -> l.startsWith("      ")).toList();
        assertThat(continued).isNotEmpty();
        assertThat(lines.get(first).substring("  activity w-1-1  ".length()) + " "
                + String.join(" ", continued.stream().map(String::strip).toList())).isEqualTo(longText);
    }

    @Test
    void anInvalidYearIsAUsageError() {
        assertThat(run("plan", "water", "--year", "20x6")).isEqualTo(2);
        assertThat(captured.err()).contains("plan: --year must be a year");
        assertThat(store.loaded).isEmpty();
    }
}
