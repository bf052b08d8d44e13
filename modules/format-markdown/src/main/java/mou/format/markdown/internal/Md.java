package mou.format.markdown.internal;

/**
 * Escaping for GitHub-flavoured Markdown. Block texts are plain text from workspace files, so
 * every character that Markdown, GFM (tables, strikethrough, math) or the HTML it allows could
 * read as markup is made literal; web addresses become autolinks, whose content Markdown never
 * interprets. {@link MarkdownOutput} applies these rules as it writes; {@link #text} gives the
 * same result for a single text as a string.
 *
 * <p>A text is made inert on one line. It is cleaned: what may not appear in a text file (control
 * characters, unpaired surrogates, U+FFFE and U+FFFF) becomes U+FFFD, and whitespace runs (line
 * breaks included) become one space, none at either end, so that no line of it can start a block
 * (heading, list, quote, code, table). It is escaped: {@code & < >} become character references,
 * and the characters that start or end inline markup ({@link #INLINE_SPECIALS}) take a backslash
 * wherever they are. A web address ({@code http://} or {@code https://} and the characters a URL
 * holds unencoded) becomes {@code <address>}, without the sentence punctuation after it. And a
 * text that would open a list ("- ", "+ ", "1. ") or underline a heading ("=") at the start of a
 * line takes a backslash there.
 */
final class Md {

    /** Characters that start or end inline markup; escaped with a backslash wherever they are. */
    static final String INLINE_SPECIALS = "\\`*_[]|~#$";

    private Md() {
    }

    /** Plain text made inert on one line. */
    static String text(String text) {
        return MarkdownOutput.textOf(text);
    }

    /** Whitespace that a text folds: Java's whitespace and Unicode's space characters, the no-break spaces aside. */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) && c != '\u00A0' && c != '\u202F';
    }

    /**
     * Where a text that starts at {@code first} with one to nine digits has the '.' or ')' after
     * them, which would make it a numbered list item at the start of a line; -1 when it has not.
     */
    static int orderedListMark(String text, int first) {
        int i = first;
        while (i < text.length() && i - first < 10 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        int digits = i - first;
        boolean mark = i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')');
        return digits >= 1 && digits <= 9 && mark ? i : -1;
    }

    /**
     * A web address as the destination of a link written {@code [words](<address>)}: what could end
     * the destination or the table cell it is in (angle brackets, whitespace, '|', control
     * characters, a backslash) is percent-encoded.
     */
    static String destination(String address) {
        String raw = address == null ? "" : address.strip();
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '|' || c == '\\' || c == 0x7F || Character.isWhitespace(c)) {
                for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- ids

    /** A section id usable as an HTML id and link target: letters, digits, '-' and '.' kept. */
    static String sectionId(String id) {
        String raw = id == null ? "" : id.strip();
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
            out.append(ok ? c : '-');
        }
        return out.isEmpty() ? "section" : out.toString();
    }
}
