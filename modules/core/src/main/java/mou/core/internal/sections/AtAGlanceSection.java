package mou.core.internal.sections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mou.core.model.Activity;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.OverarchingGoal;
import mou.core.model.ProgressLevel;
import mou.core.model.WorkingGroupPlan;
import mou.core.report.Block;
import mou.core.report.Section;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportOrder;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.service.component.annotations.Component;

/**
 * "Progress at a glance": how many activities stand at each level of the Progress Key, per
 * installed working group and per overarching goal. Unrated activities are not counted.
 */
@Component(service = ReportSectionContributor.class)
public final class AtAGlanceSection implements ReportSectionContributor {

    @Override
    public String id() {
        return "at-a-glance";
    }

    @Override
    public double order() {
        return ReportOrder.AT_A_GLANCE;
    }

    @Override
    public List<Section> contribute(ReportContext context) {
        List<String> levelLabels = Arrays.stream(ProgressLevel.values()).map(context.labels()::level).toList();
        List<Block.ChartRow> byGroup = new ArrayList<>();
        List<Block.ChartRow> byGoal = new ArrayList<>();
        for (WorkingGroupPlugin group : context.groups()) {
            WorkingGroupPlan plan = context.plan(group.id()).orElse(null);
            GroupYear year = context.groupYear(group.id()).orElse(null);
            if (plan == null || year == null) {
                continue;
            }
            List<Integer> groupCounts = counts(plan.activities(), year);
            if (sum(groupCounts) == 0) {
                continue;
            }
            byGroup.add(new Block.ChartRow(context.text(group.topic()), groupCounts));
            for (OverarchingGoal goal : plan.goals()) {
                List<Integer> goalCounts = counts(goal.activities(), year);
                if (sum(goalCounts) > 0) {
                    byGoal.add(new Block.ChartRow(context.labels().format("table.goal-caption", context.text(group.topic()), goal.number()), goalCounts));
                }
            }
        }
        if (byGroup.isEmpty()) {
            return List.of();
        }
        List<Block> blocks = List.of(
                new Block.LevelChart(context.labels().get("chart.levels-by-group"), levelLabels, byGroup),
                new Block.LevelChart(context.labels().get("chart.levels-by-goal"), levelLabels, byGoal));
        return List.of(Section.of(id(), context.labels().get("section.at-a-glance"), blocks));
    }

    private static List<Integer> counts(List<Activity> activities, GroupYear year) {
        int[] counts = new int[ProgressLevel.values().length];
        for (Activity activity : activities) {
            year.assessment(activity.id()).map(Assessment::level).ifPresent(level -> counts[level.rank()]++);
        }
        return Arrays.stream(counts).boxed().toList();
    }

    private static int sum(List<Integer> counts) {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
