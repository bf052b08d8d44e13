package mou.core.spi;

import mou.core.model.Text;
import mou.core.spi.Problem.Severity;

/**
 * A text of the workspace and where it was read: what {@link WorkspaceStore#loadPlacingTexts} lists, so
 * that a check of the model's texts (a missing or stale translation) can say where each one is.
 *
 * @param text the text, the very instance the loaded workspace holds
 * @param file the file, relative to the workspace, with '/' separators
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param path the JSON path of the text, e.g. {@code $.goals[2].activities[0].description}
 * @since 1.5
 */
public record TextPlace(Text text, String file, int line, int column, String path) {

    /** A problem of this text, located where it was read. */
    public Problem problem(Severity severity, String message) {
        return new Problem(severity, file, line, column, path, message);
    }

    /**
     * What a reader of the given language misses in this text, in plain words with what to do; null when
     * nothing: English is the source, a text marked as it is ({@link Text#isAsIs()}) and an empty one
     * never miss anything. For {@code es}: a text without Spanish, or whose Spanish translates an older
     * English ({@link Text#spanishStale()}).
     */
    public String translationProblem(String language) {
        if (!"es".equals(language)) {
            return null;
        }
        if (text.untranslatedIn(language)) {
            return "no Spanish version of \"" + excerpt(text.en()) + "\": add \"es\" beside \"en\" here, give it with the command"
                    + " that writes this text (its --...-es option), or through a translator (translations export --language es,"
                    + " then translations import FILE)";
        }
        if (text.spanishStale()) {
            return "the Spanish \"" + excerpt(text.es()) + "\" translates an older English (the English was changed after it was"
                    + " translated): check it against the English \"" + excerpt(text.en()) + "\" and give the Spanish again (the"
                    + " command's --...-es option, or a translator's file); by hand, remove \"esOf\" here once the Spanish is right";
        }
        return null;
    }

    /** The start of a text, to recognise it in a message. */
    private static String excerpt(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }

    /** {@code file:line:column}, to name the place in a sentence. */
    public String where() {
        return file + ":" + line + ":" + column;
    }
}
