package mou.format.markdown.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The escaping this format had before {@link MarkdownOutput} wrote texts straight into bytes: a
 * string per text, cleaned, escaped and guarded in turn, web addresses found by a regular
 * expression. Kept as the reference that the one-pass writer must agree with, byte for byte.
 */
final class LegacyMd {

    private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9\\-._~:/?#@!$&()*+,;=%]+");
    /** Characters that start or end inline markup; escaped with a backslash wherever they are. */
    private static final String INLINE_SPECIALS = "\\`*_[]|~#$";
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})([.)])");

    private LegacyMd() {
    }

    /**
     * Plain text made inert on one line: whitespace runs (line breaks included) become one space,
     * so that no line of it can start a block (heading, list, quote, code, table).
     */
    static String text(String text) {
        String clean = clean(text);
        Matcher m = URL.matcher(clean);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        int last = 0;
        while (m.find()) {
            String url = trimTrailingPunctuation(m.group());
            if (url.length() <= "https://".length()) {
                continue;
            }
            out.append(escape(clean.substring(last, m.start())));
            out.append('<').append(url).append('>');
            last = m.start() + url.length();
        }
        out.append(escape(clean.substring(last)));
        return guardLineStart(out.toString());
    }

    /** Escapes inline markup characters, and HTML's with character references. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (INLINE_SPECIALS.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A text at the start of a line must not open a list ("- ", "+ ", "1. ") or underline a heading ("="). */
    private static String guardLineStart(String escaped) {
        if (escaped.isEmpty()) {
            return escaped;
        }
        char first = escaped.charAt(0);
        if (first == '-' || first == '+' || first == '=') {
            return "\\" + escaped;
        }
        Matcher m = ORDERED_LIST_START.matcher(escaped);
        if (m.find()) {
            return m.group(1) + "\\" + m.group(2) + escaped.substring(m.end());
        }
        return escaped;
    }

    /**
     * Drops what may not appear in a text file (control characters, unpaired surrogates) and
     * folds whitespace runs into one space; null becomes the empty string.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        boolean space = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) && c != '\u00A0' && c != '\u202F') {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                boolean bad = Character.isSurrogate(c) || c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
                out.append(bad ? '\uFFFD' : c);
            }
            i++;
        }
        return out.toString();
    }

    private static String trimTrailingPunctuation(String url) {
        String u = url;
        while (!u.isEmpty()) {
            char last = u.charAt(u.length() - 1);
            if (".,;:!?'".indexOf(last) >= 0) {
                u = u.substring(0, u.length() - 1);
            } else if (last == ')' && count(u, ')') > count(u, '(')) {
                u = u.substring(0, u.length() - 1);
            } else {
                break;
            }
        }
        return u;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
