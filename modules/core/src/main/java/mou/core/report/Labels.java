package mou.core.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import mou.core.model.ProgressLevel;

/**
 * The report's own words (headings, level names, column titles) in one language, read from
 * resource bundles so that a report in another language is a matter of data, not code.
 * The core's labels are {@code mou/core/labels*.properties}; a plugin may load its own with
 * {@link #load(String, ClassLoader, String)}.
 */
public final class Labels {

    private static final String CORE_BUNDLE = "mou.core.labels";

    private final ResourceBundle bundle;
    private final String language;

    private Labels(ResourceBundle bundle, String language) {
        this.bundle = bundle;
        this.language = language;
    }

    /** The core's labels in a language ({@code "en"} or {@code "es"}; others fall back to English). */
    public static Labels forLanguage(String language) {
        return load(CORE_BUNDLE, Labels.class.getClassLoader(), language);
    }

    /** A bundle's labels, e.g. a plugin's {@code "mou.group.example.labels"} from its own class loader. */
    public static Labels load(String baseName, ClassLoader loader, String language) {
        Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Labels(bundle, locale.getLanguage());
    }

    public String language() {
        return language;
    }

    /** The label for a key; the key itself in brackets when missing, so a gap shows instead of failing. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** The label for a key with {@link MessageFormat} arguments filled in. */
    public String format(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(get(key).replace("'", "''"), Locale.forLanguageTag(language));
        return format.format(arguments);
    }

    /** The words of a level of the Progress Key, e.g. "Significant Progress". */
    public String level(ProgressLevel level) {
        return level == null ? get("level.not-rated") : get(level.labelKey());
    }
}
