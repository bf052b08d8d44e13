package mou.cycle.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import mou.core.cycle.CycleException;
import mou.core.cycle.CycleException.Kind;
import mou.core.cycle.EditDeliverable;
import mou.core.cycle.Problem;
import mou.core.cycle.Saved;
import mou.core.model.Activity;
import mou.core.model.Deliverable;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.Bounds;
import mou.core.model.InvalidValueException;
import mou.core.model.OverarchingGoal;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.spi.AttributeProblem;
import mou.core.spi.AttributeSpec;
import mou.core.spi.DeliverableType;
import mou.core.spi.Extensions;

/**
 * Editing a deliverable's attributes ({@link EditDeliverable}): the values as typed are read by
 * their {@link AttributeSpec}'s kind, the deliverable type's own {@code validate} decides, and the
 * plan is saved with a history entry under the group's year the edit was made from.
 */
final class Deliverables {

    private final Workbench bench;
    private final Extensions extensions;

    Deliverables(Workbench bench, Extensions extensions) {
        this.bench = bench;
        this.extensions = extensions;
    }

    Saved<Deliverable> edit(EditDeliverable r) throws CycleException {
        String by = Workbench.actor(r.acting());
        Workbench.Loaded loaded = bench.load(r.acting());
        Workspace ws = loaded.workspace();
        WorkingGroupPlan plan = Workbench.plan(ws, r.groupId());
        GroupYear current = Workbench.groupYear(ws, plan.groupId(), r.year());
        Workbench.editable(current);
        String id = r.deliverableId();
        Deliverable before = find(plan, id).orElseThrow(() -> Workbench.usage(Problem.of("deliverableId", "deliverable.unknown", plan.groupId(), id,
                plan.activities().stream().flatMap(a -> a.deliverables().stream())
                        .map(Deliverable::id).filter(x -> x != null).collect(Collectors.joining(", ")))));
        Problem conflict = Problem.of(null, "conflict.deliverable", id);
        boolean asRead = Workbench.asRead(r.acting(), before);
        Optional<DeliverableType> type = extensions == null ? Optional.empty() : extensions.deliverableType(before.type());
        if (type.isEmpty()) {
            throw new CycleException(Kind.REFUSED, List.of(Problem.of("deliverableId", "deliverable.type.missing", before.type(), id)));
        }
        List<Problem> problems = new ArrayList<>();
        List<AttributeSpec> specs = type.get().attributes();
        List<Problem> misfits = new ArrayList<>();
        Map<String, Object> attributes = new LinkedHashMap<>(before.attributes());
        for (Map.Entry<String, String> given : r.attributes().entrySet()) {
            String name = given.getKey();
            Optional<AttributeSpec> spec = type.get().attributes().stream().filter(s -> s.name().equals(name)).findFirst();
            if (spec.isEmpty()) {
                problems.add(Problem.of(name, "deliverable.attribute.unknown", name, type.get().id(),
                        type.get().attributes().stream().map(AttributeSpec::name).collect(Collectors.joining(", "))));
                continue;
            }
            String text = given.getValue() == null ? "" : given.getValue().strip();
            if (!Workbench.checkText(name, text, problems)) {
                continue;
            }
            if (text.isEmpty()) {
                attributes.remove(name);
                continue;
            }
            if (spec.get().kind() == AttributeSpec.Kind.ORGANIZATIONS) {
                // organizations as people write them (by id, acronym or name; "CAL FIRE" is one), the events' rule
                OrganizationsWritten.Read read = OrganizationsWritten.read(ws, List.of(text));
                attributes.put(name, read.ids());
                read.unknown().keySet().forEach(piece -> problems.add(Problem.of(name, "deliverable.organization.unknown", name, piece)));
                continue;
            }
            try {
                Object value = read(spec.get(), text, before.attributes().get(name));
                attributes.put(name, value);
                // a value read but not fitting (a whole number with decimals, a date that is none) is said with the values
                // that could not be read; when all could, the type's validate says it
                Optional<String> misfit = misfit(spec.get(), value, "en");
                if (misfit.isPresent()) {
                    misfits.add(Problem.said(name, named(misfit.get(), specs), named(misfit(spec.get(), value, "es").orElse(null), specs)));
                    continue;
                }
                organizations(ws, spec.get(), value, problems);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.said(name, named(e.getMessage(), specs), named(mou.core.model.InvalidValueException.spanish(e), specs)));
            }
        }
        // the Spanish of text attributes, by the rule of every text a change gives (Revisions), after their English
        for (Map.Entry<String, String> given : r.spanish().entrySet()) {
            String name = given.getKey();
            String field = name + "Es";
            Optional<AttributeSpec> spec = specs.stream().filter(s -> s.name().equals(name)).findFirst();
            if (spec.isEmpty() || !hasSpanish(spec.get())) {
                problems.add(Problem.of(field, "deliverable.attribute.notText", name, type.get().id(), specs.stream()
                        .filter(Deliverables::hasSpanish).map(AttributeSpec::name).collect(Collectors.joining(", "))));
                continue;
            }
            String es = given.getValue();
            if (spec.get().kind() == AttributeSpec.Kind.TEXT_LIST) {
                if (es != null && Workbench.checkText(field, es, problems)) {
                    translateList(field, name, attributes, es, problems);
                }
                continue;
            }
            if (es == null || !Workbench.checkLine(field, es, problems)) {
                continue;
            }
            Object value = attributes.get(name);
            mou.core.model.Text text = textOf(value);
            CycleServiceImpl.spanishAlone(field, name, text, es, problems);
            if (text != null) {
                attributes.put(name, valueOf(Revisions.translated(text, es), value));
            }
        }
        if (!problems.isEmpty()) {
            problems.addAll(misfits);
        } else {
            List<AttributeProblem> found;
            try {
                found = type.get().validate(attributes);
            } catch (RuntimeException e) {
                // a plugin's fault: said so, and nothing is saved unchecked
                throw new CycleException(Kind.REFUSED, List.of(Problem.of("deliverableId", "deliverable.type.fault", type.get().id(), id)));
            }
            for (AttributeProblem p : found) {
                if (p.severity() != mou.core.spi.Problem.Severity.ERROR) {
                    continue;
                }
                String field = top(p.attribute());
                // the specs' own check, as the form's words where they differ (a quantity's number, not its form in the file)
                Optional<Problem> misfit = misfits.stream().filter(m -> m.field().equals(field)).findFirst();
                Optional<String> checked = specs.stream().filter(s -> s.name().equals(field)).findFirst()
                        .flatMap(s -> attributes.containsKey(field) ? s.check(attributes.get(field)) : Optional.empty());
                if (misfit.isPresent() && checked.isPresent() && checked.get().equals(p.message())) {
                    problems.add(misfit.get());
                } else {
                    problems.add(Problem.said(field, named(p.message(), specs), named(p.messageEs(), specs)));
                }
            }
        }
        if (!problems.isEmpty()) {
            // problems with values the person did not see as they are now are no help: what they read changed
            throw asRead ? new CycleException(Kind.USAGE, problems) : Workbench.conflict(conflict);
        }
        Deliverable after = new Deliverable(before.id(), before.type(), before.title(), before.note(), attributes);
        if (after.equals(before)) {
            // also a form read before: the same values sent again, saved already
            return new Saved<>(plan.groupId(), r.year(), id, before, after, false, List.of());
        }
        if (!asRead) {
            throw Workbench.conflict(conflict);
        }
        Workspace changed = new Workspace(ws.agreement(), ws.organizations(), ws.relatedAgreements(),
                ws.plans().stream().map(p -> p == plan ? replace(p, id, after) : p).toList(), ws.years(), ws.reports());
        List<String> files = bench.save(loaded, changed, List.of(new HistoryEntry(bench.now(), by, "deliverable", plan.groupId(), r.year(), id,
                r.acting().why(), plain(before), plain(after))));
        return new Saved<>(plan.groupId(), r.year(), id, before, after, true, files);
    }

    /** Whether an attribute's value has a Spanish a request may give: a text's, and each text's of a list of texts. */
    private static boolean hasSpanish(AttributeSpec spec) {
        return spec.kind() == AttributeSpec.Kind.TEXT || spec.kind() == AttributeSpec.Kind.TEXT_LIST;
    }

    /**
     * The Spanish of a list of texts, as typed: one line per item of the list (as its English is after this edit), in
     * the same order; each line translates its item's English as it is (by the rule of every text a change gives,
     * {@link Revisions#translated}), an empty line or a missing one leaves its item without Spanish. Each line is a
     * one-line text; a Spanish without items to translate, or with more lines than items, is refused.
     */
    private static void translateList(String field, String name, Map<String, Object> attributes, String es, List<Problem> problems) {
        List<String> lines = new ArrayList<>(List.of(es.split("\\R", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1); // the lines' end, as a text area sends it
        }
        boolean checked = true;
        for (String line : lines) {
            checked &= Workbench.checkLine(field, line, problems);
        }
        if (!checked) {
            return;
        }
        List<?> items = attributes.get(name) instanceof List<?> l ? l : List.of();
        if (items.isEmpty()) {
            CycleServiceImpl.spanishAlone(field, name, null, es, problems);
            return;
        }
        if (lines.size() > items.size()) {
            problems.add(Problem.of(field, "deliverable.list.spanish.lines", field, name, lines.size(), items.size()));
            return;
        }
        List<Object> translated = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            mou.core.model.Text text = textOf(item);
            mou.core.model.Text after = text == null ? null : Revisions.translated(text, i < lines.size() ? lines.get(i) : "");
            translated.add(after == null || after.equals(text) ? item
                    : after.es() == null && after.asIs() == null && item instanceof String ? after.en() : valueOf(after, item));
        }
        attributes.put(name, translated);
    }

    /**
     * The organizations an attribute of organizations (or of counts by organization) names must be the
     * workspace's, as the store checks them when it loads: each one that is not is a problem about the attribute.
     */
    private static void organizations(Workspace ws, AttributeSpec spec, Object value, List<Problem> problems) {
        List<String> ids = new ArrayList<>();
        if (spec.kind() == AttributeSpec.Kind.ORGANIZATIONS && value instanceof List<?> list) {
            list.forEach(v -> ids.add(String.valueOf(v)));
        } else if (spec.kind() == AttributeSpec.Kind.COUNTS && value instanceof Map<?, ?> counts) {
            counts.keySet().forEach(k -> ids.add(String.valueOf(k)));
        }
        for (String id : ids) {
            if (ws.organization(id).isEmpty()) {
                problems.add(Problem.of(spec.name(), "deliverable.organization.unknown", spec.name(), id));
            }
        }
    }

    static Optional<Deliverable> find(WorkingGroupPlan plan, String id) {
        for (Activity a : plan.activities()) {
            for (Deliverable d : a.deliverables()) {
                if (id != null && id.equals(d.id())) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    private static WorkingGroupPlan replace(WorkingGroupPlan plan, String id, Deliverable after) {
        List<OverarchingGoal> goals = new ArrayList<>();
        for (OverarchingGoal g : plan.goals()) {
            List<Activity> activities = new ArrayList<>();
            for (Activity a : g.activities()) {
                activities.add(new Activity(a.id(), a.description(), a.deliverables().stream().map(d -> id.equals(d.id()) ? after : d).toList(),
                        a.note()));
            }
            goals.add(new OverarchingGoal(g.id(), g.number(), g.title(), g.statement(), g.overview(), g.note(), activities));
        }
        return new WorkingGroupPlan(plan.groupId(), plan.name(), plan.members(), plan.partners(), plan.inJointActionPlan(), goals);
    }

    /**
     * What is wrong with a value read from what was typed, in {@code language}: the attribute's check; for a
     * quantity or counts, whose check shows the file's form of the value, the number that is outside its bounds.
     */
    static Optional<String> misfit(AttributeSpec spec, Object value, String language) {
        Optional<String> misfit = spec.check(value, language);
        if (misfit.isEmpty() || spec.bounds() == null) {
            return misfit;
        }
        List<Object> numbers = new ArrayList<>();
        if (spec.kind() == AttributeSpec.Kind.QUANTITY && value instanceof Map<?, ?> q) {
            numbers.add(q.get("value"));
        } else if (spec.kind() == AttributeSpec.Kind.COUNTS && value instanceof Map<?, ?> counts) {
            numbers.addAll(counts.values());
        } else {
            return misfit;
        }
        for (Object n : numbers) {
            if (n instanceof Number number) {
                Optional<String> outside = spec.bounds().problem(number, language);
                if (outside.isPresent()) {
                    return Optional.of("'" + spec.name() + "': " + outside.get());
                }
            }
        }
        return misfit;
    }

    /**
     * A message about attributes as a request's problem: each attribute of the type it names as the
     * store's messages do, by its key in quotes ({@code 'samplesReceived'}), is written as a field in
     * braces ({@code {samplesReceived}}), so that each front door names it its own way (a form by the
     * attribute's label in the page's language, {@link Problem#text}). The store's load keeps the key,
     * which is what the file says.
     */
    static String named(String message, List<AttributeSpec> specs) {
        if (message == null || message.indexOf('\'') < 0) {
            return message;
        }
        String named = message;
        for (AttributeSpec spec : specs) {
            if (spec.name().matches("[A-Za-z][A-Za-z0-9]*")) {
                // the key with its label after it, as the default validate says a required one, is the label once
                for (String language : mou.core.model.Text.LANGUAGES) {
                    named = named.replace("'" + spec.name() + "' (" + spec.label().in(language) + ")", "{" + spec.name() + "}");
                }
                named = named.replace("'" + spec.name() + "'", "{" + spec.name() + "}");
            }
        }
        return named;
    }

    /** The attribute a problem's path is below: {@code items/0} is about {@code items}. */
    static String top(String attribute) {
        if (attribute == null) {
            return null;
        }
        int end = attribute.length();
        for (char c : new char[] {'/', '.', '['}) {
            int i = attribute.indexOf(c);
            if (i > 0 && i < end) {
                end = i;
            }
        }
        return attribute.substring(0, end);
    }

    private static Map<String, Object> plain(Deliverable d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", d.type());
        m.put("attributes", d.attributes());
        return m;
    }

    /**
     * A value as typed, read by its attribute's kind; a value that cannot be read throws with a
     * message for a person. Whether the value fits (bounds, choices) is the type's validate to say.
     */
    static Object read(AttributeSpec spec, String text, Object before) {
        String name = spec.name();
        switch (spec.kind()) {
            case TEXT: {
                if (before instanceof Map<?, ?> m && text.equals(m.get("en"))) {
                    return before; // the English as it was: its Spanish is kept
                }
                // another English keeps the Spanish, now older than its English, as every text given in English only does
                mou.core.model.Text was = textOf(before);
                return was == null ? text : valueOf(Revisions.revised(was, text, null), before);
            }
            case TEXT_LIST:
                return items(text, before);
            case INTEGER, NUMBER, MONEY, PERCENT:
                return number(name, text, spec.bounds());
            case BOOLEAN: {
                String t = text.toLowerCase(java.util.Locale.ROOT);
                if (t.equals("true") || t.equals("yes")) {
                    return Boolean.TRUE;
                }
                if (t.equals("false") || t.equals("no")) {
                    return Boolean.FALSE;
                }
                throw new InvalidValueException("'" + name + "': type true or false, not \"" + text + "\"",
                        "'" + name + "': escriba true o false, no «" + text + "»");
            }
            case QUANTITY: {
                String[] parts = text.split("\\s+", 2);
                if (parts.length < 2) {
                    throw new InvalidValueException("'" + name + "': type a number and its unit, e.g. 6000 m3, not \"" + text + "\"",
                            "'" + name + "': escriba un número y su unidad, p. ej. 6000 m3, no «" + text + "»");
                }
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("value", number(name, parts[0], spec.bounds()));
                q.put("unit", parts[1].strip());
                return q;
            }
            case ORGANIZATIONS: {
                List<String> ids = new ArrayList<>();
                for (String part : text.split("[,\\s]+")) {
                    if (!part.isBlank() && !ids.contains(part)) {
                        ids.add(part);
                    }
                }
                return ids;
            }
            case COUNTS: {
                Map<String, Object> counts = new LinkedHashMap<>();
                for (String line : text.split("\\R")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    int colon = line.indexOf(':');
                    if (colon <= 0) {
                        throw new InvalidValueException("'" + name + "': type one organization per line as id: number, e.g. cal-fire: 10, not \""
                                + line.strip() + "\"", "'" + name + "': escriba una organización por línea como identificador: número, p. ej. cal-fire: 10,"
                                + " no «" + line.strip() + "»");
                    }
                    counts.put(line.substring(0, colon).strip(), number(name, line.substring(colon + 1), spec.bounds()));
                }
                return counts;
            }
            default:
                return text;
        }
    }

    /**
     * A list of texts as typed (one item per line), each item keeping the Spanish of the item it was: the item with the same
     * English (its Spanish as it was), else, when the list has as many items as before, the item left at its place in the
     * order of the items no other kept (its Spanish kept, older than its English now, as every text whose English alone is changed keeps it:
     * {@link Revisions#revised}). An item that cannot be told (the list grew or shrank, and its English is new) has none.
     */
    static List<Object> items(String text, Object before) {
        List<String> given = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                given.add(line.strip());
            }
        }
        List<?> old = before instanceof List<?> l ? l : List.of();
        Object[] items = new Object[given.size()];
        boolean[] kept = new boolean[old.size()];
        for (int i = 0; i < given.size(); i++) {
            for (int j = 0; j < old.size(); j++) {
                mou.core.model.Text was = textOf(old.get(j));
                if (!kept[j] && was != null && was.en().equals(given.get(i))) {
                    items[i] = old.get(j);
                    kept[j] = true;
                    break;
                }
            }
        }
        // as many items as before: the items changed are the items left, in their order
        java.util.Deque<Integer> left = new java.util.ArrayDeque<>();
        for (int j = 0; j < old.size(); j++) {
            if (!kept[j]) {
                left.add(j);
            }
        }
        for (int i = 0; i < given.size(); i++) {
            if (items[i] == null) {
                Object was = given.size() == old.size() ? old.get(left.remove()) : null;
                items[i] = textOf(was) == null ? given.get(i) : valueOf(Revisions.revised(textOf(was), given.get(i), null), was);
            }
        }
        return new ArrayList<>(java.util.Arrays.asList(items));
    }

    /** A text attribute's value as a text (a plain string is its English alone); null when it is no text. */
    static mou.core.model.Text textOf(Object value) {
        if (value instanceof String s) {
            return mou.core.model.Text.of(s);
        }
        return value instanceof Map<?, ?> m ? WorkspaceTexts.textOf(m) : null;
    }

    /**
     * A text as a text attribute's value: a plain string when it is English alone, else {@code {"en", "es", "esOf"}} (and
     * {@code asIs}) as the store and the translations keep it, with any other key the value had before.
     */
    static Object valueOf(mou.core.model.Text text, Object before) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("en", text.en());
        if (text.es() != null) {
            value.put("es", text.es());
            value.put("esOf", text.esOf());
        }
        if (text.asIs() != null) {
            value.put("asIs", text.asIs());
        }
        if (before instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (!List.of("en", "es", "esOf", "asIs").contains(String.valueOf(k))) {
                    value.put(String.valueOf(k), v);
                }
            });
        }
        return value.size() == 1 ? text.en() : java.util.Collections.unmodifiableMap(value);
    }

    /** A number as typed; one that is not written as a number is refused with an example that fits {@code bounds}. */
    private static Number number(String name, String text, Bounds bounds) {
        String plain;
        try {
            // the model's rule for numbers people write: a comma only between thousands (12,5 is refused, not read as 125)
            plain = Bounds.withoutGrouping(text);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("'" + name + "': " + e.getMessage(), "'" + name + "': " + e.messageEs());
        }
        BigDecimal n;
        try {
            n = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text.strip();
            if (bounds != null && bounds.whole()) {
                throw new InvalidValueException("'" + name + "': type a whole number, in digits, like 25 or 1500, not \"" + shown + "\"",
                        "'" + name + "': escriba un número entero, con cifras, como 25 o 1500, no «" + shown + "»");
            }
            throw new InvalidValueException("'" + name + "': type a number, like 12 or 3.5 (with a '.' before the decimals), not \""
                    + shown + "\"", "'" + name + "': escriba un número, como 12 o 3.5 (con '.' antes de los decimales), no «" + shown + "»");
        }
        if (plain.length() > 40) {
            throw new InvalidValueException("'" + name + "': the number is too long", "'" + name + "': el número es demasiado largo");
        }
        BigDecimal stripped = n.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            return stripped.longValueExact();
        }
        return n;
    }
}
