package mou.store.json.internal;

import mou.core.model.Ids;
import mou.core.model.InvalidValueException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import mou.core.model.Bounds;
import mou.core.model.DateSpan;
import mou.core.model.Ids;
import mou.core.model.Text;
import mou.core.spi.TextPlace;

/**
 * Typed reads of a tree's values: each read checks the JSON type, reports what is wrong at the
 * value's place and returns null (or an empty list) so that reading goes on.
 */
final class Fields {

    /** What {@code "esOf"} holds: a {@link Text#fingerprint(String)}. */
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{12}");

    /** Ids of everything: lower case letters, digits and '-', starting with a letter or digit. */

    /** Reads one element of a list; returns null to leave it out. */
    @FunctionalInterface
    interface ElementReader<T> {
        T read(Object node, Loc at);
    }

    private final Problems problems;
    /** Every text read with its place, when the load places its texts; else null (the common case costs nothing). */
    private final List<TextPlace> places;

    Fields(Problems problems) {
        this(problems, false);
    }

    /** @param placeTexts whether to keep the place of every text read ({@link #places()}) */
    Fields(Problems problems, boolean placeTexts) {
        this.problems = problems;
        this.places = placeTexts ? new ArrayList<>() : null;
    }

    /** Every text read with its place, in the order read; empty when the texts are not placed. */
    List<TextPlace> places() {
        return places == null ? List.of() : places;
    }

    private Text placed(Text text, Loc at) {
        if (places != null && text != null) {
            Position p = at.position();
            places.add(new TextPlace(text, at.file(), p.line(), p.column(), at.path()));
        }
        return text;
    }

    Problems problems() {
        return problems;
    }

    /** The node as an object, or null (with a problem) when it is something else. */
    JsonObject object(Object node, Loc at, String what) {
        if (node instanceof JsonObject o) {
            return o;
        }
        String es = what.startsWith("'") ? what : "este valor";
        problems.error(at, what + " must be an object {...}, not " + describe(node), es + " debe ser un objeto {...}, no " + describe(node, true));
        return null;
    }

    /** The value of a key; null when absent or null, with a problem when it is required. */
    Object value(JsonObject o, Loc at, String key, boolean required) {
        Object v = o.get(key);
        if (v == null || v == JsonNull.NULL) {
            if (required) {
                if (v == null) {
                    problems.error(at.key(key), "'" + key + "' is required here but missing; add it",
                            "'" + key + "' es obligatorio aquí pero falta; agréguelo");
                } else {
                    problems.error(at.key(key), "'" + key + "' is required and may not be null; give it a value",
                            "'" + key + "' es obligatorio y no puede ser null; dele un valor");
                }
            }
            return null;
        }
        return v;
    }

    String string(JsonObject o, Loc at, String key, boolean required) {
        Object v = value(o, at, key, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            problems.error(at.key(key), "'" + key + "' must be a text in double quotes, not " + describe(v),
                    "'" + key + "' debe ser un texto entre comillas dobles, no " + describe(v, true));
            return null;
        }
        return s;
    }

    /** An id: a string of lower case letters, digits and '-'. */
    String id(JsonObject o, Loc at, String key, boolean required) {
        String id = string(o, at, key, required);
        if (id != null && !Ids.valid(id)) {
            problems.error(at.key(key), Ids.problem(id) + ", e.g. aq-3-2", "'" + id + "' no es un identificador válido; use letras"
                    + " minúsculas, cifras y '-' (empezando por una letra o cifra), p. ej. aq-3-2");
        }
        return id;
    }

    Text text(JsonObject o, Loc at, String key, boolean required) {
        Object v = value(o, at, key, required);
        if (v instanceof String s) {
            // the common case: nothing to report, so no place and no words for it (unless the texts are placed)
            return places == null ? Text.of(s) : placed(Text.of(s), at.key(key));
        }
        return v == null ? null : text(v, at.key(key), "'" + key + "'");
    }

    /** A text that is no translator's business as it is (a figure's unit that needs no Spanish): read, never placed. */
    Text unplacedText(JsonObject o, Loc at, String key) {
        Object v = value(o, at, key, false);
        return v == null ? null : readText(v, at.key(key), "'" + key + "'");
    }

    /** A text: a string, or {"en": ..., "es": ...}. */
    Text text(Object v, Loc at, String what) {
        return placed(readText(v, at, what), at);
    }

    private Text readText(Object v, Loc at, String what) {
        if (v instanceof String s) {
            return Text.of(s);
        }
        if (v instanceof JsonObject o) {
            Object en = o.get("en");
            Object es = o.get("es");
            if (!(en instanceof String english)) {
                problems.error(at.key("en"), what
                        + " needs its English text as \"en\": \"...\"" + (en == null ? "" : ", not " + describe(en)), spanish(what)
                        + " necesita su texto en inglés como \"en\": \"...\"" + (en == null ? "" : ", no " + describe(en, true)));
                return null;
            }
            if (es != null && es != JsonNull.NULL && !(es instanceof String)) {
                problems.error(at.key("es"), "the Spanish text \"es\" must be a text in double quotes, not " + describe(es),
                        "el texto en español \"es\" debe ser un texto entre comillas dobles, no " + describe(es, true));
                return Text.of(english);
            }
            Object asIs = o.get("asIs");
            String why = null;
            if (asIs != null && asIs != JsonNull.NULL) {
                if (asIs instanceof String marker && Text.AS_IS.contains(marker)) {
                    why = marker;
                } else {
                    problems.error(at.key("asIs"), "\"asIs\" says why a text stays as it is: \"" + Text.NAME + "\" or \""
                            + Text.ENGLISH_ONLY_TITLE + "\", not " + describe(asIs), "\"asIs\" dice por qué un texto se queda tal cual: \""
                            + Text.NAME + "\" o \"" + Text.ENGLISH_ONLY_TITLE + "\", no " + describe(asIs, true));
                }
            }
            Object esOf = o.get("esOf");
            String translatedFrom = null;
            if (esOf != null && esOf != JsonNull.NULL) {
                if (esOf instanceof String fingerprint && FINGERPRINT.matcher(fingerprint).matches()) {
                    translatedFrom = fingerprint;
                } else {
                    problems.error(at.key("esOf"), "\"esOf\" is the fingerprint of the English the Spanish was translated"
                            + " from, 12 hexadecimal digits written by mou-progress, not " + describe(esOf)
                            + "; remove it to say the Spanish translates the English as it is now", "\"esOf\" es la huella del inglés"
                            + " del que se tradujo el español, 12 cifras hexadecimales que escribe mou-progress, no " + describe(esOf, true)
                            + "; quítelo para decir que el español traduce el inglés tal como está ahora");
                }
            }
            return new Text(english, es instanceof String spanish ? spanish : null, why, translatedFrom);
        }
        problems.error(at, what + " must be a text, \"...\", or {\"en\": \"...\", \"es\": \"...\"}, not " + describe(v), spanish(what)
                + " debe ser un texto, \"...\", o {\"en\": \"...\", \"es\": \"...\"}, no " + describe(v, true));
        return null;
    }

    List<Text> texts(JsonObject o, Loc at, String key) {
        String what = "each entry of '" + key + "'";
        return list(o, at, key, (n, l) -> text(n, l, what));
    }

    List<String> strings(JsonObject o, Loc at, String key) {
        return list(o, at, key, (n, l) -> {
            if (!(n instanceof String s)) {
                problems.error(l, "each entry of '" + key + "' must be a text in double quotes, not " + describe(n),
                        "cada entrada de '" + key + "' debe ser un texto entre comillas dobles, no " + describe(n, true));
                return null;
            }
            return s;
        });
    }

    DateSpan date(JsonObject o, Loc at, String key, boolean required) {
        String s = string(o, at, key, required);
        if (s == null) {
            return null;
        }
        try {
            return DateSpan.parse(s);
        } catch (IllegalArgumentException e) {
            problems.error(at.key(key), e.getMessage(), InvalidValueException.spanish(e));
            return null;
        }
    }

    /** A whole number that fits an int: the reading holds such a number as an Integer, a larger one as a Long or BigInteger. */
    Integer integer(JsonObject o, Loc at, String key, boolean required) {
        Object v = value(o, at, key, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Integer i)) {
            problems.error(at.key(key), "'" + key + "' must be a whole number, not " + describe(v),
                    "'" + key + "' debe ser un número entero, no " + describe(v, true));
            return null;
        }
        return i;
    }

    /** A whole number within the bounds (which fit an int), with the range in the problem when it is not. */
    Integer integer(JsonObject o, Loc at, String key, boolean required, Bounds bounds) {
        Object v = value(o, at, key, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Integer i) || !bounds.contains(i)) {
            problems.error(at.key(key), "'" + key + "' must be " + bounds.describe() + ", not " + describe(v),
                    "'" + key + "' debe ser " + bounds.describe("es") + ", no " + describe(v, true));
            return null;
        }
        return i;
    }

    /** A number within the bounds, as written, with the range in the problem when it is not. */
    BigDecimal number(JsonObject o, Loc at, String key, boolean required, Bounds bounds) {
        BigDecimal n = number(o, at, key, required);
        if (n != null && !bounds.contains(n)) {
            problems.error(at.key(key), "'" + key + "' must be " + bounds.describe() + ", not " + describe(n),
                    "'" + key + "' debe ser " + bounds.describe("es") + ", no " + describe(n, true));
            return null;
        }
        return n;
    }

    /** Any number, as written: integers stay integral (3800 is not 3800.0). */
    BigDecimal number(JsonObject o, Loc at, String key, boolean required) {
        Object v = value(o, at, key, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Number n)) {
            problems.error(at.key(key), "'" + key + "' must be a number (without quotes), not " + describe(v),
                    "'" + key + "' debe ser un número (sin comillas), no " + describe(v, true));
            return null;
        }
        return n instanceof BigDecimal decimal ? decimal : new BigDecimal(integral(n));
    }

    boolean bool(JsonObject o, Loc at, String key, boolean absent) {
        Object v = value(o, at, key, false);
        if (v == null) {
            return absent;
        }
        if (!(v instanceof Boolean b)) {
            problems.error(at.key(key), "'" + key + "' must be true or false (without quotes), not " + describe(v),
                    "'" + key + "' debe ser true o false (sin comillas), no " + describe(v, true));
            return absent;
        }
        return b;
    }

    /** The elements of a list; an absent or null list is empty. */
    <T> List<T> list(JsonObject o, Loc at, String key, ElementReader<T> reader) {
        Object v = value(o, at, key, false);
        if (v == null) {
            return List.of();
        }
        Loc listAt = at.key(key);
        if (!(v instanceof JsonList list)) {
            problems.error(listAt, "'" + key + "' must be a list [...], not " + describe(v),
                    "'" + key + "' debe ser una lista [...], no " + describe(v, true));
            return List.of();
        }
        List<T> result = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            Loc elementAt = listAt.index(i);
            if (element == JsonNull.NULL) {
                problems.error(elementAt, "an entry of '" + key + "' is null; remove it or give it a value",
                        "una entrada de '" + key + "' es null; quítela o dele un valor");
                continue;
            }
            T t = reader.read(element, elementAt);
            if (t != null) {
                result.add(t);
            }
        }
        return result;
    }

    /**
     * A value as plain Java: String, Integer/Long/BigInteger (as read: the smallest that holds it),
     * BigDecimal, Boolean, List, Map (keys in the order written), or null.
     */
    static Object plain(Object value) {
        // Sized for what they hold: the model keeps them, a workspace has hundreds of thousands.
        if (value instanceof JsonObject object) {
            Map<String, Object> map = new LinkedHashMap<>((int) Math.ceil(object.size() / 0.75));
            for (int i = 0; i < object.size(); i++) {
                map.put(object.key(i), plain(object.value(i)));
            }
            return Collections.unmodifiableMap(map);
        }
        if (value instanceof JsonList list) {
            List<Object> plain = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                plain.add(plain(list.get(i)));
            }
            return Collections.unmodifiableList(plain);
        }
        return value == JsonNull.NULL ? null : value;
    }

    /** {@code what} a message is about, in Spanish: a quoted key stays as it is, "each entry of 'k'" is "cada entrada de 'k'", else "este valor". */
    private static String spanish(String what) {
        if (what.startsWith("'")) {
            return what;
        }
        if (what.startsWith("each entry of ")) {
            return "cada entrada de " + what.substring("each entry of ".length());
        }
        return "este valor";
    }

    /** What a value is, for messages: "an object", "a list", "the number 3", "the text \"abc\"". */
    static String describe(Object v) {
        return describe(v, false);
    }

    /** {@link #describe(Object)} in Spanish ({@code es}: "un objeto", "el número 3") or English. */
    static String describe(Object v, boolean es) {
        if (v == null) {
            return es ? "nada" : "nothing";
        }
        if (v == JsonNull.NULL) {
            return "null";
        }
        if (v instanceof JsonObject) {
            return es ? "un objeto" : "an object";
        }
        if (v instanceof JsonList) {
            return es ? "una lista" : "a list";
        }
        if (v instanceof String s) {
            return (es ? "el texto \"" : "the text \"") + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        String number = es ? "el número " : "the number ";
        if (v instanceof BigDecimal decimal) {
            // in scientific notation when written out it would be long: 1E-12, not 0.000000000001
            return number + (decimal.scale() > 12 || decimal.precision() - decimal.scale() > 20 ? decimal.toString() : decimal.toPlainString());
        }
        if (v instanceof Number n) {
            return number + integral(n);
        }
        return String.valueOf(v);
    }

    /** A whole number as read (an Integer, Long or BigInteger) as a BigInteger. */
    private static BigInteger integral(Number n) {
        return n instanceof BigInteger big ? big : BigInteger.valueOf(n.longValue());
    }
}
