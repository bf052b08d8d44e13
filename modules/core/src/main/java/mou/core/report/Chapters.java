package mou.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mou.core.model.Activity;
import mou.core.model.Assessment;
import mou.core.model.Deliverable;
import mou.core.model.GroupYear;
import mou.core.model.Narrative;
import mou.core.model.OverarchingGoal;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.report.Block.DeliverableLine;
import mou.core.report.Block.LevelMark;
import mou.core.report.Block.Paragraph;
import mou.core.report.Block.ProgressRow;
import mou.core.report.Block.ProgressTable;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportContext;
import mou.core.spi.WorkingGroupPlugin;

/**
 * Builders that working-group plugins share to write their chapter the way the published
 * report does: "Cooperation on ..." with the group's narrative, then "Progress on ..." with one
 * table per overarching goal. A plugin adds its own subsections beside these.
 */
public final class Chapters {

    private Chapters() {
    }

    /** The id of a group's chapter section, {@code "<group-id>"}; its subsections use it as a prefix. */
    public static String chapterId(WorkingGroupPlugin group) {
        return group.id();
    }

    /**
     * A group's standard chapter for the context's year: the narrative (accomplishments,
     * challenges, next steps), the "Progress on ..." tables, then the extra subsections given.
     * Empty when the workspace has neither a plan nor a year for the group.
     */
    public static Optional<Section> standard(ReportContext context, WorkingGroupPlugin group, List<Section> extra) {
        Optional<WorkingGroupPlan> plan = context.plan(group.id());
        Optional<GroupYear> year = context.groupYear(group.id());
        if (plan.isEmpty() && year.isEmpty()) {
            return Optional.empty();
        }
        Labels labels = context.labels();
        String topic = context.text(group.topic());
        Narrative narrative = year.map(GroupYear::narrative).orElse(Narrative.EMPTY);
        List<Block> blocks = new ArrayList<>(paragraphs(context, narrative.accomplishments()));
        List<Section> subsections = new ArrayList<>();
        addNarrativePart(context, subsections, group.id() + ".challenges", labels.get("chapter.challenges"), narrative.challenges());
        addNarrativePart(context, subsections, group.id() + ".next-steps", labels.get("chapter.next-steps"), narrative.nextSteps());
        plan.ifPresent(p -> {
            if (!p.goals().isEmpty()) {
                subsections.add(Section.of(group.id() + ".progress", labels.format("chapter.progress", topic),
                        progressTables(context, p, topic)));
            }
        });
        subsections.addAll(extra);
        return Optional.of(new Section(chapterId(group), labels.format("chapter.cooperation", topic), blocks, subsections));
    }

    private static void addNarrativePart(ReportContext context, List<Section> into, String id, String title, List<Text> paragraphs) {
        if (!paragraphs.isEmpty()) {
            into.add(Section.of(id, title, paragraphs(context, paragraphs)));
        }
    }

    /** Paragraph blocks for texts, in the report's language. */
    public static List<Block> paragraphs(ReportContext context, List<Text> texts) {
        return texts.stream().map(t -> (Block) new Paragraph(context.text(t))).toList();
    }

    /** One "Progress on ..." table per overarching goal of the plan. */
    public static List<Block> progressTables(ReportContext context, WorkingGroupPlan plan, String topic) {
        Labels labels = context.labels();
        List<Block> tables = new ArrayList<>();
        for (OverarchingGoal goal : plan.goals()) {
            String goalText = goal.title() == null
                    ? context.text(goal.statement())
                    : context.text(goal.title()) + ": " + context.text(goal.statement());
            if (goal.note() != null) {
                tables.add(new Block.Notice(Block.Severity.INFO, context.text(goal.note())));
            }
            List<ProgressRow> rows = goal.activities().stream()
                    .map(a -> progressRow(context, plan.groupId(), a))
                    .toList();
            tables.add(new ProgressTable(
                    labels.format("table.goal-caption", topic, goal.number()),
                    goalText,
                    List.of(labels.format("table.goal", goal.number()), labels.get("table.activities"),
                            labels.get("table.deliverables"), labels.get("table.progress")),
                    rows));
        }
        return tables;
    }

    /** An activity's row: its deliverables (with their types' summaries) and its level this year. */
    public static ProgressRow progressRow(ReportContext context, String groupId, Activity activity) {
        List<DeliverableLine> lines = activity.deliverables().stream().map(d -> deliverableLine(context, d)).toList();
        return new ProgressRow(activity.id(), context.text(activity.description()),
                activity.note() == null ? null : context.text(activity.note()), lines, levelMark(context, groupId, activity.id()));
    }

    private static DeliverableLine deliverableLine(ReportContext context, Deliverable deliverable) {
        Optional<DeliverableType> type = context.deliverableType(deliverable.type());
        String typeLabel = type.map(t -> context.text(t.label())).orElse(deliverable.type());
        String summary = type.map(t -> t.summarise(deliverable, context)).orElse("");
        return new DeliverableLine(deliverable.id(), typeLabel, context.text(deliverable.title()), summary,
                deliverable.note() == null ? null : context.text(deliverable.note()));
    }

    /** An activity's level this year, with its change from the year before when both are rated. */
    public static LevelMark levelMark(ReportContext context, String groupId, String activityId) {
        Labels labels = context.labels();
        Optional<Assessment> now = context.groupYear(groupId).flatMap(y -> y.assessment(activityId));
        if (now.isEmpty()) {
            return new LevelMark(null, labels.level(null), false, "", null);
        }
        Assessment a = now.get();
        String change = context.workspace().year(groupId, context.year() - 1)
                .flatMap(previous -> previous.assessment(activityId))
                .filter(previous -> previous.level() != a.level())
                .map(previous -> labels.format("level.change", labels.level(previous.level()), labels.level(a.level())))
                .orElse(null);
        return new LevelMark(a.level(), labels.level(a.level()), a.inferred(), context.text(a.rationale()), change);
    }
}
