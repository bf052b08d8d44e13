package mou.web.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import mou.core.model.HistoryEntry;
import mou.web.api.HtmlWriter;

/**
 * The one conflict page of the web application: a change was refused because someone else saved
 * the part after the person read it ({@code CycleException.Kind.CONFLICT}, field {@code readAt}).
 * It says so, shows what is saved now (theirs, with who saved it) beside what the person sent
 * (yours), and offers the form again, holding the person's values and the version saved now, so
 * that theirs is overwritten only when the person says so; or keeps theirs. Status 409.
 */
final class ConflictPage {

    private final Call call;
    private final HtmlWriter html = new HtmlWriter();

    /**
     * Begins the page: a way back (or none), the title and the notice naming what was changed.
     *
     * @param subject what someone else changed, as the person knows it (an activity's id, a part's name)
     */
    ConflictPage(Call call, String backHref, String backText, String subject) {
        this.call = call;
        if (backHref != null) {
            html.start("p", "class", "crumbs").link(backHref, backText).end("p");
        }
        html.element("h1", call.ui().t("conflict.title"));
        html.element("p", call.ui().t("conflict.text", subject), "class", "notice", "role", "alert");
    }

    /** Theirs (after who saved it, when the history says) beside yours, each in a section under its heading. */
    ConflictPage compare(Optional<HistoryEntry> saved, Consumer<HtmlWriter> theirs, Consumer<HtmlWriter> yours) {
        html.start("div", "class", "compare");
        html.start("section", "aria-labelledby", "theirs").element("h2", call.ui().t("conflict.theirs"), "id", "theirs");
        saved.ifPresent(last -> html.element("p", call.ui().t("conflict.by", last.by(), last.at().toString().replace('T', ' ').replace("Z", " UTC"))));
        theirs.accept(html);
        html.end("section");
        html.start("section", "aria-labelledby", "yours").element("h2", call.ui().t("conflict.yours"), "id", "yours");
        yours.accept(html);
        html.end("section");
        html.end("div");
        return this;
    }

    /**
     * Theirs and yours field by field, in a table of the fields that differ.
     *
     * @param theirs the values saved now, or null when the part was removed
     * @param yours the values the person sent, or null when they removed it
     */
    ConflictPage fields(List<RecordForm.Field> fields, Map<String, List<String>> theirs, Map<String, List<String>> yours) {
        html.start("table", "class", "grid").element("caption", call.ui().t("conflict.caption"));
        html.start("thead").start("tr").element("th", call.ui().t("conflict.field"), "scope", "col")
                .element("th", call.ui().t("conflict.theirs"), "scope", "col")
                .element("th", call.ui().t("conflict.yours"), "scope", "col").end("tr").end("thead");
        html.start("tbody");
        for (RecordForm.Field f : fields) {
            String a = String.join(", ", theirs == null ? List.of() : theirs.getOrDefault(f.name(), List.of())).strip();
            String b = String.join(", ", yours == null ? List.of() : yours.getOrDefault(f.name(), List.of())).strip();
            if (theirs != null && yours != null && a.equals(b)) {
                continue;
            }
            html.start("tr").element("th", f.label(), "scope", "row")
                    .element("td", theirs == null ? call.ui().t("conflict.gone") : a)
                    .element("td", yours == null ? call.ui().t("conflict.removing") : b).end("tr");
        }
        html.end("tbody").end("table");
        return this;
    }

    /** The form to apply yours again, holding your values and the version saved now, under its heading. */
    ConflictPage again(Consumer<HtmlWriter> form) {
        html.start("section", "aria-labelledby", "again").element("h2", call.ui().t("conflict.again"), "id", "again");
        html.element("p", call.ui().t("conflict.again.text"));
        form.accept(html);
        html.end("section");
        return this;
    }

    /** Anything else the page shows (why the form is not offered again, a form to remove again). */
    ConflictPage then(Consumer<HtmlWriter> more) {
        more.accept(html);
        return this;
    }

    /** The link that keeps theirs: the part as it is now. */
    ConflictPage keepTheirs(String href) {
        html.start("p").link(href, call.ui().t("conflict.keepTheirs")).end("p");
        return this;
    }

    /** The page, status 409, with the menu marking {@code area}. */
    Response response(WebApp app, String area) {
        return Response.html(409, Page.of(call, call.ui().t("conflict.title"), area, app.menu(call), html));
    }
}
