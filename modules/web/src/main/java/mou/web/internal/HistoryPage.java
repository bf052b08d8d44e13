package mou.web.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.History;
import mou.core.cycle.HistoryQuery;
import mou.core.model.HistoryEntry;
import mou.core.model.Workspace;
import mou.core.model.Years;
import mou.web.api.HtmlWriter;

/**
 * The history ({@code /history?group=&activity=&year=&person=}): the recorded changes that match,
 * newest first, each in the words the {@code history} command prints (the cycle service's
 * {@code describe}); the newest {@value #PAGE} first, and a link to show more.
 */
final class HistoryPage {

    static final int PAGE = 50;
    /** The most a page shows, however far "more" is followed. */
    static final int MOST = 5_000;

    private final WebApp app;

    HistoryPage(WebApp app) {
        this.app = app;
    }

    List<Route> routes() {
        return List.of(new Route("GET", "/history", Access.SIGNED_IN, this::page));
    }

    private Response page(Call call) throws WebApp.Refusal {
        Ui ui = call.ui();
        Workspace workspace = app.workspace();
        String group = call.query("group").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        String activity = call.query("activity").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        String yearText = call.query("year").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        String person = call.query("person").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        String showText = call.query("show").orElse(String.valueOf(PAGE));
        Map<String, String> problems = new LinkedHashMap<>();
        if (group != null && workspace.plan(group).isEmpty()) {
            problems.put("group", ui.t("history.problem.group", group, String.join(", ", workspace.plans().stream().map(p -> p.groupId()).toList())));
        }
        Integer year = null;
        if (yearText != null) {
            OptionalInt parsed = Years.parse(yearText);
            if (parsed.isEmpty()) {
                problems.put("year", ui.t("history.problem.year", yearText, Years.RULE));
            } else {
                year = parsed.getAsInt();
            }
        }
        if (activity != null && activity.length() > 200) {
            problems.put("activity", ui.t("history.problem.long"));
        }
        if (person != null && person.length() > 200) {
            problems.put("person", ui.t("history.problem.long"));
        }
        int show;
        try {
            show = Math.max(1, Math.min(MOST, Integer.parseInt(showText.strip())));
        } catch (NumberFormatException e) {
            show = PAGE;
        }
        HtmlWriter html = new HtmlWriter().element("h1", ui.t("history.title"));
        filters(call, html, workspace, group, activity, yearText, person, problems);
        if (!problems.isEmpty()) {
            html.element("p", ui.t("history.problem"), "class", "problem", "role", "alert");
            return Response.html(400, Page.of(call, ui.t("history.title"), "/history", app.menu(call), html));
        }
        History history;
        try {
            history = app.cycle.history(new HistoryQuery(Acting.of(app.data, null), group, activity, year, person, show));
        } catch (CycleException e) {
            throw new WebApp.Refusal(ReviewPages.status(e), ui.t("history.title"), call.said(e));
        }
        html.start("section", "aria-labelledby", "changes").element("h2", ui.t("history.changes"), "id", "changes");
        if (history.entries().isEmpty()) {
            html.element("p", history.recorded() == 0 ? ui.t("history.none") : ui.t("history.noneMatch"));
        } else {
            html.element("p", ui.t("history.count", history.entries().size(), history.matched()), "role", "status");
            List<HistoryEntry> newestFirst = new ArrayList<>(history.entries());
            java.util.Collections.reverse(newestFirst);
            html.start("ol", "class", "history");
            List<String> times = times(newestFirst);
            int index = 0;
            for (HistoryEntry entry : newestFirst) {
                String time = times.get(index++);
                List<String> lines = app.cycle.describe(entry, call.language());
                html.start("li");
                html.start("p", "class", "headline");
                if (entry.at() != null) {
                    html.element("time", time, "datetime", entry.at().toString()).text(" ");
                }
                html.element("strong", entry.by() == null ? "" : entry.by()).text(" · " + headline(lines.get(0), entry)).end("p");
                if (lines.size() > 1) {
                    html.element("div", String.join("\n", lines.subList(1, lines.size())), "class", "lines");
                }
                html.end("li");
            }
            html.end("ol");
            if (history.more() && show < MOST) {
                html.start("p").link("/history" + query(group, activity, yearText, person, Math.min(MOST, show + PAGE)),
                        ui.t("history.more", Math.min(PAGE, history.matched() - history.entries().size()))).end("p");
            }
        }
        html.end("section");
        return app.page(call, ui.t("history.title"), "/history", html);
    }

    private static final java.time.format.DateTimeFormatter SECONDS = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(java.time.ZoneOffset.UTC);
    private static final java.time.format.DateTimeFormatter MILLIS = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'")
            .withZone(java.time.ZoneOffset.UTC);

    /**
     * Each entry's time as the page shows it: to the second, and to the millisecond where a neighbour falls in the same
     * second, so that two changes of one second do not look alike (the history keeps milliseconds since 2026-12).
     */
    static List<String> times(List<HistoryEntry> entries) {
        return moments(entries.stream().map(HistoryEntry::at).toList());
    }

    /**
     * Moments as the pages show them (the history's entries, the review's steps): to the second, in UTC, and to the
     * millisecond where a neighbour falls in the same second; "" for none.
     */
    static List<String> moments(List<java.time.Instant> moments) {
        List<String> times = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            java.time.Instant at = moments.get(i);
            if (at == null) {
                times.add("");
                continue;
            }
            String second = SECONDS.format(at);
            boolean same = false;
            for (int n : new int[] {i - 1, i + 1}) {
                if (n >= 0 && n < moments.size() && moments.get(n) != null && SECONDS.format(moments.get(n)).equals(second)
                        && !moments.get(n).equals(at)) {
                    same = true;
                }
            }
            times.add(same ? MILLIS.format(at) : second);
        }
        return times;
    }

    /** The command's first line without its time and person, which the page shows on their own. */
    private static String headline(String line, HistoryEntry entry) {
        String prefix = entry.at() + "  " + entry.by() + "  ";
        return line.startsWith(prefix) ? line.substring(prefix.length()) : line;
    }

    static String query(String group, String activity, String year, String person, int show) {
        StringBuilder b = new StringBuilder();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("group", group);
        values.put("activity", activity);
        values.put("year", year);
        values.put("person", person);
        values.put("show", String.valueOf(show));
        values.forEach((k, v) -> {
            if (v != null) {
                b.append(b.length() == 0 ? '?' : '&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return b.toString();
    }

    private static void filters(Call call, HtmlWriter html, Workspace workspace, String group, String activity, String year, String person,
            Map<String, String> problems) {
        Ui ui = call.ui();
        html.start("form", "method", "get", "action", "/history", "class", "edit filters").start("fieldset")
                .element("legend", ui.t("history.filter"));
        html.start("div", "class", "field").element("label", ui.t("history.group"), "for", "h-group");
        html.start("select", attributes("h-group", "group", problems).toArray(String[]::new));
        html.element("option", ui.t("history.anyGroup"), "value", "");
        for (var plan : workspace.plans()) {
            List<String> option = new ArrayList<>(List.of("value", plan.groupId()));
            if (plan.groupId().equals(group)) {
                option.addAll(List.of("selected", "selected"));
            }
            html.element("option", Dashboard.name(workspace, plan.groupId(), call.language()), option.toArray(String[]::new));
        }
        html.end("select");
        problem(html, "h-group", problems.get("group"));
        html.end("div");
        text(html, ui, "h-activity", "activity", ui.t("history.activity"), ui.t("history.activity.hint"), activity, problems);
        text(html, ui, "h-year", "year", ui.t("history.year"), null, year, problems);
        text(html, ui, "h-person", "person", ui.t("history.person"), ui.t("history.person.hint"), person, problems);
        html.element("button", ui.t("history.show"), "type", "submit");
        html.end("fieldset").end("form");
    }

    private static List<String> attributes(String id, String name, Map<String, String> problems) {
        List<String> a = new ArrayList<>(List.of("id", id, "name", name));
        if (problems.containsKey(name)) {
            a.addAll(List.of("aria-invalid", "true", "aria-describedby", id + "-problem"));
        }
        return a;
    }

    private static void text(HtmlWriter html, Ui ui, String id, String name, String label, String hint, String value,
            Map<String, String> problems) {
        html.start("div", "class", "field").element("label", label, "for", id);
        List<String> a = attributes(id, name, problems);
        a.addAll(List.of("type", "text", "value", value == null ? "" : value));
        if (hint != null) {
            html.element("p", hint, "class", "muted", "id", id + "-hint");
            int at = a.indexOf("aria-describedby");
            if (at >= 0) {
                a.set(at + 1, id + "-hint " + a.get(at + 1));
            } else {
                a.addAll(List.of("aria-describedby", id + "-hint"));
            }
        }
        html.start("input", a.toArray(String[]::new));
        problem(html, id, problems.get(name));
        html.end("div");
    }

    private static void problem(HtmlWriter html, String id, String problem) {
        if (problem != null) {
            html.element("p", problem, "class", "field-problem", "id", id + "-problem");
        }
    }
}
