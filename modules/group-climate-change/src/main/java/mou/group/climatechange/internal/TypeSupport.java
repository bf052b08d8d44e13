package mou.group.climatechange.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mou.core.model.Text;
import mou.core.report.Labels;
import mou.core.spi.AttributeSpec;
import mou.core.spi.AttributeSpec.Kind;

/** What the group's deliverable types share: bilingual attribute specs, the group's words, and summary pieces. */
final class TypeSupport {

    static final String LABELS = "mou.group.climatechange.labels";

    private TypeSupport() {
    }

    static AttributeSpec spec(String name, String en, String es, Kind kind) {
        return new AttributeSpec(name, Text.of(en, es), kind, false, List.of(), null);
    }

    static AttributeSpec choice(String name, String en, String es, String... allowed) {
        return new AttributeSpec(name, Text.of(en, es), Kind.CHOICE, false, List.of(allowed), null);
    }

    static Labels labels(String language) {
        return Labels.load(LABELS, TypeSupport.class.getClassLoader(), language);
    }

    /** A valid attribute's value as a person reads it, or empty when it is missing or does not fit its spec. */
    static Optional<String> shown(List<AttributeSpec> specs, Map<String, Object> attributes, String name, String language) {
        Object value = attributes.get(name);
        return specs.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .filter(s -> value != null && s.check(value).isEmpty())
                .map(s -> s.display(value, language))
                .filter(s -> !s.isBlank());
    }

    /**
     * A CHOICE value in words, from the group's labels ({@code <type>.<attribute>.<value>}); the value
     * itself with spaces for dashes when the labels have no words for it (e.g. a value added later).
     */
    static Optional<String> choiceWords(Labels labels, String type, Map<String, Object> attributes, String attribute) {
        if (!(attributes.get(attribute) instanceof String value)) {
            return Optional.empty();
        }
        String words = labels.get(type + "." + attribute + "." + value);
        return Optional.of(words.startsWith("[") ? value.replace('-', ' ') : words);
    }

    static boolean isEmptyList(Object value) {
        return value instanceof List<?> list && list.isEmpty();
    }

    /** Joins the parts given with " · ", with a capital first letter. */
    static String join(List<String> parts) {
        String joined = String.join(" · ", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
        return joined.isEmpty() ? joined : joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1);
    }
}
