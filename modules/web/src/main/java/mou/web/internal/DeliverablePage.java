package mou.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mou.core.cycle.CycleException;
import mou.core.cycle.EditDeliverable;
import mou.core.cycle.PartVersion;
import mou.core.cycle.Saved;
import mou.core.model.Activity;
import mou.core.model.Deliverable;
import mou.core.model.Text;
import mou.core.spi.AttributeSpec;
import mou.core.spi.DeliverableType;
import mou.web.api.HtmlWriter;
import mou.web.internal.RecordForm.Field;
import mou.web.internal.RecordForm.Input;
import mou.web.internal.RecordForm.Option;

/**
 * A deliverable of a group's plan, seen from one of its years: its attributes as its type shows
 * them and, for the group's members and the program office while that year is editable, a form
 * built from the type's {@link AttributeSpec}s. The type's own {@code validate} decides (through
 * {@link mou.core.cycle.CycleService#editDeliverable}); each of its messages is shown beside the
 * attribute it names. Attributes the type does not know are listed and kept.
 */
final class DeliverablePage {

    /** The form fields of the attributes are named with this prefix, apart from csrf and readAt. */
    static final String PREFIX = "attr-";

    private final WebApp app;

    DeliverablePage(WebApp app) {
        this.app = app;
    }

    List<Route> routes() {
        String path = "/group/{group}/{year}/deliverable/{deliverable}";
        return List.of(new Route("GET", path, Access.SIGNED_IN, c -> page(c, null, Map.of(), 200)),
                new Route("POST", path, Access.GROUP_EDITOR, this::save));
    }

    private record Found(RecordPages.Context context, Activity activity, Deliverable deliverable, Optional<DeliverableType> type) {
    }

    private Found find(Call call) throws WebApp.Refusal {
        RecordPages.Context c = RecordPages.context(app, call);
        String id = call.part("deliverable");
        for (Activity a : c.plan().activities()) {
            for (Deliverable d : a.deliverables()) {
                if (id.equals(d.id())) {
                    return new Found(c, a, d, app.extensions.deliverableType(d.type()));
                }
            }
        }
        throw new WebApp.Refusal(404, call.ui().t("records.deliverable.unknown"), call.ui().t("records.deliverable.unknown.text", id,
                c.plan().name().in(call.language())));
    }

    /** The suffix of the field of a text attribute's Spanish ({@code attr-purposeEs}), as the cycle names it ({@code purposeEs}). */
    static final String SPANISH = "Es";

    /**
     * The form's fields: one per attribute, and after a text attribute's (one that is not a name kept as it is) its Spanish,
     * with the note and the box of a Spanish older than its English, as every Spanish field has.
     */
    private static List<Field> fields(Call call, DeliverableType type, Deliverable d) {
        Ui ui = call.ui();
        List<Field> fields = new ArrayList<>();
        for (AttributeSpec spec : type.attributes()) {
            String name = PREFIX + spec.name();
            String label = spec.label().in(call.language()) + (spec.unit() == null ? "" : " (" + spec.unit() + ")");
            String hint = ui.t("records.attribute." + spec.kind().name());
            Text text = spec.kind() == AttributeSpec.Kind.TEXT ? textOf(d == null ? null : d.attributes().get(spec.name())) : null;
            if (spec.kind() == AttributeSpec.Kind.TEXT && (text == null || !text.isAsIs())) {
                fields.add(new Field(name, ui.t("records.attribute.english", label), Input.TEXT, List.of(), hint, spec.required()));
                String stale = ShownSpanish.staleNote(ui, text);
                String spanish = name + SPANISH;
                fields.add(new Field(spanish, ui.t("records.attribute.spanish", label), Input.TEXT, List.of(), stale, false));
                if (stale != null) {
                    fields.add(new Field(ShownSpanish.fitsName(spanish), ui.t("form.spanishFits.legend") + ": " + ui.t("records.attribute.spanish",
                            label), Input.CHECKBOXES, List.of(new Option("yes", ui.t("form.spanishFits"))), null, false));
                }
                continue;
            }
            if (spec.kind() == AttributeSpec.Kind.TEXT_LIST) {
                // each item's Spanish, one line per item, with the note and the box of a Spanish older than its English
                List<Text> items = itemsOf(d == null ? null : d.attributes().get(spec.name()));
                fields.add(new Field(name, ui.t("records.attribute.english", label), Input.TEXTAREA, List.of(), hint, false));
                String stale = items.stream().anyMatch(Text::spanishStale) ? ui.t("records.attribute.TEXT_LIST.stale") : null;
                String spanish = name + SPANISH;
                fields.add(new Field(spanish, ui.t("records.attribute.spanish", label), Input.TEXTAREA, List.of(),
                        stale != null ? stale : ui.t("records.attribute.TEXT_LIST.spanish"), false));
                if (stale != null) {
                    fields.add(new Field(ShownSpanish.fitsName(spanish), ui.t("form.spanishFits.legend") + ": " + ui.t("records.attribute.spanish",
                            label), Input.CHECKBOXES, List.of(new Option("yes", ui.t("form.spanishFits"))), null, false));
                }
                continue;
            }
            switch (spec.kind()) {
                case CHOICE -> {
                    List<Option> options = new ArrayList<>(List.of(new Option("", ui.t("records.none"))));
                    spec.allowed().forEach(v -> options.add(new Option(v, spec.choiceWords(v, call.language()))));
                    fields.add(new Field(name, label, Input.SELECT, options, null, spec.required()));
                }
                case BOOLEAN -> fields.add(new Field(name, label, Input.SELECT, List.of(new Option("", ui.t("records.none")),
                        new Option("true", ui.t("records.yes")), new Option("false", ui.t("records.no"))), null, spec.required()));
                case TEXT_LIST, COUNTS -> fields.add(new Field(name, label, Input.TEXTAREA, List.of(), hint, false));
                default -> fields.add(new Field(name, label, Input.TEXT, List.of(), hint, spec.required()));
            }
        }
        return fields;
    }

    private static Map<String, List<String>> values(DeliverableType type, Deliverable d) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (AttributeSpec spec : type.attributes()) {
            Object value = d.attributes().get(spec.name());
            values.put(PREFIX + spec.name(), List.of(EditDeliverable.typed(spec.kind(), value)));
            if (spec.kind() == AttributeSpec.Kind.TEXT) {
                Text text = textOf(value);
                values.put(PREFIX + spec.name() + SPANISH, text == null || text.es() == null ? List.of() : List.of(text.es()));
            } else if (spec.kind() == AttributeSpec.Kind.TEXT_LIST) {
                values.put(PREFIX + spec.name() + SPANISH, spanishLines(itemsOf(value)));
            }
        }
        return values;
    }

    /** A list's Spanish as lines, each stripped, without the empty lines at its end: what the cycle reads of it. */
    private static List<String> lines(String typed) {
        List<String> lines = new ArrayList<>(typed.lines().map(String::strip).toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** A list of texts' items as texts (a plain string is its English alone); none for no list. */
    static List<Text> itemsOf(Object value) {
        List<Text> items = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                Text text = textOf(item);
                if (text != null) {
                    items.add(text);
                }
            }
        }
        return items;
    }

    /** A list's Spanish as its field shows it: one line per item, an empty line for an item without Spanish; none when no item has any. */
    private static List<String> spanishLines(List<Text> items) {
        if (items.stream().allMatch(t -> t.es() == null)) {
            return List.of();
        }
        return List.of(String.join("\n", items.stream().map(t -> t.es() == null ? "" : t.es()).toList()));
    }

    /**
     * A text attribute's value as a text: a plain string is its English alone, an object its {@code en}, {@code es}, {@code asIs}
     * and {@code esOf} (whether its Spanish is older than its English); null for none.
     */
    static Text textOf(Object value) {
        if (value instanceof String s) {
            return Text.of(s);
        }
        if (value instanceof Map<?, ?> m && m.get("en") instanceof String en) {
            return new Text(en, m.get("es") instanceof String es ? es : null, m.get("asIs") instanceof String asIs ? asIs : null,
                    m.get("esOf") instanceof String esOf ? esOf : null);
        }
        return null;
    }

    private Response page(Call call, Map<String, List<String>> typed, Map<String, List<String>> problems, int status) throws WebApp.Refusal {
        RecordPages.Context context = RecordPages.context(app, call);
        Optional<PublishedPlan> asPublished = context.year().published()
                ? PublishedPlan.read(app.data, context.year().year(), context.plan().groupId(), call.language())
                : Optional.empty();
        if (asPublished.isPresent()) {
            return published(call, context, asPublished.get());
        }
        Found f = find(call);
        RecordPages.Context c = f.context();
        Ui ui = call.ui();
        String lang = call.language();
        Deliverable d = f.deliverable();
        String title = d.title() == null ? d.id() : d.title().in(lang);
        HtmlWriter html = new HtmlWriter().element("h1", title);
        RecordPages.nav(html, c, "");
        RecordForm.summary(html, call, problems);
        RecordPages.saved(html, call);
        html.start("dl");
        html.element("dt", ui.t("records.id")).element("dd", d.id());
        html.element("dt", ui.t("records.activity")).element("dd", f.activity().id() + " · " + f.activity().description().in(lang));
        html.element("dt", ui.t("records.deliverable.type")).element("dd", f.type().map(t -> t.label().in(lang)).orElse(d.type()));
        if (d.note() != null) {
            html.element("dt", ui.t("records.deliverable.note")).element("dd", d.note().in(lang));
        }
        List<String> known = new ArrayList<>();
        if (f.type().isPresent()) {
            for (AttributeSpec spec : f.type().get().attributes()) {
                known.add(spec.name());
                Object value = d.attributes().get(spec.name());
                if (value != null) {
                    String shown;
                    try {
                        shown = spec.check(value).isEmpty() ? spec.display(value, lang) : EditDeliverable.typed(spec.kind(), value);
                    } catch (RuntimeException e) {
                        shown = EditDeliverable.typed(spec.kind(), value);
                    }
                    html.element("dt", spec.label().in(lang)).element("dd", shown);
                }
            }
        }
        html.end("dl");
        if (c.year().published()) {
            // the published report cannot be read: what is shown is the plan as it is now, which may differ from what was published
            html.start("p", "class", "notice", "id", "as-published").text(ui.t("records.deliverable.currentPlan", c.year().year())).text(" ")
                    .link("/report/" + c.year().year() + "?lang=" + lang, ui.t("records.deliverable.publishedReport", c.year().year())).end("p");
        }
        List<String> other = d.attributes().keySet().stream().filter(k -> !known.contains(k)).toList();
        if (!other.isEmpty()) {
            html.element("h2", ui.t(f.type().isPresent() ? "records.deliverable.other" : "records.deliverable.attributes"));
            html.start("dl");
            other.forEach(k -> html.element("dt", k).element("dd", readable(d.attributes().get(k), lang)));
            html.end("dl");
        }
        if (f.type().isEmpty()) {
            html.element("p", ui.t("records.deliverable.notInstalled", d.type()), "class", "notice");
        } else if (c.editable()) {
            html.start("section").element("h2", ui.t("records.deliverable.edit"));
            RecordForm.write(html, call, c.base() + "/deliverable/" + RecordPages.encode(d.id()), ui.t("records.deliverable.edit"),
                    fields(call, f.type().get(), d), typed == null ? values(f.type().get(), d) : typed, values(f.type().get(), d), problems,
                    PartVersion.of(d), ui.t("records.save"));
            html.end("section");
        }
        return RecordPages.page(app, call, status, title, html);
    }

    /**
     * A deliverable of a published year as the year's published report shows it: its activity, type, title, the type's
     * summary of its attributes and its note, as they were published (the plan may have changed since); no form.
     */
    private Response published(Call call, RecordPages.Context c, PublishedPlan plan) throws WebApp.Refusal {
        Ui ui = call.ui();
        String id = call.part("deliverable");
        Map.Entry<PublishedPlan.Row, PublishedPlan.Item> found = plan.deliverable(id).orElseThrow(() -> new WebApp.Refusal(404,
                ui.t("records.deliverable.unknown"), ui.t("records.deliverable.unknown.published", id, c.year().year())));
        PublishedPlan.Row row = found.getKey();
        PublishedPlan.Item d = found.getValue();
        String title = d.title() == null ? id : d.title();
        String lang = plan.language().equals(call.language()) ? null : plan.language();
        HtmlWriter html = lang == null ? new HtmlWriter().element("h1", title) : new HtmlWriter().element("h1", title, "lang", lang);
        RecordPages.nav(html, c, "");
        html.start("p", "class", "notice", "id", "as-published").text(ui.t("records.deliverable.asPublished", c.year().year())).text(" ")
                .link("/report/" + c.year().year() + "?lang=" + call.language(), ui.t("records.deliverable.publishedReport", c.year().year())).end("p");
        if (lang == null) {
            html.start("dl");
        } else {
            html.start("dl", "lang", lang);
        }
        html.element("dt", ui.t("records.id")).element("dd", id);
        html.element("dt", ui.t("records.activity")).element("dd", (row.activityId() == null ? row.reference() : row.activityId()) + " · "
                + row.activity());
        html.element("dt", ui.t("records.deliverable.type")).element("dd", d.typeLabel() != null ? d.typeLabel() : d.typeId() == null ? "—" : d.typeId());
        if (d.summary() != null) {
            html.element("dt", ui.t("records.deliverable.summary")).element("dd", d.summary());
        }
        if (d.note() != null) {
            html.element("dt", ui.t("records.deliverable.note")).element("dd", d.note());
        }
        html.end("dl");
        return RecordPages.page(app, call, 200, title, html);
    }

    private Response save(Call call) throws WebApp.Refusal {
        Found f = find(call);
        RecordPages.Context c = f.context();
        if (f.type().isEmpty()) {
            // a year that cannot be changed says why first: installing the type would not let the change in
            mou.core.model.ReviewState state = c.year().review().state();
            throw new WebApp.Refusal(409, call.ui().t("records.refused"), state == mou.core.model.ReviewState.PUBLISHED ? call.ui().t("records.published")
                    : !state.editable() ? call.ui().t("records.readOnly", call.ui().state(state))
                    : call.ui().t("records.deliverable.notInstalled", f.deliverable().type()));
        }
        List<Field> fields = fields(call, f.type().get(), f.deliverable());
        Map<String, List<String>> typed = RecordForm.posted(call, fields);
        Map<String, List<String>> now = values(f.type().get(), f.deliverable());
        Map<String, String> changed = new LinkedHashMap<>();
        Map<String, String> spanish = new LinkedHashMap<>();
        java.util.Set<String> spanishFields = new java.util.HashSet<>();
        f.type().get().attributes().stream().filter(a -> a.kind() == AttributeSpec.Kind.TEXT).forEach(a -> spanishFields.add(PREFIX + a.name() + SPANISH));
        java.util.Set<String> listFields = new java.util.HashSet<>();
        f.type().get().attributes().stream().filter(a -> a.kind() == AttributeSpec.Kind.TEXT_LIST).forEach(a -> listFields.add(PREFIX + a.name() + SPANISH));
        for (Field field : fields) {
            if (field.input() == Input.CHECKBOXES) {
                continue; // a box beside a stale Spanish, read with its field
            }
            if (listFields.contains(field.name())) {
                // as every Spanish field, the list's as a whole: sent back as shown it is none (each item keeps its Spanish, stale
                // or not), unless its box says it still fits; else its lines are given, emptied too (each item without Spanish)
                String attribute = field.name().substring(PREFIX.length(), field.name().length() - SPANISH.length());
                if (typed.containsKey(field.name())) {
                    String es = RecordForm.one(typed, field.name());
                    List<String> shown = now.getOrDefault(field.name(), List.of());
                    boolean fits = !typed.getOrDefault(ShownSpanish.fitsName(field.name()), List.of()).isEmpty();
                    if (fits || !lines(es).equals(lines(shown.isEmpty() ? "" : shown.get(0)))) {
                        spanish.put(attribute, es);
                    }
                }
                continue;
            }
            if (spanishFields.contains(field.name())) {
                // as every Spanish field: sent back as shown it is none (kept), unless its box says it still fits; emptied, removed
                String attribute = field.name().substring(PREFIX.length(), field.name().length() - SPANISH.length());
                if (typed.containsKey(field.name())) {
                    String es = RecordForm.one(typed, field.name());
                    Text shown = textOf(f.deliverable().attributes().get(attribute));
                    String given = ShownSpanish.given(es, shown, !typed.getOrDefault(ShownSpanish.fitsName(field.name()), List.of()).isEmpty());
                    if (given == null && !es.isBlank() && RecordForm.one(typed, PREFIX + attribute).isBlank()) {
                        given = es; // a Spanish left without its English: given, so that the service says it has nothing to translate
                    }
                    if (given != null || ShownSpanish.emptied(Optional.of(es), shown)) {
                        spanish.put(attribute, given == null ? "" : given);
                    }
                }
                continue;
            }
            if (typed.containsKey(field.name())) {
                String value = RecordForm.changed(typed, now, field.name());
                if (value != null) {
                    changed.put(field.name().substring(PREFIX.length()), value);
                }
            }
        }
        String path = c.base() + "/deliverable/" + RecordPages.encode(f.deliverable().id());
        try {
            Saved<Deliverable> saved = app.cycle.editDeliverable(new EditDeliverable(RecordPages.acting(app, call), c.plan().groupId(),
                    c.year().year(), f.deliverable().id(), changed, spanish));
            return Response.seeOther(path + "?saved=" + (saved.changed() ? "1" : "0"));
        } catch (CycleException e) {
            if (e.kind() == CycleException.Kind.REFUSED) {
                throw RecordPages.refused(call, e);
            }
            if (e.kind() == CycleException.Kind.CONFLICT) {
                Ui ui = call.ui();
                Found fresh = find(call);
                Map<String, List<String>> theirs = values(f.type().get(), fresh.deliverable());
                // what the person left as their form showed it is not theirs: it is shown, and offered again, as saved now
                Map<String, List<String>> yours = RecordForm.yoursOverTheirs(typed, RecordForm.shown(call, fields), theirs);
                ConflictPage page = new ConflictPage(call, null, null, f.deliverable().id())
                        .savedBy(ConflictPage.lastChange(app, call, c.plan().groupId(), f.deliverable().id(), c.year().year()))
                        .fields(fields, theirs, yours);
                if (fresh.context().editable()) {
                    page.again(html -> RecordForm.write(html, call, path, ui.t("conflict.again"), fields, yours, theirs, Map.of(),
                            PartVersion.of(fresh.deliverable()), ui.t("records.conflict.apply")));
                }
                return page.keepTheirs(path).response(app, "");
            }
            return page(call, typed, RecordForm.problems(call, e, fields, PREFIX), 400);
        }
    }

    /**
     * A value of an attribute the type does not know, as a person reads it: a text in the page's language (its English when
     * it has no Spanish), a list's items separated by commas, a group of values as "name: value"; not Java's form of it
     * ({@code {en=..., esOf=...}}).
     */
    static String readable(Object value, String language) {
        if (value instanceof Map<?, ?> map) {
            if (map.get("en") instanceof String) {
                return AttributeSpec.textOf(value, language);
            }
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> parts.add(k + ": " + readable(v, language)));
            return String.join("; ", parts);
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(v -> readable(v, language)).toList());
        }
        return value == null ? "" : String.valueOf(value);
    }
}
