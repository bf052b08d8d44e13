package mou.core.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A text a person reads, in English and, where given, Spanish. The agreement is binational,
 * so every name, goal, activity, deliverable and narrative carries both where the source does.
 * A text that is not translated on purpose (a proper name, the title of a document that exists
 * only in English) carries an {@code asIs} marker instead of its Spanish: the Spanish report shows
 * it as it is and does not count it as untranslated.
 *
 * @param en the English text, never null (may be empty only for {@link #EMPTY})
 * @param es the Spanish text, or null when not given
 * @param asIs why the text stays as it is in every language, {@value #NAME} or
 *        {@value #ENGLISH_ONLY_TITLE}; null when the text is to be translated (since 1.5)
 */
public record Text(String en, String es, String asIs) {

    /** The {@code asIs} marker of a proper name: a person, an organization, a place, a code. */
    public static final String NAME = "name";
    /** The {@code asIs} marker of the title of a document that exists only in English. */
    public static final String ENGLISH_ONLY_TITLE = "english-only-title";
    /** The {@code asIs} markers the workspace may give. */
    public static final Set<String> AS_IS = Set.of(NAME, ENGLISH_ONLY_TITLE);

    public static final Text EMPTY = new Text("", null);

    public Text {
        Objects.requireNonNull(en, "en");
        if (es != null && es.isBlank()) {
            es = null;
        }
        if (asIs != null && asIs.isBlank()) {
            asIs = null;
        }
    }

    /** A text to be translated, with its Spanish where given. */
    public Text(String en, String es) {
        this(en, es, null);
    }

    public static Text of(String en) {
        return en == null ? null : new Text(en, null);
    }

    public static Text of(String en, String es) {
        return new Text(en, es);
    }

    /**
     * A text shown as it is in every language, e.g. {@code Text.asIs("Comité Cívico del Valle", Text.NAME)}.
     *
     * @since 1.5
     */
    public static Text asIs(String en, String why) {
        return new Text(en, null, why);
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

    /**
     * Whether the text is marked to stay as it is (a proper name, an English-only title).
     *
     * @since 1.5
     */
    public boolean isAsIs() {
        return asIs != null;
    }

    /**
     * Whether a reader of the given language sees this text in English because nobody has
     * translated it yet: not English, no version in that language, not marked {@code asIs}, not empty.
     *
     * @since 1.5
     */
    public boolean untranslatedIn(String language) {
        return language != null && !"en".equals(language) && !isAsIs() && !en.isBlank()
                && !("es".equals(language) && es != null);
    }

    public boolean isEmpty() {
        return en.isEmpty() && es == null;
    }

    @Override
    public String toString() {
        return en;
    }
}
