package mou.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mou.core.cycle.Problem;
import mou.core.model.Workspace;

/**
 * A text of the report that publishing found without its current Spanish, said as the page says it: the group, the year
 * and the part in the page's words ("Air Quality, 2017: the rating of activity aq-1-1, its rationale"), with a link to
 * the page where it is written, instead of the file and JSON path the command line prints. The cycle's problem
 * ({@code publish.untranslated.none} or {@code .stale}) carries where the workspace keeps the text, by ids.
 *
 * @param where the group, year and part, in the page's words
 * @param href the page where the text is written, or null when no page writes it (the agreement's files)
 * @param what what it lacks, with the start of its English
 */
record UntranslatedPlace(String where, String href, String what) {

    /** The place of an untranslated text of {@code year}'s report; empty for any other problem. */
    static Optional<UntranslatedPlace> of(Ui ui, Workspace workspace, Problem problem, int year) {
        if (problem.code() == null || !problem.code().startsWith("publish.untranslated.") || problem.args().size() < 6) {
            return Optional.empty();
        }
        boolean stale = problem.code().equals("publish.untranslated.stale");
        if (!stale && !problem.code().equals("publish.untranslated.none")) {
            return Optional.empty();
        }
        List<String> args = problem.args();
        String what = ui.t(stale ? "review.untranslated.stale" : "review.untranslated.none", args.get(2));
        String place = args.get(5);
        int hash = place.indexOf('#');
        if (hash < 0) {
            return Optional.of(new UntranslatedPlace(args.get(0), null, what));
        }
        String file = place.substring(0, hash);
        List<String> path = new ArrayList<>();
        for (String segment : place.substring(hash + 1).split("/")) {
            if (!segment.isEmpty()) {
                path.add(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        String group = args.get(3);
        String first = path.isEmpty() ? "" : path.get(0);
        if (!group.isEmpty() && !args.get(4).isEmpty()) {
            // a group's year: its ratings, narrative, events, figures and quarterly updates, each written on a page of its own
            String base = "/group/" + group + "/" + args.get(4);
            String part = null;
            String href = null;
            String id = path.size() > 1 ? path.get(1) : "";
            switch (first) {
                case "assessments" -> {
                    part = ui.t(path.contains("evidence") ? "review.place.evidence" : "review.place.rating", id);
                    href = base + "/activity/" + id;
                }
                case "narrative" -> {
                    String partId = id.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
                    part = ui.t("review.place.narrative", Problem.valueWords(ui.language()).getOrDefault("part." + partId, partId));
                    href = base + "/narrative/" + partId;
                }
                case "events" -> {
                    part = ui.t("review.place.event", id);
                    href = base + "/events/" + id;
                }
                case "metrics" -> {
                    part = ui.t("review.place.figure", id);
                    href = base + "/figures/" + id;
                }
                case "updates" -> {
                    part = ui.t("review.place.update", id);
                    href = base + "/updates/" + id;
                }
                default -> part = ui.t("review.place.year");
            }
            return Optional.of(new UntranslatedPlace(ui.t("review.place.groupYear", Dashboard.name(workspace, group, ui.language()), args.get(4),
                    part), href, what));
        }
        if (!group.isEmpty()) {
            // a group's plan: a deliverable's texts are written on its page, for the year being published
            int at = path.indexOf("deliverables");
            if (at >= 0 && at + 1 < path.size()) {
                String id = path.get(at + 1);
                return Optional.of(new UntranslatedPlace(ui.t("review.place.groupYear", Dashboard.name(workspace, group, ui.language()), year,
                        ui.t("review.place.deliverable", id)), "/group/" + group + "/" + year + "/deliverable/" + id, what));
            }
            return Optional.of(new UntranslatedPlace(ui.t("review.place.plan", Dashboard.name(workspace, group, ui.language()), file), null,
                    what));
        }
        if (file.startsWith("reports/") && !args.get(4).isEmpty()) {
            // the program office's introduction and final comments, written from the review page
            String reportYear = args.get(4);
            return Optional.of(switch (first) {
                case "introduction" -> new UntranslatedPlace(ui.t("review.place.introduction", reportYear),
                        "/review/" + reportYear + "/introduction/introduction", what);
                case "finalComments" -> new UntranslatedPlace(ui.t("review.place.finalComments", reportYear),
                        "/review/" + reportYear + "/introduction/final-comments", what);
                default -> new UntranslatedPlace(ui.t("review.place.report", reportYear, file), null, what);
            });
        }
        return Optional.of(new UntranslatedPlace(ui.t("review.place.workspace", file), null, what));
    }

    /** The place and what it lacks as one line of text (the page's summary of problems). */
    String line() {
        return where + ": " + what;
    }
}
