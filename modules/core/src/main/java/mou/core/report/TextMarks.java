package mou.core.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mou.core.model.Text;

/**
 * How a workspace text that a reader of the report's language sees in English travels through the
 * report's plain-text blocks: wrapped in two private-use characters that every format turns into
 * its own markup. {@link #UNTRANSLATED} ... {@link #END} is a text that nobody has translated yet
 * (HTML: {@code <span lang="en" class="untranslated">} with a visible mark; Markdown and JSON: the
 * visible mark {@code [EN]} before it); {@link #AS_IS} ... {@link #END} is a text marked
 * {@code asIs} in the workspace (a proper name, an English-only title: HTML {@code <span lang="en">},
 * Markdown and JSON as it is). A report in English has no marks. The same characters in a
 * workspace text are removed on the way in ({@link #shown}), so nothing a file says can make a mark.
 *
 * @since 1.5
 */
public final class TextMarks {

    /** Starts a text marked {@code asIs}: shown as it is, in English. */
    public static final char AS_IS = '\uE000';
    /** Starts a text with no version in the report's language yet, shown in English. */
    public static final char UNTRANSLATED = '\uE001';
    /** Ends either. */
    public static final char END = '\uE002';
    /** The visible mark before an untranslated text in Markdown and JSON (HTML shows it in the span). */
    public static final String VISIBLE_MARK = "[EN]";

    private TextMarks() {
    }

    /** A workspace text as the report shows it in a language, with its mark where it is shown in English. */
    public static String shown(Text text, String language) {
        if (text == null) {
            return "";
        }
        String words = plain(text.in(language));
        if (language == null || "en".equals(language) || words.isEmpty()) {
            return words;
        }
        if (text.isAsIs()) {
            return AS_IS + words + END;
        }
        if (text.untranslatedIn(language)) {
            return UNTRANSLATED + words + END;
        }
        return words;
    }

    /** Whether a character is one of the marks. */
    public static boolean isMark(char c) {
        return c == AS_IS || c == UNTRANSLATED || c == END;
    }

    /** The text without its marks (for a place that cannot show them: an attribute, an id, a sort key). */
    public static String plain(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !isMark(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isMark(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text with each untranslated text preceded by {@link #VISIBLE_MARK} and the marks removed: Markdown's and JSON's form. */
    public static String visible(String text) {
        if (text == null || text.indexOf(UNTRANSLATED) < 0) {
            return plain(text);
        }
        return plain(text.replace(String.valueOf(UNTRANSLATED), UNTRANSLATED + VISIBLE_MARK + " "));
    }

    /** The distinct untranslated texts (their English) in a text, in order. */
    public static List<String> untranslated(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        int start = text.indexOf(UNTRANSLATED);
        while (start >= 0) {
            int end = text.indexOf(END, start + 1);
            if (end < 0) {
                break;
            }
            found.add(text.substring(start + 1, end));
            start = text.indexOf(UNTRANSLATED, end + 1);
        }
        return found;
    }

    /** The distinct untranslated texts of a whole document: what its notice counts. */
    public static Set<String> untranslated(ReportDocument document) {
        Set<String> found = new LinkedHashSet<>();
        found.addAll(untranslated(document.title()));
        found.addAll(untranslated(document.subtitle()));
        for (Section section : document.sections()) {
            collect(section, found);
        }
        return found;
    }

    private static void collect(Section section, Set<String> found) {
        found.addAll(untranslated(section.title()));
        for (Block block : section.blocks()) {
            found.addAll(untranslated(block.toString()));
        }
        for (Section sub : section.subsections()) {
            collect(sub, found);
        }
    }
}
