package mou.core.report;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.WeakHashMap;
import mou.core.model.ProgressLevel;
import mou.core.model.ReviewState;

/**
 * The report's own words (headings, level names, column titles) in one language, read from
 * resource bundles so that a report in another language is a matter of data, not code.
 * The core's labels are {@code mou/core/labels*.properties}; a plugin may load its own with
 * {@link #load(String, ClassLoader, String)}.
 */
public final class Labels {

    private static final String CORE_BUNDLE = "mou.core.labels";
    private static final Locale ENGLISH = Locale.forLanguageTag("en");
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    /**
     * The labels loaded so far, by class loader, then by bundle name and language tag: plugins
     * load their labels for every deliverable they sum up. Weakly keyed, so that a plugin's labels
     * go with its class loader when its bundle is updated or uninstalled (labels hold no
     * reference to their loader). Guarded by itself.
     */
    private static final Map<ClassLoader, Map<String, Labels>> LOADED = new WeakHashMap<>();

    /** Every label of the bundle and its parents, as {@link ResourceBundle#getString} resolves it, read once. */
    private final Map<String, String> words;
    private final String language;
    /** The language alone, as {@link #format} gives it to MessageFormat. */
    private final Locale locale;

    private Labels(ResourceBundle bundle, String language) {
        Map<String, String> words = new HashMap<>();
        for (String key : bundle.keySet()) {
            words.put(key, bundle.getString(key));
        }
        this.words = Map.copyOf(words);
        this.language = language;
        this.locale = locale(language);
    }

    /** The core's labels in a language ({@code "en"} or {@code "es"}; others fall back to English). */
    public static Labels forLanguage(String language) {
        return load(CORE_BUNDLE, Labels.class.getClassLoader(), language);
    }

    /** A bundle's labels, e.g. a plugin's {@code "mou.group.example.labels"} from its own class loader. */
    public static Labels load(String baseName, ClassLoader loader, String language) {
        String tag = language == null ? "en" : language;
        String key = baseName + '\n' + tag;
        synchronized (LOADED) {
            Labels loaded = LOADED.getOrDefault(loader, Map.of()).get(key);
            if (loaded != null) {
                return loaded;
            }
        }
        Locale locale = locale(tag);
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Labels labels = new Labels(bundle, locale.getLanguage());
        synchronized (LOADED) {
            Map<String, Labels> byName = LOADED.get(loader);
            if (byName == null) {
                byName = new HashMap<>();
                LOADED.put(loader, byName);
            }
            byName.putIfAbsent(key, labels);
        }
        return labels;
    }

    /**
     * A plugin's own labels in a language: the resource bundle {@code labels} (e.g.
     * {@code labels.properties}, {@code labels_es.properties}) in the package of the given class, or
     * in the package above it when the class is in an {@code internal} package, loaded by the
     * class's own loader. For {@code mou.group.wildfires.internal.FieldObservationType} that is
     * {@code mou/group/wildfires/labels*.properties}. Any class of the plugin serves; loaded once.
     *
     * @since 1.2
     */
    public static Labels forPlugin(Class<?> pluginClass, String language) {
        return load(pluginBundle(pluginClass), pluginClass.getClassLoader(), language);
    }

    /** The base name of a plugin's labels bundle, as {@link #forPlugin} reads it. */
    public static String pluginBundle(Class<?> pluginClass) {
        String[] segments = pluginClass.getPackageName().split("\\.");
        StringBuilder name = new StringBuilder();
        for (String segment : segments) {
            if (segment.equals("internal") || segment.isEmpty()) {
                break;
            }
            name.append(segment).append('.');
        }
        return name.append("labels").toString();
    }

    /** The locale of a language tag; the report's two languages without parsing the tag each time (plugins load labels per row). */
    private static Locale locale(String tag) {
        return switch (tag) {
            case "en" -> ENGLISH;
            case "es" -> SPANISH;
            default -> Locale.forLanguageTag(tag);
        };
    }

    public String language() {
        return language;
    }

    /** The label for a key; the key itself in brackets when missing, so a gap shows instead of failing. */
    public String get(String key) {
        String word = words.get(key);
        return word != null ? word : "[" + key + "]";
    }

    /** The label for a key with {@link MessageFormat} arguments filled in. */
    public String format(String key, Object... arguments) {
        String pattern = get(key);
        String filled = fill(pattern, arguments);
        if (filled != null) {
            return filled;
        }
        MessageFormat format = new MessageFormat(pattern.replace("'", "''"), locale);
        return format.format(arguments);
    }

    /**
     * The pattern with its placeholders filled in as {@link MessageFormat} fills them, when the
     * placeholders are all plain ({@code {0}}, {@code {1}}...), as every label's are; null for
     * anything else (a format type, an unmatched brace), which is left to MessageFormat. Quotes
     * need no care: {@link #format} gives MessageFormat every quote doubled, i.e. as it is.
     * Parsing a MessageFormat costs more than the rest of most rows of the report.
     */
    private String fill(String pattern, Object[] arguments) {
        int open = pattern.indexOf('{');
        if (open < 0) {
            return pattern.indexOf('}') < 0 ? pattern : null;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int from = 0;
        while (open >= 0) {
            int close = open + 1;
            int index = 0;
            while (close < pattern.length() && close - open <= 3 && isDigit(pattern.charAt(close))) {
                index = index * 10 + (pattern.charAt(close) - '0');
                close++;
            }
            if (close == open + 1 || close >= pattern.length() || pattern.charAt(close) != '}'
                    || pattern.lastIndexOf('}', open) >= from) {
                return null;
            }
            out.append(pattern, from, open);
            if (arguments == null || index >= arguments.length) {
                out.append('{').append(index).append('}');
            } else if (!argument(out, arguments[index])) {
                return null;
            }
            from = close + 1;
            open = pattern.indexOf('{', from);
        }
        if (pattern.indexOf('}', from) >= 0) {
            return null;
        }
        return out.append(pattern, from, pattern.length()).toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Appends an argument as MessageFormat writes one without a format type; false for a date, which is left to MessageFormat. */
    private boolean argument(StringBuilder out, Object argument) {
        if (argument == null) {
            out.append("null");
        } else if (argument instanceof String text) {
            out.append(text);
        } else if (argument instanceof Integer small && small >= 0 && small < 1000 && (locale == ENGLISH || locale == SPANISH)) {
            out.append(small.intValue()); // as NumberFormat writes it in these languages: no grouping, ASCII digits
        } else if (argument instanceof Number number) {
            out.append(NumberFormat.getInstance(locale).format(number));
        } else if (argument instanceof java.util.Date) {
            return false;
        } else {
            String text = argument.toString();
            out.append(text == null ? "null" : text);
        }
        return true;
    }

    /**
     * The label for a count, singular or plural: {@code key + ".one"} when the count is exactly
     * one, else {@code key + ".other"}, with the count as its argument {@code {0}} (English and
     * Spanish both use the singular for one alone: "1 figure", "2 figures", "0 figures"; "1 cifra",
     * "2 cifras"). A bundle that has only {@code key} itself serves every count.
     *
     * @since 1.4
     */
    public String plural(String key, long count) {
        String form = key + (count == 1 ? ".one" : ".other");
        return format(words.containsKey(form) ? form : key, count);
    }

    /**
     * Words that name what is counted ("sites", "priority levels", "metric tons CO2e per capita"),
     * written in the plural, as they go with a count: as given, or in the singular when the count
     * is exactly one ("1 site", "1 priority level", "1 metric ton CO2e per capita"; in Spanish
     * "1 sitio", "1 jurisdicción"). The small rule of this language changes the last plural word
     * before a linking word (per, of, in, below; por, de, en); a word it does not know as plural
     * stays as it is.
     *
     * @since 1.4
     */
    public String countWords(String plural, java.math.BigDecimal count) {
        if (plural == null || count == null || count.compareTo(java.math.BigDecimal.ONE) != 0) {
            return plural;
        }
        return singular(plural, "es".equals(language));
    }

    /** The phrase with its head word in the singular, by {@link #countWords}'s rule. */
    static String singular(String phrase, boolean spanish) {
        String[] words = phrase.split(" ", -1);
        int end = words.length;
        for (int i = 1; i < words.length; i++) {
            if (LINKING.contains(words[i].toLowerCase(Locale.ROOT))) {
                end = i;
                break;
            }
        }
        for (int i = end - 1; i >= 0; i--) {
            String single = spanish ? singularEs(words[i]) : singularEn(words[i]);
            if (single != null) {
                words[i] = single;
                return String.join(" ", words);
            }
        }
        return phrase;
    }

    private static final java.util.Set<String> LINKING = java.util.Set.of("per", "of", "in", "below", "above", "for", "por", "de", "del",
            "en", "para", "bajo", "and", "y");

    /** An English plural noun in the singular, or null when the word does not look plural. */
    private static String singularEn(String word) {
        int n = word.length();
        if (n < 3 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return null;
        }
        if (word.endsWith("ies") && n > 4) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("shes") || word.endsWith("ches") || word.endsWith("xes")) {
            return word.substring(0, n - 2);
        }
        return word.substring(0, n - 1);
    }

    /** A Spanish plural noun in the singular, or null when the word does not look plural. */
    private static String singularEs(String word) {
        int n = word.length();
        if (n < 3 || !word.endsWith("s")) {
            return null;
        }
        if (word.endsWith("iones")) {
            return word.substring(0, n - 4) + "ón"; // jurisdicciones → jurisdicción
        }
        char before = word.charAt(n - 2);
        if (before == 'e') {
            char consonant = word.charAt(n - 3);
            if (consonant == 'c') {
                return word.substring(0, n - 3) + "z"; // veces → vez
            }
            if ("lrndjy".indexOf(consonant) >= 0) {
                return word.substring(0, n - 2); // instructores → instructor, unidades → unidad
            }
            return word.substring(0, n - 1); // participantes → participante
        }
        if ("aiouáéó".indexOf(before) >= 0) {
            return word.substring(0, n - 1); // sitios → sitio, muestras → muestra
        }
        return null;
    }

    /**
     * The words of a figure's unit as the workspace gives it (in English, in the plural, e.g.
     * {@code "drains"}, {@code "states and provinces"}) in this language: the label
     * {@code unit.} + the unit with its spaces as {@code -} (e.g. {@code unit.states-and-provinces}),
     * or the unit as given when there is none (and always in English).
     *
     * @since 1.5
     */
    public String unit(String unit) {
        if (unit == null || unit.isBlank()) {
            return unit;
        }
        String word = words.get("unit." + unit.strip().replace(' ', '-'));
        return word != null ? word : unit;
    }

    /** The words of a level of the Progress Key, e.g. "Significant Progress". */
    public String level(ProgressLevel level) {
        return level == null ? get("level.not-rated") : get(level.labelKey());
    }

    /**
     * The words of a group's year's review state, in lower case as they stand in a sentence, e.g.
     * "submitted", "enviado" (the label {@code state.} + {@link ReviewState#id()}): the one place
     * the pages, the history and the quarterly report take them from.
     *
     * @since 1.6
     */
    public String state(ReviewState state) {
        return get("state." + state.id());
    }
}
