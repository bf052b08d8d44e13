package mou.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mou.core.internal.PlannedActivities;
import mou.core.model.Activity;
import mou.core.model.Assessment;
import mou.core.model.Deliverable;
import mou.core.model.GroupYear;
import mou.core.model.Narrative;
import mou.core.model.OverarchingGoal;
import mou.core.model.ProgressLevel;
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
        String groupId = group.id();
        WorkingGroupPlan plan = context.plan(groupId).orElse(null);
        GroupYear year = context.groupYear(groupId).orElse(null);
        if (plan == null && year == null) {
            return Optional.empty();
        }
        Labels labels = context.labels();
        String topic = context.text(group.topic());
        Narrative narrative = year == null ? Narrative.EMPTY : year.narrative();
        List<Block> blocks = paragraphs(context, narrative.accomplishments());
        List<Section> subsections = new ArrayList<>();
        addNarrativePart(context, subsections, groupId + ".challenges", labels.get("chapter.challenges"), narrative.challenges());
        addNarrativePart(context, subsections, groupId + ".next-steps", labels.get("chapter.next-steps"), narrative.nextSteps());
        if (plan != null && !plan.goals().isEmpty()) {
            subsections.add(Section.of(groupId + ".progress", labels.format("chapter.progress", topic),
                    progressTables(context, plan, topic)));
        }
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
        if (texts.isEmpty()) {
            return List.of();
        }
        Block[] paragraphs = new Block[texts.size()];
        for (int i = 0; i < paragraphs.length; i++) {
            paragraphs[i] = new Paragraph(context.text(texts.get(i)));
        }
        return List.of(paragraphs);
    }

    /** One "Progress on ..." table per overarching goal of the plan. */
    public static List<Block> progressTables(ReportContext context, WorkingGroupPlan plan, String topic) {
        Labels labels = context.labels();
        Levels levels = new Levels(context, plan);
        List<Block> tables = new ArrayList<>();
        for (OverarchingGoal goal : plan.goals()) {
            String goalText = goal.title() == null
                    ? context.text(goal.statement())
                    : context.text(goal.title()) + ": " + context.text(goal.statement());
            if (goal.note() != null) {
                tables.add(new Block.Notice(Block.Severity.INFO, context.text(goal.note())));
            }
            List<Activity> activities = goal.activities();
            ProgressRow[] rows = new ProgressRow[activities.size()];
            for (int i = 0; i < rows.length; i++) {
                Activity activity = activities.get(i);
                rows[i] = progressRow(context, activity, levels.mark(activity.id()), goal.number() + "." + (i + 1));
            }
            tables.add(new ProgressTable(
                    labels.format("table.goal-caption", topic, goal.number()),
                    goalText,
                    List.of(labels.format("table.goal", goal.number()), labels.get("table.activities"),
                            labels.get("table.deliverables"), labels.get("table.progress")),
                    List.of(rows), goal.id()));
        }
        return tables;
    }

    /** An activity's row: its deliverables (with their types' summaries) and its level this year. */
    public static ProgressRow progressRow(ReportContext context, String groupId, Activity activity) {
        WorkingGroupPlan plan = context.plan(groupId).orElse(null);
        return progressRow(context, activity, levelMark(context, groupId, activity.id()),
                plan == null ? null : reference(plan, activity.id()));
    }

    /**
     * An activity's short reference, its goal's number and its place under the goal ("3.1"), as
     * the report refers to it outside its "Progress on ..." table; null when the plan has no such activity.
     *
     * @since 1.4
     */
    public static String reference(WorkingGroupPlan plan, String activityId) {
        for (OverarchingGoal goal : plan.goals()) {
            List<Activity> activities = goal.activities();
            for (int i = 0; i < activities.size(); i++) {
                if (activities.get(i).id().equals(activityId)) {
                    return goal.number() + "." + (i + 1);
                }
            }
        }
        return null;
    }

    private static ProgressRow progressRow(ReportContext context, Activity activity, LevelMark level, String reference) {
        List<Deliverable> deliverables = activity.deliverables();
        DeliverableLine[] lines = new DeliverableLine[deliverables.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = deliverableLine(context, deliverables.get(i));
        }
        return new ProgressRow(activity.id(), context.text(activity.description()),
                activity.note() == null ? null : context.text(activity.note()), List.of(lines), level, reference);
    }

    private static DeliverableLine deliverableLine(ReportContext context, Deliverable deliverable) {
        DeliverableType type = context.deliverableType(deliverable.type()).orElse(null);
        String typeLabel = type == null ? deliverable.type() : context.text(type.label());
        String summary = type == null ? "" : type.summarise(deliverable, context);
        return new DeliverableLine(deliverable.id(), typeLabel, context.text(deliverable.title()), summary,
                deliverable.note() == null ? null : context.text(deliverable.note()), deliverable.type());
    }

    /** An activity's level this year, with its change from the year before when both are rated. */
    public static LevelMark levelMark(ReportContext context, String groupId, String activityId) {
        GroupYear year = context.groupYear(groupId).orElse(null);
        Assessment now = year == null ? null : year.assessment(activityId).orElse(null);
        if (now == null) {
            return new LevelMark(null, context.labels().level(null), false, "", null);
        }
        GroupYear previousYear = context.groupYear(groupId, context.year() - 1).orElse(null);
        Assessment previous = previousYear == null ? null : previousYear.assessment(activityId).orElse(null);
        String change = previous == null || previous.level() == now.level() ? null
                : context.labels().format("level.change", context.labels().level(previous.level()), context.labels().level(now.level()));
        return new LevelMark(now.level(), context.labels().level(now.level()), now.inferred(), context.text(now.shownRationale()), change,
                now.carriedOver(), evidence(context, now));
    }

    /** The evidence given with a rating, as the report shows it. */
    static List<Block.EvidenceLine> evidence(ReportContext context, Assessment assessment) {
        if (assessment.evidence().isEmpty()) {
            return List.of();
        }
        List<Block.EvidenceLine> lines = new ArrayList<>(assessment.evidence().size());
        for (mou.core.model.Link link : assessment.evidence()) {
            String title = link.title() == null ? null : context.text(link.title());
            lines.add(new Block.EvidenceLine(title == null || title.isBlank() ? null : title, link.url(),
                    mou.core.model.Evidence.isWebAddress(link.url())));
        }
        return List.copyOf(lines);
    }

    /**
     * The levels of a plan's activities, as {@link #levelMark} gives them: the year reported on
     * and the year before read once per plan rather than looked up once per row, and the marks
     * and words that rows share (an unrated activity's mark, the words of each change of level)
     * made once.
     */
    private static final class Levels {

        private final ReportContext context;
        private final Labels labels;
        private final PlannedActivities planned;
        /** By the plan's positions, this year's assessments and last year's; null when the workspace has no such year. */
        private final Assessment[] now;
        private final Assessment[] previous;
        private LevelMark unrated;
        /** The words of each change met so far, by 6 * (previous rank + 1) + (rank + 1); 0 stands for no level. */
        private final String[] changes = new String[36];

        Levels(ReportContext context, WorkingGroupPlan plan) {
            this.context = context;
            this.labels = context.labels();
            this.planned = PlannedActivities.of(context, plan);
            GroupYear year = context.groupYear(plan.groupId()).orElse(null);
            GroupYear previousYear = year == null ? null : context.groupYear(plan.groupId(), context.year() - 1).orElse(null);
            this.now = year == null ? null : planned.firstAssessments(year);
            this.previous = previousYear == null ? null : planned.firstAssessments(previousYear);
        }

        LevelMark mark(String activityId) {
            int position = planned.position(activityId);
            Assessment a = now == null ? null : PlannedActivities.at(now, position);
            if (a == null) {
                if (unrated == null) {
                    unrated = new LevelMark(null, labels.level(null), false, "", null);
                }
                return unrated;
            }
            Assessment before = previous == null ? null : PlannedActivities.at(previous, position);
            String change = before == null || before.level() == a.level() ? null : change(before.level(), a.level());
            return new LevelMark(a.level(), labels.level(a.level()), a.inferred(), context.text(a.shownRationale()), change,
                    a.carriedOver(), evidence(context, a));
        }

        private String change(ProgressLevel from, ProgressLevel to) {
            int key = 6 * slot(from) + slot(to);
            String words = changes[key];
            if (words == null) {
                words = labels.format("level.change", labels.level(from), labels.level(to));
                changes[key] = words;
            }
            return words;
        }

        private static int slot(ProgressLevel level) {
            return level == null ? 0 : level.rank() + 1;
        }
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
     * A table of figures: the activity each measures (by its short reference, e.g. "Activity 3.2";
     * a format links it to the activity's row), the value and target with units written by
     * {@code unit} (e.g. a plugin's translated unit words, in the singular for a value of one),
     * and progress towards the target. Each row carries the figure's id and its numbers too.
     *
     * @param caption the table's caption; null or empty when the section's heading already says it
     * @param firstHeader the heading of the first column
     * @param unitWords the words for a unit in the report's language; return the unit itself when there are none
     */
    public static Block.FigureTable figures(ReportContext context, String caption, String firstHeader, WorkingGroupPlan plan,
            List<Metric> metrics, java.util.function.UnaryOperator<String> unitWords) {
        Labels labels = context.labels();
        List<Block.FigureRow> rows = new ArrayList<>(metrics.size());
        String groupId = plan == null ? null : plan.groupId();
        for (Metric m : metrics) {
            String reference = plan == null || m.activityId() == null ? null : reference(plan, m.activityId());
            String first = m.activityId() == null ? "" : reference == null ? m.activityId() : labels.format("activity.reference", reference);
            rows.add(figureRow(context, m, first, groupId, unitWords));
        }
        return new Block.FigureTable(caption, List.of(firstHeader, labels.get("figures.figure"), labels.get("figures.value"),
                labels.get("figures.target"), labels.get("figures.progress"), labels.get("figures.as-of")), rows);
    }

    /**
     * One figure as a row: its words (the value and target with their units, in the singular for
     * one) and its numbers, id, group and activity.
     *
     * @param first the first column's words (the group, or the activity's reference)
     * @param unitWords the words for a unit in the report's language, or null for the unit as given
     * @since 1.4
     */
    public static Block.FigureRow figureRow(ReportContext context, Metric m, String first, String groupId,
            java.util.function.UnaryOperator<String> unitWords) {
        java.util.function.UnaryOperator<String> words = unit -> {
            String given = unitWords == null ? unit : unitWords.apply(unit);
            return given == null || given.equals(unit) ? context.labels().unit(unit) : given;
        };
        // a unit that needs a Spanish of its own and has none is shown in English, marked as every such text is
        boolean untranslated = m.unitText() != null && Metric.unitNeedsSpanish(m.unit()) && m.unitText().untranslatedIn(context.language());
        return new Block.FigureRow(
                first,
                context.text(m.label()),
                m.words() != null ? context.text(m.words()) : amount(context, m.value(), m.unitIn(context.language()), words, untranslated),
                m.target() == null ? "" : amount(context, m.target(), m.unitIn(context.language()), words, untranslated),
                m.progressTowardsTarget(),
                m.asOf() == null ? "" : Dates.format(m.asOf(), context.language()),
                m.id(), groupId, m.activityId(), m.value(), m.target(), m.unit(), null);
    }

    private static String amount(ReportContext context, java.math.BigDecimal value, String unit, java.util.function.UnaryOperator<String> unitWords,
            boolean untranslated) {
        return amount(value, unit, context.language(), context.labels(), unitWords, untranslated);
    }

    /**
     * A figure's value (or target) as the reports write it in {@code language}, with its unit as given there (e.g. {@link
     * mou.core.model.Metric#unitIn}): "$252,038" for US dollars, "52%", "3,800 m³", else the number with its digits grouped and
     * the unit in the report's words, in the singular for one ("12 cajas", "1 muestra"); "" for none. The rule of the report's
     * figures, for whoever else lists figures (the web's figures list).
     *
     * @since 1.8
     */
    public static String amount(java.math.BigDecimal value, String unit, String language) {
        Labels labels = Labels.forLanguage(language);
        return amount(value, unit, language, labels, labels::unit, false);
    }

    private static String amount(java.math.BigDecimal value, String unit, String language, Labels labels,
            java.util.function.UnaryOperator<String> unitWords, boolean untranslated) {
        if (value == null) {
            return "";
        }
        if (unit == null || unit.isBlank() || "USD".equals(unit) || "%".equals(unit) || "m3".equals(unit)) {
            return Numbers.amount(value, unit, language);
        }
        String words = labels.countWords(unitWords.apply(unit), value);
        return Numbers.number(value, language) + " " + (untranslated ? TextMarks.UNTRANSLATED + words + TextMarks.END : words);
    }

    /** Events in date order as a timeline, each with who took part, how many, and its description. */
    public static Block.Timeline timeline(ReportContext context, String caption, String groupName, List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Chapters::inDateOrder);
        List<Block.TimelineEntry> entries = new ArrayList<>(sorted.size());
        GroupYear year = yearOf(context, sorted);
        for (Event event : sorted) {
            String groupId = year != null && year.event(event.id()).filter(event::equals).isPresent() ? year.groupId() : null;
            entries.add(timelineEntry(context, groupName, groupId, event));
        }
        return new Block.Timeline(caption, entries);
    }

    /**
     * The year of the installed group that holds the first of the events (a group's timeline is
     * of its own year's events), or null: found once per timeline, not once per event, so that a
     * report of a thousand groups does not look through every group for every event.
     */
    private static GroupYear yearOf(ReportContext context, List<Event> events) {
        if (events.isEmpty()) {
            return null;
        }
        Event first = events.get(0);
        for (WorkingGroupPlugin group : context.groups()) {
            GroupYear year = context.groupYear(group.id()).orElse(null);
            if (year != null && year.event(first.id()).filter(first::equals).isPresent()) {
                return year;
            }
        }
        return null;
    }

    /**
     * The order of a timeline: by date, events known only by their year after the dated events
     * of that year (they are not in January), then by id.
     *
     * @since 1.4
     */
    public static int inDateOrder(Event a, Event b) {
        if (a.date().year() == b.date().year()) {
            boolean aYear = yearOnly(a);
            if (aYear != yearOnly(b)) {
                return aYear ? 1 : -1;
            }
        }
        int byDate = a.date().compareTo(b.date());
        return byDate != 0 ? byDate : a.id().compareTo(b.id());
    }

    private static boolean yearOnly(Event event) {
        return event.date().precision() == mou.core.model.DateSpan.Precision.YEAR && !event.date().isSpan();
    }

    /** One event as a timeline entry. */
    public static Block.TimelineEntry timelineEntry(ReportContext context, String groupName, Event event) {
        return timelineEntry(context, groupName, null, event);
    }

    /**
     * One event of a group as a timeline entry, with its id, its kind's id and its group's id.
     *
     * @since 1.4
     */
    public static Block.TimelineEntry timelineEntry(ReportContext context, String groupName, String groupId, Event event) {
        Labels labels = context.labels();
        List<String> details = new ArrayList<>();
        if (!event.organizations().isEmpty()) {
            List<String> ids = event.organizations();
            StringBuilder organizations = new StringBuilder();
            for (int i = 0; i < ids.size(); i++) {
                if (i > 0) {
                    organizations.append(", ");
                }
                organizations.append(context.organization(ids.get(i)));
            }
            details.add(organizations.toString());
        }
        if (event.participants() != null) {
            details.add(labels.plural("event.participants", event.participants()));
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
                String.join(" · ", details),
                event.id(), event.kind().id(), groupId, null);
    }
}
