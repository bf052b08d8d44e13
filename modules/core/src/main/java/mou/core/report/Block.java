package mou.core.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mou.core.model.ProgressLevel;

/**
 * A piece of a section's content. The set of blocks is closed so that every format can render
 * every report; all text in blocks is plain text, which formats escape as they need.
 */
public sealed interface Block {

    /** A paragraph of running text. */
    record Paragraph(String text) implements Block {
    }

    /** A bulleted list. */
    record BulletList(List<String> items) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }
    }

    /** Terms and their definitions, e.g. the facts of the agreement (signed, signatories, term). */
    record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    /** One term of {@link Facts}. */
    record Fact(String term, List<String> values) {
        public Fact {
            values = List.copyOf(values);
        }
    }

    /** A plain table with a header row. */
    record Table(String caption, List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            List<List<String>> copies = new ArrayList<>(rows.size());
            for (List<String> row : rows) {
                copies.add(List.copyOf(row));
            }
            rows = Collections.unmodifiableList(copies);
        }
    }

    /**
     * A "Progress on ..." table for one overarching goal: its activities, their deliverables
     * and the level of each activity.
     *
     * @param caption e.g. "Air Quality Overarching Goal 3"
     * @param goal the goal's statement (with its short title first where it has one)
     * @param headers the column headings: goal, activities, deliverables, progress
     * @param rows one per activity
     */
    record ProgressTable(String caption, String goal, List<String> headers, List<ProgressRow> rows, String goalId) implements Block {
        public ProgressTable {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }

        /** A table without the goal's id. */
        public ProgressTable(String caption, String goal, List<String> headers, List<ProgressRow> rows) {
            this(caption, goal, headers, rows, null);
        }
    }

    /**
     * One activity of a {@link ProgressTable}.
     *
     * @param reference the activity's short reference, its goal's number and its place under the
     *        goal, e.g. {@code "3.1"} (what other parts of the report call it), or null
     */
    record ProgressRow(String activityId, String activity, String note, List<DeliverableLine> deliverables, LevelMark level,
            String reference) {
        public ProgressRow {
            deliverables = List.copyOf(deliverables);
        }

        /** A row without a short reference. */
        public ProgressRow(String activityId, String activity, String note, List<DeliverableLine> deliverables, LevelMark level) {
            this(activityId, activity, note, deliverables, level, null);
        }
    }

    /**
     * One deliverable of a {@link ProgressRow}.
     *
     * @param summary its type's one-line summary of its attributes, or empty
     * @param typeLabel the name of its type, or its type id when that type is not installed
     * @param typeId the id of its type, e.g. {@code "workshop"}, or null
     */
    record DeliverableLine(String id, String typeLabel, String title, String summary, String note, String typeId) {

        /** A line without its type's id. */
        public DeliverableLine(String id, String typeLabel, String title, String summary, String note) {
            this(id, typeLabel, title, summary, note, null);
        }
    }

    /**
     * A level on the Progress Key, with what a reader needs to see it without colour.
     *
     * @param level the level, or null for "not rated"
     * @param label the level's words, e.g. "Significant Progress" (or "Not rated")
     * @param inferred whether the level was inferred rather than stated by the group
     * @param rationale why, or empty
     * @param change the change from the previous year, e.g. "Initial Progress → Moderate Progress", or null
     * @param carriedOver whether the level was carried over from the year before when the year was
     *        opened and nobody has re-rated (or confirmed) it since: not a rating of this year
     * @param evidence the evidence given with the rating, in the order given; empty when none
     */
    record LevelMark(ProgressLevel level, String label, boolean inferred, String rationale, String change,
            boolean carriedOver, List<EvidenceLine> evidence) {
        public LevelMark {
            evidence = List.copyOf(evidence);
        }

        /** A level that is this year's rating (not carried over), without evidence. */
        public LevelMark(ProgressLevel level, String label, boolean inferred, String rationale, String change) {
            this(level, label, inferred, rationale, change, false, List.of());
        }
    }

    /**
     * One piece of evidence given with a rating.
     *
     * @param title its title in the report's language, or null when it has none (show the reference then)
     * @param reference a web address ({@code https://...}) or the path of a file in the workspace
     *        (relative, with {@code /}); never a script address, which is refused when recorded
     * @param webAddress whether {@code reference} is a web address (a link); else it is a file in
     *        the workspace, shown by its name
     */
    record EvidenceLine(String title, String reference, boolean webAddress) {
    }

    /**
     * A chart of how many activities stand at each level, one bar per row (a group, a goal).
     *
     * @param caption the chart's title
     * @param levelLabels the labels of the five levels, in Progress Key order
     * @param rows one bar each
     */
    record LevelChart(String caption, List<String> levelLabels, List<ChartRow> rows) implements Block {
        public LevelChart {
            levelLabels = List.copyOf(levelLabels);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One bar of a {@link LevelChart}: counts per level, in Progress Key order (5 entries).
     *
     * @param id the id of what the bar counts: a working group's id, an overarching goal's id; or null
     */
    record ChartRow(String label, List<Integer> counts, String id) {
        public ChartRow {
            counts = List.copyOf(counts);
        }

        /** A bar without an id. */
        public ChartRow(String label, List<Integer> counts) {
            this(label, counts, null);
        }

        public int total() {
            int total = 0;
            for (int count : counts) {
                total += count;
            }
            return total;
        }
    }

    /** A table of quantified figures with, where there is one, progress towards the target. */
    record FigureTable(String caption, List<String> headers, List<FigureRow> rows) implements Block {
        public FigureTable {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One figure.
     *
     * @param group the first column: the working group, or in a group's own table the activity's
     *        short reference (e.g. "Activity 3.2")
     * @param share progress towards the target from 0 to 1, or -1 when there is no target
     * @param id the figure's id in the workspace, or null
     * @param groupId the id of the working group it belongs to, or null
     * @param activityId the id of the activity it measures, or null
     * @param amount the value as a number (in {@code unit}), or null
     * @param targetAmount the target as a number (in {@code unit}), or null when there is none
     * @param unit the unit as the workspace gives it (e.g. {@code "m3"}, {@code "USD"}, {@code "%"}), or null
     * @param home the id of the section that shows this figure in full when this row is an
     *        overview of it (a link to there), or null when this row is its home
     */
    record FigureRow(String group, String label, String value, String target, double share, String asOf,
            String id, String groupId, String activityId, BigDecimal amount, BigDecimal targetAmount, String unit, String home) {

        /** A figure as words only. */
        public FigureRow(String group, String label, String value, String target, double share, String asOf) {
            this(group, label, value, target, share, asOf, null, null, null, null, null, null, null);
        }

        /** This row as an overview of the figure shown in full in the section {@code sectionId}. */
        public FigureRow linkedTo(String sectionId) {
            return new FigureRow(group, label, value, target, share, asOf, id, groupId, activityId, amount, targetAmount, unit, sectionId);
        }
    }

    /** Dated events in date order. */
    record Timeline(String caption, List<TimelineEntry> entries) implements Block {
        public Timeline {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One event of a {@link Timeline}. An event known only by its year ({@code isoDate} of four
     * digits) comes after the year's dated events: formats show such events as their own group
     * ("Date not given in 2016").
     *
     * @param date the date as a person reads it
     * @param isoDate the date in ISO form, for machines
     * @param id the event's id in the workspace, or null
     * @param kindId the id of its kind, e.g. {@code "meeting"}, or null
     * @param groupId the id of the working group it belongs to, or null
     * @param home the id of the section that shows this event in full when this entry is an
     *        overview of it (a link to there; its details are then left out), or null
     */
    record TimelineEntry(String date, String isoDate, String kind, String title, String place, String group, String details,
            String id, String kindId, String groupId, String home) {

        /** An event as words only. */
        public TimelineEntry(String date, String isoDate, String kind, String title, String place, String group, String details) {
            this(date, isoDate, kind, title, place, group, details, null, null, null, null);
        }

        /** Whether the event is known only by its year. */
        public boolean yearOnly() {
            return isoDate != null && isoDate.length() == 4 && isoDate.chars().allMatch(Character::isDigit);
        }

        /** This entry as an overview of the event shown in full in the section {@code sectionId}: without its details. */
        public TimelineEntry linkedTo(String sectionId) {
            return new TimelineEntry(date, isoDate, kind, title, place, group, "", id, kindId, groupId, sectionId);
        }
    }

    /** The Progress Key: each level with its words. */
    record LevelLegend(String caption, List<LevelMark> levels) implements Block {
        public LevelLegend {
            levels = List.copyOf(levels);
        }
    }

    /** A notice to the reader, e.g. that a plugin failed and its part is missing. */
    record Notice(Severity severity, String text) implements Block {
    }

    /** How much a {@link Notice} matters. */
    enum Severity { INFO, WARNING, ERROR }
}
