package mou.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A part of a year's report that is not done yet: what a group's year still misses when it is
 * submitted, and what the year misses when it is published. This is the one rule of what a year
 * needs; {@code submit} and {@code publish} refuse while a gap is open unless someone says why it
 * goes on without it ({@link ReviewStep#incomplete()}).
 *
 * <p>What is required follows the published 2016 report: every activity of the plan rated for the
 * year (a level carried over from the year before is no rating, see {@link Assessment#carriedOver()}),
 * each group's narrative with its paragraph for the executive summary, its accomplishments and its
 * next steps ({@link #REQUIRED_PARTS}; challenges are optional, as one group of 2016 had none), and
 * the program office's introduction.
 *
 * @param groupId the group whose year misses it, or null for the program office's part of the report
 * @param year the year
 * @param kind what is missing
 * @param subjects what it concerns: the activities not rated or carried over, the empty narrative
 *        parts ({@code summary}, {@code accomplishments}, {@code next-steps}); empty for the introduction
 * @param of how many activities the plan has, for {@link Kind#NOT_RATED} and {@link Kind#CARRIED_OVER}; else 0
 * @since 1.4
 */
public record Gap(String groupId, int year, Kind kind, List<String> subjects, int of) {

    /** What is missing. */
    public enum Kind {
        /** Activities of the plan that have no level at all. */
        NOT_RATED,
        /** Activities whose level was carried over from the year before and not rated for this year. */
        CARRIED_OVER,
        /** Required parts of the group's narrative that are empty. */
        EMPTY_NARRATIVE,
        /** The program office's introduction of the year's report is empty. */
        NO_INTRODUCTION
    }

    /** The parts of a group's narrative a year needs, by their names in the commands: summary, accomplishments, next-steps. */
    public static final List<String> REQUIRED_PARTS = List.of("summary", "accomplishments", "next-steps");

    public Gap {
        subjects = List.copyOf(subjects);
    }

    /** What a group's year still misses, in the order of {@link Kind}; empty when it is complete. */
    public static List<Gap> of(WorkingGroupPlan plan, GroupYear year) {
        List<String> unrated = new ArrayList<>();
        List<String> carried = new ArrayList<>();
        for (Activity activity : plan.activities()) {
            Assessment a = year.assessment(activity.id()).orElse(null);
            if (a == null || a.level() == null) {
                unrated.add(activity.id());
            } else if (a.carriedOver()) {
                carried.add(activity.id());
            }
        }
        List<Gap> gaps = new ArrayList<>();
        int all = plan.activities().size();
        if (!unrated.isEmpty()) {
            gaps.add(new Gap(plan.groupId(), year.year(), Kind.NOT_RATED, unrated, all));
        }
        if (!carried.isEmpty()) {
            gaps.add(new Gap(plan.groupId(), year.year(), Kind.CARRIED_OVER, carried, all));
        }
        Narrative n = year.narrative() == null ? Narrative.EMPTY : year.narrative();
        List<String> empty = new ArrayList<>();
        if (blank(n.summary())) {
            empty.add("summary");
        }
        if (blank(n.accomplishments())) {
            empty.add("accomplishments");
        }
        if (blank(n.nextSteps())) {
            empty.add("next-steps");
        }
        if (!empty.isEmpty()) {
            gaps.add(new Gap(plan.groupId(), year.year(), Kind.EMPTY_NARRATIVE, empty, 0));
        }
        return List.copyOf(gaps);
    }

    /** What the program office's part of a year's report misses: its introduction; {@code report} may be null (no report file). */
    public static List<Gap> of(AnnualReport report, int year) {
        if (report == null || blank(report.introduction())) {
            return List.of(new Gap(null, year, Kind.NO_INTRODUCTION, List.of(), 0));
        }
        return List.of();
    }

    private static boolean blank(List<Text> paragraphs) {
        return paragraphs.stream().allMatch(t -> t == null || t.en().isBlank());
    }

    /** What is missing, in plain words, e.g. {@code 6 of 8 activities are not re-rated for 2017 (their level was carried over): cv-1-1, ...}. */
    public String describe() {
        // a narrative part said as a person says it ("next steps"), not by its id in the commands ("next-steps")
        List<String> said = kind == Kind.EMPTY_NARRATIVE ? subjects.stream().map(s -> s.replace('-', ' ')).toList() : subjects;
        String list = String.join(", ", said);
        return switch (kind) {
            case NOT_RATED -> subjects.size() + " of " + of + " activities are not rated: " + list;
            case CARRIED_OVER -> subjects.size() + " of " + of + " activities are not re-rated for " + year
                    + " (their level was carried over from the year before): " + list;
            case EMPTY_NARRATIVE -> "the narrative's " + (said.size() == 1 ? list + " is" : and(said) + " are") + " empty";
            case NO_INTRODUCTION -> "the program office's introduction for " + year + " is empty";
        };
    }

    private static String and(List<String> words) {
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
