package mou.format.pdf.internal;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;

/**
 * Where a line of the publication may break: after a space, after a hyphen or dash between two
 * words ("trans-" / "border"; not between two numbers: "15–19 de mayo", "2017-03-14"), after a soft hyphen (U+00AD, put into words by {@link Hyphenation};
 * openhtmltopdf then draws a hyphen at the line's end), and in a web address before a slash of its
 * path. Never elsewhere:
 * the JRE's line breaker (openhtmltopdf's default) also breaks after an apostrophe ("Mexico’" /
 * "s plan"), inside "U.S." and before any slash, which split words across lines in the text a
 * reader copies. A run of {@value #LONGEST_RUN} characters without such a place may break after them
 * (a web address without slashes in a table's cell); a word too long for its line in a paragraph is
 * broken by the stylesheet ({@code word-wrap}).
 */
final class LineBreaks implements FSTextBreaker {

    private String text = "";
    private int at;

    @Override
    public void setText(String newText) {
        text = newText == null ? "" : newText;
        at = 0;
    }

    /**
     * The longest run of characters without a place to break (a web address without slashes, a
     * string of letters): after this many a line may break anyway, so that no word is wider than a
     * table's column can be. Otherwise openhtmltopdf widens the column to fit it and the table runs
     * past the page's edge, where its last columns are cut off.
     */
    static final int LONGEST_RUN = 24;

    @Override
    public int next() {
        if (at >= text.length()) {
            return BreakIterator.DONE;
        }
        int word = at;
        for (int i = at + 1; i < text.length(); i++) {
            // a no-break space joins words (a date) without making them one long word
            word = Character.isSpaceChar(text.charAt(i - 1)) ? i : word;
            if (breaksBefore(text, i) || i - word >= LONGEST_RUN && mayCut(text, i)) {
                at = i;
                return i;
            }
        }
        at = text.length();
        return at;
    }

    /** Whether a long run may be cut before {@code i}: not between spaces, nor inside a character or before its accent. */
    private static boolean mayCut(String text, int i) {
        char after = text.charAt(i);
        return !Character.isSpaceChar(after) && !Character.isWhitespace(after) && !Character.isSpaceChar(text.charAt(i - 1)) && !Character.isLowSurrogate(after)
                && Character.getType(after) != Character.NON_SPACING_MARK && Character.getType(after) != Character.ENCLOSING_MARK
                && Character.getType(after) != Character.COMBINING_SPACING_MARK && after != '\u200D' && text.charAt(i - 1) != '\u200D';
    }

    /** Whether a line may start at {@code i} (0 &lt; i &lt; length). */
    static boolean breaksBefore(String text, int i) {
        char before = text.charAt(i - 1);
        char after = text.charAt(i);
        if (Character.isWhitespace(after)) {
            return false;
        }
        if (Character.isWhitespace(before)) {
            // a dash between spaces ends a line rather than beginning one ("2016 –" / "4 de noviembre")
            return !((after == '\u2013' || after == '\u2014') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)));
        }
        if (before == Hyphenation.SOFT_HYPHEN) {
            return Character.isLetter(after) && i >= 2 && Character.isLetter(text.charAt(i - 2));
        }
        if ((before == '-' || before == '\u2013' || before == '\u2014') && i >= 2 && Character.isLetterOrDigit(text.charAt(i - 2))
                && Character.isLetterOrDigit(after)) {
            // not between two numbers: a range of days or years ("15–19 de mayo", "2016–2017") and a date written 2017-03-14 stay whole
            return !(Character.isDigit(text.charAt(i - 2)) && Character.isDigit(after));
        }
        return after == '/' && before != '/' && before != ':' && inWebAddress(text, i);
    }

    private static boolean inWebAddress(String text, int i) {
        int start = i;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.startsWith("http://", start) || text.startsWith("https://", start);
    }
}
