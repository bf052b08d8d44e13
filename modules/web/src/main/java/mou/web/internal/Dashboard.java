package mou.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.Due;
import mou.core.cycle.DueQuery;
import mou.core.cycle.StatusQuery;
import mou.core.cycle.YearStatus;
import mou.core.model.Activity;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.ProgressLevel;
import mou.core.model.ReviewStep;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.model.ReviewState;
import mou.core.report.Labels;
import mou.web.api.HtmlWriter;
import mou.web.api.WebContext;

/**
 * The dashboard ({@code /}): for the latest year (or {@code ?year=}), what is due and overdue per
 * group (the cycle service's rule, as of today), each group's review state as the cycle reports it,
 * its activities by level, what changed since the year before, and the panels that bundles
 * contribute; in the UI's language. A panel that fails shows a notice naming its bundle instead.
 */
final class Dashboard {

    private final WebApp app;

    Dashboard(WebApp app) {
        this.app = app;
    }

    Response page(Call call) throws WebApp.Refusal {
        if (call.user().isEmpty()) return new PublicHome(app).page(call); // h-auth: a visitor who is not signed in sees only what is published
        Map<String, List<String>> query = call.queryMap();
        Ui ui = call.ui();
        String language = ui.language();
        Snapshots.Loaded loaded = app.loaded();
        Workspace workspace = loaded.result().workspace();
        int year = year(workspace, query, call.ui());
        // the cycle's status and due dates read the workspace themselves: kept, as the workspace is, until a file changes
        // (what is overdue also depends on the day, so the day is part of the key)
        Object found = app.snapshots.made(loaded, "status " + year + " " + java.time.LocalDate.now(), () -> {
            try {
                // the very reading the page shows, not two more loads (at a thousand groups each looks at 11,000 files)
                return new Object[] {app.cycle.status(new StatusQuery(Acting.of(app.data, null), year, null, loaded.result())),
                    app.cycle.due(new DueQuery(Acting.of(app.data, null), year, null, null, loaded.result()))};
            } catch (CycleException e) {
                return new WebApp.Refusal(500, ui.t("dashboard.unreadable"), e.getMessage());
            }
        });
        if (found instanceof WebApp.Refusal refusal) {
            throw refusal;
        }
        YearStatus status = (YearStatus) ((Object[]) found)[0];
        Due due = (Due) ((Object[]) found)[1];
        // the page's content, kept as the status is (and for the installed plugins' panels): a warm request only adds the menu
        boolean office = call.user().get().office();
        byte[] content = app.snapshots.made(loaded, "dashboard " + year + " " + java.time.LocalDate.now() + " " + language + " " + office,
                () -> content(ui, workspace, year, status, due, office).html().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return app.page(call, ui.t("dashboard.pageTitle", year), "/", content);
    }

    /** The dashboard's content for a year, in the UI's language. */
    private HtmlWriter content(Ui ui, Workspace workspace, int year, YearStatus status, Due due, boolean office) {
        String language = ui.language();
        Labels labels = Labels.forLanguage(language);
        HtmlWriter html = new HtmlWriter();
        html.element("h1", ui.t("dashboard.title", year));
        int latest = workspace.latestYear().orElse(year);
        html.start("p");
        if (latest == year) {
            html.text(ui.t("dashboard.latest", year) + " ");
        } else {
            html.text(ui.t("dashboard.earlier", year) + " ").link("/?year=" + latest, ui.t("dashboard.toLatest", latest)).text(" · ");
        }
        ReportPages.reportLinks(html, year, ui.t("dashboard.readReport", year), ui, "in English", "en español").end("p");

        due(html, ui, workspace, due, year);

        html.start("section", "aria-labelledby", "review").element("h2", ui.t("dashboard.review"), "id", "review");
        html.start("table", "class", "grid").element("caption", ui.t("dashboard.review.caption", year), "class", "muted")
                .start("thead").start("tr");
        for (String heading : List.of(ui.t("dashboard.group"), ui.t("dashboard.state"), ui.t("dashboard.lastStep"), ui.t("dashboard.rated"))) {
            html.element("th", heading, "scope", "col");
        }
        html.end("tr").end("thead").start("tbody");
        for (YearStatus.Group group : status.groups()) {
            html.start("tr").element("th", name(workspace, group.groupId(), language), "scope", "row");
            if (group.year() == null) {
                html.element("td", ui.t("dashboard.notOpened"), "class", "state state-none").element("td", "").element("td", "");
            } else {
                ReviewState state = group.year().review().state();
                html.element("td", labels.state(state), "class", "state state-" + state.id());
                Optional<ReviewStep> last = group.year().review().last();
                html.element("td", last.map(s -> (s.by() == null ? "" : s.by() + ", ") + (s.at() == null ? "" : s.at().toString().substring(0, 10))
                        + (s.reason() == null || s.reason().isBlank() ? "" : ": " + s.reason())).orElse(""), "class", "text");
                String rated = ui.t("dashboard.ratedOf", group.rated(), group.activities());
                html.start("td").text(rated + " ")
                        .start("progress", "value", String.valueOf(group.rated()), "max", String.valueOf(Math.max(1, group.activities())),
                                "aria-label", rated)
                        .end("progress").end("td");
            }
            html.end("tr");
        }
        html.end("tbody").end("table");
        if (office && status.groups().stream().anyMatch(g -> g.year() != null)) {
            // the program office's own part of the year's report
            html.start("p", "id", "office-texts").link(IntroductionPages.href(year, "introduction"), ui.t("office.link", year)).end("p");
        }
        html.end("section");

        html.start("section", "aria-labelledby", "levels").element("h2", ui.t("dashboard.levels"), "id", "levels");
        // on a phone each group's row becomes lines of "level count" (a stacking table, as the records' lists), where the levels'
        // names have the width of the screen: as columns, "Deliverable Achieved" or "Entregable cumplido" broke inside a word
        html.start("table", "class", "grid levels stack").element("caption", ui.t("dashboard.levels.caption", year), "class", "muted")
                .start("thead").start("tr").element("th", ui.t("dashboard.group"), "scope", "col");
        for (ProgressLevel level : ProgressLevel.values()) {
            html.element("th", labels.level(level), "scope", "col", "class", "level level-" + level.id());
        }
        html.element("th", ui.t("dashboard.notRated"), "scope", "col").end("tr").end("thead").start("tbody");
        List<String> notFromReport = new ArrayList<>();
        boolean fromReport = false;
        for (YearStatus.Group group : status.groups()) {
            // the cycle service counts the plan's activities once, as year status and the report do; a published year's
            // counts are its published report's (the plan and the year's files may have changed since)
            Map<ProgressLevel, Integer> levels = group.levels();
            int unrated = group.unrated();
            if (group.year() != null && group.year().published()) {
                Optional<PublishedPlan> published = PublishedPlan.read(app.data, year, group.groupId(), language);
                if (published.isPresent()) {
                    PublishedPlan.Counts counts = published.get().counts();
                    levels = counts.levels();
                    unrated = counts.unrated();
                    fromReport = true;
                } else {
                    notFromReport.add(name(workspace, group.groupId(), language));
                }
            }
            html.start("tr").element("th", name(workspace, group.groupId(), language), "scope", "row");
            for (ProgressLevel level : ProgressLevel.values()) {
                html.start("td", "class", "count level-" + level.id()).element("span", labels.level(level), "class", "cell-label")
                        .text(levels.getOrDefault(level, 0)).end("td");
            }
            html.start("td", "class", "count").element("span", ui.t("dashboard.notRated"), "class", "cell-label").text(unrated)
                    .end("td").end("tr");
        }
        html.end("tbody").end("table");
        if (fromReport || !notFromReport.isEmpty()) {
            // a published year's counts are its report's; the changes below, and the counts of a group whose published report
            // has no JSON to read them from, are of the plans as they are now
            html.start("p", "class", "muted", "id", "levels-plan").text((fromReport ? ui.t("dashboard.levels.fromReport", year) + " " : "")
                    + (notFromReport.isEmpty() ? "" : ui.t("dashboard.levels.currentPlanOf", year, String.join(", ", notFromReport)) + " ")
                    + ui.t("dashboard.levels.changesNow", year) + " ")
                    .link("/report/" + year + "?lang=" + language, ui.t("dashboard.levels.published", year)).end("p");
        }
        html.end("section");

        html.start("section", "aria-labelledby", "changes").element("h2", ui.t("dashboard.changes", year - 1), "id", "changes");
        changes(html, ui, workspace, year, labels);
        html.end("section");

        List<Installed.Contributed> contributions = app.installed.contributions();
        if (!contributions.isEmpty()) {
            html.start("div", "class", "panels");
            for (Installed.Contributed contributed : contributions) {
                html.start("section", "class", "panel").start("h2").link("/panel/" + contributed.contribution().id(),
                        WebApp.safeTitle(contributed, language)).end("h2");
                html.append(render(contributed, new WebContext(workspace, year, language)));
                html.end("section");
            }
            html.end("div");
        }
        return html;
    }

    /** A cell's list of due items, or "none". */
    private static void items(HtmlWriter html, Ui ui, List<Due.Item> items) {
        if (items.isEmpty()) {
            html.text(ui.t("due.none"));
            return;
        }
        html.start("ul", "class", "due-list");
        for (Due.Item item : items) {
            item(html.start("li"), ui, item).end("li");
        }
        html.end("ul");
    }

    /**
     * What is due and overdue for each group in the year, as the cycle service works it out for
     * today: the overdue items, the next one due and how many are done, each state in words; a published
     * year's updates that were never written in a column of their own, as no longer owed (not overdue); and
     * the link to subscribe to the calendar feed.
     */
    private static void due(HtmlWriter html, Ui ui, Workspace workspace, Due due, int year) {
        html.start("section", "aria-labelledby", "due").element("h2", ui.t("due.heading"), "id", "due");
        if (!due.calendar()) {
            html.element("p", ui.t("due.noCalendar"), "class", "muted").end("section");
            return;
        }
        // a published year's updates never written are no longer owed: a column of their own, only where there are such
        boolean closed = due.items().stream().anyMatch(i -> i.state() == Due.State.CLOSED);
        html.start("table", "class", "grid due").element("caption", ui.t("due.caption", year, due.on()), "class", "muted")
                .start("thead").start("tr");
        List<String> headings = new java.util.ArrayList<>(List.of(ui.t("dashboard.group"), ui.t("due.overdue"), ui.t("due.next"), ui.t("due.done")));
        if (closed) {
            headings.add(ui.t("due.closed"));
        }
        for (String heading : headings) {
            html.element("th", heading, "scope", "col");
        }
        html.end("tr").end("thead").start("tbody");
        for (Due.Group group : due.groups()) {
            List<Due.Item> overdue = group.items().stream().filter(i -> i.state() == Due.State.OVERDUE).toList();
            Optional<Due.Item> next = group.items().stream().filter(i -> i.state() == Due.State.DUE).findFirst();
            html.start("tr", "id", "due-" + group.groupId()).element("th", name(workspace, group.groupId(), ui.language()), "scope", "row");
            items(html.start("td", "class", overdue.isEmpty() ? "due-none" : "due-overdue"), ui, overdue);
            html.end("td").start("td");
            if (next.isPresent()) {
                item(html, ui, next.get());
            } else {
                html.text(ui.t("due.none"));
            }
            html.end("td");
            html.element("td", ui.t("due.doneCount", group.count(Due.State.DONE), group.items().size()), "class", "count");
            if (closed) {
                items(html.start("td", "class", "due-closed"), ui, group.items().stream().filter(i -> i.state() == Due.State.CLOSED).toList());
                html.end("td");
            }
            html.end("tr");
        }
        html.end("tbody").end("table");
        if (closed) {
            html.element("p", ui.t("due.closed.note", year), "class", "muted");
        }
        html.start("p").link("/calendar.ics" + ("es".equals(ui.language()) ? "?lang=es" : ""), ui.t("due.subscribe"), "type", "text/calendar")
                .text(" " + ui.t("due.subscribe.hint")).end("p");
        html.end("section");
    }

    /** One due item: what it is and its date (its state is its column's heading, in words). */
    private static HtmlWriter item(HtmlWriter html, Ui ui, Due.Item item) {
        return html.text(CalendarPages.what(ui, item) + " (")
                .element("time", item.date().toString(), "datetime", item.date().toString()).text(")");
    }

    /**
     * {@code /panel/ID}: one contribution as a page of its own, in the UI's language like every page (the panel
     * and the frame around it); {@code ?lang=es} shows the whole page in the language it names.
     */
    Response panel(Call call) throws WebApp.Refusal {
        String id = call.part("id");
        Map<String, List<String>> query = call.queryMap();
        Optional<Installed.Contributed> found = app.installed.contributions().stream().filter(c -> c.contribution().id().equals(id)).findFirst();
        if (found.isEmpty()) {
            throw new WebApp.Refusal(404, "No such panel", "No installed plugin contributes a panel '" + id + "'; the installed ones are"
                    + " listed on the plugins page (/plugins).", "No existe ese panel", "Ningún complemento instalado aporta un panel '" + id
                    + "'; los instalados se enumeran en la página de complementos (/plugins).");
        }
        if (call.query("lang").isPresent()) {
            // a link that names the language (?lang=es): the whole page in it, its frame too; without it, the UI's language
            call = new Call(call.request(), call.parts(), call.user(), call.csrf(), Ui.of(WebApp.language(query)));
        }
        String language = call.language();
        Workspace workspace = app.workspace();
        int year = year(workspace, query, call.ui());
        String title = WebApp.safeTitle(found.get(), language);
        HtmlWriter html = new HtmlWriter().element("h1", title + " · " + year);
        // in a box of its own, as on the dashboard: a table wider than a phone scrolls inside it, not the page; the box takes the
        // keyboard's focus (tabindex 0), since a panel may hold nothing focusable, and arrow keys then scroll it
        html.start("section", "class", "panel", "aria-label", title, "tabindex", "0");
        html.append(render(found.get(), new WebContext(workspace, year, language)));
        html.end("section");
        return app.page(call, title, "/panel/" + id, html);
    }

    /** A contribution's content, or a notice naming its bundle when it fails: the rest of the page goes on. */
    static HtmlWriter render(Installed.Contributed contributed, WebContext context) {
        HtmlWriter own = new HtmlWriter();
        try {
            contributed.contribution().render(context, own);
            return own;
        } catch (Exception | LinkageError e) {
            Ui ui = Ui.of(context.language());
            String plugin = contributed.bundle().isEmpty() ? ui.t("panel.failed.plugin") : contributed.bundle();
            String cause = e.getMessage() == null || e.getMessage().isBlank() ? ui.t("panel.failed.noReason") : e.getMessage();
            return new HtmlWriter().element("p", ui.t("panel.failed", plugin, contributed.contribution().id(), cause), "class", "notice",
                    "role", "status");
        }
    }

    private static int year(Workspace workspace, Map<String, List<String>> query, Ui ui) throws WebApp.Refusal {
        Optional<String> given = WebApp.parameter(query, "year");
        if (given.isPresent()) {
            int year = WebApp.year(given.get());
            if (workspace.years().stream().noneMatch(y -> y.year() == year) && workspace.report(year).isEmpty()) {
                // a year nobody opened has nothing due and no progress: not a dashboard of overdue updates
                java.util.SortedSet<Integer> opened = new java.util.TreeSet<>();
                workspace.years().forEach(y -> opened.add(y.year()));
                workspace.reports().forEach(r -> opened.add(r.year()));
                String years = opened.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
                throw new WebApp.Refusal(404, ui.t("dashboard.noSuchYear", year), ui.t(opened.isEmpty() ? "dashboard.noSuchYear.none"
                        : "dashboard.noSuchYear.text", year, years));
            }
            return year;
        }
        OptionalInt latest = workspace.latestYear();
        if (latest.isEmpty()) {
            throw new WebApp.Refusal(404, "No year yet", "The workspace records no progress for any year yet; open one with"
                    + " `./mou year open YEAR`.", "Todavía no hay ningún año", "El espacio de trabajo aún no registra avances de ningún año;"
                    + " abra uno con `./mou year open AÑO`.");
        }
        return latest.getAsInt();
    }

    /** Each group's activities whose level differs from the year before, from the model's assessments. */
    /** A group's changes since the year before: how many, and their list. */
    record Changes(int count, HtmlWriter list) {
    }

    /** A group's changes as written for a plan, a year and the one before (the very objects), in a language. */
    private record Kept(WorkingGroupPlan plan, GroupYear now, GroupYear before, Changes changes) {
    }

    /**
     * Each group's changes as last written, by group and language: after a change of one group's files
     * the others' (the same objects, as the store keeps them) are not written again. With a thousand
     * groups writing them all took half of the first dashboard after a change.
     */
    private final Map<String, Kept> kept = new java.util.concurrent.ConcurrentHashMap<>();

    Changes changes(WorkingGroupPlan plan, GroupYear now, GroupYear before, Ui ui, Labels labels) {
        String language = ui.language();
        String key = plan.groupId() + " " + language;
        Kept last = kept.get(key);
        if (last != null && last.plan() == plan && last.now() == now && last.before() == before) {
            return last.changes();
        }
        HtmlWriter list = new HtmlWriter().start("ul");
        int changed = 0;
        for (Activity activity : plan.activities()) {
            Optional<ProgressLevel> level = now.assessment(activity.id()).map(Assessment::level);
            Optional<ProgressLevel> earlier = before.assessment(activity.id()).map(Assessment::level);
            if (level.isEmpty() || level.equals(earlier)) {
                continue;
            }
            changed++;
            String direction = earlier.isEmpty() ? "new" : level.get().rank() > earlier.get().rank() ? "up" : "down";
            list.start("li", "class", "change change-" + direction).element("strong", activity.id())
                    .text(" " + activity.description().in(language) + " — "
                            + earlier.map(labels::level).orElse(ui.t("dashboard.change.notRated"))
                            + " → " + labels.level(level.get()))
                    .end("li");
        }
        list.end("ul");
        Changes changes = new Changes(changed, list);
        kept.put(key, new Kept(plan, now, before, changes));
        return changes;
    }

    private void changes(HtmlWriter html, Ui ui, Workspace workspace, int year, Labels labels) {
        String language = ui.language();
        boolean any = false;
        List<String> withoutEarlier = new java.util.ArrayList<>();
        for (WorkingGroupPlan plan : workspace.plans()) {
            Optional<GroupYear> now = workspace.year(plan.groupId(), year);
            Optional<GroupYear> before = workspace.year(plan.groupId(), year - 1);
            if (now.isEmpty()) {
                continue;
            }
            if (before.isEmpty()) {
                withoutEarlier.add(name(workspace, plan.groupId(), language));
                continue;
            }
            Changes changes = changes(plan, now.get(), before.get(), ui, labels);
            if (changes.count() > 0) {
                any = true;
                html.element("h3", name(workspace, plan.groupId(), language) + " (" + changes.count() + ")").append(changes.list());
            }
        }
        if (kept.size() > 4 * workspace.plans().size() + 16) {
            kept.clear(); // groups that are gone
        }
        if (!any) {
            html.element("p", withoutEarlier.isEmpty() ? ui.t("dashboard.changes.none", year - 1)
                    : ui.t("dashboard.changes.noneInBoth", year - 1));
        }
        if (!withoutEarlier.isEmpty()) {
            html.element("p", ui.t("dashboard.changes.noEarlier", year - 1, String.join(", ", withoutEarlier)), "class", "muted");
        }
    }

    /** A group's name in the language (as written; English when it has no Spanish), or its id when it has none. */
    static String name(Workspace workspace, String groupId, String language) {
        return workspace.plan(groupId).map(p -> p.name().in(language)).filter(n -> n != null && !n.isBlank()).orElse(groupId);
    }
}
