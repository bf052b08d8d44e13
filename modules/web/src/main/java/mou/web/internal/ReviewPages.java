package mou.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.HistoryQuery;
import mou.core.cycle.PartVersion;
import mou.core.cycle.Problem;
import mou.core.cycle.Publish;
import mou.core.cycle.ReviewYear;
import mou.core.cycle.StatusQuery;
import mou.core.cycle.YearStatus;
import mou.core.model.Gap;
import mou.core.model.GroupYear;
import mou.core.model.ReviewAction;
import mou.core.model.ReviewState;
import mou.core.model.ReviewStep;
import mou.core.model.Workspace;
import mou.web.api.HtmlWriter;

/**
 * The review of a year ({@code /review/YEAR}): each group's review state, what its year still
 * misses, its steps (who, when, why), and the forms that move it on: submit (the group), return
 * with a reason and approve (the program office), publish the year (the program office). Each form
 * posts to the cycle service's {@code review} or {@code publish}, which hold the rules; a refusal
 * shows the page again with every problem the service named, beside its field.
 */
final class ReviewPages {


    private final WebApp app;

    ReviewPages(WebApp app) {
        this.app = app;
    }

    /** The routes of review, history and spreadsheets. */
    static List<Route> all(WebApp app) {
        List<Route> all = new ArrayList<>(new ReviewPages(app).routes());
        all.addAll(new IntroductionPages(app).routes());
        all.addAll(new HistoryPage(app).routes());
        all.addAll(new WorkbookPages(app).routes());
        return all;
    }

    /** The menu's entries for review and history: for whoever is signed in. */
    static List<Page.Link> menu(Call call) {
        if (call.user().isEmpty()) {
            return List.of();
        }
        return List.of(new Page.Link("/review", call.ui().t("menu.review")), new Page.Link("/history", call.ui().t("menu.history")));
    }

    List<Route> routes() {
        return List.of(
                new Route("GET", "/review", Access.SIGNED_IN, this::latest),
                new Route("GET", "/review/{year}", Access.SIGNED_IN, c -> page(c, null)),
                new Route("POST", "/review/{year}/{group}/submit", Access.GROUP_EDITOR, c -> review(c, ReviewAction.SUBMIT)),
                new Route("POST", "/review/{year}/{group}/return", Access.PROGRAM_OFFICE, c -> review(c, ReviewAction.RETURN)),
                new Route("POST", "/review/{year}/{group}/approve", Access.PROGRAM_OFFICE, c -> review(c, ReviewAction.APPROVE)),
                new Route("POST", "/review/{year}/publish", Access.PROGRAM_OFFICE, this::publish));
    }

    /** A form the service refused: which one, the problems it named, and what the person had written. */
    record Failure(String form, int status, List<Problem> problems, Map<String, String> values) {
    }

    /** {@code /review}: the latest year. */
    private Response latest(Call call) throws WebApp.Refusal {
        OptionalInt latest = app.workspace().latestYear();
        if (latest.isEmpty()) {
            throw new WebApp.Refusal(404, call.ui().t("review.noYear"), call.ui().t("review.noYear.text"));
        }
        return Response.seeOther("/review/" + latest.getAsInt());
    }

    private Response review(Call call, ReviewAction action) throws WebApp.Refusal {
        int year = WebApp.year(call.part("year"));
        String group = call.part("group");
        String reason = call.field("reason").orElse(null);
        String incomplete = action == ReviewAction.SUBMIT ? call.field("incomplete").filter(s -> !s.isBlank()).orElse(null) : null;
        try {
            app.cycle.review(new ReviewYear(Acting.of(app.data, call.by()).readAt(readAt(call)), group, year, action, reason, incomplete));
        } catch (CycleException e) {
            Map<String, String> values = new java.util.HashMap<>();
            if (reason != null) {
                values.put("reason", reason);
            }
            if (incomplete != null) {
                values.put("incomplete", incomplete);
            }
            if (e.kind() == CycleException.Kind.CONFLICT) {
                return conflict(call, year, group, action, values);
            }
            return page(call, new Failure(group + "-" + action.id(), status(e), e.problems(), values));
        }
        // the page says where the group's year is now: a step taken showed the same page without a word
        return Response.seeOther("/review/" + year + "?moved=" + group + "#group-" + group);
    }

    private Response publish(Call call) throws WebApp.Refusal {
        int year = WebApp.year(call.part("year"));
        String allow = call.field("allowMissing").filter(s -> !s.isBlank()).orElse(null);
        String untranslated = call.field("allowUntranslated").filter(s -> !s.isBlank()).orElse(null);
        try {
            app.cycle.publish(new Publish(Acting.of(app.data, call.by()).readAt(readAt(call)), year, null, List.of(), null, allow,
                    untranslated));
        } catch (CycleException e) {
            Map<String, String> given = new java.util.HashMap<>();
            if (allow != null) {
                given.put("allowMissing", allow);
            }
            if (untranslated != null) {
                given.put("allowUntranslated", untranslated);
            }
            if (e.kind() == CycleException.Kind.CONFLICT) {
                return conflict(call, year, null, ReviewAction.PUBLISH, given);
            }
            return page(call, new Failure("publish", status(e), e.problems(), given));
        }
        return Response.seeOther("/review/" + year);
    }

    /** The version the form was read at; a form without one (an old page) changes whatever the year is now. */
    private static String readAt(Call call) throws WebApp.Refusal {
        return call.field("readAt").filter(v -> !v.isBlank()).orElse(null);
    }

    /**
     * Someone changed the group's year (or, to publish, one of the year's) since the person read the
     * review page: the shared conflict page, with the state now beside the step asked for, and the
     * step's form again, read now, while the step can still be taken.
     *
     * @param group the group, or null to publish
     */
    private Response conflict(Call call, int year, String group, ReviewAction action, Map<String, String> yours) throws WebApp.Refusal {
        Ui ui = call.ui();
        Workspace workspace = app.workspace();
        YearStatus status = status(call, year);
        List<YearStatus.Group> groups = status.groups().stream().filter(g -> g.year() != null && (group == null || g.groupId().equals(group))).toList();
        String subject = group == null ? String.valueOf(year) : name(workspace, group, call.language()) + " " + year;
        java.util.Optional<mou.core.model.HistoryEntry> last = java.util.Optional.empty();
        try {
            List<mou.core.model.HistoryEntry> entries = app.cycle.history(new HistoryQuery(Acting.of(app.data, call.by()), group, null, year, null))
                    .entries();
            last = entries.isEmpty() ? last : java.util.Optional.of(entries.get(entries.size() - 1));
        } catch (CycleException e) {
            // the history cannot be read: the states still show
        }
        String back = "/review/" + year + (group == null ? "" : "#group-" + group);
        ConflictPage page = new ConflictPage(call, back, ui.t("review.title", year), subject).compare(last, html -> {
            html.start("dl", "class", "facts");
            for (YearStatus.Group g : groups) {
                ReviewState state = g.year().review().state();
                html.element("dt", name(workspace, g.groupId(), call.language())).element("dd", ui.state(state),
                        "class", "state state-" + state.id());
            }
            html.end("dl");
        }, html -> {
            html.start("dl", "class", "facts").element("dt", ui.t("review.conflict.step")).element("dd", ui.t("review." + action.id()));
            yours.forEach((field, value) -> html.element("dt", ui.t("review.field." + field)).element("dd", value, "class", "reason"));
            html.end("dl");
        });
        User user = call.user().orElseThrow();
        Shown shown = new Shown();
        if (action == ReviewAction.PUBLISH) {
            boolean approved = groups.stream().allMatch(g -> ReviewAction.PUBLISH.allowedFrom(g.year().review().state()));
            if (approved && user.office()) {
                page.again(html -> publishSection(call, html, workspace, year, status, new Failure("publish", 409, List.of(), yours), shown));
            }
        } else if (!groups.isEmpty() && may(user, action, group, groups.get(0).year().review().state())) {
            page.again(html -> actionForm(call, html, shown, workspace, year, groups.get(0), action,
                    new Failure(group + "-" + action.id(), 409, List.of(), yours)));
        }
        if (shown.forms().isEmpty()) {
            page.then(html -> html.element("p", ui.t("review.conflict.moved")));
        }
        return page.keepTheirs(back).response(app, "/review");
    }

    /** The status of a refused change: a wrong request 400, invalid data 422, what the state forbids or a conflict 409. */
    static int status(CycleException e) {
        return switch (e.kind()) {
            case USAGE -> 400;
            case INVALID -> 422;
            case REFUSED, CONFLICT -> 409;
        };
    }

    /** Where each group's year of {@code year} stands, as the service says. */
    private YearStatus status(Call call, int year) throws WebApp.Refusal {
        try {
            return app.cycle.status(new StatusQuery(Acting.of(app.data, null), year, null, app.loaded().result()));
        } catch (CycleException e) {
            throw new WebApp.Refusal(400, call.ui().t("review.noStatus"), call.said(e));
        }
    }

    Response page(Call call, Failure failure) throws WebApp.Refusal {
        Ui ui = call.ui();
        int year = WebApp.year(call.part("year"));
        Workspace workspace = app.workspace();
        YearStatus status = status(call, year);
        if (status.groups().stream().allMatch(g -> g.year() == null)) {
            throw new WebApp.Refusal(404, ui.t("review.notOpened", year), ui.t("review.notOpened.text", year));
        }
        User user = call.user().orElseThrow();
        boolean published = status.groups().stream().anyMatch(g -> g.year() != null && g.year().published());
        Shown shown = new Shown();
        HtmlWriter body = new HtmlWriter();
        String moved = failure == null ? call.query("moved").orElse("") : "";
        // a member's own groups first (as on the groups' page), the rest in the chapter order the program office sees
        List<YearStatus.Group> groups = new ArrayList<>(status.groups());
        groups.sort(java.util.Comparator.comparing((YearStatus.Group g) -> !user.memberOf(g.groupId())));
        for (YearStatus.Group group : groups) {
            group(call, body, workspace, year, group, failure, shown, moved);
        }
        if (!published) {
            publishSection(call, body, workspace, year, status, failure, shown);
        }
        HtmlWriter html = new HtmlWriter();
        html.element("h1", ui.t("review.title", year));
        if (failure != null && shown.forms().contains(failure.form())) {
            // the summary first, each problem a link to its field (or to the form's problems that name no field of it)
            html.start("div", "class", "problem", "role", "alert", "id", "problems").element("h2", ui.t("review.refused")).start("ul");
            for (String[] problem : shown.problems()) {
                html.start("li").link(problem[0], problem[1]).end("li");
            }
            html.end("ul").end("div");
        } else if (failure != null) {
            // the form is not on the page (the year has moved on): what the service said, here
            html.start("div", "class", "problem", "role", "alert").element("p", ui.t("review.refusedHere")).start("ul");
            for (Problem p : failure.problems()) {
                html.element("li", named(p, workspace, call.language()).text(call.language(), ReviewPages::plainLabel, call.ui()::problemWords).strip());
            }
            html.end("ul").end("div");
        }
        if (published) {
            html.start("p", "class", "saved").text(ui.t("review.published", year) + " ").link("/report/" + year + "?lang=" + ui.language(), ui.t("review.readReport", year))
                    .end("p");
        }
        html.start("p").link("/history?year=" + year, ui.t("review.historyOfYear", year)).end("p");
        if (user.office()) {
            html.start("p", "id", "office-texts").link(IntroductionPages.href(year, "introduction"), ui.t("office.link", year)).end("p");
        }
        html.append(body);
        return Response.html(failure == null ? 200 : failure.status(),
                Page.of(call, ui.t("review.title", year), "/review", app.menu(call), html));
    }

    /** A field's name as it stands, for a problem shown away from its form. */
    private static String plainLabel(String field) {
        return field;
    }

    private void group(Call call, HtmlWriter html, Workspace workspace, int year, YearStatus.Group group, Failure failure,
            Shown shown, String moved) {
        Ui ui = call.ui();
        User user = call.user().orElseThrow();
        String id = group.groupId();
        String heading = "group-" + id;
        html.start("section", "class", "review-group", "aria-labelledby", heading, "id", "group-" + id + "-section");
        html.element("h2", name(workspace, id, call.language()), "id", heading);
        GroupYear gy = group.year();
        // after a step, where the year is now, in the group's section, where the page's address leads (#group-GROUP)
        if (gy != null && !gy.published() && moved.equals(id)) {
            html.element("p", ui.t("review.moved", name(workspace, id, call.language()), ui.state(gy.review().state())), "class", "saved",
                    "role", "status");
        }
        if (gy == null) {
            html.element("p", ui.t("review.groupNotOpened", year), "class", "muted").end("section");
            return;
        }
        ReviewState state = gy.review().state();
        html.start("dl", "class", "facts");
        html.element("dt", ui.t("review.state")).element("dd", ui.state(state), "class", "state state-" + state.id());
        html.element("dt", ui.t("review.rated")).element("dd", ui.t("review.ratedOf", group.rated(), group.activities()));
        html.element("dt", ui.t("review.carriedOver")).element("dd", group.carriedOver());
        html.element("dt", ui.t("review.unrated")).element("dd", group.unrated());
        html.end("dl");
        if (!group.missing().isEmpty()) {
            html.element("h3", ui.t("review.misses"));
            gaps(html, workspace, group.missing(), call.language());
        }
        List<ReviewStep> steps = gy.review().steps();
        if (!steps.isEmpty()) {
            html.start("table", "class", "grid steps").element("caption", ui.t("review.steps", name(workspace, id, call.language())));
            html.start("thead").start("tr");
            for (String h : List.of("review.step.state", "review.step.by", "review.step.at", "review.step.reason")) {
                html.element("th", ui.t(h), "scope", "col");
            }
            html.end("tr").end("thead").start("tbody");
            // to the second, as the history shows them (two steps of one minute told apart)
            List<String> times = HistoryPage.moments(steps.stream().map(ReviewStep::at).toList());
            for (int i = 0; i < steps.size(); i++) {
                ReviewStep step = steps.get(i);
                html.start("tr").element("td", ui.state(step.state()), "class", "state state-" + step.state().id())
                        .element("td", step.by() == null ? "" : step.by())
                        .start("td");
                if (step.at() != null) {
                    html.element("time", times.get(i), "datetime", step.at().toString());
                }
                html.end("td").start("td");
                if (step.reason() != null && !step.reason().isBlank()) {
                    html.element("p", step.reason(), "class", "reason");
                }
                if (step.incomplete() != null && !step.incomplete().isBlank()) {
                    html.element("p", ui.t("review.step.incomplete", step.incomplete()), "class", "reason");
                }
                if (step.untranslated() != null && !step.untranslated().isBlank()) {
                    html.element("p", ui.t("review.step.untranslated", step.untranslated()), "class", "reason");
                }
                html.end("td").end("tr");
            }
            html.end("tbody").end("table");
        }
        html.start("p").link("/group/" + id + "/" + year + "/workbook", ui.t("review.spreadsheet", name(workspace, id, call.language()))).text(" · ")
                .link("/history?group=" + id + "&year=" + year, ui.t("review.groupHistory")).end("p");
        for (ReviewAction action : List.of(ReviewAction.SUBMIT, ReviewAction.APPROVE, ReviewAction.RETURN)) {
            if (may(user, action, id, state)) {
                actionForm(call, html, shown, workspace, year, group, action, failure);
            }
        }
        html.end("section");
    }

    /** Whether the person may take the step now: a member submits their group's year, the program office approves and returns. */
    private static boolean may(User user, ReviewAction action, String group, ReviewState state) {
        return action.allowedFrom(state) && (action == ReviewAction.SUBMIT ? user.mayEdit(group) : user.office());
    }

    /** The form of one review step of a group's year, carrying the version of the year it was read at. */
    private static void actionForm(Call call, HtmlWriter html, Shown shown, Workspace workspace, int year, YearStatus.Group group,
            ReviewAction action, Failure failure) {
        Ui ui = call.ui();
        String id = group.groupId();
        Function<String, String> labels = field -> FieldNames.label(ui, field);
        String form = id + "-" + action.id();
        Failure mine = failure != null && failure.form().equals(form) ? failure : null;
        List<Field> fields = switch (action) {
            case SUBMIT -> group.missing().isEmpty() ? List.of()
                    : List.of(new Field("incomplete", ui.t("review.field.incomplete"), ui.t("review.field.incomplete.hint"), false));
            case RETURN -> List.of(new Field("reason", ui.t("review.field.reason"), ui.t("review.field.reason.hint"), true));
            default -> List.of();
        };
        form(call, html, shown, "/review/" + year + "/" + id + "/" + action.id(), form,
                ui.t("review." + action.id() + ".legend", name(workspace, id, call.language())), mine, labels, fields, ui.t("review." + action.id()),
                PartVersion.of(group.year()), workspace, year);
    }

    private void publishSection(Call call, HtmlWriter html, Workspace workspace, int year, YearStatus status, Failure failure, Shown shown) {
        Ui ui = call.ui();
        User user = call.user().orElseThrow();
        html.start("section", "aria-labelledby", "publish").element("h2", ui.t("review.publish.heading", year), "id", "publish");
        List<Gap> missing = new ArrayList<>(status.missing());
        status.groups().forEach(g -> missing.addAll(g.missing()));
        List<String> waiting = status.groups().stream().filter(g -> g.year() != null && !ReviewAction.PUBLISH.allowedFrom(g.year().review().state()))
                .map(YearStatus.Group::groupId).toList();
        if (!waiting.isEmpty()) {
            // each group by its name in the page's language, as the sections above name them (their ids are the command line's)
            html.element("p", ui.t("review.publish.waiting", String.join("; ", waiting.stream().map(g -> name(workspace, g, call.language()))
                    .toList())));
        }
        if (!missing.isEmpty()) {
            html.element("p", ui.t("review.publish.misses"));
            gaps(html, workspace, missing, call.language());
        }
        Failure mine = failure != null && failure.form().equals("publish") ? failure : null;
        if (user.office() && (waiting.isEmpty() || mine != null)) {
            Function<String, String> labels = field -> field.equals("allowMissing") || field.equals("allowUntranslated")
                    ? ui.t("review.field." + field) : field;
            form(call, html, shown, "/review/" + year + "/publish", "publish", ui.t("review.publish.legend", year), mine, labels,
                    List.of(new Field("allowMissing", ui.t("review.field.allowMissing"), ui.t("review.field.allowMissing.hint"), false),
                            new Field("allowUntranslated", ui.t("review.field.allowUntranslated"),
                                    ui.t("review.field.allowUntranslated.hint"), false)),
                    ui.t("review.publish"), PartVersion.ofYear(status.groups().stream().map(YearStatus.Group::year).filter(y -> y != null).toList()),
                    workspace, year);
        }
        html.end("section");
    }

    private static void gaps(HtmlWriter html, Workspace workspace, List<Gap> gaps, String language) {
        html.start("ul", "class", "gaps");
        for (Gap gap : gaps) {
            html.element("li", named(Problem.missing(gap), workspace, language).message(language));
        }
        html.end("ul");
    }

    private static final java.util.regex.Pattern GROUP_YEAR = java.util.regex.Pattern.compile("([a-z0-9][a-z0-9-]*) (\\d{4}): ");

    /**
     * A problem about what a group's year misses ({@code gap.*}, {@code missing.*}), which names the year as the command line
     * does ("air-quality 2017: "), with the group's name in the page's language instead ("Air Quality Working Group, 2017: ").
     */
    static Problem named(Problem p, Workspace workspace, String language) {
        if (workspace == null || p.code() == null || !(p.code().startsWith("gap.") || p.code().startsWith("missing.")) || p.args().isEmpty()) {
            return p;
        }
        java.util.regex.Matcher m = GROUP_YEAR.matcher(p.args().get(0));
        if (!m.matches() || workspace.plan(m.group(1)).isEmpty()) {
            return p;
        }
        List<String> args = new ArrayList<>(p.args());
        args.set(0, name(workspace, m.group(1), language) + ", " + m.group(2) + ": ");
        return new Problem(p.field(), p.code(), args, null, null);
    }

    /** The forms a page shows, and the problems of the refused one with the place each links to (href, text), in the page's order. */
    record Shown(java.util.Set<String> forms, List<String[]> problems) {
        Shown() {
            this(new java.util.HashSet<>(), new ArrayList<>());
        }
    }

    /** A text field of a form. */
    record Field(String name, String label, String hint, boolean required) {
    }

    /**
     * A form posting to {@code action}: the problems of a refusal that name no field of it first
     * (what is missing, what to do), then each field with its own problems beside it. A group's year and a text of the
     * report a problem names are said in the page's words ({@link #named}, {@link UntranslatedPlace}), the text linked to
     * where it is written.
     */
    static void form(Call call, HtmlWriter html, Shown shown, String action, String id, String legend, Failure failure,
            Function<String, String> labels, List<Field> fields, String button, String readAt, Workspace workspace, int year) {
        shown.forms().add(id);
        html.start("form", "method", "post", "action", action, "class", "edit", "id", "form-" + id);
        html.start("input", "type", "hidden", "name", "csrf", "value", call.csrf());
        html.start("input", "type", "hidden", "name", "readAt", "value", readAt);
        html.start("fieldset").element("legend", legend);
        List<String> names = fields.stream().map(Field::name).toList();
        if (failure != null) {
            List<Problem> general = failure.problems().stream().filter(p -> p.field() == null || !names.contains(p.field())).toList();
            if (!general.isEmpty()) {
                html.start("div", "class", "problem", "role", "alert", "id", id + "-problems").start("ul");
                for (Problem p : general) {
                    Optional<UntranslatedPlace> place = UntranslatedPlace.of(call.ui(), workspace, p, year);
                    if (place.isPresent()) {
                        html.start("li");
                        if (place.get().href() != null) {
                            html.link(place.get().href(), place.get().where());
                        } else {
                            html.text(place.get().where());
                        }
                        html.text(": " + place.get().what()).end("li");
                        shown.problems().add(new String[] {"#" + id + "-problems", place.get().line()});
                        continue;
                    }
                    String text = (p.field() == null || p.namesFields() ? "" : p.field() + ": ")
                            + named(p, workspace, call.language()).text(call.language(), labels, call.ui()::problemWords).strip();
                    html.element("li", text);
                    shown.problems().add(new String[] {"#" + id + "-problems", text});
                }
                html.end("ul").end("div");
            }
        }
        for (Field field : fields) {
            String fieldId = id + "-" + field.name();
            List<Problem> own = failure == null ? List.of() : failure.problems().stream().filter(p -> field.name().equals(p.field())).toList();
            html.start("div", "class", "field");
            html.element("label", field.label(), "for", fieldId);
            html.element("p", field.hint(), "class", "muted", "id", fieldId + "-hint");
            List<String> attributes = new ArrayList<>(List.of("id", fieldId, "name", field.name(), "rows", "3", "maxlength", "4000"));
            String describedBy = fieldId + "-hint" + (own.isEmpty() ? "" : " " + fieldId + "-problem");
            attributes.addAll(List.of("aria-describedby", describedBy));
            if (field.required()) {
                attributes.addAll(List.of("required", "required"));
            }
            if (!own.isEmpty()) {
                attributes.addAll(List.of("aria-invalid", "true"));
            }
            html.element("textarea", failure == null ? "" : failure.values().getOrDefault(field.name(), ""), attributes.toArray(String[]::new));
            if (!own.isEmpty()) {
                html.start("div", "class", "field-problem", "id", fieldId + "-problem");
                for (Problem p : own) {
                    String text = p.text(call.language(), labels, call.ui()::problemWords);
                    html.element("p", text);
                    shown.problems().add(new String[] {"#" + fieldId, text.strip()});
                }
                html.end("div");
            }
            html.end("div");
        }
        html.element("button", button, "type", "submit");
        html.end("fieldset").end("form");
    }

    /** A group's name in the page's language (as {@link Dashboard#name}). */
    static String name(Workspace workspace, String groupId, String language) {
        return Dashboard.name(workspace, groupId, language);
    }
}
