package mou.core.internal.sections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
        List<WorkingGroupPlugin> groups = context.groups().stream()
                .filter(g -> context.plan(g.id()).isPresent() && context.groupYear(g.id()).isPresent())
                .toList();
        if (groups.isEmpty()) {
            return List.of();
        }
        String title = labels.get("section.year-over-year");
        boolean anyPrevious = groups.stream().anyMatch(g -> context.groupYear(g.id(), previous).isPresent());
        if (!anyPrevious) {
            return List.of(Section.of(id(), title, List.of(new Block.Notice(Block.Severity.INFO,
                    labels.format("trend.no-previous", String.valueOf(year))))));
        }

        List<Block> blocks = new ArrayList<>();
        blocks.add(trendChart(context, groups));

        List<List<String>> summary = new ArrayList<>();
        List<List<String>> changes = new ArrayList<>();
        for (WorkingGroupPlugin group : groups) {
            WorkingGroupPlan plan = context.plan(group.id()).orElseThrow();
            GroupYear now = context.groupYear(group.id()).orElseThrow();
            Optional<GroupYear> before = context.groupYear(group.id(), previous);
            String topic = context.text(group.topic());
            if (before.isEmpty()) {
                summary.add(List.of(topic, "", "", "", "", labels.get("level.no-previous")));
                continue;
            }
            int raised = 0;
            int unchanged = 0;
            int lowered = 0;
            int rated = 0;
            for (Activity activity : plan.activities()) {
                ProgressLevel was = before.get().assessment(activity.id()).map(Assessment::level).orElse(null);
                ProgressLevel is = now.assessment(activity.id()).map(Assessment::level).orElse(null);
                if (is == null) {
                    continue;
                }
                if (was == null) {
                    rated++;
                    changes.add(List.of(topic, activity.id() + " " + context.text(activity.description()),
                            labels.level(null), labels.level(is), labels.get("level.new")));
                } else if (was == is) {
                    unchanged++;
                } else {
                    if (is.rank() > was.rank()) {
                        raised++;
                    } else {
                        lowered++;
                    }
                    changes.add(List.of(topic, activity.id() + " " + context.text(activity.description()),
                            labels.level(was), labels.level(is), labels.format("level.change", labels.level(was), labels.level(is))));
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

    /** One bar per group and year, from the first year recorded up to the report's year. */
    private static Block trendChart(ReportContext context, List<WorkingGroupPlugin> groups) {
        List<String> levelLabels = Arrays.stream(ProgressLevel.values()).map(context.labels()::level).toList();
        List<Block.ChartRow> rows = new ArrayList<>();
        for (WorkingGroupPlugin group : groups) {
            WorkingGroupPlan plan = context.plan(group.id()).orElseThrow();
            for (GroupYear groupYear : context.groupYears(group.id())) {
                if (groupYear.year() > context.year()) {
                    continue;
                }
                int y = groupYear.year();
                int[] counts = new int[ProgressLevel.values().length];
                for (Activity activity : plan.activities()) {
                    groupYear.assessment(activity.id()).map(Assessment::level).ifPresent(level -> counts[level.rank()]++);
                }
                rows.add(new Block.ChartRow(context.text(group.topic()) + " " + y, Arrays.stream(counts).boxed().toList()));
            }
        }
        return new Block.LevelChart(context.labels().get("trend.chart"), levelLabels, rows);
    }
}
