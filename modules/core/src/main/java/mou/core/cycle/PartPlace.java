package mou.core.cycle;

import java.util.List;
import java.util.Optional;

/**
 * Where the workspace keeps a text, by ids, as the cycle hands it to a front door that names it in its own words and links
 * the page that writes it: a text that publishing found without its current Spanish ({@code publish.untranslated.none} and
 * {@code .stale}, {@link #of(Problem)}). The command line prints the file and its JSON path instead (the problem's message).
 *
 * @param groupId the working group whose plan or year keeps it, or null (the agreement's files, a year's report)
 * @param year the year whose file keeps it (a group's year, a year's report), or null (a plan, the agreement's files)
 * @param part what of the group's year, plan or report it is
 * @param id the activity, event, figure, quarter ({@code Q3}), deliverable or narrative part ({@code next-steps}) it belongs to,
 *        or null when the part has none
 * @param file the file that keeps it, relative to the workspace ({@code groups/air-quality/plan.json})
 * @since 1.13
 */
public record PartPlace(String groupId, Integer year, Part part, String id, String file) {

    /** What a text belongs to. */
    public enum Part {
        /** An activity's rating (its rationale): {@code id} the activity. */
        RATING,
        /** An evidence link's title of an activity's rating: {@code id} the activity. */
        EVIDENCE,
        /** A narrative part of a group's year: {@code id} the part ({@link mou.core.model.Narrative#PARTS}). */
        NARRATIVE,
        /** An event of a group's year: {@code id} the event. */
        EVENT,
        /** A figure of a group's year: {@code id} the figure. */
        FIGURE,
        /** A quarterly update of a group's year: {@code id} the quarter. */
        UPDATE,
        /** Another text of a group's year. */
        YEAR,
        /** A deliverable's text in a group's plan: {@code id} the deliverable. */
        DELIVERABLE,
        /** Another text of a group's plan. */
        PLAN,
        /** The program office's introduction of a year's report. */
        INTRODUCTION,
        /** The program office's final comments of a year's report. */
        FINAL_COMMENTS,
        /** Another text of a year's report. */
        REPORT,
        /** A text of the agreement's files. */
        WORKSPACE
    }

    /** How many of a problem's arguments, after its own three (file, path, English), carry the place. */
    private static final int ARGS = 5;

    /** The place as a problem's arguments, after its own: the group, the year, the part, the id and the file ({@link #of}). */
    public List<String> args() {
        return List.of(groupId == null ? "" : groupId, year == null ? "" : String.valueOf(year), part.name(), id == null ? "" : id,
                file == null ? "" : file);
    }

    /**
     * The place a problem of an untranslated text carries ({@code publish.untranslated.none} or {@code .stale}, its
     * arguments after the file, the path and the English: {@link #args()}); empty for another problem or one without it.
     */
    public static Optional<PartPlace> of(Problem problem) {
        if (problem == null || !("publish.untranslated.none".equals(problem.code()) || "publish.untranslated.stale".equals(problem.code()))
                || problem.args().size() < 3 + ARGS) {
            return Optional.empty();
        }
        List<String> a = problem.args().subList(3, 3 + ARGS);
        Part part;
        try {
            part = Part.valueOf(a.get(2));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Integer year = a.get(1).matches("[0-9]{1,9}") ? Integer.valueOf(a.get(1)) : null;
        return Optional.of(new PartPlace(a.get(0).isEmpty() ? null : a.get(0), year, part, a.get(3).isEmpty() ? null : a.get(3),
                a.get(4).isEmpty() ? null : a.get(4)));
    }
}
