package mou.format.pdf.internal;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;

/**
 * Where a line of the publication may break: after a space, after a hyphen or dash between two
 * words ("trans-" / "border"), after a soft hyphen (U+00AD, put into words by {@link Hyphenation};
 * openhtmltopdf then draws a hyphen at the line's end), and in a web address before a slash of its
 * path. Never elsewhere:
 * the JRE's line breaker (openhtmltopdf's default) also breaks after an apostrophe ("Mexico’" /
 * "s plan"), inside "U.S." and before any slash, which split words across lines in the text a
 * reader copies. A word too long for its line is broken by the stylesheet ({@code word-wrap}).
 */
final class LineBreaks implements FSTextBreaker {

    private String text = "";
    private int at;

    @Override
    public void setText(String newText) {
        text = newText == null ? "" : newText;
        at = 0;
    }

    @Override
    public int next() {
        if (at >= text.length()) {
            return BreakIterator.DONE;
        }
        for (int i = at + 1; i < text.length(); i++) {
            if (breaksBefore(text, i)) {
                at = i;
                return i;
            }
        }
        at = text.length();
        return at;
    }

    /** Whether a line may start at {@code i} (0 &lt; i &lt; length). */
    static boolean breaksBefore(String text, int i) {
        char before = text.charAt(i - 1);
        char after = text.charAt(i);
        if (Character.isWhitespace(after)) {
            return false;
        }
        if (Character.isWhitespace(before)) {
            return true;
        }
        if (before == Hyphenation.SOFT_HYPHEN) {
            return Character.isLetter(after) && i >= 2 && Character.isLetter(text.charAt(i - 2));
        }
        if ((before == '-' || before == '\u2013' || before == '\u2014') && i >= 2 && Character.isLetterOrDigit(text.charAt(i - 2))
                && Character.isLetterOrDigit(after)) {
            return true;
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
