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
import mou.core.model.Event;
import mou.core.model.Metric;
import mou.core.spi.AttributeSpec;
import mou.core.spi.Dates;
import mou.core.spi.DeliverableType;
import mou.core.spi.Numbers;
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
        String change = context.groupYear(groupId, context.year() - 1)
                .flatMap(previous -> previous.assessment(activityId))
                .filter(previous -> previous.level() != a.level())
                .map(previous -> labels.format("level.change", labels.level(previous.level()), labels.level(a.level())))
                .orElse(null);
        return new LevelMark(a.level(), labels.level(a.level()), a.inferred(), context.text(a.rationale()), change);
    }

    /**
     * A deliverable's valid attributes as terms and values, organization ids written as the
     * workspace's acronyms: for a group section that shows a deliverable in full.
     */
    public static Block.Facts deliverableFacts(ReportContext context, DeliverableType type, java.util.Map<String, Object> attributes) {
        List<Block.Fact> facts = new ArrayList<>();
        for (AttributeSpec spec : type.attributes()) {
            Object value = attributes.get(spec.name());
            if (value != null && spec.check(value).isEmpty()) {
                facts.add(new Block.Fact(context.text(spec.label()),
                        List.of(spec.display(value, context.language(), context::organization))));
            }
        }
        return new Block.Facts(facts);
    }

    /**
     * A table of figures: the activity each measures (or {@code firstColumn} of each row), the
     * value and target with units written by {@code unit} (e.g. a plugin's translated unit words),
     * and progress towards the target.
     *
     * @param firstHeader the heading of the first column
     * @param unitWords the words for a unit in the report's language; return the unit itself when there are none
     */
    public static Block.FigureTable figures(ReportContext context, String caption, String firstHeader, WorkingGroupPlan plan,
            List<Metric> metrics, java.util.function.UnaryOperator<String> unitWords) {
        Labels labels = context.labels();
        List<Block.FigureRow> rows = metrics.stream().map(m -> new Block.FigureRow(
                activityOf(context, plan, m.activityId()),
                context.text(m.label()),
                amount(m.value(), m.unit(), context.language(), unitWords),
                m.target() == null ? "" : amount(m.target(), m.unit(), context.language(), unitWords),
                m.progressTowardsTarget(),
                m.asOf() == null ? "" : Dates.format(m.asOf(), context.language()))).toList();
        return new Block.FigureTable(caption, List.of(firstHeader, labels.get("figures.figure"), labels.get("figures.value"),
                labels.get("figures.target"), labels.get("figures.progress"), labels.get("figures.as-of")), rows);
    }

    private static String amount(java.math.BigDecimal value, String unit, String language, java.util.function.UnaryOperator<String> unitWords) {
        if (unit == null || "USD".equals(unit) || "%".equals(unit) || "m3".equals(unit)) {
            return Numbers.amount(value, unit, language);
        }
        return Numbers.number(value, language) + " " + unitWords.apply(unit);
    }

    private static String activityOf(ReportContext context, WorkingGroupPlan plan, String activityId) {
        if (activityId == null || plan == null) {
            return "";
        }
        return plan.activity(activityId).map(a -> context.text(a.description())).orElse(activityId);
    }

    /** Events in date order as a timeline, each with who took part, how many, and its description. */
    public static Block.Timeline timeline(ReportContext context, String caption, String groupName, List<Event> events) {
        List<Block.TimelineEntry> entries = events.stream()
                .sorted(java.util.Comparator.comparing(Event::date).thenComparing(Event::id))
                .map(e -> timelineEntry(context, groupName, e))
                .toList();
        return new Block.Timeline(caption, entries);
    }

    /** One event as a timeline entry. */
    public static Block.TimelineEntry timelineEntry(ReportContext context, String groupName, Event event) {
        Labels labels = context.labels();
        List<String> details = new ArrayList<>();
        if (!event.organizations().isEmpty()) {
            details.add(String.join(", ", event.organizations().stream().map(context::organization).toList()));
        }
        if (event.participants() != null) {
            details.add(labels.format("event.participants", event.participants()));
        }
        if (event.description() != null && !event.description().isEmpty()) {
            details.add(context.text(event.description()));
        }
        return new Block.TimelineEntry(
                Dates.format(event.date(), context.language()),
                event.date().iso(),
                labels.get("event." + event.kind().id()),
                context.text(event.title()),
                event.place() == null ? "" : context.text(event.place()),
                groupName,
                String.join(" · ", details));
    }
}
