package mou.web.internal;

import java.util.List;
import java.util.Map;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.ExportYear;
import mou.core.cycle.ImportWorkbook;
import mou.core.cycle.Imported;
import mou.core.cycle.Problem;
import mou.core.cycle.StatusQuery;
import mou.core.cycle.YearStatus;
import mou.core.model.ReviewState;
import mou.core.model.Workspace;
import mou.web.api.HtmlWriter;

/**
 * A group's year as a spreadsheet: {@code /group/GROUP/YEAR/workbook} says how, with the upload
 * form for the group's members; {@code workbook.xlsx} is the workbook {@code export} writes, in the page's language; the
 * upload applies a filled-in one all or nothing through the cycle service, which reads it within
 * the import's limits and names every problem by its cell ({@code Assessments!E7}).
 */
final class WorkbookPages {

    private final WebApp app;

    WorkbookPages(WebApp app) {
        this.app = app;
    }

    List<Route> routes() {
        return List.of(
                new Route("GET", "/group/{group}/{year}/workbook", Access.SIGNED_IN, c -> page(c, null, null, 200)),
                new Route("GET", "/group/{group}/{year}/workbook.xlsx", Access.SIGNED_IN, this::download),
                new Route("POST", "/group/{group}/{year}/workbook", Access.GROUP_EDITOR, this::upload));
    }

    private Response download(Call call) throws WebApp.Refusal {
        String group = call.part("group");
        int year = WebApp.year(call.part("year"));
        byte[] workbook;
        try {
            // in the page's language: its sheets, headings, instructions and choices (the texts have both languages' columns)
            workbook = app.cycle.exportWorkbook(new ExportYear(Acting.of(app.data, call.by()), group, year, call.language()));
        } catch (CycleException e) {
            throw refusal(call, e);
        }
        String file = group + "-" + year + ".xlsx";
        return new Response(200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                Map.of("Content-Disposition", "attachment; filename=\"" + file + "\""), workbook)
                .with("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox");
    }

    private Response upload(Call call) throws WebApp.Refusal {
        String group = call.part("group");
        int year = WebApp.year(call.part("year"));
        List<Upload> files = call.request().uploads().stream().filter(u -> u.field().equals("workbook")).toList();
        if (files.size() != 1) {
            return page(call, List.of(new Problem("workbook", call.ui().t(files.isEmpty() ? "workbook.problem.none" : "workbook.problem.many"))), null, 400);
        }
        Upload file = files.get(0);
        // the browser's file name, kept to a plain name for messages and the history (never a path)
        String name = file.fileName() == null ? "" : file.fileName().replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.length() > 120) {
            name = group + "-" + year + ".xlsx";
        }
        Imported imported;
        try {
            imported = app.cycle.importWorkbook(new ImportWorkbook(Acting.of(app.data, call.by()), group, year, file.content(), name, call.language()));
        } catch (CycleException e) {
            return page(call, e.problems(), null, ReviewPages.status(e));
        }
        if (!imported.ignored().isEmpty()) {
            // what was not imported is said on the page itself: a redirect could carry only the count
            return page(call, null, imported, 200);
        }
        return Response.seeOther("/group/" + group + "/" + year + "/workbook?imported=" + imported.changes().size());
    }

    /**
     * The workbook page: with the problems of a refused upload, or with what an upload did when it left
     * edits aside ({@code imported}), else with the count a redirect after an upload carries.
     */
    private Response page(Call call, List<Problem> problems, Imported imported, int status) throws WebApp.Refusal {
        Ui ui = call.ui();
        String group = call.part("group");
        int year = WebApp.year(call.part("year"));
        Workspace workspace = app.workspace();
        YearStatus.Group found;
        try {
            found = app.cycle.status(new StatusQuery(Acting.of(app.data, null), year, group)).groups().stream()
                    .filter(g -> g.groupId().equals(group)).findFirst().orElse(null);
        } catch (CycleException e) {
            throw refusal(call, e);
        }
        if (found == null || found.year() == null) {
            throw new WebApp.Refusal(404, ui.t("workbook.notOpened"), ui.t("workbook.notOpened.text", group, year));
        }
        String name = ReviewPages.name(workspace, group, call.language());
        ReviewState state = found.year().review().state();
        HtmlWriter html = new HtmlWriter().element("h1", ui.t("workbook.title", name, year));
        User user = call.user().orElseThrow();
        boolean form = user.mayEdit(group) && state.editable();
        // the problems about the file itself (not a workbook, none chosen), said beside its field too; those of cells only in the list
        List<String> ofTheFile = new java.util.ArrayList<>();
        if (problems != null) {
            html.start("div", "class", "problem", "role", "alert", "id", "problems");
            html.element("h2", ui.t("workbook.refused"));
            html.start("ul");
            for (int i = 0; i < problems.size(); i++) {
                Problem p = problems.get(i);
                if (i == problems.size() - 1 && i > 0 && p.field() == null && p.message().toLowerCase(java.util.Locale.ROOT).contains("nothing was imported")) {
                    // the service's closing line says what the heading above says
                    continue;
                }
                boolean cell = p.field() != null && p.field().contains("!");
                // the page's own words where the cycle's name a command to type
                String text = p.text(call.language(), f -> f.equals("workbook") ? ui.t("workbook.field") : f, ui::problemWords).strip();
                if (!cell) {
                    ofTheFile.add(text);
                }
                html.start("li");
                if (form) {
                    // each links to the file's field: correct the workbook, then choose it again there
                    html.start("a", "href", "#workbook-file");
                }
                if (cell) {
                    html.element("strong", p.field()).text(": ");
                }
                html.text(text);
                if (form) {
                    html.end("a");
                }
                html.end("li");
            }
            html.end("ul").end("div");
        } else if (imported != null) {
            int count = imported.changes().size();
            html.element("p", count == 0 ? ui.t("workbook.nothingChanged") : ui.t(count == 1 ? "workbook.imported.one" : "workbook.imported.many", String.valueOf(count)),
                    "class", "saved", "role", "status");
            html.start("div", "class", "problem", "role", "alert", "id", "workbook-ignored");
            html.element("p", ui.t(imported.ignored().size() == 1 ? "workbook.ignored.one" : "workbook.ignored.many", String.valueOf(imported.ignored().size())));
            html.start("ul");
            for (Problem p : imported.ignored()) {
                html.start("li");
                if (p.field() != null) {
                    html.element("strong", p.field()).text(": ");
                }
                html.text(p.text(call.language(), f -> f, ui::problemWords).strip()).end("li");
            }
            html.end("ul").end("div");
        } else {
            call.query("imported").filter(n -> n.matches("[0-9]{1,6}")).ifPresent(n -> html.element("p", n.equals("0") ? ui.t("workbook.unchanged")
                    : ui.t(n.equals("1") ? "workbook.imported.one" : "workbook.imported.many", n), "class", "saved", "role", "status"));
        }
        html.element("p", state == ReviewState.PUBLISHED ? ui.t("workbook.state.published") : ui.t("workbook.state", ui.stateIs(state)));
        html.start("p").link("/group/" + group + "/" + year + "/workbook.xlsx", ui.t("workbook.download", group + "-" + year + ".xlsx"),
                "download", group + "-" + year + ".xlsx").end("p");
        // a published year is final: its workbook is a copy to read, never to fill in and upload
        html.element("p", ui.t(state == ReviewState.PUBLISHED ? "workbook.how.published" : "workbook.how"));
        html.element("p", ui.t("workbook.language"));
        if (form) {
            html.start("form", "method", "post", "action", "/group/" + group + "/" + year + "/workbook", "enctype", "multipart/form-data",
                    "class", "edit");
            html.start("input", "type", "hidden", "name", "csrf", "value", call.csrf());
            html.start("fieldset").element("legend", ui.t("workbook.upload.legend", name, year));
            html.start("div", "class", "field").element("label", ui.t("workbook.field"), "for", "workbook-file")
                    .element("p", ui.t("workbook.field.hint"), "class", "muted", "id", "workbook-hint");
            List<String> input = new java.util.ArrayList<>(List.of("type", "file", "id", "workbook-file", "name", "workbook", "required", "required",
                    "accept", ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "aria-describedby", ofTheFile.isEmpty() ? "workbook-hint" : "workbook-hint workbook-problem"));
            if (problems != null) {
                input.addAll(List.of("aria-invalid", "true"));
            }
            html.start("input", input.toArray(String[]::new));
            if (!ofTheFile.isEmpty()) {
                html.start("div", "id", "workbook-problem");
                ofTheFile.forEach(m -> html.element("p", m, "class", "field-problem"));
                html.end("div");
            }
            html.end("div").element("button", ui.t("workbook.upload"), "type", "submit").end("fieldset").end("form");
        } else if (user.mayEdit(group) && state != ReviewState.PUBLISHED) {
            html.element("p", ui.t("workbook.locked", ui.stateIs(state)), "class", "muted");
        }
        html.start("p").link("/history?group=" + group + "&year=" + year, ui.t("workbook.history")).text(" · ")
                .link("/review/" + year + "#group-" + group, ui.t("workbook.review")).end("p");
        return Response.html(status, Page.of(call, ui.t("workbook.title", name, year), "", app.menu(call), html));
    }

    private static WebApp.Refusal refusal(Call call, CycleException e) {
        int status = e.kind() == CycleException.Kind.USAGE ? 404 : ReviewPages.status(e);
        return new WebApp.Refusal(status, call.ui().t("workbook.cannot"), call.said(e));
    }
}
