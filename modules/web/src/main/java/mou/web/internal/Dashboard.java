package mou.web.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.StatusQuery;
import mou.core.cycle.YearStatus;
import mou.core.model.Activity;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.ProgressLevel;
import mou.core.model.ReviewStep;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.report.Labels;
import mou.web.api.HtmlWriter;
import mou.web.api.WebContext;

/**
 * The dashboard ({@code /}): for the latest year (or {@code ?year=}), each group's review state as
 * the cycle reports it, its activities by level, what changed since the year before, and the
 * panels that bundles contribute. A panel that fails shows a notice naming its bundle instead.
 */
final class Dashboard {

    private final WebApp app;

    Dashboard(WebApp app) {
        this.app = app;
    }

    Response page(Call call) throws WebApp.Refusal {
        Map<String, List<String>> query = call.queryMap();
        Snapshots.Loaded loaded = app.loaded();
        Workspace workspace = loaded.result().workspace();
        int year = year(workspace, query);
        // the cycle's status reads the workspace itself: kept, as the workspace is, until a file changes
        Object found = app.snapshots.made(loaded, "status " + year, () -> {
            try {
                return app.cycle.status(new StatusQuery(Acting.of(app.data, null), year, null));
            } catch (CycleException e) {
                return new WebApp.Refusal(500, "The year's status cannot be read", e.getMessage());
            }
        });
        if (found instanceof WebApp.Refusal refusal) {
            throw refusal;
        }
        YearStatus status = (YearStatus) found;
        Labels labels = Labels.forLanguage("en");
        HtmlWriter html = new HtmlWriter();
        html.element("h1", "Progress " + year);
        html.start("p").text("The workspace's latest year is " + year + ". ").link("/report/" + year, "Read the " + year + " report")
                .text(" · ").link("/report/" + year + "?lang=es", "en español").end("p");

        html.start("section", "aria-labelledby", "review").element("h2", "Review", "id", "review");
        html.start("table", "class", "grid").start("thead").start("tr");
        for (String heading : List.of("Working group", "State", "Last step", "Rated")) {
            html.element("th", heading, "scope", "col");
        }
        html.end("tr").end("thead").start("tbody");
        for (YearStatus.Group group : status.groups()) {
            html.start("tr").element("th", name(workspace, group.groupId()), "scope", "row");
            if (group.year() == null) {
                html.element("td", "not opened", "class", "state state-none").element("td", "").element("td", "");
            } else {
                String state = group.year().review().state().id();
                html.element("td", state, "class", "state state-" + state);
                Optional<ReviewStep> last = group.year().review().last();
                html.element("td", last.map(s -> (s.by() == null ? "" : s.by() + ", ") + (s.at() == null ? "" : s.at().toString().substring(0, 10))
                        + (s.reason() == null || s.reason().isBlank() ? "" : ": " + s.reason())).orElse(""));
                html.start("td").text(group.rated() + " of " + group.activities() + " ")
                        .start("progress", "value", String.valueOf(group.rated()), "max", String.valueOf(Math.max(1, group.activities())),
                                "aria-label", group.rated() + " of " + group.activities() + " rated")
                        .end("progress").end("td");
            }
            html.end("tr");
        }
        html.end("tbody").end("table").end("section");

        html.start("section", "aria-labelledby", "levels").element("h2", "Activities by level", "id", "levels");
        html.start("table", "class", "grid levels").start("thead").start("tr").element("th", "Working group", "scope", "col");
        for (ProgressLevel level : ProgressLevel.values()) {
            html.element("th", labels.level(level), "scope", "col", "class", "level level-" + level.id());
        }
        html.element("th", "Not rated", "scope", "col").end("tr").end("thead").start("tbody");
        for (YearStatus.Group group : status.groups()) {
            // the cycle service counts the plan's activities once, as year status and the report do
            html.start("tr").element("th", name(workspace, group.groupId()), "scope", "row");
            for (ProgressLevel level : ProgressLevel.values()) {
                html.element("td", group.levels().getOrDefault(level, 0), "class", "count level-" + level.id());
            }
            html.element("td", group.unrated(), "class", "count").end("tr");
        }
        html.end("tbody").end("table").end("section");

        html.start("section", "aria-labelledby", "changes").element("h2", "What changed since " + (year - 1), "id", "changes");
        changes(html, workspace, year, labels);
        html.end("section");

        List<Installed.Contributed> contributions = app.installed.contributions();
        if (!contributions.isEmpty()) {
            html.start("div", "class", "panels");
            for (Installed.Contributed contributed : contributions) {
                html.start("section", "class", "panel").start("h2").link("/panel/" + contributed.contribution().id(),
                        WebApp.safeTitle(contributed, "en")).end("h2");
                html.append(render(contributed, new WebContext(workspace, year, "en")));
                html.end("section");
            }
            html.end("div");
        }
        return app.page(call, "Dashboard " + year, "/", html);
    }

    /** {@code /panel/ID}: one contribution as a page of its own. */
    Response panel(Call call) throws WebApp.Refusal {
        String id = call.part("id");
        Map<String, List<String>> query = call.queryMap();
        Optional<Installed.Contributed> found = app.installed.contributions().stream().filter(c -> c.contribution().id().equals(id)).findFirst();
        if (found.isEmpty()) {
            throw new WebApp.Refusal(404, "No such panel", "No installed plugin contributes a panel '" + id + "'; the installed ones are"
                    + " listed on the plugins page (/plugins).");
        }
        String language = WebApp.language(query);
        Workspace workspace = app.workspace();
        int year = year(workspace, query);
        String title = WebApp.safeTitle(found.get(), language);
        HtmlWriter html = new HtmlWriter().element("h1", title + " · " + year);
        html.append(render(found.get(), new WebContext(workspace, year, language)));
        return app.page(call, title, "/panel/" + id, html);
    }

    /** A contribution's content, or a notice naming its bundle when it fails: the rest of the page goes on. */
    static HtmlWriter render(Installed.Contributed contributed, WebContext context) {
        HtmlWriter own = new HtmlWriter();
        try {
            contributed.contribution().render(context, own);
            return own;
        } catch (Exception | LinkageError e) {
            String plugin = contributed.bundle().isEmpty() ? "the plugin" : contributed.bundle();
            String cause = e.getMessage() == null || e.getMessage().isBlank() ? "it gave no reason" : e.getMessage();
            return new HtmlWriter().element("p", "This panel could not be shown: " + plugin + " failed to write '"
                    + contributed.contribution().id() + "': " + cause, "class", "notice", "role", "status");
        }
    }

    private static int year(Workspace workspace, Map<String, List<String>> query) throws WebApp.Refusal {
        Optional<String> given = WebApp.parameter(query, "year");
        if (given.isPresent()) {
            return WebApp.year(given.get());
        }
        OptionalInt latest = workspace.latestYear();
        if (latest.isEmpty()) {
            throw new WebApp.Refusal(404, "No year yet", "The workspace records no progress for any year yet; open one with"
                    + " `./mou year open YEAR`.");
        }
        return latest.getAsInt();
    }

    /** Each group's activities whose level differs from the year before, from the model's assessments. */
    private static void changes(HtmlWriter html, Workspace workspace, int year, Labels labels) {
        boolean any = false;
        List<String> withoutEarlier = new java.util.ArrayList<>();
        for (WorkingGroupPlan plan : workspace.plans()) {
            Optional<GroupYear> now = workspace.year(plan.groupId(), year);
            Optional<GroupYear> before = workspace.year(plan.groupId(), year - 1);
            if (now.isEmpty()) {
                continue;
            }
            if (before.isEmpty()) {
                withoutEarlier.add(plan.name().in("en"));
                continue;
            }
            HtmlWriter list = new HtmlWriter().start("ul");
            int changed = 0;
            for (Activity activity : plan.activities()) {
                Optional<ProgressLevel> level = now.get().assessment(activity.id()).map(Assessment::level);
                Optional<ProgressLevel> earlier = before.get().assessment(activity.id()).map(Assessment::level);
                if (level.isEmpty() || level.equals(earlier)) {
                    continue;
                }
                changed++;
                String direction = earlier.isEmpty() ? "new" : level.get().rank() > earlier.get().rank() ? "up" : "down";
                list.start("li", "class", "change change-" + direction).element("strong", activity.id())
                        .text(" " + activity.description().in("en") + " — " + earlier.map(labels::level).orElse("not rated") + " → "
                                + labels.level(level.get()))
                        .end("li");
            }
            list.end("ul");
            if (changed > 0) {
                any = true;
                html.element("h3", plan.name().in("en") + " (" + changed + ")").append(list);
            }
        }
        if (!any) {
            html.element("p", withoutEarlier.isEmpty() ? "No activity's level changed since " + (year - 1) + "."
                    : "No activity's level changed since " + (year - 1) + " in the groups that have both years.");
        }
        if (!withoutEarlier.isEmpty()) {
            html.element("p", "No " + (year - 1) + " is recorded to compare with for: " + String.join(", ", withoutEarlier) + ".",
                    "class", "muted");
        }
    }

    private static String name(Workspace workspace, String groupId) {
        return workspace.plan(groupId).map(p -> p.name().in("en")).filter(n -> !n.isBlank()).orElse(groupId);
    }
}
