package mou.core.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import mou.core.model.DateSpan;
import mou.core.model.Text;
import mou.core.report.Labels;

/**
 * What deliverable types share: declaring bilingual attributes, and reading a deliverable's
 * attribute values to word a summary. Readers return empty when a value is missing or does not
 * fit: a wrongly typed value is reported by validation, not here.
 */
public final class Attributes {

    private Attributes() {
    }

    public static AttributeSpec spec(String name, String en, String es, AttributeSpec.Kind kind) {
        return new AttributeSpec(name, Text.of(en, es), kind, false, List.of(), null);
    }

    public static AttributeSpec required(String name, String en, String es, AttributeSpec.Kind kind) {
        return new AttributeSpec(name, Text.of(en, es), kind, true, List.of(), null);
    }

    public static AttributeSpec choice(String name, String en, String es, String... allowed) {
        return new AttributeSpec(name, Text.of(en, es), AttributeSpec.Kind.CHOICE, false, List.of(allowed), null);
    }

    public static Optional<BigDecimal> number(Map<String, Object> attributes, String name) {
        return attributes.get(name) instanceof Number n ? Optional.of(new BigDecimal(n.toString())) : Optional.empty();
    }

    public static Optional<String> string(Map<String, Object> attributes, String name) {
        return attributes.get(name) instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    /** A text attribute (a string or {"en", "es"}) in the language. */
    public static Optional<String> text(Map<String, Object> attributes, String name, String language) {
        Object value = attributes.get(name);
        if (value instanceof String s && !s.isBlank() || value instanceof Map<?, ?> m && m.get("en") instanceof String) {
            return Optional.of(AttributeSpec.textOf(value, language));
        }
        return Optional.empty();
    }

    /** The texts of a list attribute in the language; empty when it is not a list. */
    public static List<String> texts(Map<String, Object> attributes, String name, String language) {
        if (!(attributes.get(name) instanceof List<?> list) || list.isEmpty()) {
            return List.of();
        }
        String[] texts = new String[list.size()];
        int i = 0;
        for (Object value : list) {
            texts[i++] = AttributeSpec.textOf(value, language);
        }
        return List.of(texts);
    }

    /** A list of organization ids, each written by {@code names} (e.g. {@link ReportContext#organization}). */
    public static String organizations(Map<String, Object> attributes, String name, Function<String, String> names) {
        if (!(attributes.get(name) instanceof List<?> list)) {
            return "";
        }
        String[] organizations = new String[list.size()];
        int i = 0;
        for (Object id : list) {
            organizations[i++] = names.apply(String.valueOf(id));
        }
        return String.join(", ", organizations);
    }

    /** A date attribute as a person reads it ("April 2016"). */
    public static Optional<String> date(Map<String, Object> attributes, String name, String language) {
        if (attributes.get(name) instanceof String s) {
            try {
                return Optional.of(Dates.format(DateSpan.parse(s), language));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A valid attribute's value as its spec displays it. */
    public static Optional<String> shown(List<AttributeSpec> specs, Map<String, Object> attributes, String name, String language) {
        Object value = attributes.get(name);
        for (AttributeSpec spec : specs) {
            if (spec.name().equals(name)) {
                if (value == null || spec.check(value).isPresent()) {
                    return Optional.empty();
                }
                String shown = spec.display(value, language);
                return shown == null || shown.isBlank() ? Optional.empty() : Optional.of(shown);
            }
        }
        return Optional.empty();
    }

    /**
     * The attributes of a deliverable type, each choice with the words its plugin's labels give its values
     * ({@code <type>.<attribute>.<value>} in {@code labels.properties} and {@code labels_es.properties},
     * {@link Labels#forPlugin}), as {@link AttributeSpec#withWords} gives them: the words of the plugin's
     * summaries, written once, are then also the words of the web's deliverable forms and the progress
     * tables. A value the labels have no words for in both languages is left as it is.
     *
     * @param plugin any class of the plugin, e.g. the type itself
     * @since 1.9
     */
    public static List<AttributeSpec> withChoiceWords(Class<?> plugin, String type, List<AttributeSpec> specs) {
        Labels en = Labels.forPlugin(plugin, "en");
        Labels es = Labels.forPlugin(plugin, "es");
        return specs.stream().map(spec -> {
            AttributeSpec worded = spec;
            if (spec.kind() == AttributeSpec.Kind.CHOICE) {
                for (String value : spec.allowed()) {
                    String key = type + "." + spec.name() + "." + value;
                    String inEnglish = en.get(key);
                    String inSpanish = es.get(key);
                    if (!inEnglish.startsWith("[") && !inSpanish.startsWith("[")) {
                        worded = worded.withWords(value, inEnglish, inSpanish);
                    }
                }
            }
            return worded;
        }).toList();
    }

    /**
     * A CHOICE value in words, from a plugin's labels ({@code <type>.<attribute>.<value>}); the
     * value itself with spaces for dashes when the labels have no words for it.
     */
    public static Optional<String> choiceWords(Labels labels, String type, Map<String, Object> attributes, String attribute) {
        if (!(attributes.get(attribute) instanceof String value)) {
            return Optional.empty();
        }
        String words = labels.get(type + "." + attribute + "." + value);
        return Optional.of(words.startsWith("[") ? value.replace('-', ' ') : words);
    }

    public static boolean isEmptyList(Object value) {
        return value instanceof List<?> list && list.isEmpty();
    }

    /** Joins the non-blank parts with " · ", with a capital first letter. */
    public static String join(List<String> parts) {
        // measured first and built once, the first letter raised as it is written: summaries end here
        int length = 0;
        String first = null;
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                length += (first == null ? 0 : 3) + part.length();
                if (first == null) {
                    first = part;
                }
            }
        }
        if (first == null) {
            return "";
        }
        String initial = first.substring(0, 1).toUpperCase(Locale.ROOT);
        StringBuilder joined = new StringBuilder(length + initial.length() - 1).append(initial).append(first, 1, first.length());
        boolean pastFirst = false;
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (pastFirst) {
                    joined.append(" · ").append(part);
                }
                pastFirst = true;
            }
        }
        return joined.toString();
    }

    public static boolean es(String language) {
        return "es".equals(language);
    }
}
