package mou.web.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mou.core.cycle.Published;
import mou.core.model.Years;
import mou.web.api.HtmlWriter;

/**
 * The home page of a visitor who is not signed in ({@code /}): what the site is, the published
 * reports (the only ones a visitor reads) and the way to sign in. The dashboard hands such a
 * visitor over to it; nothing of a year in progress is shown.
 */
final class PublicHome {

    private final WebApp app;

    PublicHome(WebApp app) {
        this.app = app;
    }

    Response page(Call call) {
        Ui ui = call.ui();
        HtmlWriter html = new HtmlWriter().element("h1", ui.t("home.title"));
        html.element("p", ui.t("home.intro"));
        html.start("section", "aria-labelledby", "published").element("h2", ui.t("home.published"), "id", "published");
        List<Integer> years = publishedYears(app.data);
        if (years.isEmpty()) {
            html.element("p", ui.t("home.none"));
        } else {
            html.start("ul", "class", "years");
            for (int year : years) {
                ReportPages.reportLinks(html.start("li"), year, ui.t("home.report", year), ui, ui.t("reports.english"), ui.t("reports.spanish"))
                        .end("li");
            }
            html.end("ul");
        }
        html.end("section");
        html.start("p").link("/sign-in", ui.t("home.signIn")).end("p");
        return app.page(call, ui.t("home.title"), "/", html);
    }

    /** The years with a {@code published/YEAR/} folder, newest first. */
    static List<Integer> publishedYears(Path data) {
        List<Integer> years = new ArrayList<>();
        try (Stream<Path> folders = Files.list(data.resolve(Published.FOLDER))) {
            folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).filter(n -> Years.parse(n).isPresent())
                    .forEach(n -> years.add(Years.parse(n).getAsInt()));
        } catch (java.io.IOException e) {
            return List.of();
        }
        years.sort(java.util.Comparator.reverseOrder());
        return years;
    }
}
