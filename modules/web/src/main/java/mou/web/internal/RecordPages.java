package mou.web.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.PartVersion;
import mou.core.cycle.RecordEvent;
import mou.core.cycle.RecordFigure;
import mou.core.cycle.RecordUpdate;
import mou.core.cycle.Remove;
import mou.core.model.Activity;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.Metric;
import mou.core.model.Quarter;
import mou.core.model.QuarterlyUpdate;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.web.api.HtmlWriter;
import mou.web.internal.RecordForm.Field;
import mou.web.internal.RecordForm.Input;
import mou.web.internal.RecordForm.Option;

/**
 * The records of a group's year: its events, its figures and its quarterly updates, each listed
 * for anyone signed in and, for the group's members and the program office while the year is
 * editable, with forms to add, correct and remove them. Every change goes through the
 * {@link mou.core.cycle.CycleService} under the signed-in person, carrying the version the form
 * was read at; a change over someone else's gets the conflict page with both values.
 */
final class RecordPages {

    private static final String BASE = "/group/{group}/{year}";

    private final WebApp app;

    RecordPages(WebApp app) {
        this.app = app;
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            String list = BASE + "/" + kind.path;
            String one = list + "/{" + kind.part + "}";
            routes.add(new Route("GET", list, Access.SIGNED_IN, c -> list(c, kind, Map.of(), Map.of(), 200)));
            routes.add(new Route("POST", list, Access.GROUP_EDITOR, c -> add(c, kind)));
            routes.add(new Route("GET", one, Access.SIGNED_IN, c -> one(c, kind, null, Map.of(), 200)));
            routes.add(new Route("POST", one, Access.GROUP_EDITOR, c -> correct(c, kind)));
            routes.add(new Route("POST", one + "/remove", Access.GROUP_EDITOR, c -> remove(c, kind)));
        }
        routes.add(new Route("GET", BASE + "/updates", Access.SIGNED_IN, this::updates));
        routes.add(new Route("GET", BASE + "/updates/{quarter}", Access.SIGNED_IN, c -> update(c, null, Map.of(), 200)));
        routes.add(new Route("POST", BASE + "/updates/{quarter}", Access.GROUP_EDITOR, this::saveUpdate));
        return routes;
    }

    /** Events and figures: the two kinds of record listed, added, corrected and removed alike. */
    enum Kind {
        EVENT("events", "event", "eventId"), FIGURE("figures", "figure", "figureId");

        final String path;
        final String part;
        final String idField;

        Kind(String path, String part, String idField) {
            this.path = path;
            this.part = part;
            this.idField = idField;
        }
    }

    // what every page reads -----------------------------------------------------------------

    /** The group's plan and year a page is about; an unknown group or year is a 404 page, a malformed year a 400. */
    record Context(Call call, Workspace workspace, WorkingGroupPlan plan, GroupYear year) {
        String base() {
            return "/group/" + plan.groupId() + "/" + year.year();
        }

        boolean editable() {
            return year.review().state().editable() && call.user().map(u -> u.mayEdit(plan.groupId())).orElse(false);
        }

        /** The group's name in the page's language. */
        String name() {
            return plan.name().in(call.language());
        }
    }

    static Context context(WebApp app, Call call) throws WebApp.Refusal {
        int year = WebApp.year(call.part("year"));
        Workspace ws = app.workspace();
        Ui ui = call.ui();
        String group = call.part("group");
        WorkingGroupPlan plan = ws.plan(group).orElseThrow(() -> new WebApp.Refusal(404, ui.t("records.noGroup"),
                ui.t("records.noGroup.text", group)));
        GroupYear y = ws.year(group, year).orElseThrow(() -> new WebApp.Refusal(404, ui.t("records.noYear"),
                ui.t("records.noYear.text", plan.name().in(call.language()), year)));
        return new Context(call, ws, plan, y);
    }

    /** The links between the records pages and back to the group's year. */
    static void nav(HtmlWriter html, Context c, String current) {
        Ui ui = c.call().ui();
        html.start("nav", "aria-label", ui.t("records.nav")).start("ul", "class", "years");
        String[][] links = {{"", ui.t("records.nav.year")}, {"/events", ui.t("records.events")}, {"/figures", ui.t("records.figures")},
                {"/updates", ui.t("records.updates")}};
        for (String[] l : links) {
            String href = c.base() + l[0];
            html.start("li");
            if (href.equals(current)) {
                html.link(href, l[1], "aria-current", "page");
            } else {
                html.link(href, l[1]);
            }
            html.end("li");
        }
        html.end("ul").end("nav");
        if (!c.year().review().state().editable()) {
            mou.core.model.ReviewState state = c.year().review().state();
            html.element("p", state == mou.core.model.ReviewState.PUBLISHED ? ui.t("records.published") : ui.t("records.readOnly", ui.state(state)),
                    "class", "notice");
        } else if (!c.editable()) {
            html.element("p", ui.t("records.notYours"), "class", "muted");
        }
    }

    static void saved(HtmlWriter html, Call call) throws WebApp.Refusal {
        Optional<String> saved = call.query("saved");
        if (saved.isPresent()) {
            html.element("p", call.ui().t(saved.get().equals("0") ? "records.unchanged" : "records.saved"), "class", "saved", "role", "status");
        }
    }

    static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }

    static Response page(WebApp app, Call call, int status, String title, HtmlWriter html) {
        return Response.html(status, Page.of(call, title, "", app.menu(call), html));
    }

    static Acting acting(WebApp app, Call call) throws WebApp.Refusal {
        return new Acting(app.data, call.by(), null).readAt(call.field("readAt").filter(v -> !v.isBlank()).orElse(null));
    }

    /** A refusal of the service that is no problem of the form's values: the year's state or a file error, as a page. */
    static WebApp.Refusal refused(Call call, CycleException e) {
        return new WebApp.Refusal(409, call.ui().t("records.refused"), call.said(e));
    }

    // the fields --------------------------------------------------------------------------------

    private List<Option> activities(Context c) {
        List<Option> options = new ArrayList<>(List.of(new Option("", c.call().ui().t("records.none"))));
        for (Activity a : c.plan().activities()) {
            String words = a.description().in(c.call().language());
            options.add(new Option(a.id(), a.id() + " · " + (words.length() > 80 ? words.substring(0, 80) + "…" : words)));
        }
        return options;
    }

    private static List<Option> quarters(Call call) {
        List<Option> options = new ArrayList<>(List.of(new Option("", call.ui().t("records.none"))));
        for (int q = 1; q <= 4; q++) {
            options.add(new Option("Q" + q, "Q" + q));
        }
        return options;
    }

    List<Field> fields(Context c, Kind kind, boolean create) {
        Ui ui = c.call().ui();
        List<Field> fields = new ArrayList<>();
        if (create) {
            fields.add(Field.text(kind.idField, ui.t("records.id"), ui.t("records.id.hint"), true));
        }
        if (kind == Kind.EVENT) {
            List<Option> kinds = new ArrayList<>();
            Arrays.stream(Event.Kind.values()).forEach(k -> kinds.add(new Option(k.id(), ui.t("records.kind." + k.id()))));
            fields.add(Field.select("kind", FieldNames.label(ui, "kind"), kinds, true));
            fields.add(Field.text("date", FieldNames.label(ui, "date"), ui.t("records.date.hint"), true));
            fields.add(Field.text("title", FieldNames.label(ui, "title"), null, true));
            fields.add(Field.text("titleEs", FieldNames.label(ui, "titleEs"), null, false));
            fields.add(Field.text("place", FieldNames.label(ui, "place"), null, false));
            fields.add(Field.text("placeEs", FieldNames.label(ui, "placeEs"), null, false));
            fields.add(Field.text("organizations", FieldNames.label(ui, "organizations"), ui.t("records.organizations.hint"), false));
            fields.add(Field.text("participants", FieldNames.label(ui, "participants"), ui.t("records.count.hint"), false));
            fields.add(Field.area("description", FieldNames.label(ui, "description"), null));
            fields.add(Field.area("descriptionEs", FieldNames.label(ui, "descriptionEs"), null));
        } else {
            fields.add(Field.text("label", FieldNames.label(ui, "label"), null, true));
            fields.add(Field.text("labelEs", FieldNames.label(ui, "labelEs"), null, false));
            fields.add(Field.text("value", FieldNames.label(ui, "value"), ui.t("records.number.hint"), true));
            fields.add(Field.text("unit", FieldNames.label(ui, "unit"), null, false));
            fields.add(Field.text("unitEs", FieldNames.label(ui, "unitEs"), ui.t("records.figure.unitEs.hint"), false));
            fields.add(Field.text("target", FieldNames.label(ui, "target"), ui.t("records.number.hint"), false));
            fields.add(Field.text("baseline", FieldNames.label(ui, "baseline"), ui.t("records.number.hint"), false));
            fields.add(Field.text("asOf", FieldNames.label(ui, "asOf"), ui.t("records.date.hint"), false));
            fields.add(Field.area("note", FieldNames.label(ui, "note"), null));
            fields.add(Field.area("noteEs", FieldNames.label(ui, "noteEs"), null));
        }
        fields.add(Field.select("activityId", FieldNames.label(ui, "activityId"), activities(c), false));
        fields.add(new Field("quarter", FieldNames.label(ui, "quarter"), Input.SELECT, quarters(c.call()), ui.t("records.quarter.hint"), false));
        return fields;
    }

    /** A record's values as its form shows them. */
    static Map<String, List<String>> values(GroupYear year, Object record) {
        Map<String, List<String>> v = new LinkedHashMap<>();
        if (record instanceof Event e) {
            put(v, "eventId", e.id());
            put(v, "kind", e.kind() == null ? null : e.kind().id());
            put(v, "date", e.date() == null ? null : e.date().iso());
            put(v, "title", e.title() == null ? null : e.title().en());
            put(v, "titleEs", e.title() == null ? null : e.title().es());
            put(v, "place", en(e.place()));
            put(v, "placeEs", e.place() == null ? null : e.place().es());
            put(v, "organizations", String.join(", ", e.organizations()));
            put(v, "participants", e.participants() == null ? null : String.valueOf(e.participants()));
            put(v, "description", en(e.description()));
            put(v, "descriptionEs", e.description() == null ? null : e.description().es());
            put(v, "activityId", e.activityId());
            v.put("quarter", year.updates().stream().filter(u -> u.events().contains(e.id())).map(u -> "Q" + u.quarter()).toList());
        } else if (record instanceof Metric m) {
            put(v, "figureId", m.id());
            put(v, "label", m.label() == null ? null : m.label().en());
            put(v, "labelEs", m.label() == null ? null : m.label().es());
            put(v, "value", m.value() == null ? null : m.value().toPlainString());
            put(v, "unit", m.unit());
            put(v, "unitEs", m.unitText() == null ? null : m.unitText().es());
            put(v, "target", m.target() == null ? null : m.target().toPlainString());
            put(v, "baseline", m.baseline() == null ? null : m.baseline().toPlainString());
            put(v, "asOf", m.asOf() == null ? null : m.asOf().iso());
            put(v, "activityId", m.activityId());
            put(v, "note", en(m.note()));
            put(v, "noteEs", m.note() == null ? null : m.note().es());
            v.put("quarter", year.updates().stream().filter(u -> u.metrics().contains(m.id())).map(u -> "Q" + u.quarter()).toList());
        }
        return v;
    }

    /**
     * A record's values as its correction form starts: those of {@link #values} but the quarter, which the
     * form does not show chosen: choosing one adds the record to that quarter's update (the quarters that
     * report it already are listed above the form, each of them kept).
     */
    static Map<String, List<String>> correctable(GroupYear year, Object record) {
        Map<String, List<String>> v = values(year, record);
        v.put("quarter", List.of());
        return v;
    }

    /** The fields of a correction form: the quarter's is worded as what it does there, adding one more quarter. */
    private static List<Field> correcting(List<Field> fields, Ui ui) {
        return fields.stream().map(f -> !f.name().equals("quarter") ? f
                : new Field(f.name(), ui.t("records.quarter.add"), f.input(), f.options(), f.hint(), f.required())).toList();
    }

    private static String en(Text t) {
        return t == null ? null : t.en();
    }

    private static void put(Map<String, List<String>> v, String name, String value) {
        v.put(name, value == null ? List.of() : List.of(value));
    }

    private static Optional<?> record(GroupYear year, Kind kind, String id) {
        return kind == Kind.EVENT ? year.event(id) : year.metric(id);
    }

    // pages ------------------------------------------------------------------------------------

    private Response list(Call call, Kind kind, Map<String, List<String>> typed, Map<String, List<String>> problems, int status)
            throws WebApp.Refusal {
        Context c = context(app, call);
        Ui ui = call.ui();
        String lang = call.language();
        String title = ui.t("records." + kind.path + ".title", c.name(), c.year().year());
        HtmlWriter html = new HtmlWriter().element("h1", title);
        nav(html, c, c.base() + "/" + kind.path);
        RecordForm.summary(html, call, problems);
        saved(html, call);
        html.start("section");
        if (kind == Kind.EVENT) {
            List<Event> events = new ArrayList<>(c.year().events());
            events.sort((a, b) -> a.date() == null || b.date() == null ? 0 : a.date().compareTo(b.date()));
            if (events.isEmpty()) {
                html.element("p", ui.t("records.events.none"));
            } else {
                List<String> h = head(html, title, ui, "records.event.date", "records.event.kind", "records.events.column.title", "records.event.place",
                        "records.event.participants", "records.activity");
                for (Event e : events) {
                    html.start("tr");
                    cell(html, h.get(0), null).text(e.date() == null ? "" : e.date().iso()).end("td");
                    cell(html, h.get(1), null).text(e.kind() == null ? "" : ui.t("records.kind." + e.kind().id())).end("td");
                    cell(html, h.get(2), null).link(c.base() + "/events/" + encode(e.id()), e.title() == null ? e.id() : e.title().in(lang)).end("td");
                    cell(html, h.get(3), null).text(e.place() == null ? "" : e.place().in(lang)).end("td");
                    cell(html, h.get(4), "count").text(e.participants() == null ? "" : String.valueOf(e.participants())).end("td");
                    cell(html, h.get(5), null).text(e.activityId() == null ? "" : e.activityId()).end("td");
                    html.end("tr");
                }
                html.end("tbody").end("table");
            }
        } else {
            if (c.year().metrics().isEmpty()) {
                html.element("p", ui.t("records.figures.none"));
            } else {
                List<String> h = head(html, title, ui, "records.figures.column.label", "records.figure.value", "records.figure.target",
                        "records.figure.asOf", "records.activity");
                for (Metric m : c.year().metrics()) {
                    html.start("tr");
                    cell(html, h.get(0), null).link(c.base() + "/figures/" + encode(m.id()), m.label() == null ? m.id() : m.label().in(lang))
                            .end("td");
                    cell(html, h.get(1), "count").text(mou.core.report.Chapters.amount(m.value(), m.unitIn(lang), lang)).end("td");
                    cell(html, h.get(2), "count").text(mou.core.report.Chapters.amount(m.target(), m.unitIn(lang), lang)).end("td");
                    cell(html, h.get(3), null).text(m.asOf() == null ? "" : mou.core.spi.Dates.format(m.asOf(), lang)).end("td");
                    cell(html, h.get(4), null).text(m.activityId() == null ? "" : m.activityId()).end("td");
                    html.end("tr");
                }
                html.end("tbody").end("table");
            }
        }
        html.end("section");
        if (c.editable()) {
            html.start("section").element("h2", ui.t("records." + kind.part + ".add"));
            RecordForm.write(html, call, c.base() + "/" + kind.path, ui.t("records." + kind.part + ".add"), fields(c, kind, true), typed,
                    problems, PartVersion.NONE, ui.t("records.add"));
            html.end("section");
        }
        return page(app, call, status, title, html);
    }

    private Response one(Call call, Kind kind, Map<String, List<String>> typed, Map<String, List<String>> problems, int status)
            throws WebApp.Refusal {
        Context c = context(app, call);
        Ui ui = call.ui();
        String id = call.part(kind.part);
        Object record = record(c.year(), kind, id).orElseThrow(() -> new WebApp.Refusal(404, ui.t("records." + kind.part + ".unknown"),
                ui.t("records." + kind.part + ".unknown.text", id, c.name(), c.year().year())));
        Map<String, List<String>> now = values(c.year(), record);
        String title = record instanceof Event e ? e.title().in(call.language()) : ((Metric) record).label().in(call.language());
        HtmlWriter html = new HtmlWriter().element("h1", title);
        nav(html, c, "");
        RecordForm.summary(html, call, problems);
        saved(html, call);
        List<Field> fields = fields(c, kind, false);
        html.start("dl");
        html.element("dt", ui.t("records.id")).element("dd", id);
        for (Field f : fields) {
            String value = String.join(", ", now.getOrDefault(f.name(), List.of()));
            if (!value.isEmpty()) {
                String shown = f.input() != Input.SELECT ? value
                        : f.options().stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
                html.element("dt", f.label()).element("dd", shown, RecordForm.lang(f.name()));
            }
        }
        html.end("dl");
        if (c.editable()) {
            String readAt = PartVersion.of(record);
            html.start("section").element("h2", ui.t("records." + kind.part + ".correct"));
            RecordForm.write(html, call, c.base() + "/" + kind.path + "/" + encode(id), ui.t("records." + kind.part + ".correct"),
                    markStale(correcting(fields, ui), record, ui), typed == null ? correctable(c.year(), record) : typed,
                    correctable(c.year(), record), problems, readAt, ui.t("records.save"));
            html.end("section");
            html.start("section").element("h2", ui.t("records." + kind.part + ".remove"));
            html.start("form", "method", "post", "action", c.base() + "/" + kind.path + "/" + encode(id) + "/remove", "class", "edit");
            html.start("input", "type", "hidden", "name", "csrf", "value", call.csrf());
            html.start("input", "type", "hidden", "name", "readAt", "value", readAt);
            html.element("p", ui.t("records.remove.text"));
            html.element("button", ui.t("records." + kind.part + ".remove"), "type", "submit");
            html.end("form").end("section");
        }
        return page(app, call, status, title, html);
    }

    /** A field's hint, after the note that its Spanish is stale when there is one. */
    private static String staleFirst(String staleNote, String hint) {
        return staleNote == null ? hint : staleNote + " " + hint;
    }

    /** The fields, each Spanish one whose English changed after the Spanish was written with a note saying so as its hint. */
    private static List<Field> markStale(List<Field> fields, Object record, Ui ui) {
        Map<String, Text> texts = new LinkedHashMap<>();
        if (record instanceof Event e) {
            texts.put("titleEs", e.title());
            texts.put("placeEs", e.place());
            texts.put("descriptionEs", e.description());
        } else if (record instanceof Metric m) {
            texts.put("labelEs", m.label());
            texts.put("noteEs", m.note());
            texts.put("unitEs", m.unitText());
        }
        List<Field> marked = new ArrayList<>();
        for (Field f : fields) {
            String stale = ShownSpanish.staleNote(ui, texts.get(f.name()));
            if (stale == null) {
                marked.add(f);
                continue;
            }
            marked.add(new Field(f.name(), f.label(), f.input(), f.options(), stale, f.required()));
            // right after it, the box that says its Spanish still fits the changed English
            marked.add(new Field(ShownSpanish.fitsName(f.name()), ui.t("form.spanishFits.legend") + ": " + f.label(), Input.CHECKBOXES,
                    List.of(new Option("yes", ui.t("form.spanishFits"))), null, false));
        }
        return List.copyOf(marked);
    }

    // changes ---------------------------------------------------------------------------------

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The organizations as typed: the cycle service reads them (ids, acronyms or names, separated by commas or joined by "and"). */
    private static List<String> list(String text) {
        return text == null ? null : List.of(text);
    }

    /**
     * Sends a record to the service: a new one with what was typed, a correction with what changed.
     *
     * @param adding whether the form adds a new record: the service then refuses an id the year already has
     */
    private Object send(Call call, Context c, Kind kind, String id, Map<String, List<String>> typed, Map<String, List<String>> now,
            boolean adding) throws WebApp.Refusal, CycleException {
        Acting acting = acting(app, call);
        String group = c.plan().groupId();
        int year = c.year().year();
        java.util.function.Function<String, String> changed = now == null ? name -> orNull(RecordForm.one(typed, name))
                : name -> RecordForm.changed(typed, now, name);
        // a Spanish whose box says it still fits the changed English is given as typed, though unchanged: it translates the English now
        java.util.Set<String> fits = new java.util.HashSet<>();
        for (String name : List.of("titleEs", "placeEs", "descriptionEs", "labelEs", "noteEs", "unitEs")) {
            if (call.field(ShownSpanish.fitsName(name)).isPresent()) {
                fits.add(name);
            }
        }
        java.util.function.Function<String, String> v = name -> fits.contains(name) ? orNull(RecordForm.one(typed, name)) : changed.apply(name);
        if (kind == Kind.EVENT) {
            String title = v.apply("title");
            String titleEs = v.apply("titleEs");
            if (now != null && titleEs != null) {
                // a changed Spanish translates the title as typed; an English changed alone keeps the Spanish, stale
                title = RecordForm.one(typed, "title");
            }
            return app.cycle.recordEvent(new RecordEvent(acting, group, year, id, v.apply("kind"), v.apply("date"), title, titleEs,
                    v.apply("place"), list(v.apply("organizations")), v.apply("participants"), v.apply("description"), v.apply("activityId"),
                    orNull(v.apply("quarter")), v.apply("placeEs"), v.apply("descriptionEs"), adding));
        }
        String label = v.apply("label");
        String labelEs = v.apply("labelEs");
        if (now != null && labelEs != null) {
            label = RecordForm.one(typed, "label");
        }
        String unit = v.apply("unit");
        String unitEs = v.apply("unitEs");
        if (now != null && unitEs != null && unit == null) {
            unit = orNull(RecordForm.one(typed, "unit")); // a changed Spanish translates the unit as typed
        }
        return app.cycle.recordFigure(new RecordFigure(acting, group, year, id, label, labelEs, v.apply("value"), unit,
                v.apply("target"), v.apply("baseline"), v.apply("asOf"), v.apply("activityId"), v.apply("note"), orNull(v.apply("quarter")),
                v.apply("noteEs"), adding, unitEs));
    }

    private Response add(Call call, Kind kind) throws WebApp.Refusal {
        Context c = context(app, call);
        List<Field> fields = fields(c, kind, true);
        Map<String, List<String>> typed = RecordForm.posted(call, fields);
        String id = RecordForm.one(typed, kind.idField).strip();
        try {
            send(call, c, kind, id, typed, null, true);
            return Response.seeOther(c.base() + "/" + kind.path + "/" + encode(id) + "?saved=1");
        } catch (CycleException e) {
            if (e.kind() == CycleException.Kind.CONFLICT) {
                return conflict(call, c, kind, id, fields, typed);
            }
            if (e.kind() == CycleException.Kind.REFUSED) {
                throw refused(call, e);
            }
            return list(call, kind, typed, RecordForm.problems(call, e, fields, ""), 400);
        }
    }

    private Response correct(Call call, Kind kind) throws WebApp.Refusal {
        Context c = context(app, call);
        String id = call.part(kind.part);
        List<Field> fields = fields(c, kind, false);
        Map<String, List<String>> typed = RecordForm.posted(call, fields);
        Optional<?> record = record(c.year(), kind, id);
        String readAt = call.field("readAt").orElse("");
        if (record.isEmpty() && (readAt.isBlank() || readAt.equals(PartVersion.NONE))) {
            throw new WebApp.Refusal(404, call.ui().t("records." + kind.part + ".unknown"),
                    call.ui().t("records." + kind.part + ".unknown.text", id, c.name(), c.year().year()));
        }
        try {
            Object saved = send(call, c, kind, id, typed, record.isEmpty() ? null : correctable(c.year(), record.get()), false);
            boolean changed = ((mou.core.cycle.Saved<?>) saved).changed();
            return Response.seeOther(c.base() + "/" + kind.path + "/" + encode(id) + "?saved=" + (changed ? "1" : "0"));
        } catch (CycleException e) {
            if (e.kind() == CycleException.Kind.CONFLICT) {
                return conflict(call, c, kind, id, fields, typed);
            }
            if (e.kind() == CycleException.Kind.REFUSED) {
                throw refused(call, e);
            }
            if (record.isEmpty()) {
                throw new WebApp.Refusal(404, call.ui().t("records." + kind.part + ".unknown"),
                        call.ui().t("records." + kind.part + ".unknown.text", id, c.name(), c.year().year()));
            }
            return one(call, kind, typed, RecordForm.problems(call, e, fields, ""), 400);
        }
    }

    private Response remove(Call call, Kind kind) throws WebApp.Refusal {
        Context c = context(app, call);
        String id = call.part(kind.part);
        Remove request = new Remove(acting(app, call), c.plan().groupId(), c.year().year(), id);
        try {
            if (kind == Kind.EVENT) {
                app.cycle.removeEvent(request);
            } else {
                app.cycle.removeFigure(request);
            }
            return Response.seeOther(c.base() + "/" + kind.path + "?saved=1");
        } catch (CycleException e) {
            if (e.kind() == CycleException.Kind.CONFLICT) {
                return conflict(call, c, kind, id, fields(c, kind, false), null);
            }
            if (record(c.year(), kind, id).isEmpty()) {
                throw new WebApp.Refusal(404, call.ui().t("records." + kind.part + ".unknown"),
                        call.ui().t("records." + kind.part + ".unknown.text", id, c.name(), c.year().year()));
            }
            throw refused(call, e);
        }
    }

    /**
     * The conflict page: what is saved now (theirs) beside what the person sent (yours), and the
     * form again with theirs read, so that yours is applied again only when the person says so.
     *
     * @param yours what was typed, or null for a removal
     */
    private Response conflict(Call call, Context stale, Kind kind, String id, List<Field> fields, Map<String, List<String>> yours)
            throws WebApp.Refusal {
        Context c = context(app, call); // as it is now
        Ui ui = call.ui();
        Optional<?> now = record(c.year(), kind, id);
        Map<String, List<String>> theirs = now.map(r -> values(c.year(), r)).orElse(null);
        Map<String, List<String>> correctable = now.map(r -> correctable(c.year(), r)).orElse(null);
        String readAt = PartVersion.of(now.orElse(null));
        // what the person left as their form showed it is not theirs: it is shown, and offered again, as saved now
        Map<String, List<String>> shownToThem = RecordForm.shown(call, fields);
        ConflictPage page = new ConflictPage(call, null, null, id)
                .savedBy(ConflictPage.lastChange(app, call, c.plan().groupId(), id, c.year().year()))
                .fields(fields, theirs, RecordForm.yoursOverTheirs(yours, shownToThem, theirs));
        String action = c.base() + "/" + kind.path + "/" + encode(id);
        if (yours == null) {
            if (now.isPresent()) {
                page.then(html -> {
                    html.start("form", "method", "post", "action", action + "/remove", "class", "edit");
                    html.start("input", "type", "hidden", "name", "csrf", "value", call.csrf());
                    html.start("input", "type", "hidden", "name", "readAt", "value", readAt);
                    html.element("button", ui.t("records.conflict.removeAgain"), "type", "submit").end("form");
                });
            }
        } else if (c.editable()) {
            Map<String, List<String>> shown = new LinkedHashMap<>(RecordForm.yoursOverTheirs(yours, shownToThem, correctable));
            page.again(html -> RecordForm.write(html, call, now.isPresent() ? action : c.base() + "/" + kind.path, ui.t("conflict.again"),
                    now.isPresent() ? fields : fields(c, kind, true), withId(shown, kind, id), correctable, Map.of(), readAt,
                    ui.t("records.conflict.apply")));
        }
        return page.keepTheirs(now.isPresent() ? action : c.base() + "/" + kind.path).response(app, "");
    }

    /**
     * Starts a list's table that stacks on a phone (class {@code stack}: each row a block of
     * "heading value" lines, web.css) and writes its caption and column headings; the headings'
     * words, for the cells' own labels ({@link #cell}).
     */
    private static List<String> head(HtmlWriter html, String caption, Ui ui, String... keys) {
        List<String> words = java.util.Arrays.stream(keys).map(ui::t).toList();
        html.start("table", "class", "grid stack").element("caption", caption);
        html.start("thead").start("tr");
        words.forEach(w -> html.element("th", w, "scope", "col"));
        html.end("tr").end("thead").start("tbody");
        return words;
    }

    /** Opens a cell of a stacking table with its column's heading, shown only on a phone where the columns become lines. */
    private static HtmlWriter cell(HtmlWriter html, String heading, String type) {
        (type == null ? html.start("td") : html.start("td", "class", type)).element("span", heading, "class", "cell-label");
        return html;
    }

    private static Map<String, List<String>> withId(Map<String, List<String>> values, Kind kind, String id) {
        values.put(kind.idField, List.of(id));
        return values;
    }

    // quarterly updates -------------------------------------------------------------------------

    private Response updates(Call call) throws WebApp.Refusal {
        Context c = context(app, call);
        Ui ui = call.ui();
        String title = ui.t("records.updates.title", c.name(), c.year().year());
        HtmlWriter html = new HtmlWriter().element("h1", title);
        nav(html, c, c.base() + "/updates");
        html.start("ul", "class", "years");
        for (int q = 1; q <= 4; q++) {
            Optional<QuarterlyUpdate> u = c.year().update(q);
            html.start("li").link(c.base() + "/updates/Q" + q, QuarterlyUpdate.label(c.year().year(), q)).text(" · ")
                    .text(u.isEmpty() ? ui.t("records.update.none") : ui.t("records.update.summary", u.get().happened().size(),
                            u.get().metrics().size(), u.get().events().size()))
                    .end("li");
        }
        html.end("ul");
        return page(app, call, 200, title, html);
    }

    /** The quarter the address names ({@code Q3}), read by the model's rule for a quarter of the year ({@link Quarter#inYear}). */
    private static int quarter(Call call, int year) throws WebApp.Refusal {
        String q = call.part("quarter");
        try {
            return Quarter.inYear(q, year).quarter();
        } catch (IllegalArgumentException e) {
            throw new WebApp.Refusal(404, call.ui().t("records.update.unknown"), call.ui().t("records.update.unknown.text", q));
        }
    }

    private List<Field> updateFields(Context c, QuarterlyUpdate now) {
        Ui ui = c.call().ui();
        String lang = c.call().language();
        List<Option> figures = new ArrayList<>();
        for (Metric m : c.year().metrics()) {
            if (now == null || !now.metrics().contains(m.id())) {
                figures.add(new Option(m.id(), (m.label() == null ? m.id() : m.label().in(lang)) + " (" + m.id() + ")"));
            }
        }
        List<Option> events = new ArrayList<>();
        for (Event e : c.year().events()) {
            if (now == null || !now.events().contains(e.id())) {
                events.add(new Option(e.id(), (e.date() == null ? "" : e.date().iso() + " · ") + (e.title() == null ? e.id() : e.title().in(lang))));
            }
        }
        // what the update reports now, to take off it (the figures and events stay in the year)
        List<Option> reportedFigures = new ArrayList<>();
        List<Option> reportedEvents = new ArrayList<>();
        if (now != null) {
            for (String id : now.metrics()) {
                Optional<Metric> m = c.year().metric(id);
                reportedFigures.add(new Option(id, m.map(x -> x.label() == null ? id : x.label().in(lang)).orElse(id) + " (" + id + ")"));
            }
            for (String id : now.events()) {
                Optional<Event> e = c.year().event(id);
                reportedEvents.add(new Option(id, e.map(x -> (x.date() == null ? "" : x.date().iso() + " · ") + (x.title() == null ? id
                        : x.title().in(lang))).orElse(id)));
            }
        }
        List<Field> fields = new ArrayList<>(List.of(Field.area("happened", FieldNames.label(ui, "happened"), ui.t("records.update.happened.hint")),
                Field.area("happenedEs", FieldNames.label(ui, "happenedEs"), staleFirst(ShownSpanish.staleNote(ui, now == null ? List.of()
                        : now.happened()), ui.t("records.update.happenedEs.hint"))),
                new Field("figures", FieldNames.label(ui, "figures"), Input.CHECKBOXES, figures, ui.t("records.update.add.hint"), false),
                new Field("events", FieldNames.label(ui, "events"), Input.CHECKBOXES, events, ui.t("records.update.add.hint"), false)));
        if (!reportedFigures.isEmpty()) {
            fields.add(new Field("dropFigures", FieldNames.label(ui, "dropFigures"), Input.CHECKBOXES, reportedFigures,
                    ui.t("records.update.drop.hint"), false));
        }
        if (!reportedEvents.isEmpty()) {
            fields.add(new Field("dropEvents", FieldNames.label(ui, "dropEvents"), Input.CHECKBOXES, reportedEvents,
                    ui.t("records.update.drop.hint"), false));
        }
        if (now != null && ShownSpanish.staleNote(ui, now.happened()) != null) {
            // right after the Spanish field: the box that says its Spanish still fits the changed English
            fields.add(2, new Field(ShownSpanish.fitsName("happenedEs"), ui.t("form.spanishFits.legend"), Input.CHECKBOXES,
                    List.of(new Option("yes", ui.t("form.spanishFits"))), null, false));
        }
        return List.copyOf(fields);
    }

    private static String paragraphs(QuarterlyUpdate u) {
        return u == null ? "" : String.join("\n\n", u.happened().stream().map(Text::en).toList());
    }

    /** The Spanish of the update's paragraphs, one after another (an empty line for one not translated). */
    private static String paragraphsEs(QuarterlyUpdate u) {
        return u == null || u.happened().stream().allMatch(t -> t.es() == null) ? ""
                : String.join("\n\n", u.happened().stream().map(t -> t.es() == null ? "" : t.es()).toList());
    }

    /** An update's paragraphs as its form shows them, English and Spanish. */
    private static Map<String, List<String>> updateTexts(QuarterlyUpdate u) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        texts.put("happened", List.of(paragraphs(u)));
        texts.put("happenedEs", List.of(paragraphsEs(u)));
        return texts;
    }

    private Response update(Call call, Map<String, List<String>> typed, Map<String, List<String>> problems, int status) throws WebApp.Refusal {
        Context c = context(app, call);
        Ui ui = call.ui();
        String lang = call.language();
        int q = quarter(call, c.year().year());
        QuarterlyUpdate now = c.year().update(q).orElse(null);
        String title = ui.t("records.update.title", c.name(), "Q" + q, c.year().year());
        HtmlWriter html = new HtmlWriter().element("h1", title);
        nav(html, c, "");
        RecordForm.summary(html, call, problems);
        saved(html, call);
        if (now == null) {
            html.element("p", ui.t("records.update.none"));
        } else {
            html.element("h2", ui.t("records.update.happened"));
            now.happened().forEach(p -> html.element("p", p.in(lang)));
            html.element("h2", ui.t("records.update.figures"));
            html.start("ul");
            for (String id : now.metrics()) {
                Optional<Metric> m = c.year().metric(id);
                html.start("li").link(c.base() + "/figures/" + encode(id), m.map(x -> x.label().in(lang)).orElse(id)).end("li");
            }
            html.end("ul").element("h2", ui.t("records.update.events"));
            html.start("ul");
            for (String id : now.events()) {
                Optional<Event> e = c.year().event(id);
                html.start("li").link(c.base() + "/events/" + encode(id), e.map(x -> x.title().in(lang)).orElse(id)).end("li");
            }
            html.end("ul");
        }
        if (c.editable()) {
            Map<String, List<String>> values = typed != null ? typed : updateTexts(now);
            html.start("section").element("h2", ui.t("records.update.write"));
            // what the form showed first, carried through a page sent back with problems (a browser sends the hidden fields again)
            Map<String, List<String>> shown = typed != null && call.field(RecordForm.SHOWN + "happened").isPresent()
                    ? RecordForm.shown(call, updateFields(c, now)) : updateTexts(now);
            RecordForm.write(html, call, c.base() + "/updates/Q" + q, ui.t("records.update.write"), updateFields(c, now), values, shown, problems,
                    PartVersion.of(now), ui.t("records.save"));
            html.end("section");
        }
        return page(app, call, status, title, html);
    }

    private Response saveUpdate(Call call) throws WebApp.Refusal {
        Context c = context(app, call);
        int q = quarter(call, c.year().year());
        QuarterlyUpdate now = c.year().update(q).orElse(null);
        List<Field> fields = updateFields(c, now);
        Map<String, List<String>> typed = RecordForm.posted(call, fields);
        List<Text> happened = new ArrayList<>();
        List<String> spanish = new ArrayList<>();
        for (String p : RecordForm.one(typed, "happenedEs").split("\\R\\s*\\R")) {
            if (!p.isBlank()) {
                spanish.add(p.strip());
            }
        }
        List<Text> shown = now == null ? List.of() : now.happened();
        boolean fits = !typed.getOrDefault(ShownSpanish.fitsName("happenedEs"), List.of()).isEmpty();
        for (String p : RecordForm.one(typed, "happened").split("\\R\\s*\\R")) {
            if (!p.isBlank()) {
                int i = happened.size();
                happened.add(Text.of(p.strip(), i < spanish.size() ? ShownSpanish.given(spanish.get(i), shown, i, fits) : null));
            }
        }
        try {
            mou.core.cycle.Saved<QuarterlyUpdate> saved = app.cycle.update(new RecordUpdate(acting(app, call), c.plan().groupId(),
                    QuarterlyUpdate.label(c.year().year(), q), happened, false, typed.getOrDefault("figures", List.of()),
                    typed.getOrDefault("events", List.of()), typed.getOrDefault("dropFigures", List.of()), typed.getOrDefault("dropEvents", List.of()),
                    ShownSpanish.emptied(Optional.ofNullable(typed.containsKey("happenedEs") ? RecordForm.one(typed, "happenedEs") : null), shown)));
            return Response.seeOther(c.base() + "/updates/Q" + q + "?saved=" + (saved.changed() ? "1" : "0"));
        } catch (CycleException e) {
            if (e.kind() == CycleException.Kind.REFUSED) {
                throw refused(call, e);
            }
            if (e.kind() == CycleException.Kind.CONFLICT) {
                Ui ui = call.ui();
                Context fresh = context(app, call);
                QuarterlyUpdate theirs = fresh.year().update(q).orElse(null);
                Map<String, List<String>> texts = updateTexts(theirs);
                Map<String, List<String>> their = new LinkedHashMap<>(texts);
                their.put("figures", theirs == null ? List.of() : theirs.metrics());
                their.put("events", theirs == null ? List.of() : theirs.events());
                // the paragraphs (English, Spanish) the person left as their form showed them are not theirs: shown, and offered
                // again, as saved now, so that applying theirs again never puts back what a colleague changed meanwhile; the figures
                // and events to add or take off are changes of their own, applied to the update as it is now
                Map<String, List<String>> yours = RecordForm.yoursOverTheirs(typed, RecordForm.shown(call, fields), their);
                return new ConflictPage(call, null, null, QuarterlyUpdate.label(c.year().year(), q))
                        .savedBy(ConflictPage.lastChange(app, call, c.plan().groupId(), "Q" + q, c.year().year())).fields(fields, their, yours)
                        .again(html -> RecordForm.write(html, call, fresh.base() + "/updates/Q" + q, ui.t("conflict.again"),
                                updateFields(fresh, theirs), yours, texts, Map.of(), PartVersion.of(theirs), ui.t("records.conflict.apply")))
                        .keepTheirs(fresh.base() + "/updates/Q" + q).response(app, "");
            }
            return update(call, typed, RecordForm.problems(call, e, fields, ""), 400);
        }
    }
}
