package mou.format.support;

/**
 * What counts as a web address in a text of the report, for the formats that make such addresses
 * into links: {@code http://} or {@code https://} followed by at least one character a URL can hold
 * unencoded (letters, digits, {@code -._~:/?#@!$&()*+,;=} and {@code %}), as many as follow, less
 * the sentence punctuation after it. One rule for every format, so that an address is a link in
 * the HTML exactly where it is one in the Markdown.
 *
 * <pre>{@code
 * int start = WebAddresses.next(text, 0);
 * while (start >= 0) {
 *     int matched = WebAddresses.end(text, start);
 *     int end = WebAddresses.withoutTrailingPunctuation(text, start, matched);
 *     ... the address is text[start, end) ...
 *     start = WebAddresses.next(text, matched);
 * }
 * }</pre>
 */
public final class WebAddresses {

    private static final String HTTPS = "https://";
    private static final String HTTP = "http://";

    private WebAddresses() {
    }

    /** Where the next web address in {@code text} starts, at or after {@code from}; -1 when there is none. */
    public static int next(String text, int from) {
        int at = text.indexOf("http", from);
        while (at >= 0 && end(text, at) < 0) {
            at = text.indexOf("http", at + 1);
        }
        return at;
    }

    /**
     * The end (exclusive) of the web address that starts at {@code start}, with every URL character
     * that follows the scheme; -1 when no address starts there.
     */
    public static int end(String text, int start) {
        int scheme;
        if (text.startsWith(HTTPS, start)) {
            scheme = start + HTTPS.length();
        } else if (text.startsWith(HTTP, start)) {
            scheme = start + HTTP.length();
        } else {
            return -1;
        }
        int end = scheme;
        while (end < text.length() && isUrlCharacter(text.charAt(end))) {
            end++;
        }
        return end > scheme ? end : -1;
    }

    /**
     * The end of the address {@code text[start, end)} without the sentence punctuation after it
     * ({@code . , ; : ! ? '}); a closing parenthesis belongs to the sentence only when the address
     * has no opening one to match it.
     */
    public static int withoutTrailingPunctuation(String text, int start, int end) {
        int e = end;
        while (e > start) {
            char last = text.charAt(e - 1);
            if (".,;:!?'".indexOf(last) >= 0 || (last == ')' && count(text, start, e, ')') > count(text, start, e, '('))) {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    /** Unreserved and reserved URL characters, and '%'. */
    private static boolean isUrlCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~:/?#@!$&()*+,;=%".indexOf(c) >= 0;
    }

    private static int count(String text, int start, int end, char c) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
