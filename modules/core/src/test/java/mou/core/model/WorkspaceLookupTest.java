package mou.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Workspace#plan} and {@link Workspace#year} answer as a scan would, for a small and a large workspace alike. */
class WorkspaceLookupTest {

    private static WorkingGroupPlan plan(String group, String name) {
        return new WorkingGroupPlan(group, Text.of(name), List.of(), List.of(), false, List.of());
    }

    private static GroupYear year(String group, int year, String summary) {
        return new GroupYear(group, year, new Narrative(List.of(Text.of(summary)), List.of(), List.of(), List.of()), List.of(), List.of(), List.of());
    }

    private static Workspace workspace(int groups, String mark) {
        List<WorkingGroupPlan> plans = new ArrayList<>();
        List<GroupYear> years = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            plans.add(plan("g" + g, mark + " plan " + g));
            for (int y = 2010; y <= 2016; y++) {
                years.add(year("g" + g, y, mark + " " + g + " " + y));
            }
        }
        // the same group and year twice, and a plan twice: the first is the one found, as by a scan
        years.add(year("g0", 2016, "second of g0 2016"));
        plans.add(plan("g0", "second plan of g0"));
        return new Workspace(null, List.of(), List.of(), plans, years, List.of());
    }

    private static String summary(Workspace workspace, String group, int year) {
        return workspace.year(group, year).map(y -> y.narrative().summary().get(0).en()).orElse("none");
    }

    @Test
    void lookupsInASmallAndALargeWorkspaceFindTheFirstOfEachAndNothingThatIsNotThere() {
        for (int groups : new int[] {2, 40}) {
            Workspace workspace = workspace(groups, "w");
            assertThat(summary(workspace, "g0", 2016)).isEqualTo("w 0 2016");
            assertThat(summary(workspace, "g1", 2012)).isEqualTo("w 1 2012");
            assertThat(summary(workspace, "g1", 2017)).isEqualTo("none");
            assertThat(summary(workspace, "nobody", 2016)).isEqualTo("none");
            assertThat(summary(workspace, null, 2016)).isEqualTo("none");
            assertThat(workspace.plan("g0").map(p -> p.name().en())).contains("w plan 0");
            assertThat(workspace.plan("g" + (groups - 1)).map(p -> p.name().en())).contains("w plan " + (groups - 1));
            assertThat(workspace.plan("nobody")).isEmpty();
            assertThat(workspace.latestYear()).hasValue(2016);
        }
        // a report of a later year than any group's counts, in a large workspace too
        Workspace large = workspace(40, "w");
        Workspace withReport = new Workspace(null, List.of(), List.of(), large.plans(), large.years(),
                List.of(new AnnualReport(2018, Text.of("Report 2018"), List.of(), null, List.of())));
        assertThat(withReport.latestYear()).hasValue(2018);
        assertThat(large.latestYear()).hasValue(2016);
    }

    @Test
    void twoLargeWorkspacesAskedInTurnEachAnswerForItself() {
        Workspace a = workspace(40, "a");
        Workspace b = workspace(40, "b");
        for (int i = 0; i < 3; i++) {
            assertThat(summary(a, "g7", 2014)).isEqualTo("a 7 2014");
            assertThat(summary(b, "g7", 2014)).isEqualTo("b 7 2014");
            assertThat(a.plan("g3").map(p -> p.name().en())).contains("a plan 3");
            assertThat(b.plan("g3").map(p -> p.name().en())).contains("b plan 3");
        }
        // equal workspaces that are not the same object answer alike
        Workspace copy = workspace(40, "a");
        assertThat(summary(copy, "g7", 2014)).isEqualTo("a 7 2014");
    }
}
