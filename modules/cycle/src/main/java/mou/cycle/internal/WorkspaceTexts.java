package mou.cycle.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import mou.core.cycle.PartPlace;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.QuarterlyUpdate;
import mou.core.model.Text;
import mou.core.model.Workspace;

/**
 * Every text of a workspace with its place: the workspace file that holds it and its path in that
 * file, the way translations name them ({@code groups/air-quality/2016.json#/assessments/aq-1/rationale}).
 *
 * <p>The walk is generic over the model's records (every component of type {@link Text}, in lists,
 * in nested records), so a text added to the model later is found without a change here; only the
 * file each part of the workspace lives in is named here, as the JSON store lays them out. Deliverable
 * attributes (plugin-owned data, kept as given also when the plugin is not installed) are walked as
 * the plain values they are: an object with an {@code "en"} text there is a text; a plain string
 * there is an id, a date, a code or a choice and is not translated. What the model does not hold
 * (keys of a file that only the file knows) is not reached.
 *
 * <p>A path names a list element by its id where the element has one ({@code id}, an assessment's
 * {@code activityId}, a quarterly update's quarter as {@code Q3}), else by its position from 0, so that
 * the place of a text stays the same when other elements come and go.
 */
final class WorkspaceTexts {

    /**
     * A text and where it is.
     *
     * @param file the workspace file, relative to the workspace with '/' separators
     * @param path the keys and element names from the file's root to the text
     * @param text the text
     * @param groupId the group whose plan or year the file is, or null
     * @param year the year of a group's year file or of a yearly report, or null
     */
    record Place(String file, List<String> path, Text text, String groupId, Integer year) {

        /** The path as a JSON-pointer-like string: {@code /assessments/aq-1/rationale} ({@code ~} and {@code /} escaped as {@code ~0}, {@code ~1}). */
        String pointer() {
            StringBuilder b = new StringBuilder();
            for (String segment : path) {
                b.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
            }
            return b.toString();
        }

        /** {@code FILE#POINTER}: how people and the history name the place. */
        String name() {
            return file + "#" + pointer();
        }

        /**
         * Whether a translator has something to do with it: not marked asIs, not empty, not a figure's unit that needs no Spanish,
         * not the model's sentence of a carried-over level (which every reader is shown in their language).
         */
        boolean translatable() {
            return !text.isAsIs() && !text.en().isBlank() && !(isUnit() && text.es() == null && !mou.core.model.Metric.unitNeedsSpanish(text.en()))
                    && !(text.es() == null && mou.core.model.Assessment.isCarriedOverRationale(text.en()));
        }

        /**
         * Where it is kept, typed, for a front door to name it in its own words ({@link PartPlace}): the group's year's rating,
         * evidence, narrative part, event, figure or quarterly update; a plan's deliverable; a report's introduction or final
         * comments; else the year's, plan's, report's or workspace's file as a whole.
         */
        PartPlace partPlace() {
            String first = path.isEmpty() ? "" : path.get(0);
            String id = path.size() > 1 ? path.get(1) : null;
            if (groupId != null && year != null) {
                return switch (first) {
                    case "assessments" -> new PartPlace(groupId, year, path.contains("evidence") ? PartPlace.Part.EVIDENCE
                            : PartPlace.Part.RATING, id, file);
                    case "narrative" -> new PartPlace(groupId, year, PartPlace.Part.NARRATIVE, narrativePart(id), file);
                    case "events" -> new PartPlace(groupId, year, PartPlace.Part.EVENT, id, file);
                    case "metrics" -> new PartPlace(groupId, year, PartPlace.Part.FIGURE, id, file);
                    case "updates" -> new PartPlace(groupId, year, PartPlace.Part.UPDATE, id, file);
                    default -> new PartPlace(groupId, year, PartPlace.Part.YEAR, null, file);
                };
            }
            if (groupId != null) {
                int at = path.indexOf("deliverables");
                return at >= 0 && at + 1 < path.size() ? new PartPlace(groupId, null, PartPlace.Part.DELIVERABLE, path.get(at + 1), file)
                        : new PartPlace(groupId, null, PartPlace.Part.PLAN, null, file);
            }
            if (file.startsWith("reports/") && year != null) {
                return new PartPlace(null, year, switch (first) {
                    case "introduction" -> PartPlace.Part.INTRODUCTION;
                    case "finalComments" -> PartPlace.Part.FINAL_COMMENTS;
                    default -> PartPlace.Part.REPORT;
                }, null, file);
            }
            return new PartPlace(null, year, PartPlace.Part.WORKSPACE, null, file);
        }

        /** A narrative part's id ({@code next-steps}) from its name in the file ({@code nextSteps}). */
        private static String narrativePart(String component) {
            if (component == null) {
                return null;
            }
            return mou.core.model.Narrative.PARTS.stream().filter(p -> p.replace("-", "").equalsIgnoreCase(component)).findFirst()
                    .orElse(component);
        }

        /** Whether it is a figure's unit ({@link mou.core.model.Metric#unitText()}). */
        boolean isUnit() {
            return path.size() > 1 && path.get(path.size() - 1).equals("unit");
        }
    }

    private WorkspaceTexts() {
    }

    /** Every text of the workspace, agreement-level files first, then each group's plan and its years. */
    static List<Place> of(Workspace workspace) {
        List<Place> places = new ArrayList<>();
        walk(workspace, place -> {
            places.add(place);
            return place.text();
        });
        Map<String, Integer> groups = new java.util.HashMap<>();
        workspace.plans().forEach(p -> groups.putIfAbsent(p.groupId(), groups.size()));
        places.sort(Comparator.comparingInt((Place p) -> p.groupId() == null ? -1 : groups.getOrDefault(p.groupId(), groups.size()))
                .thenComparingInt(p -> p.groupId() != null && p.year() != null ? p.year() : Integer.MIN_VALUE)
                .thenComparingInt(p -> rank(p.file())));
        return places;
    }

    private static int rank(String file) {
        return switch (file) {
            case "agreement.json" -> 0;
            case "organizations.json" -> 1;
            case "related-agreements.json" -> 2;
            default -> 3;
        };
    }

    /**
     * The workspace with the Spanish of the named places ({@link Place#name()}) set as translating
     * their present English ({@link Text#withSpanish}); places not named stay as they are.
     */
    static Workspace withSpanish(Workspace workspace, Map<String, String> spanish) {
        return walk(workspace, place -> {
            String es = spanish.get(place.name());
            return es == null ? place.text() : place.text().withSpanish(es);
        });
    }

    /** What the walk does at each text: returns the text to keep there (the same one to change nothing). */
    @FunctionalInterface
    private interface AtText {
        Text at(Place place);
    }

    /** The parts of the workspace, each in its file; returns the workspace with what {@code at} replaced. */
    private static Workspace walk(Workspace w, AtText at) {
        boolean[] changed = {false};
        var agreement = root(w.agreement(), "agreement.json", List.of(), null, null, at, changed);
        var organizations = root(w.organizations(), "organizations.json", List.of("organizations"), null, null, at, changed);
        var related = root(w.relatedAgreements(), "related-agreements.json", List.of("relatedAgreements"), null, null, at, changed);
        var reports = w.reports().stream().map(r -> root(r, "reports/" + r.year() + ".json", List.of(), null, r.year(), at, changed)).toList();
        var plans = w.plans().stream().map(p -> root(p, "groups/" + p.groupId() + "/plan.json", List.of(), p.groupId(), null, at, changed)).toList();
        List<GroupYear> years = w.years().stream().map(y -> root(y, "groups/" + y.groupId() + "/" + y.year() + ".json", List.of(),
                y.groupId(), y.year(), at, changed)).toList();
        if (!changed[0]) {
            return w;
        }
        return new Workspace(agreement, organizations, related, plans, years, reports, w.calendar());
    }

    private static <T> T root(T value, String file, List<String> prefix, String groupId, Integer year, AtText at, boolean[] changed) {
        if (value == null) {
            return null;
        }
        Walker walker = new Walker(file, groupId, year, at);
        walker.path.addAll(prefix);
        @SuppressWarnings("unchecked")
        T result = (T) walker.visit(value);
        if (result != value) {
            changed[0] = true;
        }
        return result;
    }

    /** One file's walk: the path so far, and a new value where a text below changed. */
    private static final class Walker {

        private final String file;
        private final String groupId;
        private final Integer year;
        private final AtText at;
        private final List<String> path = new ArrayList<>();

        Walker(String file, String groupId, Integer year, AtText at) {
            this.file = file;
            this.groupId = groupId;
            this.year = year;
            this.at = at;
        }

        Object visit(Object value) {
            if (value instanceof Text text) {
                return at.at(new Place(file, List.copyOf(path), text, groupId, year));
            }
            if (value instanceof List<?> list) {
                return list(list);
            }
            if (value instanceof Map<?, ?> map) {
                return textOf(map) != null ? textMap(map) : map(map);
            }
            if (value instanceof Record record && record.getClass().getPackageName().equals(Text.class.getPackageName())) {
                return record(record);
            }
            return value;
        }

        private Object list(List<?> list) {
            List<String> names = names(list);
            List<Object> changed = null;
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                path.add(names.get(i));
                Object now = visit(element);
                path.remove(path.size() - 1);
                if (now != element) {
                    if (changed == null) {
                        changed = new ArrayList<>(list);
                    }
                    changed.set(i, now);
                }
            }
            return changed == null ? list : Collections.unmodifiableList(changed);
        }

        private Object map(Map<?, ?> map) {
            Map<Object, Object> changed = null;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                path.add(String.valueOf(e.getKey()));
                Object now = visit(e.getValue());
                path.remove(path.size() - 1);
                if (now != e.getValue()) {
                    if (changed == null) {
                        changed = new LinkedHashMap<>(map);
                    }
                    changed.put(e.getKey(), now);
                }
            }
            return changed == null ? map : Collections.unmodifiableMap(changed);
        }

        /** A text kept as plain values (in a deliverable's attributes): changed, the same keys with the new Spanish and its fingerprint. */
        private Object textMap(Map<?, ?> map) {
            Text text = textOf(map);
            Text now = at.at(new Place(file, List.copyOf(path), text, groupId, year));
            if (now.equals(text)) {
                return map;
            }
            Map<Object, Object> changed = new LinkedHashMap<>();
            changed.put("en", now.en());
            changed.put("es", now.es());
            changed.put("esOf", now.esOf());
            map.forEach((k, v) -> {
                if (!changed.containsKey(k)) {
                    changed.put(k, v);
                }
            });
            changed.values().removeIf(v -> v == null);
            return Collections.unmodifiableMap(changed);
        }

        private Object record(Record record) {
            RecordComponent[] components = COMPONENTS.get(record.getClass());
            Object[] values = new Object[components.length];
            boolean changed = false;
            for (int i = 0; i < components.length; i++) {
                Object value = get(components[i], record);
                // a figure's unit is named as its file names it: its text is the model's unitText, its key "unit"
                path.add(record instanceof mou.core.model.Metric && components[i].getName().equals("unitText") ? "unit" : components[i].getName());
                values[i] = visit(value);
                path.remove(path.size() - 1);
                changed |= values[i] != value;
            }
            if (!changed) {
                return record;
            }
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
                return canonical.newInstance(values);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("a " + record.getClass().getSimpleName() + " could not be rebuilt with its translation", e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("a " + record.getClass().getSimpleName() + " could not be rebuilt with its translation", e);
            }
        }

        private static Object get(RecordComponent component, Record record) {
            try {
                return component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the model's " + component.getName() + " could not be read", e);
            }
        }
    }

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /** The text a plain value holds ({@code {"en": ..., "es": ..., "esOf": ..., "asIs": ...}}), or null when it is none. */
    static Text textOf(Map<?, ?> map) {
        if (!(map.get("en") instanceof String en)) {
            return null;
        }
        return new Text(en, map.get("es") instanceof String es ? es : null, map.get("asIs") instanceof String asIs ? asIs : null,
                map.get("esOf") instanceof String esOf ? esOf : null);
    }

    /**
     * The names of a list's elements in a path: their ids where every element has a distinct one, else
     * their positions from 0.
     */
    private static List<String> names(List<?> list) {
        List<String> names = new ArrayList<>(list.size());
        Set<String> seen = new HashSet<>();
        for (Object element : list) {
            String name = id(element);
            if (name == null || !seen.add(name)) {
                names.clear();
                for (int i = 0; i < list.size(); i++) {
                    names.add(String.valueOf(i));
                }
                return names;
            }
            names.add(name);
        }
        return names;
    }

    /** An element's own name: its id, an assessment's activity, a quarterly update's quarter; null when it has none. */
    static String id(Object element) {
        if (element instanceof Assessment a) {
            return a.activityId();
        }
        if (element instanceof QuarterlyUpdate u) {
            return "Q" + u.quarter();
        }
        if (element instanceof Record record && record.getClass().getPackageName().equals(Text.class.getPackageName())) {
            for (RecordComponent c : COMPONENTS.get(record.getClass())) {
                if (c.getName().equals("id") && c.getType() == String.class) {
                    Object id = Walker.get(c, record);
                    return id instanceof String s && !s.isBlank() ? s : null;
                }
            }
        }
        return null;
    }

    /** The workspace with each text replaced by what {@code change} gives for its place (the same text to keep it). */
    static Workspace edit(Workspace workspace, Function<Place, Text> change) {
        return walk(workspace, change::apply);
    }
}
