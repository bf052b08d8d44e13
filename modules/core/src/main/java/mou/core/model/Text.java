package mou.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A text a person reads, in English and, where given, Spanish. The agreement is binational,
 * so every name, goal, activity, deliverable and narrative carries both where the source does.
 *
 * @param en the English text, never null (may be empty only for {@link #EMPTY})
 * @param es the Spanish text, or null when not given
 */
public record Text(String en, String es) {

    public static final Text EMPTY = new Text("", null);

    public Text {
        Objects.requireNonNull(en, "en");
        if (es != null && es.isBlank()) {
            es = null;
        }
    }

    public static Text of(String en) {
        return en == null ? null : new Text(en, null);
    }

    public static Text of(String en, String es) {
        return new Text(en, es);
    }

    /** The text in the given language, falling back to English when that language is not given. */
    public String in(Locale locale) {
        return in(locale == null ? "en" : locale.getLanguage());
    }

    /** The text in the given ISO 639 language code, falling back to English. */
    public String in(String language) {
        if ("es".equals(language) && es != null) {
            return es;
        }
        return en;
    }

    public boolean isEmpty() {
        return en.isEmpty() && es == null;
    }

    @Override
    public String toString() {
        return en;
    }
}
