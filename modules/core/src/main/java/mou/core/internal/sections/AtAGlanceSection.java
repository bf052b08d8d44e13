package mou.core.internal.sections;

import java.util.ArrayList;
import java.util.List;
import mou.core.internal.PlannedActivities;
import mou.core.model.Activity;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.ProgressLevel;
import mou.core.model.WorkingGroupPlan;
import mou.core.report.Block;
import mou.core.report.Labels;
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
        Labels labels = context.labels();
        ProgressLevel[] levels = ProgressLevel.values();
        String[] levelLabels = new String[levels.length];
        for (ProgressLevel level : levels) {
            levelLabels[level.rank()] = labels.level(level);
        }
        List<Block.ChartRow> byGroup = new ArrayList<>();
        List<Block.ChartRow> byGoal = new ArrayList<>();
        for (WorkingGroupPlugin group : context.groups()) {
            WorkingGroupPlan plan = context.plan(group.id()).orElse(null);
            GroupYear year = context.groupYear(group.id()).orElse(null);
            if (plan == null || year == null) {
                continue;
            }
            PlannedActivities planned = PlannedActivities.of(context, plan);
            Assessment[] assessments = planned.firstAssessments(year);
            int[][] goalCounts = new int[plan.goals().size()][];
            int[] groupCounts = Counts.none();
            for (int i = 0; i < goalCounts.length; i++) {
                goalCounts[i] = Counts.none();
                for (Activity activity : plan.goals().get(i).activities()) {
                    Assessment assessment = PlannedActivities.at(assessments, planned.position(activity.id()));
                    if (assessment != null && assessment.level() != null) {
                        goalCounts[i][assessment.level().rank()]++;
                    }
                }
                for (int level = 0; level < groupCounts.length; level++) {
                    groupCounts[level] += goalCounts[i][level];
                }
            }
            if (Counts.sum(groupCounts) == 0) {
                continue;
            }
            String topic = context.text(group.topic());
            byGroup.add(new Block.ChartRow(topic, Counts.of(groupCounts), group.id()));
            for (int i = 0; i < goalCounts.length; i++) {
                if (Counts.sum(goalCounts[i]) > 0) {
                    byGoal.add(new Block.ChartRow(labels.format("table.goal-caption", topic, plan.goals().get(i).number()),
                            Counts.of(goalCounts[i]), plan.goals().get(i).id()));
                }
            }
        }
        if (byGroup.isEmpty()) {
            return List.of();
        }
        List<String> levelWords = List.of(levelLabels);
        List<Block> blocks = List.of(
                new Block.LevelChart(labels.get("chart.levels-by-group"), levelWords, byGroup),
                new Block.LevelChart(labels.get("chart.levels-by-goal"), levelWords, byGoal));
        return List.of(Section.of(id(), labels.get("section.at-a-glance"), blocks));
    }
}
