package mou.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mou.core.cycle.CycleException;
import mou.core.cycle.Problem;
import mou.web.api.HtmlWriter;

/**
 * A form of the records pages (events, figures, quarterly updates, deliverables): its fields, the
 * values typed into them, each {@link CycleException} problem beside the field it names (with
 * {@code aria-invalid} and {@code aria-describedby}) and a summary of them first, the CSRF token
 * and the version of the part it was read at ({@code readAt}). Also the conflict page's table of
 * their value and yours.
 */
final class RecordForm {

    /** How a field is typed. */
    enum Input { TEXT, TEXTAREA, SELECT, CHECKBOXES }

    /** A choice of a select or of checkboxes. */
    record Option(String value, String label) {
    }

    /**
     * One field of a form.
     *
     * @param name the form field's name
     * @param label what the person reads
     * @param input how it is typed
     * @param options the choices of a select or checkboxes
     * @param hint how to write it, or null
     * @param required whether the form needs it
     */
    record Field(String name, String label, Input input, List<Option> options, String hint, boolean required) {
        static Field text(String name, String label, String hint, boolean required) {
            return new Field(name, label, Input.TEXT, List.of(), hint, required);
        }

        static Field area(String name, String label, String hint) {
            return new Field(name, label, Input.TEXTAREA, List.of(), hint, false);
        }

        static Field select(String name, String label, List<Option> options, boolean required) {
            return new Field(name, label, Input.SELECT, options, null, required);
        }
    }

    /**
     * The language of the text a field holds, for its {@code lang} attribute: {@code es} for the Spanish fields, {@code en} for the
     * English ones beside them, null for the others (ids, dates, numbers, choices), which take the page's. A screen reader reads each
     * text in its own language, whichever the page's is.
     */
    static String language(String name) {
        return switch (name) {
            case "titleEs", "placeEs", "descriptionEs", "labelEs", "noteEs", "happenedEs", "unitEs" -> "es";
            case "title", "place", "description", "label", "note", "happened", "unit" -> "en";
            default -> name.startsWith(DeliverablePage.PREFIX) && name.endsWith(DeliverablePage.SPANISH) ? "es" : null;
        };
    }

    /** The {@code lang} attribute of a field's text as name and value, or none. */
    static String[] lang(String name) {
        String language = language(name);
        return language == null ? new String[0] : new String[] {"lang", language};
    }

    /** The field a problem's field is shown beside: {@code figures[2]} beside {@code figures}; {@code prefix} before a deliverable's attributes. */
    static String base(String field) {
        if (field == null) {
            return "";
        }
        int bracket = field.indexOf('[');
        return bracket > 0 ? field.substring(0, bracket) : field;
    }

    /**
     * The problems of a refusal by the form's field they are shown beside; those about no field of
     * the form under "". Each message names fields by their labels.
     */
    static Map<String, List<String>> problems(Call call, CycleException e, List<Field> fields, String prefix) {
        Map<String, String> labels = new LinkedHashMap<>();
        fields.forEach(f -> labels.put(f.name(), f.label()));
        Map<String, List<String>> by = new LinkedHashMap<>();
        for (Problem p : e.problems()) {
            String name = prefix + base(p.field());
            String key = labels.containsKey(name) ? name : "";
            String text = p.text(call.language(), n -> labels.getOrDefault(prefix + base(n), n), call.ui()::problemWords);
            by.computeIfAbsent(key, k -> new ArrayList<>()).add(text);
        }
        return by;
    }

    private RecordForm() {
    }

    /** The summary of the problems, first on the page, each linked to its field. */
    static void summary(HtmlWriter html, Call call, Map<String, List<String>> problems) {
        if (problems.isEmpty()) {
            return;
        }
        html.start("div", "class", "problem", "role", "alert", "id", "problems");
        html.element("h2", call.ui().t("records.problems"));
        html.start("ul");
        problems.forEach((field, messages) -> messages.forEach(m -> {
            html.start("li");
            if (field.isEmpty()) {
                html.text(m);
            } else {
                html.link("#f-" + field, m);
            }
            html.end("li");
        }));
        html.end("ul").end("div");
    }

    /**
     * Writes the form.
     *
     * @param values the values to show, by field name (what was typed, or what the part says)
     * @param problems the problems by field name
     * @param readAt the version of the part the values were read at
     */
    static void write(HtmlWriter html, Call call, String action, String legend, List<Field> fields, Map<String, List<String>> values,
            Map<String, List<String>> problems, String readAt, String submit) {
        write(html, call, action, legend, fields, values, null, problems, readAt, submit);
    }

    /**
     * The prefix of the hidden fields that a correction's form carries with each value as the part said it at
     * {@code readAt}: on a conflict, what the person left as it was shown is not theirs to apply again ({@link #yoursOverTheirs}).
     */
    static final String SHOWN = "shown.";

    /**
     * Writes a correction's form.
     *
     * @param shown each field's value as the part says it at {@code readAt} (carried in hidden {@link #SHOWN} fields), or null
     */
    static void write(HtmlWriter html, Call call, String action, String legend, List<Field> fields, Map<String, List<String>> values,
            Map<String, List<String>> shown, Map<String, List<String>> problems, String readAt, String submit) {
        html.start("form", "method", "post", "action", action, "class", "edit");
        html.start("input", "type", "hidden", "name", "csrf", "value", call.csrf());
        html.start("input", "type", "hidden", "name", "readAt", "value", readAt);
        if (shown != null) {
            for (Field f : fields) {
                if (f.input() != Input.CHECKBOXES) {
                    html.start("input", "type", "hidden", "name", SHOWN + f.name(), "value", one(shown, f.name()));
                }
            }
        }
        html.start("fieldset").element("legend", legend);
        for (Field f : fields) {
            List<String> given = values.getOrDefault(f.name(), List.of());
            String value = given.isEmpty() ? "" : given.get(0);
            List<String> mine = problems.getOrDefault(f.name(), List.of());
            List<String> described = new ArrayList<>();
            if (f.hint() != null) {
                described.add("h-" + f.name());
            }
            if (!mine.isEmpty()) {
                described.add("p-" + f.name());
            }
            List<String> attributes = new ArrayList<>(List.of("id", "f-" + f.name(), "name", f.name()));
            if (!described.isEmpty()) {
                attributes.addAll(List.of("aria-describedby", String.join(" ", described)));
            }
            if (!mine.isEmpty()) {
                attributes.addAll(List.of("aria-invalid", "true"));
            }
            if (f.required()) {
                attributes.addAll(List.of("required", "required"));
            }
            if (f.input() == Input.TEXT || f.input() == Input.TEXTAREA) {
                attributes.addAll(List.of(lang(f.name())));
            }
            html.start("div", "class", "field");
            if (f.input() == Input.CHECKBOXES) {
                html.start("fieldset", "id", "f-" + f.name()).element("legend", f.label());
                if (f.hint() != null) {
                    html.element("p", f.hint(), "class", "muted", "id", "h-" + f.name());
                }
                int i = 0;
                for (Option o : f.options()) {
                    String id = "f-" + f.name() + "-" + i++;
                    List<String> box = new ArrayList<>(List.of("type", "checkbox", "id", id, "name", f.name(), "value", o.value()));
                    if (given.contains(o.value())) {
                        box.addAll(List.of("checked", "checked"));
                    }
                    html.start("div").start("input", box.toArray(String[]::new)).text(" ").element("label", o.label(), "for", id).end("div");
                }
                if (f.options().isEmpty()) {
                    html.element("p", call.ui().t("records.noChoices"), "class", "muted");
                }
                problemsOf(html, f, mine);
                html.end("fieldset").end("div");
                continue;
            }
            html.start("label", "for", "f-" + f.name()).text(f.label());
            if (f.required()) {
                html.text(" ").element("span", call.ui().t("records.required"), "class", "muted");
            }
            html.end("label");
            if (f.hint() != null) {
                html.element("p", f.hint(), "class", "muted", "id", "h-" + f.name());
            }
            switch (f.input()) {
                case TEXT -> {
                    attributes.addAll(List.of("type", "text", "value", value));
                    html.start("input", attributes.toArray(String[]::new));
                }
                case TEXTAREA -> {
                    attributes.addAll(List.of("rows", "4"));
                    html.element("textarea", value, attributes.toArray(String[]::new));
                }
                default -> {
                    html.start("select", attributes.toArray(String[]::new));
                    boolean known = false;
                    for (Option o : f.options()) {
                        boolean selected = o.value().equals(value);
                        known |= selected;
                        html.element("option", o.label(), selected ? new String[] {"value", o.value(), "selected", "selected"}
                                : new String[] {"value", o.value()});
                    }
                    if (!known && !value.isEmpty()) {
                        // a value the choices do not have (typed elsewhere): kept, so nothing is lost unseen
                        html.element("option", value, "value", value, "selected", "selected");
                    }
                    html.end("select");
                }
            }
            problemsOf(html, f, mine);
            html.end("div");
        }
        html.end("fieldset");
        html.element("button", submit, "type", "submit");
        html.end("form");
    }

    private static void problemsOf(HtmlWriter html, Field f, List<String> mine) {
        if (!mine.isEmpty()) {
            html.start("div", "id", "p-" + f.name());
            mine.forEach(m -> html.element("p", m, "class", "field-problem"));
            html.end("div");
        }
    }

    /** The values a form posted, for its fields (each given once, or a list for checkboxes). */
    static Map<String, List<String>> posted(Call call, List<Field> fields) throws WebApp.Refusal {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Field f : fields) {
            if (f.input() == Input.CHECKBOXES) {
                values.put(f.name(), call.fields(f.name()));
            } else {
                call.field(f.name()).ifPresent(v -> values.put(f.name(), List.of(v)));
            }
        }
        return values;
    }

    /** What a correction's form showed, by field name (its hidden {@link #SHOWN} fields); a field it did not carry is left out. */
    static Map<String, List<String>> shown(Call call, List<Field> fields) throws WebApp.Refusal {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Field f : fields) {
            if (f.input() != Input.CHECKBOXES) {
                call.field(SHOWN + f.name()).ifPresent(v -> values.put(f.name(), List.of(v)));
            }
        }
        return values;
    }

    /**
     * Yours on a conflict page: each field the person changed from what their form showed, as they typed it; each
     * field they left as it was shown, as it is saved now ({@code theirs}). Otherwise the page named as theirs a
     * value they never typed (the one they had read), and applying theirs again undid the other person's change
     * to that field. Without what was shown (or without theirs: the record is gone) every field is as typed.
     */
    static Map<String, List<String>> yoursOverTheirs(Map<String, List<String>> typed, Map<String, List<String>> shown,
            Map<String, List<String>> theirs) {
        if (typed == null || theirs == null) {
            return typed;
        }
        Map<String, List<String>> yours = new LinkedHashMap<>(typed);
        for (String name : typed.keySet()) {
            if (shown.containsKey(name) && same(one(typed, name), one(shown, name))) {
                yours.put(name, theirs.getOrDefault(name, List.of()));
            }
        }
        return yours;
    }

    /**
     * Whether what was typed is what the form showed: the same with line breaks as one (a browser sends a text area's and a
     * hidden field's as CR LF) and without outer spaces; none is empty.
     */
    static boolean same(String typed, String shown) {
        return lines(typed).equals(lines(shown));
    }

    private static String lines(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** One value, or empty when the form did not give it. */
    static String one(Map<String, List<String>> values, String name) {
        List<String> v = values.getOrDefault(name, List.of());
        return v.isEmpty() ? "" : v.get(0);
    }

    /**
     * The value to send for a correction: null (keep) when it is as the part says or was not sent, else as typed.
     */
    static String changed(Map<String, List<String>> typed, Map<String, List<String>> now, String name) {
        if (!typed.containsKey(name)) {
            return null; // a field the form did not send is kept
        }
        String mine = one(typed, name);
        return Objects.equals(mine.strip(), one(now, name).strip()) ? null : mine;
    }
}
