package mou.format.html.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The escaping this format had before {@link HtmlOutput} wrote texts straight into bytes: a
 * string per text, cleaned, then escaped, web addresses found by a regular expression. Kept as
 * the reference that the one-pass writer must agree with, byte for byte.
 */
final class LegacyHtml {

    /**
     * A web address in running text. It stops at characters that a URL cannot hold unencoded
     * (quotes, angle brackets, brackets, spaces, non-ASCII), so that the href it becomes is
     * always a valid URL.
     */
    private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9\\-._~:/?#@!$&()*+,;=%]+");

    private LegacyHtml() {
    }

    /** Text safe in element content and in quoted attribute values alike. */
    static String escape(String text) {
        String clean = clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Replaces what may not appear in an HTML document (C0/C1 controls other than tab and line
     * breaks, unpaired surrogates, noncharacters) by U+FFFD, and null by the empty string.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                if ((codePoint & 0xFFFE) == 0xFFFE) {
                    out.append('\uFFFD');
                } else {
                    out.append(c).append(text.charAt(i + 1));
                }
                i += 2;
                continue;
            }
            boolean bad = Character.isSurrogate(c)
                    || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0xFDD0 && c <= 0xFDEF)
                    || c == 0xFFFE || c == 0xFFFF;
            out.append(bad ? '\uFFFD' : c);
            i++;
        }
        return out.toString();
    }

    /** Running text, escaped, with its web addresses made into links. */
    static String inline(String text) {
        String clean = clean(text);
        Matcher m = URL.matcher(clean);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        int last = 0;
        while (m.find()) {
            String url = trimTrailingPunctuation(m.group());
            int end = m.start() + url.length();
            if (url.length() <= "https://".length()) {
                continue;
            }
            out.append(escape(clean.substring(last, m.start())));
            out.append("<a href=\"").append(escape(href(url))).append("\">").append(escape(url)).append("</a>");
            last = end;
        }
        out.append(escape(clean.substring(last)));
        return out.toString();
    }

    /** Sentence punctuation after an address belongs to the sentence; a closing parenthesis only when unbalanced. */
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

    /** A '%' that does not start a percent-escape is encoded, so the href is a valid URL. */
    private static String href(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '%' && !(i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2)))) {
                out.append("%25");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
