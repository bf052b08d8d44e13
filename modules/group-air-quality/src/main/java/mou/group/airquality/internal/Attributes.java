package mou.group.airquality.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mou.core.model.DateSpan;
import mou.core.model.Text;
import mou.core.spi.AttributeSpec;
import mou.core.spi.AttributeSpec.Kind;
import mou.core.spi.Dates;

/** Small helpers the group's deliverable types share to declare, read and word their attributes. */
final class Attributes {

    private Attributes() {
    }

    static AttributeSpec spec(String name, String en, String es, Kind kind) {
        return new AttributeSpec(name, Text.of(en, es), kind, false, List.of(), null);
    }

    static AttributeSpec required(String name, String en, String es, Kind kind) {
        return new AttributeSpec(name, Text.of(en, es), kind, true, List.of(), null);
    }

    static AttributeSpec choice(String name, String en, String es, String... allowed) {
        return new AttributeSpec(name, Text.of(en, es), Kind.CHOICE, false, List.of(allowed), null);
    }

    /** The attribute as a number, when it is one (a wrongly typed value is reported by its spec, not here). */
    static Optional<BigDecimal> number(Map<String, Object> attributes, String name) {
        return attributes.get(name) instanceof Number n ? Optional.of(new BigDecimal(n.toString())) : Optional.empty();
    }

    static Optional<String> string(Map<String, Object> attributes, String name) {
        return attributes.get(name) instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    /** A text attribute in the language, when it is a text. */
    static Optional<String> text(Map<String, Object> attributes, String name, String language) {
        Object value = attributes.get(name);
        if (value instanceof String s && !s.isBlank() || value instanceof Map<?, ?> m && m.get("en") instanceof String) {
            return Optional.of(AttributeSpec.textOf(value, language));
        }
        return Optional.empty();
    }

    /** The texts of a list attribute in the language; empty when it is not a list. */
    static List<String> texts(Map<String, Object> attributes, String name, String language) {
        return attributes.get(name) instanceof List<?> list
                ? list.stream().map(v -> AttributeSpec.textOf(v, language)).toList() : List.of();
    }

    /**
     * Organization ids written for a one-line summary. A summary has no workspace to look names
     * up in, and the ids are the acronyms in lower case (carb, spa, us-epa), so upper case reads right.
     */
    static String organizations(Map<String, Object> attributes, String name) {
        return attributes.get(name) instanceof List<?> list
                ? String.join(", ", list.stream().map(v -> String.valueOf(v).toUpperCase(Locale.ROOT)).toList()) : "";
    }

    /** A date attribute as a person reads it ("April 2016"), when it is a valid date. */
    static Optional<String> date(Map<String, Object> attributes, String name, String language) {
        if (attributes.get(name) instanceof String s) {
            try {
                return Optional.of(Dates.format(DateSpan.parse(s), language));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static boolean es(String language) {
        return "es".equals(language);
    }
}
