package mou.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A text a person reads, in English and, where given, Spanish. The agreement is binational,
 * so every name, goal, activity, deliverable and narrative carries both where the source does.
 * A text that is not translated on purpose (a proper name, the title of a document that exists
 * only in English) carries an {@code asIs} marker instead of its Spanish: the Spanish report shows
 * it as it is and does not count it as untranslated.
 * <p>
 * A Spanish version remembers the English it was translated from ({@link #esOf()}, a fingerprint of
 * that English), so that a change of the English afterwards shows as a stale translation
 * ({@link #spanishStale()}) until somebody gives the Spanish again ({@link #withSpanish(String)}).
 * Changing the English with {@link #withEnglish(String)} keeps the Spanish and its fingerprint;
 * constructing a text with both languages says the Spanish translates that English.
 *
 * @param en the English text, never null (may be empty only for {@link #EMPTY})
 * @param es the Spanish text, or null when not given
 * @param asIs why the text stays as it is in every language, {@value #NAME} or
 *        {@value #ENGLISH_ONLY_TITLE}; null when the text is to be translated (since 1.5)
 * @param esOf the {@link #fingerprint(String) fingerprint} of the English the Spanish was translated
 *        from; null exactly when there is no Spanish; when null is given with a Spanish text, the
 *        fingerprint of {@code en} (the Spanish translates this English) (since 1.6)
 */
public record Text(String en, String es, String asIs, String esOf) {

    /** The {@code asIs} marker of a proper name: a person, an organization, a place, a code. */
    public static final String NAME = "name";
    /** The {@code asIs} marker of the title of a document that exists only in English. */
    public static final String ENGLISH_ONLY_TITLE = "english-only-title";
    /** The {@code asIs} markers the workspace may give. */
    public static final Set<String> AS_IS = Set.of(NAME, ENGLISH_ONLY_TITLE);

    public static final Text EMPTY = new Text("", null);

    /**
     * The languages of every text, English first: the one list of the languages a report is written in, a
     * problem is said in and the web application's pages are shown in ({@code en} and {@code es}).
     *
     * @since 1.9
     */
    public static final List<String> LANGUAGES = List.of("en", "es");

    public Text {
        Objects.requireNonNull(en, "en");
        if (es != null && es.isBlank()) {
            es = null;
        }
        if (asIs != null && asIs.isBlank()) {
            asIs = null;
        }
        if (es == null) {
            esOf = null;
        } else if (esOf == null || esOf.isBlank()) {
            esOf = fingerprint(en);
        }
    }

    /** A text to be translated, with its Spanish where given (translating this English). */
    public Text(String en, String es) {
        this(en, es, null, null);
    }

    /**
     * A text with its Spanish (translating this English) and its {@code asIs} marker.
     *
     * @since 1.5
     */
    public Text(String en, String es, String asIs) {
        this(en, es, asIs, null);
    }

    /**
     * The fingerprint of an English text that {@link #esOf()} holds: the first 12 hexadecimal digits of
     * the SHA-256 of its UTF-8 bytes. Any change of the English, even of one space, changes it.
     *
     * @since 1.6
     */
    public static String fingerprint(String en) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(en.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Whether the Spanish version was translated from another English than the present one: the
     * English changed after the translation, so the Spanish may no longer say the same.
     *
     * @since 1.6
     */
    public boolean spanishStale() {
        return es != null && !esOf.equals(fingerprint(en));
    }

    /**
     * This text with another English, keeping the Spanish and the English it was translated from:
     * when the English differs, the Spanish becomes {@link #spanishStale() stale}.
     *
     * @since 1.6
     */
    public Text withEnglish(String english) {
        return new Text(english, es, asIs, esOf);
    }

    /**
     * This text with the given Spanish version, translating the present English (null or blank
     * removes the Spanish).
     *
     * @since 1.6
     */
    public Text withSpanish(String spanish) {
        return new Text(en, spanish, asIs, null);
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
        return new Text(en, null, why, null);
    }

    /** The text in the given language, falling back to English when that language is not given. */
    public String in(Locale locale) {
        return in(locale == null ? "en" : locale.getLanguage());
    }

    /** The text in the given ISO 639 language code, falling back to English. */
    public String in(String language) {
        return in(language, en, es);
    }

    /**
     * {@code es} for Spanish when there is one, else {@code en}: the one rule by which a text, a message
     * or a problem is said in a language ({@code en} or {@code es}).
     *
     * @since 1.7
     */
    public static String in(String language, String en, String es) {
        return "es".equals(language) && es != null ? es : en;
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
