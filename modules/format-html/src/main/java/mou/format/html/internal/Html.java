package mou.format.html.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import mou.format.support.DocumentText;

/**
 * Escaping for everything this format writes. Block texts are plain text from workspace files
 * that anyone may edit, so nothing in them may become markup, in element content, in attribute
 * values or in SVG. {@link HtmlOutput} applies these rules as it writes; the string forms here
 * give the same result for a single text.
 *
 * <p>A text is cleaned (see {@link #clean}) and then escaped: {@code & < > " '} become
 * {@code &amp; &lt; &gt; &quot; &#39;}. In running text a web address becomes a link: it starts
 * with {@code http://} or {@code https://} and stops at characters that a URL cannot hold
 * unencoded (quotes, angle brackets, brackets, spaces, non-ASCII), so that the href it becomes is
 * always a valid URL; sentence punctuation after it belongs to the sentence.
 */
final class Html {

    private Html() {
    }

    /** Text safe in element content and in quoted attribute values alike. */
    static String escape(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HtmlOutput out = new HtmlOutput(bytes, 256);
        out.text(text).drain();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Running text, escaped, with its web addresses made into links. */
    static String inline(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HtmlOutput out = new HtmlOutput(bytes, 256);
        out.inline(text).drain();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Replaces what may not appear in an HTML document (C0/C1 controls other than tab and line
     * breaks, unpaired surrogates, noncharacters) by U+FFFD, and null by the empty string: the
     * rule every format shares ({@link DocumentText#clean}).
     */
    static String clean(String text) {
        return DocumentText.clean(text);
    }

    static boolean isNoncharacter(int codePoint) {
        return DocumentText.isNoncharacter(codePoint);
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    // ---------------------------------------------------------------- CSS

    /** A CSS string, quoted and escaped: {@link DocumentText#cssString}. */
    static String cssString(String text) {
        return DocumentText.cssString(text);
    }

    // ---------------------------------------------------------------- ids

    /**
     * A section id usable as an HTML id and URL fragment: letters, digits, '-' and '.' kept,
     * anything else replaced by '-'. Ids this format makes for itself start with '_', so they
     * never meet a section's.
     */
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
