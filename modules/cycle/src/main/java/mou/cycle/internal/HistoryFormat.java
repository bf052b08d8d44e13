package mou.cycle.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mou.core.command.Lines;
import mou.core.model.Event;
import mou.core.model.HistoryEntry;
import mou.core.model.ProgressLevel;
import mou.core.model.ReviewState;
import mou.core.report.Labels;

/**
 * A recorded change in words, the one way {@code history} and {@code import} print one: what
 * changed ("event aq-2017-q2-visit added", "activity aq-1-1 changed"), then one field per line
 * ("level: Initial Progress → Moderate Progress"; all the fields of what was added or removed,
 * only the changed ones of what changed), a level or an event kind in its words, a text whole and
 * wrapped at word boundaries, never cut.
 *
 * <p>It reads the plain values the history records (maps, lists, texts), so a value of a kind it
 * does not know (from a newer version, say) is still shown field by field.
 *
 * <p>In Spanish ({@link #entry(HistoryEntry, String)}, for pages in Spanish) the same lines with the
 * action, the headline, the field names and the values' words in Spanish; a field name it has no
 * Spanish for is shown as the English one. The commands print the English. The names of actions and
 * fields are kept in {@code history.properties} and {@code history_es.properties}; the values' words
 * (levels, event kinds, review states) are the core's labels ({@link Labels}).
 */
final class HistoryFormat {

    static final String ARROW = " → ";
    private static final String NONE = "(none)";
    private static final Labels LABELS = Labels.forLanguage("en");
    private static final Labels LABELS_ES = Labels.forLanguage("es");
    /**
     * The history's words, what was done ({@code action.} + the action, spaces as {@code -}) and each
     * field's name ({@code field.} + the history's key), in English and Spanish: {@code history.properties}
     * and {@code history_es.properties} next to this class, the one place they are kept.
     */
    private static final Map<String, String> WORDS = words("history.properties");
    private static final Map<String, String> WORDS_ES = words("history_es.properties");

    /** Lists of paragraphs: numbered even when there is one, so that adding a second one reads as an addition. */
    private static final Set<String> PARAGRAPHS = Set.of("paragraph", "happened");

    private HistoryFormat() {
    }

    /**
     * A history entry: a line saying when, who, what and on which group's year and part, then the
     * change one field per line, then why.
     */
    static List<String> entry(HistoryEntry e) {
        return entry(e, "en");
    }

    /** {@link #entry(HistoryEntry)} in {@code language} ({@code en} or {@code es}). */
    static List<String> entry(HistoryEntry e, String language) {
        boolean es = "es".equals(language);
        StringBuilder head = new StringBuilder();
        head.append(e.at()).append("  ").append(e.by()).append("  ").append(action(e.action(), es));
        if (e.groupId() != null) {
            head.append("  ").append(e.groupId());
            if (e.year() != null) {
                head.append(' ').append(e.year());
            }
        } else if (e.year() != null) {
            // the program office's text of a year's report (its introduction), of no group
            head.append("  ").append(e.year());
        }
        String headline = headline(e.subject(), e.before(), e.after(), es);
        if (headline != null) {
            head.append(": ").append(headline);
        }
        List<String> lines = new ArrayList<>();
        lines.add(head.toString());
        lines.addAll(fields(e.before(), e.after(), "  ", es));
        if (e.why() != null && !e.why().isBlank()) {
            // the reason as recorded; in Spanish, the parts the cycle wrote in Spanish (HistoryReasons)
            lines.addAll(Lines.wrap(es ? "  motivo: " : "  because: ", HistoryReasons.shown(e.why(), e.action(), language), "    ", Lines.WIDTH));
        }
        return lines;
    }

    /** A change an import applied: what changed, then its fields one per line, indented under it. */
    static List<String> change(String subject, Object before, Object after, String indent) {
        return change(subject, before, after, indent, false);
    }

    /** As {@link #change(String, Object, Object, String)}, in Spanish when {@code es}. */
    static List<String> change(String subject, Object before, Object after, String indent, boolean es) {
        String headline = headline(subject, before, after, es);
        List<String> lines = new ArrayList<>();
        lines.add(indent + (headline == null ? es ? "cambió el año" : "the year changed" : headline) + (before == null && after == null ? "" : ":"));
        lines.addAll(fields(before, after, indent + "  ", es));
        return lines;
    }

    /**
     * What changed, e.g. "event aq-2017-q2-visit added", "activity aq-1-1 changed", "narrative
     * summary changed"; null for a change of the year as a whole (its review state).
     */
    static String headline(String subject, Object before, Object after, boolean es) {
        if (subject == null) {
            return before == null && after == null ? es ? "solo cambió el orden de las filas" : "only the order of rows changed" : null;
        }
        String what = what(subject, before != null ? before : after, es);
        if (es) {
            return (before == null ? "se agregó " : after == null ? "se quitó " : "cambió ") + what;
        }
        return what + " " + (before == null ? "added" : after == null ? "removed" : "changed");
    }

    /** The part a subject names, known by the shape of its value (in Spanish with its article). */
    private static String what(String subject, Object value, boolean es) {
        if (value instanceof Map<?, ?> m) {
            if (m.containsKey("level") || m.containsKey("rationale")) {
                return (es ? "la actividad " : "activity ") + subject;
            }
            if (m.containsKey("kind") && m.containsKey("date")) {
                return (es ? "el evento " : "event ") + subject;
            }
            if (m.containsKey("label") && m.containsKey("value")) {
                return (es ? "la cifra " : "figure ") + subject;
            }
            if (m.containsKey("happened") || m.containsKey("quarter")) {
                return (es ? "la actualización trimestral " : "quarterly update ") + subject;
            }
            if (m.containsKey("role") && m.containsKey("groups")) {
                // a web application's account (its role and groups; never its password)
                return (es ? "la cuenta " : "account ") + subject;
            }
        }
        if (value instanceof List<?> && mou.core.cycle.WriteIntroduction.PARTS.contains(subject)) {
            // the program office's part of the year's report
            return mou.core.cycle.WriteIntroduction.INTRODUCTION.equals(subject) ? es ? "la introducción" : "introduction"
                    : es ? "los comentarios finales" : "final comments";
        }
        if (value instanceof List<?>) {
            // a narrative part in Spanish by its words (los logros), not its id
            return es ? "la narrativa: " + mou.core.cycle.Problem.valueWords("es").getOrDefault("part." + subject, subject) : "narrative " + subject;
        }
        return subject;
    }

    /**
     * The fields of a change, one per line: every field of what was added (or removed), only those
     * that differ of what changed, as {@code name: before → after}.
     */
    static List<String> fields(Object before, Object after, String indent) {
        return fields(before, after, indent, false);
    }

    private static List<String> fields(Object before, Object after, String indent, boolean es) {
        Map<String, String> was = flatten(before, es);
        Map<String, String> is = flatten(after, es);
        List<String> lines = new ArrayList<>();
        if (before == null || after == null) {
            (before == null ? is : was).forEach((name, value) -> {
                if (!value.isEmpty()) {
                    lines.addAll(field(name, value, indent));
                }
            });
            return lines;
        }
        Set<String> names = new LinkedHashSet<>(is.keySet());
        names.addAll(was.keySet());
        for (String name : names) {
            String a = was.getOrDefault(name, absent(is.get(name), es));
            String b = is.getOrDefault(name, absent(was.get(name), es));
            if (!a.equals(b)) {
                String none = es ? "(nada)" : NONE;
                String was1 = a.isEmpty() ? none : a;
                String is1 = b.isEmpty() ? none : b;
                List<String> one = field(name, was1 + ARROW + is1, indent);
                if (one.size() == 1) {
                    lines.addAll(one);
                } else {
                    // too long for a line: the value after on lines of its own, so that the arrow stands out
                    lines.addAll(field(name, was1, indent));
                    lines.addAll(Lines.wrap(indent + "  " + ARROW.strip() + " ", is1, indent + "    ", Lines.WIDTH));
                }
            }
        }
        return lines;
    }

    /** A field one side leaves out: "no" beside a "yes" (a flag written only when set), else nothing. */
    private static String absent(String other, boolean es) {
        return (es ? "sí" : "yes").equals(other) ? "no" : "";
    }

    private static List<String> field(String name, String value, String indent) {
        return Lines.wrap(indent + (name.isEmpty() ? "" : name + ": "), value, indent + "    ", Lines.WIDTH);
    }

    /** A plain value as named fields in words, in order; a value that is no map is one field without a name. */
    static Map<String, String> flatten(Object value) {
        return flatten(value, false);
    }

    private static Map<String, String> flatten(Object value, boolean es) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (value == null) {
            return fields;
        }
        if (value instanceof List<?> list && !isScalars(list)) {
            // a narrative part: its paragraphs
            put(fields, "paragraph", list, es);
        } else if (value instanceof Map<?, ?> map && !isText(map)) {
            boolean step = map.containsKey("state");
            map.forEach((key, v) -> {
                String raw = String.valueOf(key);
                // a review step's who and when are the entry's own
                if (!(step && (raw.equals("by") || raw.equals("at")))) {
                    put(fields, raw, v, es);
                }
            });
        } else {
            put(fields, "", value, es);
        }
        return fields;
    }

    private static void put(Map<String, String> fields, String key, Object value, boolean es) {
        put(fields, key, name(key, es), value, es);
    }

    /** Puts a value's fields: {@code key} is the history's name (it says how to word the value), {@code name} the field's name in words. */
    private static void put(Map<String, String> fields, String key, String name, Object value, boolean es) {
        if (value == null) {
            fields.put(name, "");
        } else if (value instanceof Map<?, ?> map && isText(map)) {
            fields.put(name, text(map.get("en")));
            if (map.get("es") != null) {
                String spanish = es ? "en español" : "in Spanish";
                fields.put(name.isEmpty() ? spanish : name + " " + spanish, text(map.get("es")));
            }
        } else if (value instanceof Map<?, ?> map && map.containsKey("url")) {
            Object title = map.get("title") instanceof Map<?, ?> t ? t.get("en") : map.get("title");
            fields.put(name, title == null ? text(map.get("url")) : text(title) + " (" + text(map.get("url")) + ")");
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> put(fields, String.valueOf(k), (name.isEmpty() ? "" : name + " ") + name(String.valueOf(k), es), v, es));
        } else if (value instanceof List<?> list && isScalars(list)) {
            List<String> words = new ArrayList<>();
            list.forEach(v -> words.add(words(key, v, es)));
            fields.put(name, String.join(", ", words));
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                fields.put(name, "");
            } else if (list.size() == 1 && !PARAGRAPHS.contains(key)) {
                put(fields, key, name, list.get(0), es);
            } else {
                for (int i = 0; i < list.size(); i++) {
                    put(fields, key, name + " " + (i + 1), list.get(i), es);
                }
            }
        } else {
            fields.put(name, words(key, value, es));
        }
    }

    /** A field's name in words: {@code activityId} is "activity", {@code levelsCarriedOver} "levels carried over". */
    static String name(String key) {
        return name(key, false);
    }

    private static String name(String key, boolean es) {
        String known = es ? WORDS_ES.get("field." + key) : null;
        if (known == null) {
            known = WORDS.get("field." + key);
        }
        if (known != null) {
            return known;
        }
        return key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** What was done in words: the command's name ("rate"), in Spanish its noun ("calificación"); an action without words as it is. */
    private static String action(String action, boolean es) {
        if (action == null) {
            return null;
        }
        return (es ? WORDS_ES : WORDS).getOrDefault("action." + action.replace(' ', '-'), action);
    }

    /** The words of one of the two files, for {@link #WORDS} and the test that both name the same keys. */
    static Map<String, String> words(String file) {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.InputStream in = HistoryFormat.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the history's words " + file + " are missing from the cycle bundle");
            }
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> words = new java.util.HashMap<>();
        properties.forEach((k, v) -> words.put((String) k, (String) v));
        return Map.copyOf(words);
    }

    /** A value in words: a level or an event kind as people read it, a number without a needless ".0", yes and no. */
    private static String words(String key, Object value, boolean es) {
        if (value instanceof Boolean b) {
            return b ? es ? "sí" : "yes" : "no";
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            BigDecimal number = new BigDecimal(value.toString()).stripTrailingZeros();
            return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
        }
        String text = text(value);
        Labels labels = es ? LABELS_ES : LABELS;
        if (key.equals("level")) {
            return ProgressLevel.byId(text).map(labels::level).orElse(text);
        }
        if (key.equals("kind")) {
            return Event.Kind.byId(text).map(k -> labels.get("event." + k.id()).toLowerCase(Locale.ROOT)).orElse(text);
        }
        if (key.equals("state")) {
            return ReviewState.byId(text).map(labels::state).orElse(text);
        }
        return text;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }

    /** A text in the history: {@code {"en": ..., "es": ...}}. */
    private static boolean isText(Map<?, ?> map) {
        return !map.isEmpty() && map.containsKey("en") && map.keySet().stream().allMatch(k -> "en".equals(k) || "es".equals(k));
    }

    /** A list of ids or numbers, shown on one line. */
    private static boolean isScalars(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(v -> v instanceof Number || v instanceof Boolean
                || v instanceof String s && !s.contains(" "));
    }
}
