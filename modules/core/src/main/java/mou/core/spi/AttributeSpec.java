package mou.core.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mou.core.model.Bounds;
import mou.core.model.DateSpan;
import mou.core.model.Evidence;
import mou.core.model.Text;

/**
 * One attribute a {@link DeliverableType} accepts.
 *
 * <p>A number's bounds are declared here once and enforced wherever the attribute is read: an
 * {@link Kind#INTEGER} is a count from 0 to 1,000,000,000 ({@link Bounds#COUNT}) unless it
 * declares other bounds ({@link #asYear()}, {@link #withRange}); a {@link Kind#NUMBER} or
 * {@link Kind#QUANTITY} value has at most fifteen digits before the point and 6 after
 * ({@link Bounds#AMOUNT}), {@link Kind#MONEY} at most 2 decimals ({@link Bounds#MONEY}), a
 * {@link Kind#PERCENT} is from 0 to 100 ({@link Bounds#PERCENT}) and each of {@link Kind#COUNTS} is
 * a count. {@link #check} refuses a value outside with the allowed range in its message.
 *
 * @param name the key in the deliverable's {@code attributes} object, e.g. {@code "pollutant"}
 * @param label a name for people, e.g. "Pollutant"
 * @param kind what sort of value it holds
 * @param required whether every deliverable of the type must give it
 * @param allowed for {@link Kind#CHOICE}, the values allowed; otherwise empty
 * @param unit for numbers, the unit shown after the value (e.g. "samples"), or null
 * @param words for {@link Kind#CHOICE}, the words for people of each allowed value, by value (see
 *        {@link #withWords}); a value without words is shown with spaces for its dashes
 * @param bounds for the numeric kinds (INTEGER, NUMBER, MONEY, PERCENT, QUANTITY and each of
 *        COUNTS), the bounds of the number, given or the kind's own (null gives the kind's own);
 *        null for the other kinds (since 1.3)
 */
public record AttributeSpec(String name, Text label, Kind kind, boolean required, List<String> allowed, String unit,
        Map<String, Text> words, Bounds bounds) {

    /** What sort of value an attribute holds, and so how it is checked. */
    public enum Kind {
        /** A string (one language) or a bilingual object {@code {"en": ..., "es": ...}}. */
        TEXT,
        /** A list of texts. */
        TEXT_LIST,
        /** A whole number. */
        INTEGER,
        /** Any number. */
        NUMBER,
        /** An amount of money: a number; the unit names the currency. */
        MONEY,
        /** A share: a number from 0 to 100. */
        PERCENT,
        /** A date as {@link DateSpan#parse} reads it. */
        DATE,
        /** true or false. */
        BOOLEAN,
        /** One of {@link AttributeSpec#allowed()}. */
        CHOICE,
        /** A quantity with its unit: {@code {"value": 6000, "unit": "m3"}}. */
        QUANTITY,
        /** A list of organization ids. */
        ORGANIZATIONS,
        /** Whole numbers by organization id, e.g. instructors by agency: {@code {"cal-fire": 10, "conafor": 7}}. */
        COUNTS,
        /** A web address (http or https). */
        URL
    }

    public AttributeSpec {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
        words = words == null ? Map.of() : Map.copyOf(words);
        Bounds own = ownBounds(kind);
        if (bounds != null && own == null) {
            throw new IllegalArgumentException("'" + name + "' is not a number; only numbers have bounds");
        }
        if (bounds != null && kind == Kind.INTEGER && !bounds.whole()) {
            throw new IllegalArgumentException("'" + name + "' is a whole number; its bounds may allow no decimals");
        }
        bounds = bounds == null ? own : bounds;
    }

    /** An attribute with its kind's own bounds (as before 1.3). */
    public AttributeSpec(String name, Text label, Kind kind, boolean required, List<String> allowed, String unit, Map<String, Text> words) {
        this(name, label, kind, required, allowed, unit, words, null);
    }

    /** The bounds a kind of attribute has unless it declares others; null for kinds that are not numbers. */
    private static Bounds ownBounds(Kind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case INTEGER, COUNTS -> Bounds.COUNT;
            case NUMBER, QUANTITY -> Bounds.AMOUNT;
            case MONEY -> Bounds.MONEY;
            case PERCENT -> Bounds.PERCENT;
            default -> null;
        };
    }

    /** An attribute without words for its choices (as before 1.2). */
    public AttributeSpec(String name, Text label, Kind kind, boolean required, List<String> allowed, String unit) {
        this(name, label, kind, required, allowed, unit, Map.of());
    }

    public static AttributeSpec of(String name, String label, Kind kind) {
        return new AttributeSpec(name, Text.of(label), kind, false, List.of(), null);
    }

    /**
     * An attribute with its label in English and Spanish, e.g. {@code of("topics", "Topics", "Temas", TEXT_LIST)}.
     *
     * @since 1.4
     */
    public static AttributeSpec of(String name, String label, String labelEs, Kind kind) {
        return new AttributeSpec(name, Text.of(label, labelEs), kind, false, List.of(), null);
    }

    public static AttributeSpec required(String name, String label, Kind kind) {
        return new AttributeSpec(name, Text.of(label), kind, true, List.of(), null);
    }

    public static AttributeSpec choice(String name, String label, boolean required, String... allowed) {
        return new AttributeSpec(name, Text.of(label), Kind.CHOICE, required, List.of(allowed), null);
    }

    public AttributeSpec withUnit(String newUnit) {
        return new AttributeSpec(name, label, kind, required, allowed, newUnit, words, bounds);
    }

    /**
     * This number attribute with other bounds, e.g. {@code spec("rating", ..., INTEGER).withRange(1, 5)}
     * or {@code spec("change", ..., NUMBER).withBounds(Bounds.AMOUNT.withDecimals(2))}; they may not
     * go beyond {@link Bounds#ANY}.
     *
     * @throws IllegalArgumentException when the attribute is not a number, or the bounds go too far
     * @since 1.3
     */
    public AttributeSpec withBounds(Bounds newBounds) {
        return new AttributeSpec(name, label, kind, required, allowed, unit, words, java.util.Objects.requireNonNull(newBounds, "bounds"));
    }

    /**
     * This number attribute from {@code min} to {@code max}, with the decimals it allows already.
     *
     * @since 1.3
     */
    public AttributeSpec withRange(Number min, Number max) {
        if (bounds == null) {
            throw new IllegalArgumentException("'" + name + "' is not a number; only numbers have a range");
        }
        return withBounds(new Bounds(new BigDecimal(min.toString()), new BigDecimal(max.toString()), bounds.decimals()));
    }

    /**
     * This number attribute with at most {@code decimals} digits after the point.
     *
     * @since 1.3
     */
    public AttributeSpec withDecimals(int decimals) {
        if (bounds == null) {
            throw new IllegalArgumentException("'" + name + "' is not a number; only numbers have decimals");
        }
        return withBounds(bounds.withDecimals(decimals));
    }

    /**
     * This whole-number attribute as a calendar year, from 1900 to 2200 ({@link Bounds#YEAR}).
     *
     * @since 1.3
     */
    public AttributeSpec asYear() {
        return withBounds(Bounds.YEAR);
    }

    /**
     * This choice with words for one of its values, shown instead of the value in the progress
     * tables and summaries: {@code choice("status", "Status", "Estado", "planned", "under-way")
     * .withWords("planned", "planned", "previsto").withWords("under-way", "under way", "en curso")}.
     *
     * @since 1.2
     */
    public AttributeSpec withWords(String value, String en, String es) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException("'" + value + "' is not one of the values of " + name + ": " + String.join(", ", allowed));
        }
        Map<String, Text> more = new java.util.HashMap<>(words);
        more.put(value, Text.of(en, es));
        return new AttributeSpec(name, label, kind, required, allowed, unit, more, bounds);
    }

    /**
     * A choice's value in words in the given language: the words given with {@link #withWords},
     * else the value with spaces for its dashes ({@code "under-way"}: "under way").
     *
     * @since 1.2
     */
    public String choiceWords(String value, String language) {
        Text given = words.get(value);
        return given != null ? given.in(language) : value.replace('-', ' ');
    }

    /**
     * Checks one value of this attribute.
     *
     * @return a message for a person when the value does not fit, else empty
     */
    public Optional<String> check(Object value) {
        return check(value, "en");
    }

    /**
     * {@link #check(Object)} with the message in {@code language} ({@code en} or {@code es}).
     *
     * @since 1.6
     */
    public Optional<String> check(Object value, String language) {
        if ("es".equals(language)) {
            return checkEs(value);
        }
        String expected = switch (kind) {
            case TEXT -> isText(value) ? null : "a text, or {\"en\": ..., \"es\": ...}";
            case TEXT_LIST -> value instanceof List<?> l && allTexts(l) ? null : "a list of texts";
            case INTEGER, NUMBER, MONEY, PERCENT -> value instanceof Number n && bounds.contains(n) ? null : bounds.describe();
            case BOOLEAN -> value instanceof Boolean ? null : "true or false";
            case DATE -> value instanceof String s && parsesAsDate(s) ? null : "a date such as 2016-06-07, 2016-06 or 2016-10-20/2016-10-21";
            case CHOICE -> value instanceof String s && allowed.contains(s) ? null : "one of " + String.join(", ", allowed);
            case QUANTITY -> value instanceof Map<?, ?> m && m.get("value") instanceof Number n && bounds.contains(n) && m.get("unit") instanceof String
                    ? null : "a quantity such as {\"value\": 6000, \"unit\": \"m3\"} whose value is " + bounds.describe();
            case ORGANIZATIONS -> value instanceof List<?> l && allStrings(l) ? null : "a list of organization ids";
            case COUNTS -> value instanceof Map<?, ?> m && allWithin(m.values())
                    ? null : "an object of counts by organization id, such as {\"cal-fire\": 10}, each " + bounds.describe();
            case URL -> value instanceof String s && Evidence.isWebAddress(s) ? null : "a web address starting with https:// or http://";
        };
        if (expected == null) {
            return Optional.empty();
        }
        if (kind == Kind.QUANTITY && value instanceof Map<?, ?> m && m.get("value") instanceof Number n) {
            return Optional.of("'" + name + "' must be " + expected + ", not " + describe(n) + (m.get("unit") instanceof String u ? " " + u : ""));
        }
        return Optional.of("'" + name + "' must be " + expected + ", not " + describe(value));
    }

    private Optional<String> checkEs(Object value) {
        String expected = switch (kind) {
            case TEXT -> isText(value) ? null : "un texto, o {\"en\": ..., \"es\": ...}";
            case TEXT_LIST -> value instanceof List<?> l && allTexts(l) ? null : "una lista de textos";
            case INTEGER, NUMBER, MONEY, PERCENT -> value instanceof Number n && bounds.contains(n) ? null : bounds.describe("es");
            case BOOLEAN -> value instanceof Boolean ? null : "true o false";
            case DATE -> value instanceof String s && parsesAsDate(s) ? null : "una fecha como 2016-06-07, 2016-06 o 2016-10-20/2016-10-21";
            case CHOICE -> value instanceof String s && allowed.contains(s) ? null : "uno de estos valores: " + String.join(", ", allowed);
            case QUANTITY -> value instanceof Map<?, ?> m && m.get("value") instanceof Number n && bounds.contains(n) && m.get("unit") instanceof String
                    ? null : "una cantidad como {\"value\": 6000, \"unit\": \"m3\"} cuyo valor sea " + bounds.describe("es");
            case ORGANIZATIONS -> value instanceof List<?> l && allStrings(l) ? null : "una lista de identificadores de organizaciones";
            case COUNTS -> value instanceof Map<?, ?> m && allWithin(m.values())
                    ? null : "un objeto de cantidades por identificador de organización, como {\"cal-fire\": 10}, cada una " + bounds.describe("es");
            case URL -> value instanceof String s && Evidence.isWebAddress(s) ? null : "una dirección web que empiece por https:// o http://";
        };
        if (expected == null) {
            return Optional.empty();
        }
        if (kind == Kind.QUANTITY && value instanceof Map<?, ?> m && m.get("value") instanceof Number n) {
            return Optional.of("'" + name + "': el valor debe ser " + expected + ", no " + describe(n) + (m.get("unit") instanceof String u ? " " + u : ""));
        }
        String given = value instanceof Map ? "un objeto" : value instanceof List ? "una lista" : describe(value);
        return Optional.of("'" + name + "': el valor debe ser " + expected + ", no " + given);
    }

    private static boolean isText(Object value) {
        return value instanceof String || value instanceof Map<?, ?> m && m.get("en") instanceof String;
    }

    // Plain loops in the checks and displays: the report checks and displays attributes in nearly every row.

    private static boolean allTexts(List<?> values) {
        for (Object value : values) {
            if (!isText(value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allStrings(List<?> values) {
        for (Object value : values) {
            if (!(value instanceof String)) {
                return false;
            }
        }
        return true;
    }

    private boolean allWithin(java.util.Collection<?> values) {
        for (Object value : values) {
            if (!(value instanceof Number n && bounds.contains(n))) {
                return false;
            }
        }
        return true;
    }

    private static boolean parsesAsDate(String s) {
        try {
            DateSpan.parse(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String describe(Object value) {
        if (value instanceof String s) {
            return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof BigDecimal d && (d.abs().compareTo(Bounds.LIMIT) > 0 || d.scale() > 20)) {
            return d.toString(); // scientific notation: 1E+400, not four hundred digits
        }
        String shown = String.valueOf(value);
        return shown.length() > 40 ? shown.substring(0, 20) + "... (" + shown.length() + " digits)" : shown;
    }

    /** This attribute's value written for people, in the given language; organization ids are shown as they are. */
    public String display(Object value, String language) {
        return display(value, language, java.util.function.Function.identity());
    }

    /**
     * This attribute's value written for people, in the given language, with organization ids
     * (of {@link Kind#ORGANIZATIONS} and {@link Kind#COUNTS}) written by {@code organization}
     * (e.g. {@link ReportContext#organization}). A number with a unit and a quantity are written as the reports write a
     * figure ({@link Numbers#amount}): "$252,038", "3,800 m³", a unit in the words the reports know for it in that language
     * ("15,000 llantas"), else as given.
     */
    public String display(Object value, String language, java.util.function.Function<String, String> organization) {
        Locale locale = Numbers.locale(language);
        return switch (kind) {
            case TEXT -> textOf(value, language);
            case TEXT_LIST -> value instanceof List<?> l ? texts(l, language) : String.valueOf(value);
            case ORGANIZATIONS -> value instanceof List<?> l ? organizations(l, organization) : String.valueOf(value);
            // a number with a unit, and a quantity, as the reports write a figure's: "3,800 m³", "15,000 llantas" in Spanish
            case INTEGER, NUMBER -> unit != null && value instanceof Number n ? Numbers.amount(new BigDecimal(n.toString()), unit, language)
                    : number(value, locale) + (unit == null ? "" : " " + unit);
            case MONEY -> (unit == null || "USD".equals(unit) ? "$" : unit + " ") + number(value, locale);
            case PERCENT -> number(value, locale) + "%";
            case DATE -> value instanceof String s ? date(s, language) : String.valueOf(value);
            case QUANTITY -> value instanceof Map<?, ?> m && m.get("value") instanceof Number n && m.get("unit") instanceof String u
                    ? Numbers.amount(new BigDecimal(n.toString()), u, language)
                    : value instanceof Map<?, ?> m ? number(m.get("value"), locale) + " " + m.get("unit") : String.valueOf(value);
            case COUNTS -> value instanceof Map<?, ?> m ? counts(m, locale, organization) : String.valueOf(value);
            case BOOLEAN -> Boolean.TRUE.equals(value) ? ("es".equals(language) ? "sí" : "yes") : "no";
            case CHOICE -> value instanceof String s ? choiceWords(s, language) : String.valueOf(value);
            case URL -> String.valueOf(value);
        };
    }

    // The lists are joined as String.join joins them: measured once, copied once.

    /** The texts joined by ", ". */
    private static String texts(List<?> values, String language) {
        String[] texts = new String[values.size()];
        int i = 0;
        for (Object value : values) {
            texts[i++] = textOf(value, language);
        }
        return String.join(", ", texts);
    }

    /** The organizations joined by ", ", each written by {@code organization}. */
    private static String organizations(List<?> ids, java.util.function.Function<String, String> organization) {
        String[] names = new String[ids.size()];
        int i = 0;
        for (Object id : ids) {
            names[i++] = organization.apply(String.valueOf(id));
        }
        return String.join(", ", names);
    }

    /** "10 CAL FIRE, 7 CONAFOR": each count with its organization, joined by ", ". */
    private static String counts(Map<?, ?> counts, Locale locale, java.util.function.Function<String, String> organization) {
        String[] parts = new String[counts.size()];
        int i = 0;
        for (Map.Entry<?, ?> entry : counts.entrySet()) {
            parts[i++] = number(entry.getValue(), locale) + " " + organization.apply(String.valueOf(entry.getKey()));
        }
        return String.join(", ", parts);
    }

    /** A date as a person reads it, or the value as it is when it is not a date; parsed once. */
    private static String date(String value, String language) {
        DateSpan span;
        try {
            span = DateSpan.parse(value);
        } catch (IllegalArgumentException e) {
            return value;
        }
        return Dates.format(span, language);
    }

    private static String number(Object value, Locale locale) {
        if (!(value instanceof Number n)) {
            return String.valueOf(value);
        }
        return Numbers.format(new BigDecimal(n.toString()), locale);
    }

    /** A text attribute's value in the given language (a plain string, or the bilingual object's entry). */
    public static String textOf(Object value, String language) {
        if (value instanceof Map<?, ?> m) {
            Object localized = m.get(language);
            return String.valueOf(localized != null ? localized : m.get("en"));
        }
        return String.valueOf(value);
    }

    /** The default summary of a deliverable: "Label: value" for each attribute given, joined by " · ". */
    public static String summarise(List<AttributeSpec> specs, Map<String, Object> attributes, String language) {
        return summarise(specs, attributes, language, java.util.function.Function.identity());
    }

    /** The default summary, with organization ids written by {@code organization}. */
    public static String summarise(List<AttributeSpec> specs, Map<String, Object> attributes, String language,
            java.util.function.Function<String, String> organization) {
        // label and value side by side, joined once at the end: this runs for most rows of a report
        String[] parts = new String[2 * specs.size()];
        int count = 0;
        int length = 0;
        for (AttributeSpec spec : specs) {
            Object value = attributes.get(spec.name());
            if (value != null && spec.check(value).isEmpty()) {
                String label = spec.label().in(language);
                String shown = String.valueOf(spec.display(value, language, organization));
                parts[count++] = label;
                parts[count++] = shown;
                length += label.length() + 2 + shown.length() + 3;
            }
        }
        if (count == 0) {
            return "";
        }
        StringBuilder summary = new StringBuilder(length);
        for (int i = 0; i < count; i += 2) {
            if (i > 0) {
                summary.append(" · ");
            }
            summary.append(parts[i]).append(": ").append(parts[i + 1]);
        }
        return summary.toString();
    }
}
