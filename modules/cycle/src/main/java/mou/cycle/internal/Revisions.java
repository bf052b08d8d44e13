package mou.cycle.internal;

import java.util.ArrayList;
import java.util.List;
import mou.core.model.Text;

/**
 * The one rule of a text a change gives, for every request that writes one (rate, narrative, update,
 * event, figure, the spreadsheets): given with its Spanish, the Spanish translates the English given;
 * given in English only, the text keeps the Spanish it had (and its {@code asIs} marker), which becomes
 * stale when the English differs ({@link Text#withEnglish}), so that {@code validate --language es} and
 * {@code publish} show it until somebody translates it again.
 */
final class Revisions {

    private Revisions() {
    }

    /**
     * Whether a Spanish is given for a text that has no English (none before, none given): refused by every front door
     * (a form's field, a command's option, a workbook's cell), since the Spanish translates the English and would
     * otherwise be dropped without a word.
     */
    static boolean spanishAlone(boolean hasEnglish, String spanish) {
        return !hasEnglish && spanish != null && !spanish.isBlank();
    }

    /**
     * The text after a change that gives {@code en} and, where given, {@code es}; null when {@code en} is null. A Spanish
     * given empty ({@code ""}: a person emptied it) removes the Spanish; not given (null), the Spanish is kept.
     *
     * @param before the text as it was, or null for a new one
     */
    static Text revised(Text before, String en, String es) {
        if (en == null) {
            return null;
        }
        String english = en.strip();
        String spanish = es == null || es.isBlank() ? null : es.strip();
        if (before == null) {
            return Text.of(english, spanish);
        }
        Text kept = before.withEnglish(english);
        return spanish == null && es == null ? kept : kept.withSpanish(spanish);
    }

    /**
     * The text with the Spanish given (translating its present English); as it was when none is given (null) or there is
     * no text; without Spanish when the Spanish is given empty.
     */
    static Text translated(Text text, String es) {
        if (text == null || es == null) {
            return text;
        }
        return text.withSpanish(es.isBlank() ? null : es.strip());
    }

    /** As {@link #revised(Text, Text)}, removing the Spanish when {@code given} has none and {@code spanishRemoved}. */
    static Text revised(Text before, Text given, boolean spanishRemoved) {
        return given == null ? null : revised(before, given.en(), given.es() == null && spanishRemoved ? "" : given.es());
    }

    /** As {@link #revised(List, List)}, removing the Spanish of the paragraphs given without it when {@code spanishRemoved}. */
    static List<Text> revised(List<Text> before, List<Text> given, boolean spanishRemoved) {
        List<Text> after = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            after.add(revised(i < before.size() ? before.get(i) : null, given.get(i), spanishRemoved));
        }
        return after;
    }

    /** As {@link #revised(Text, String, String)} for a text given whole. */
    static Text revised(Text before, Text given) {
        return given == null ? null : revised(before, given.en(), given.es());
    }

    /**
     * Paragraphs that replace others: each keeps the Spanish of the paragraph it replaces at its place
     * (stale when its English differs) unless given with its own.
     */
    static List<Text> revised(List<Text> before, List<Text> given) {
        List<Text> after = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            after.add(revised(i < before.size() ? before.get(i) : null, given.get(i)));
        }
        return after;
    }
}
