package mou.web.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import mou.core.model.HistoryEntry;
import mou.web.api.HtmlWriter;

/**
 * The one conflict page of the web application: a change was refused because someone else saved
 * the part after the person read it ({@code CycleException.Kind.CONFLICT}, field {@code readAt}); or the
 * person did, with the same form sent twice (a double click, or Back and send again): then the page
 * says they saved it already, at what time, instead of naming someone else.
 * It says so, shows what is saved now (theirs, with who saved it) beside what the person sent
 * (yours), and offers the form again, holding the person's values and the version saved now, so
 * that theirs is overwritten only when the person says so; or keeps theirs. Status 409.
 */
final class ConflictPage {

    private final Call call;
    private final String backHref;
    private final String backText;
    private final String subject;
    /** The page after its title and notice, which are written last: they depend on who saved the change ({@link #savedBy}). */
    private final HtmlWriter html = new HtmlWriter();
    /** The change saved meanwhile when the person made it themselves (sent twice, or again after going back), else null. */
    private HistoryEntry own;

    /**
     * Begins the page: a way back (or none), the title and the notice naming what was changed.
     *
     * @param subject what was changed meanwhile, as the person knows it (an activity's id, a part's name)
     */
    ConflictPage(Call call, String backHref, String backText, String subject) {
        this.call = call;
        this.backHref = backHref;
        this.backText = backText;
        this.subject = subject;
    }

    /**
     * Who saved the change that conflicts, from the history (before {@link #fields}): when it is the person
     * signed in, the page says they saved it already instead of blaming someone else.
     */
    ConflictPage savedBy(Optional<HistoryEntry> saved) {
        own = saved.filter(last -> last.by() != null && call.user().isPresent()
                && last.by().strip().equalsIgnoreCase(call.user().get().name().strip())).orElse(null);
        return this;
    }

    /** The last change the history records of a group's year's part ({@code subject}), or of the whole year (null); empty when it cannot be read. */
    static Optional<HistoryEntry> lastChange(WebApp app, Call call, String group, String subject, int year) {
        try {
            List<HistoryEntry> entries = app.cycle.history(new mou.core.cycle.HistoryQuery(mou.core.cycle.Acting.of(app.data, call.by()), group,
                    subject, year, null)).entries();
            return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
        } catch (mou.core.cycle.CycleException e) {
            return Optional.empty();
        }
    }

    /** The words of {@code key}, or of {@code conflict.own.*} in their place when the person saved the change themselves. */
    private String t(String key, Object... arguments) {
        return call.ui().t(own != null ? key.replace("conflict.", "conflict.own.") : key, arguments);
    }

    /** When the person's own change was saved, in words: the time to the second (as the history shows it), with the day when it was not today (UTC). */
    private String when(java.time.Instant at) {
        java.time.ZonedDateTime utc = at.atZone(java.time.ZoneOffset.UTC);
        String time = String.format(java.util.Locale.ROOT, "%02d:%02d:%02d UTC", utc.getHour(), utc.getMinute(), utc.getSecond());
        return utc.toLocalDate().equals(java.time.LocalDate.now(java.time.ZoneOffset.UTC)) ? call.ui().t("conflict.at.today", time)
                : call.ui().t("conflict.at.day", utc.toLocalDate(), time);
    }

    /** Theirs (after who saved it, when the history says) beside yours, each in a section under its heading. */
    ConflictPage compare(Optional<HistoryEntry> saved, Consumer<HtmlWriter> theirs, Consumer<HtmlWriter> yours) {
        savedBy(saved);
        html.start("div", "class", "compare");
        html.start("section", "aria-labelledby", "theirs").element("h2", t("conflict.theirs"), "id", "theirs");
        saved.ifPresent(last -> html.element("p", own != null ? t("conflict.by", when(last.at()))
                : t("conflict.by", last.by(), last.at().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", " UTC"))));
        theirs.accept(html);
        html.end("section");
        html.start("section", "aria-labelledby", "yours").element("h2", t("conflict.yours"), "id", "yours");
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
        if (own != null) {
            html.element("p", t("conflict.by", when(own.at())));
        }
        html.start("table", "class", "grid").element("caption", t("conflict.caption"));
        html.start("thead").start("tr").element("th", call.ui().t("conflict.field"), "scope", "col")
                .element("th", t("conflict.theirs"), "scope", "col")
                .element("th", t("conflict.yours"), "scope", "col").end("tr").end("thead");
        html.start("tbody");
        for (RecordForm.Field f : fields) {
            String a = String.join(", ", theirs == null ? List.of() : theirs.getOrDefault(f.name(), List.of())).strip();
            String b = String.join(", ", yours == null ? List.of() : yours.getOrDefault(f.name(), List.of())).strip();
            if (theirs != null && yours != null && a.equals(b)) {
                continue;
            }
            html.start("tr").element("th", f.label(), "scope", "row")
                    .element("td", theirs == null ? call.ui().t("conflict.gone") : a, theirs == null ? new String[0] : RecordForm.lang(f.name()))
                    .element("td", yours == null ? call.ui().t("conflict.removing") : b, yours == null ? new String[0] : RecordForm.lang(f.name()))
                    .end("tr");
        }
        html.end("tbody").end("table");
        return this;
    }

    /** The form to apply yours again, holding your values and the version saved now, under its heading. */
    ConflictPage again(Consumer<HtmlWriter> form) {
        html.start("section", "aria-labelledby", "again").element("h2", call.ui().t("conflict.again"), "id", "again");
        html.element("p", t("conflict.again.text"));
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
        html.start("p").link(href, t("conflict.keepTheirs")).end("p");
        return this;
    }

    /** The page, status 409, with the menu marking {@code area}. */
    Response response(WebApp app, String area) {
        HtmlWriter page = new HtmlWriter();
        if (backHref != null) {
            page.start("p", "class", "crumbs").link(backHref, backText).end("p");
        }
        page.element("h1", t("conflict.title"));
        page.element("p", own != null ? t("conflict.text", subject, when(own.at())) : t("conflict.text", subject), "class", "notice", "role", "alert");
        page.append(html);
        return Response.html(409, Page.of(call, t("conflict.title"), area, app.menu(call), page));
    }
}
