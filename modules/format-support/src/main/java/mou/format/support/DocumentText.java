package mou.format.support;

/**
 * What a document may hold of a workspace text: the characters that may not appear in an HTML or
 * XML document, nor be drawn in a PDF (C0/C1 controls other than tab and line breaks, unpaired
 * surrogates, noncharacters), replaced by U+FFFD. The HTML and PDF formats clean every text so.
 *
 * @since 1.1
 */
public final class DocumentText {

    private DocumentText() {
    }

    /**
     * Replaces what may not appear in a document by U+FFFD, and null by the empty string. A text
     * with nothing to replace is returned as it is.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int width = 1;
            boolean bad;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                width = 2;
                bad = isNoncharacter(Character.toCodePoint(c, text.charAt(i + 1)));
            } else {
                bad = Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                        || isNoncharacter(c);
            }
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (bad) {
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(text, i, i + width);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    /**
     * A CSS string, quoted, of a text cleaned as {@link #clean} cleans it: what could end the
     * string, the rule or the style element ({@code " \\ < >} and line breaks) written as CSS
     * escapes, a tab as a space. For words a format puts into its own style sheet (a draft's mark,
     * a page footer).
     */
    public static String cssString(String text) {
        String clean = clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 2).append('"');
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '\n' || c == '\r') {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.append(c == '\t' ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }

    /** U+FDD0 to U+FDEF, and the last two code points of every plane: never characters. */
    public static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
