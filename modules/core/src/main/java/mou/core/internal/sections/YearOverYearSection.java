package mou.core.internal.sections;

import java.util.ArrayList;
import java.util.List;
import mou.core.internal.PlannedActivities;
import mou.core.model.Activity;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.OverarchingGoal;
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
 * "Progress over the Years": each installed group's activities by level in every year recorded
 * up to the report's year (the trend), how many activities rose, held or fell since the previous
 * year, and each activity whose level changed (e.g. Initial Progress → Moderate Progress). A report
 * for the first year with recorded progress says that there is no previous year to compare with.
 */
@Component(service = ReportSectionContributor.class)
public final class YearOverYearSection implements ReportSectionContributor {

    @Override
    public String id() {
        return "year-over-year";
    }

    @Override
    public double order() {
        return ReportOrder.AT_A_GLANCE + 10;
    }

    @Override
    public List<Section> contribute(ReportContext context) {
        Labels labels = context.labels();
        int year = context.year();
        int previous = year - 1;
        List<Compared> groups = new ArrayList<>();
        boolean anyPrevious = false;
        for (WorkingGroupPlugin group : context.groups()) {
            String groupId = group.id();
            WorkingGroupPlan plan = context.plan(groupId).orElse(null);
            GroupYear now = plan == null ? null : context.groupYear(groupId).orElse(null);
            if (now != null) {
                GroupYear before = context.groupYear(groupId, previous).orElse(null);
                anyPrevious |= before != null;
                groups.add(new Compared(group, plan, PlannedActivities.of(context, plan), now, before));
            }
        }
        if (groups.isEmpty()) {
            return List.of();
        }
        String title = labels.get("section.year-over-year");
        if (!anyPrevious) {
            return List.of(Section.of(id(), title, List.of(new Block.Notice(Block.Severity.INFO,
                    labels.format("trend.no-previous", String.valueOf(year))))));
        }

        List<Block> blocks = new ArrayList<>();
        blocks.add(trendChart(context, groups));

        LevelWords words = new LevelWords(labels);
        List<List<String>> summary = new ArrayList<>();
        List<List<String>> changes = new ArrayList<>();
        for (Compared group : groups) {
            String topic = context.text(group.plugin().topic());
            GroupYear before = group.before();
            if (before == null) {
                summary.add(List.of(topic, "", "", "", "", labels.get("level.no-previous")));
                continue;
            }
            int raised = 0;
            int unchanged = 0;
            int lowered = 0;
            int rated = 0;
            PlannedActivities planned = group.planned();
            Assessment[] now = planned.firstAssessments(group.now());
            Assessment[] then = planned.firstAssessments(before);
            for (OverarchingGoal goal : group.plan().goals()) {
                for (Activity activity : goal.activities()) {
                    int position = planned.position(activity.id());
                    ProgressLevel is = level(PlannedActivities.at(now, position));
                    if (is == null) {
                        continue;
                    }
                    ProgressLevel was = level(PlannedActivities.at(then, position));
                    if (was == null) {
                        rated++;
                        changes.add(List.of(topic, activity.id() + " " + context.text(activity.description()),
                                words.level(null), words.level(is), words.fresh()));
                    } else if (was == is) {
                        unchanged++;
                    } else {
                        if (is.rank() > was.rank()) {
                            raised++;
                        } else {
                            lowered++;
                        }
                        changes.add(List.of(topic, activity.id() + " " + context.text(activity.description()),
                                words.level(was), words.level(is), words.change(was, is)));
                    }
                }
            }
            summary.add(List.of(topic, String.valueOf(raised), String.valueOf(unchanged), String.valueOf(lowered),
                    String.valueOf(rated), ""));
        }
        blocks.add(new Block.Table(labels.format("trend.summary", String.valueOf(previous), String.valueOf(year)),
                List.of(labels.get("trend.group"), labels.get("trend.raised"), labels.get("trend.unchanged"),
                        labels.get("trend.lowered"), labels.get("trend.new"), labels.get("table.note")),
                summary));
        if (changes.isEmpty()) {
            blocks.add(new Block.Paragraph(labels.format("trend.none", String.valueOf(previous))));
        } else {
            blocks.add(new Block.Table(labels.format("trend.changes", String.valueOf(previous), String.valueOf(year)),
                    List.of(labels.get("trend.group"), labels.get("trend.activity"), String.valueOf(previous),
                            String.valueOf(year), labels.get("trend.change")),
                    changes));
        }
        return List.of(Section.of(id(), title, blocks));
    }

    /** A group with a plan and a year reported on, and its year before if recorded (else null). */
    private record Compared(WorkingGroupPlugin plugin, WorkingGroupPlan plan, PlannedActivities planned, GroupYear now, GroupYear before) {
    }

    /** The level of an assessment, or null when there is none. */
    private static ProgressLevel level(Assessment assessment) {
        return assessment == null ? null : assessment.level();
    }

    /** One bar per group and year, from the first year recorded up to the report's year. */
    private static Block trendChart(ReportContext context, List<Compared> groups) {
        Labels labels = context.labels();
        ProgressLevel[] levels = ProgressLevel.values();
        String[] levelLabels = new String[levels.length];
        for (ProgressLevel level : levels) {
            levelLabels[level.rank()] = labels.level(level);
        }
        List<Block.ChartRow> rows = new ArrayList<>();
        for (Compared group : groups) {
            String topic = context.text(group.plugin().topic());
            for (GroupYear groupYear : context.groupYears(group.plugin().id())) {
                if (groupYear.year() > context.year()) {
                    continue;
                }
                // read in year order, the year before and the year reported on come last: the comparison below finds them kept
                int[] counts = group.planned().countByLevel(group.planned().firstAssessments(groupYear));
                rows.add(new Block.ChartRow(topic + " " + groupYear.year(), Counts.of(counts)));
            }
        }
        return new Block.LevelChart(labels.get("trend.chart"), List.of(levelLabels), rows);
    }

    /**
     * The words of levels and their changes, each made once per report however many activities
     * show it: rows share the strings instead of each holding a copy.
     */
    private static final class LevelWords {

        private final Labels labels;
        private final String[] levels = new String[ProgressLevel.values().length + 1];
        private final String[] changes = new String[levels.length * levels.length];
        private String fresh;

        LevelWords(Labels labels) {
            this.labels = labels;
        }

        String level(ProgressLevel level) {
            int slot = slot(level);
            if (levels[slot] == null) {
                levels[slot] = labels.level(level);
            }
            return levels[slot];
        }

        String change(ProgressLevel from, ProgressLevel to) {
            int key = slot(from) * levels.length + slot(to);
            if (changes[key] == null) {
                changes[key] = labels.format("level.change", level(from), level(to));
            }
            return changes[key];
        }

        /** "New": the change of an activity rated for the first time. */
        String fresh() {
            if (fresh == null) {
                fresh = labels.get("level.new");
            }
            return fresh;
        }

        private static int slot(ProgressLevel level) {
            return level == null ? 0 : level.rank() + 1;
        }
    }
}
