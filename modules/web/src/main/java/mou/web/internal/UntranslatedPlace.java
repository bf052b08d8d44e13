package mou.web.internal;

import java.util.Optional;
import mou.core.cycle.PartPlace;
import mou.core.cycle.Problem;
import mou.core.model.Workspace;

/**
 * A text of the report that publishing found without its current Spanish, said as the page says it: the group, the year
 * and the part in the page's words ("Air Quality, 2017: the rating of activity aq-1-1, its rationale"), with a link to
 * the page where it is written, instead of the file and JSON path the command line prints. The cycle's problem
 * ({@code publish.untranslated.none} or {@code .stale}) carries where the workspace keeps the text, typed: {@link PartPlace}.
 *
 * @param where the group, year and part, in the page's words
 * @param href the page where the text is written, or null when no page writes it (the agreement's files)
 * @param what what it lacks, with the start of its English
 */
record UntranslatedPlace(String where, String href, String what) {

    /** The place of an untranslated text of {@code year}'s report, as the cycle hands it ({@link PartPlace}); empty for any other problem. */
    static Optional<UntranslatedPlace> of(Ui ui, Workspace workspace, Problem problem, int year) {
        Optional<PartPlace> kept = PartPlace.of(problem);
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        PartPlace place = kept.get();
        boolean stale = problem.code().equals("publish.untranslated.stale");
        String what = ui.t(stale ? "review.untranslated.stale" : "review.untranslated.none", problem.args().get(2));
        String id = place.id() == null ? "" : place.id();
        String group = place.groupId();
        if (group != null && place.year() != null) {
            // a group's year: its ratings, narrative, events, figures and quarterly updates, each written on a page of its own
            String base = "/group/" + group + "/" + place.year();
            String part;
            String href = null;
            switch (place.part()) {
                case RATING, EVIDENCE -> {
                    part = ui.t(place.part() == PartPlace.Part.EVIDENCE ? "review.place.evidence" : "review.place.rating", id);
                    href = base + "/activity/" + id;
                }
                case NARRATIVE -> {
                    part = ui.t("review.place.narrative", Problem.valueWords(ui.language()).getOrDefault("part." + id, id));
                    href = base + "/narrative/" + id;
                }
                case EVENT -> {
                    part = ui.t("review.place.event", id);
                    href = base + "/events/" + id;
                }
                case FIGURE -> {
                    part = ui.t("review.place.figure", id);
                    href = base + "/figures/" + id;
                }
                case UPDATE -> {
                    part = ui.t("review.place.update", id);
                    href = base + "/updates/" + id;
                }
                default -> part = ui.t("review.place.year");
            }
            return Optional.of(new UntranslatedPlace(ui.t("review.place.groupYear", Dashboard.name(workspace, group, ui.language()), place.year(),
                    part), href, what));
        }
        if (group != null) {
            // a group's plan: a deliverable's texts are written on its page, for the year being published
            if (place.part() == PartPlace.Part.DELIVERABLE) {
                return Optional.of(new UntranslatedPlace(ui.t("review.place.groupYear", Dashboard.name(workspace, group, ui.language()), year,
                        ui.t("review.place.deliverable", id)), "/group/" + group + "/" + year + "/deliverable/" + id, what));
            }
            return Optional.of(new UntranslatedPlace(ui.t("review.place.plan", Dashboard.name(workspace, group, ui.language()), place.file()),
                    null, what));
        }
        if (place.year() != null) {
            // the program office's introduction and final comments, written from the review page
            int reportYear = place.year();
            return Optional.of(switch (place.part()) {
                case INTRODUCTION -> new UntranslatedPlace(ui.t("review.place.introduction", reportYear),
                        "/review/" + reportYear + "/introduction/introduction", what);
                case FINAL_COMMENTS -> new UntranslatedPlace(ui.t("review.place.finalComments", reportYear),
                        "/review/" + reportYear + "/introduction/final-comments", what);
                default -> new UntranslatedPlace(ui.t("review.place.report", reportYear, place.file()), null, what);
            });
        }
        return Optional.of(new UntranslatedPlace(ui.t("review.place.workspace", place.file()), null, what));
    }

    /** The place and what it lacks as one line of text (the page's summary of problems). */
    String line() {
        return where + ": " + what;
    }
}
