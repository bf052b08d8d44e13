package mou.web.internal;

import java.util.List;
import mou.core.spi.DeliverableType;
import mou.core.spi.PluginFailure;
import mou.core.spi.ReportFormat;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import mou.web.api.HtmlWriter;

/**
 * {@code /plugins}: the installed working groups (bundle and version, deliverable types, report
 * sections), the report formats, the web contributions, and every plugin that is installed but
 * does not run, with its cause.
 */
final class PluginsPage {

    private final WebApp app;

    PluginsPage(WebApp app) {
        this.app = app;
    }

    Response page(Call call) {
        Ui ui = call.ui();
        String language = ui.language();
        HtmlWriter html = new HtmlWriter().element("h1", ui.t("plugins.title")).element("p", ui.t("plugins.whileServing"));
        List<PluginFailure> failures = app.installed.failures();
        // what is wrong with the installed plugins together (two plugins of one group, two chapters in one place), as `groups` says it
        List<String> warnings = app.extensions.warnings(language);
        html.start("section", "aria-labelledby", "failures").element("h2", ui.t("plugins.problems"), "id", "failures");
        if (failures.isEmpty() && warnings.isEmpty()) {
            html.element("p", ui.t("plugins.noProblems"));
        } else {
            html.start("ul", "class", "failures");
            failures.forEach(f -> html.element("li", f.describe(language), "class", "notice"));
            warnings.forEach(w -> html.element("li", w, "class", "notice"));
            html.end("ul");
        }
        html.end("section");

        html.start("section", "aria-labelledby", "groups").element("h2", ui.t("plugins.groups"), "id", "groups");
        // on a phone each row stacks into lines of "heading value" (table.grid.stack), as the records' lists do: four columns
        // are wider than the screen, and a box that scrolls sideways would need to take the keyboard's focus
        List<String> headings = List.of(ui.t("plugins.group"), ui.t("plugins.bundle"), ui.t("plugins.types"), ui.t("plugins.sections"));
        html.start("table", "class", "grid stack").start("thead").start("tr");
        for (String heading : headings) {
            html.element("th", heading, "scope", "col");
        }
        html.end("tr").end("thead").start("tbody");
        for (WorkingGroupPlugin group : app.extensions.groups()) {
            html.start("tr").start("th", "scope", "row").element("strong", group.id()).start("br").text(group.name().in(language)).end("th");
            html.start("td").element("span", headings.get(1), "class", "cell-label").element("span", app.installed.bundleOf(group)).end("td");
            html.start("td").element("span", headings.get(2), "class", "cell-label").start("ul");
            for (DeliverableType type : group.deliverableTypes()) {
                html.start("li").element("code", type.id()).text(" " + type.label().in(language)).end("li");
            }
            html.end("ul").end("td").start("td").element("span", headings.get(3), "class", "cell-label").start("ul");
            for (ReportSectionContributor section : group.sections()) {
                html.start("li").element("code", section.id()).text(" (" + ui.t("plugins.order", order(section.order())) + ")").end("li");
            }
            html.end("ul").end("td").end("tr");
        }
        html.end("tbody").end("table").end("section");

        html.start("section", "aria-labelledby", "formats").element("h2", ui.t("plugins.formats"), "id", "formats").start("ul");
        for (ReportFormat format : app.extensions.formats()) {
            html.start("li").element("code", format.id()).text(" ." + format.fileExtension() + " (" + format.mediaType() + ") · "
                    + app.installed.bundleOf(format)).end("li");
        }
        html.end("ul").end("section");

        html.start("section", "aria-labelledby", "contributions").element("h2", ui.t("plugins.contributions"), "id", "contributions");
        List<Installed.Contributed> contributed = app.installed.contributions();
        if (contributed.isEmpty()) {
            html.element("p", ui.t("plugins.noContributions"));
        } else {
            html.start("ul");
            for (Installed.Contributed c : contributed) {
                html.start("li").link("/panel/" + c.contribution().id(), WebApp.safeTitle(c, language)).text(" · " + c.bundle()).end("li");
            }
            html.end("ul");
        }
        html.end("section");
        return app.page(call, ui.t("plugins.title"), "/plugins", html);
    }

    private static String order(double order) {
        return order == Math.rint(order) ? String.valueOf((long) order) : String.valueOf(order);
    }
}
