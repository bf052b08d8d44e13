package mou.core.spi;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mou.core.model.DateSpan;
import mou.core.model.Text;

/**
 * One attribute a {@link DeliverableType} accepts.
 *
 * @param name the key in the deliverable's {@code attributes} object, e.g. {@code "pollutant"}
 * @param label a name for people, e.g. "Pollutant"
 * @param kind what sort of value it holds
 * @param required whether every deliverable of the type must give it
 * @param allowed for {@link Kind#CHOICE}, the values allowed; otherwise empty
 * @param unit for numbers, the unit shown after the value (e.g. "samples"), or null
 */
public record AttributeSpec(String name, Text label, Kind kind, boolean required, List<String> allowed, String unit) {

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
    }

    public static AttributeSpec of(String name, String label, Kind kind) {
        return new AttributeSpec(name, Text.of(label), kind, false, List.of(), null);
    }

    public static AttributeSpec required(String name, String label, Kind kind) {
        return new AttributeSpec(name, Text.of(label), kind, true, List.of(), null);
    }

    public static AttributeSpec choice(String name, String label, boolean required, String... allowed) {
        return new AttributeSpec(name, Text.of(label), Kind.CHOICE, required, List.of(allowed), null);
    }

    public AttributeSpec withUnit(String newUnit) {
        return new AttributeSpec(name, label, kind, required, allowed, newUnit);
    }

    /**
     * Checks one value of this attribute.
     *
     * @return a message for a person when the value does not fit, else empty
     */
    public Optional<String> check(Object value) {
        String expected = switch (kind) {
            case TEXT -> isText(value) ? null : "a text, or {\"en\": ..., \"es\": ...}";
            case TEXT_LIST -> value instanceof List<?> l && l.stream().allMatch(AttributeSpec::isText) ? null : "a list of texts";
            case INTEGER -> value instanceof Number n && isWhole(n) ? null : "a whole number";
            case NUMBER, MONEY -> value instanceof Number ? null : "a number";
            case PERCENT -> value instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 100 ? null : "a number from 0 to 100";
            case BOOLEAN -> value instanceof Boolean ? null : "true or false";
            case DATE -> value instanceof String s && parsesAsDate(s) ? null : "a date such as 2016-06-07, 2016-06 or 2016-10-20/2016-10-21";
            case CHOICE -> value instanceof String s && allowed.contains(s) ? null : "one of " + String.join(", ", allowed);
            case QUANTITY -> value instanceof Map<?, ?> m && m.get("value") instanceof Number && m.get("unit") instanceof String
                    ? null : "a quantity such as {\"value\": 6000, \"unit\": \"m3\"}";
            case ORGANIZATIONS -> value instanceof List<?> l && l.stream().allMatch(String.class::isInstance) ? null : "a list of organization ids";
            case COUNTS -> value instanceof Map<?, ?> m && m.values().stream().allMatch(v -> v instanceof Number n && isWhole(n))
                    ? null : "an object of whole numbers by organization id, such as {\"cal-fire\": 10}";
            case URL -> value instanceof String s && (s.startsWith("https://") || s.startsWith("http://")) ? null : "a web address starting with https:// or http://";
        };
        if (expected == null) {
            return Optional.empty();
        }
        return Optional.of("'" + name + "' must be " + expected + ", not " + describe(value));
    }

    private static boolean isText(Object value) {
        return value instanceof String || value instanceof Map<?, ?> m && m.get("en") instanceof String;
    }

    private static boolean isWhole(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof java.math.BigInteger) {
            return true;
        }
        return new BigDecimal(n.toString()).stripTrailingZeros().scale() <= 0;
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
        return String.valueOf(value);
    }

    /** This attribute's value written for people, in the given language; organization ids are shown as they are. */
    public String display(Object value, String language) {
        return display(value, language, java.util.function.Function.identity());
    }

    /**
     * This attribute's value written for people, in the given language, with organization ids
     * (of {@link Kind#ORGANIZATIONS} and {@link Kind#COUNTS}) written by {@code organization}
     * (e.g. {@link ReportContext#organization}).
     */
    public String display(Object value, String language, java.util.function.Function<String, String> organization) {
        Locale locale = "es".equals(language) ? Locale.forLanguageTag("es-MX") : Locale.US;
        return switch (kind) {
            case TEXT -> textOf(value, language);
            case TEXT_LIST -> value instanceof List<?> l
                    ? String.join(", ", l.stream().map(v -> textOf(v, language)).toList()) : String.valueOf(value);
            case ORGANIZATIONS -> value instanceof List<?> l
                    ? String.join(", ", l.stream().map(v -> organization.apply(String.valueOf(v))).toList()) : String.valueOf(value);
            case INTEGER, NUMBER -> number(value, locale) + (unit == null ? "" : " " + unit);
            case MONEY -> (unit == null || "USD".equals(unit) ? "$" : unit + " ") + number(value, locale);
            case PERCENT -> number(value, locale) + "%";
            case DATE -> value instanceof String s && parsesAsDate(s) ? Dates.format(DateSpan.parse(s), language) : String.valueOf(value);
            case QUANTITY -> value instanceof Map<?, ?> m ? number(m.get("value"), locale) + " " + m.get("unit") : String.valueOf(value);
            case COUNTS -> value instanceof Map<?, ?> m
                    ? String.join(", ", m.entrySet().stream().map(e -> number(e.getValue(), locale) + " " + organization.apply(String.valueOf(e.getKey()))).toList())
                    : String.valueOf(value);
            case BOOLEAN -> Boolean.TRUE.equals(value) ? ("es".equals(language) ? "sí" : "yes") : "no";
            case CHOICE, URL -> String.valueOf(value);
        };
    }

    private static String number(Object value, Locale locale) {
        if (!(value instanceof Number n)) {
            return String.valueOf(value);
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(new BigDecimal(n.toString()));
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
        List<String> parts = new ArrayList<>();
        for (AttributeSpec spec : specs) {
            Object value = attributes.get(spec.name());
            if (value != null && spec.check(value).isEmpty()) {
                parts.add(spec.label().in(language) + ": " + spec.display(value, language, organization));
            }
        }
        return String.join(" · ", parts);
    }
}
