package mou.format.html.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The page as UTF-8 bytes, gathered in one large buffer and handed to the caller's stream in big
 * pieces. This format's own markup goes in as it is ({@link #append}); every text of the report
 * goes in through {@link #text} or {@link #inline}, which clean and escape it character by
 * character on the way into the buffer, by the rules that {@link Html} describes, without a string
 * in between. A page is hundreds of megabytes for a large workspace: building it as strings first
 * and encoding them afterwards cost several times the work and the garbage.
 *
 * <p>Writing fails with an {@link UncheckedIOException}, so that the renderer's methods need not
 * declare it; {@link HtmlReportFormat} hands the cause on.
 */
final class HtmlOutput {

    private static final int BUFFER_SIZE = 1 << 18;
    /** The most bytes one character of a text can become: {@code "} as {@code &quot;}. */
    private static final int MAX_TEXT_BYTES = 6;
    /** U+FFFD in UTF-8: what stands for a character that may not appear in a page. */
    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};
    /** What each ASCII character of a text becomes; null where it stays as it is. */
    private static final byte[][] ASCII_TEXT = asciiText();

    private final OutputStream sink;
    private final byte[] buffer;
    private int used;

    HtmlOutput(OutputStream sink) {
        this(sink, BUFFER_SIZE);
    }

    /** With a buffer of {@code bufferSize} bytes, at least 16: the most a number or an escaped character takes, with room to spare. */
    HtmlOutput(OutputStream sink, int bufferSize) {
        if (bufferSize < 16) {
            throw new IllegalArgumentException("a buffer of " + bufferSize + " bytes is too small; 16 at least");
        }
        this.sink = sink;
        this.buffer = new byte[bufferSize];
    }

    /**
     * Markup written over and over (on every row of a table), encoded once, its texts escaped
     * once: copying its bytes costs a fraction of encoding its characters each time.
     */
    static final class Markup {

        private final byte[] utf8;

        private Markup(byte[] utf8) {
            this.utf8 = utf8;
        }
    }

    /** Markup as {@code writer} writes it, ready to be written many times. */
    static Markup prepare(Consumer<HtmlOutput> writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HtmlOutput out = new HtmlOutput(bytes, 1 << 10);
        writer.accept(out);
        out.drain();
        return new Markup(bytes.toByteArray());
    }

    private static byte[][] asciiText() {
        byte[][] table = new byte[128][];
        for (int c = 0; c < 0x20; c++) {
            if (c != '\t' && c != '\n' && c != '\r') {
                table[c] = REPLACEMENT;
            }
        }
        table[0x7F] = REPLACEMENT;
        table['&'] = "&amp;".getBytes(StandardCharsets.US_ASCII);
        table['<'] = "&lt;".getBytes(StandardCharsets.US_ASCII);
        table['>'] = "&gt;".getBytes(StandardCharsets.US_ASCII);
        table['"'] = "&quot;".getBytes(StandardCharsets.US_ASCII);
        table['\''] = "&#39;".getBytes(StandardCharsets.US_ASCII);
        return table;
    }

    // ---------------------------------------------------------------- markup

    /**
     * This format's own markup, as it is. Never a text of the report: those go through
     * {@link #text} or {@link #inline}.
     */
    HtmlOutput append(String markup) {
        int length = markup.length();
        int i = 0;
        while (i < length) {
            int ascii = i;
            while (ascii < length && markup.charAt(ascii) < 0x80) {
                ascii++;
            }
            copyAscii(markup, i, ascii);
            i = ascii;
            while (i < length && markup.charAt(i) >= 0x80) {
                i = encode(markup, i, length);
            }
        }
        return this;
    }

    /** The non-ASCII character of markup at {@code i}, or the surrogate pair starting there; returns where the next starts. */
    private int encode(String markup, int i, int length) {
        if (buffer.length - used < 4) {
            drain();
        }
        char c = markup.charAt(i);
        if (c < 0x800) {
            used = putTwoBytes(buffer, used, c);
        } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(markup.charAt(i + 1))) {
            used = putCodePoint(buffer, used, Character.toCodePoint(c, markup.charAt(i + 1)));
            return i + 2;
        } else if (Character.isSurrogate(c)) {
            // what Java's UTF-8 encoder writes for a broken pair; markup never holds one
            buffer[used++] = '?';
        } else {
            used = putThreeBytes(buffer, used, c);
        }
        return i + 1;
    }

    /** Prepared markup. */
    HtmlOutput append(Markup markup) {
        byte[] bytes = markup.utf8;
        if (bytes.length > buffer.length - used) {
            drain();
            if (bytes.length > buffer.length) {
                write(bytes, bytes.length);
                return this;
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
        return this;
    }

    /** One character of markup. */
    HtmlOutput append(char markup) {
        if (markup >= 0x80) {
            return append(String.valueOf(markup));
        }
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = (byte) markup;
        return this;
    }

    /** A number in decimal, as {@link Long#toString(long)} writes it. */
    HtmlOutput append(long number) {
        if (number < 0 || number > Integer.MAX_VALUE) {
            return append(Long.toString(number));
        }
        if (buffer.length - used < 10) {
            drain();
        }
        int n = (int) number;
        int digits = 1;
        for (int rest = n / 10; rest > 0; rest /= 10) {
            digits++;
        }
        int at = used + digits;
        used = at;
        do {
            buffer[--at] = (byte) ('0' + n % 10);
            n /= 10;
        } while (n > 0);
        return this;
    }

    /**
     * A coordinate or a width to a tenth, without a trailing ".0": what {@code %.1f} writes, or the
     * whole number. Written digit by digit; beyond the size of any page, where a double holds fewer
     * digits than the number, by {@link String#format} itself.
     */
    HtmlOutput tenths(double value) {
        long tenths = Math.round(value * 10);
        if (tenths % 10 == 0) {
            return append(tenths / 10);
        }
        if (tenths >= 1_000_000_000_000L || tenths <= -1_000_000_000_000L) {
            return append(String.format(Locale.ROOT, "%.1f", tenths / 10.0));
        }
        if (tenths < 0) {
            append('-');
        }
        long magnitude = Math.abs(tenths);
        return append(magnitude / 10).append('.').append(magnitude % 10);
    }

    // ---------------------------------------------------------------- texts

    /** A text of the report, cleaned and escaped: safe in element content and in quoted attribute values alike. */
    HtmlOutput text(String text) {
        if (text != null) {
            escaped(text, 0, text.length());
        }
        return this;
    }

    /** Running text, cleaned and escaped, with its web addresses made into links. */
    HtmlOutput inline(String text) {
        if (text == null) {
            return this;
        }
        int written = 0;
        int start = Html.nextAddress(text, 0);
        while (start >= 0) {
            int matchEnd = Html.addressEnd(text, start);
            int end = Html.trimTrailingPunctuation(text, start, matchEnd);
            if (end - start > "https://".length()) {
                escaped(text, written, start);
                append("<a href=\"");
                href(text, start, end);
                append("\">");
                escaped(text, start, end);
                append("</a>");
                written = end;
            }
            start = Html.nextAddress(text, matchEnd);
        }
        escaped(text, written, text.length());
        return this;
    }

    /**
     * Characters {@code from} to {@code to} of a text, cleaned and escaped. Most of a text is ASCII
     * that stays as it is: such runs are copied in one go, and only the characters between them
     * are looked at one by one. A surrogate pair counts as one only when both halves lie inside
     * the range; the callers cut texts only next to ASCII.
     */
    private void escaped(String text, int from, int to) {
        int i = from;
        while (i < to) {
            int plain = i;
            while (plain < to && isPlain(text.charAt(plain))) {
                plain++;
            }
            copyAscii(text, i, plain);
            i = plain;
            while (i < to && !isPlain(text.charAt(i))) {
                i = escape(text, i, to);
            }
        }
    }

    private static boolean isPlain(char c) {
        return c < 0x80 && ASCII_TEXT[c] == null;
    }

    /** The character at {@code i}, or the surrogate pair starting there, cleaned and escaped; returns where the next starts. */
    private int escape(String text, int i, int to) {
        if (buffer.length - used < MAX_TEXT_BYTES) {
            drain();
        }
        char c = text.charAt(i);
        if (c < 0x80) {
            used = put(buffer, used, ASCII_TEXT[c]);
        } else if (c < 0x800) {
            used = c <= 0x9F ? put(buffer, used, REPLACEMENT) : putTwoBytes(buffer, used, c);
        } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
            int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
            used = Html.isNoncharacter(codePoint) ? put(buffer, used, REPLACEMENT) : putCodePoint(buffer, used, codePoint);
            return i + 2;
        } else if (Character.isSurrogate(c) || Html.isNoncharacter(c)) {
            used = put(buffer, used, REPLACEMENT);
        } else {
            used = putThreeBytes(buffer, used, c);
        }
        return i + 1;
    }

    /** An address as an href: a '%' that does not start a percent-escape is encoded, so that it is a valid URL; escaped. */
    private void href(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '%' && !(i + 2 < to && Html.isHex(text.charAt(i + 1)) && Html.isHex(text.charAt(i + 2)))) {
                append("%25");
            } else if (c == '&') {
                append("&amp;");
            } else {
                // an address holds only ASCII that needs no escaping besides '&'
                append(c);
            }
        }
    }

    // ---------------------------------------------------------------- the buffer

    /** ASCII characters of a string, which are their own UTF-8, copied in pieces as large as the buffer takes. */
    @SuppressWarnings("deprecation") // the low eight bits of each character: exact for ASCII, which is all it is given
    private void copyAscii(String ascii, int from, int to) {
        int i = from;
        while (i < to) {
            if (used == buffer.length) {
                drain();
            }
            int n = Math.min(to - i, buffer.length - used);
            ascii.getBytes(i, i + n, buffer, used);
            used += n;
            i += n;
        }
    }

    private static int put(byte[] b, int at, byte[] bytes) {
        int u = at;
        for (byte x : bytes) {
            b[u++] = x;
        }
        return u;
    }

    private static int putTwoBytes(byte[] b, int at, char c) {
        b[at] = (byte) (0xC0 | c >> 6);
        b[at + 1] = (byte) (0x80 | c & 0x3F);
        return at + 2;
    }

    private static int putThreeBytes(byte[] b, int at, char c) {
        b[at] = (byte) (0xE0 | c >> 12);
        b[at + 1] = (byte) (0x80 | c >> 6 & 0x3F);
        b[at + 2] = (byte) (0x80 | c & 0x3F);
        return at + 3;
    }

    private static int putCodePoint(byte[] b, int at, int codePoint) {
        b[at] = (byte) (0xF0 | codePoint >> 18);
        b[at + 1] = (byte) (0x80 | codePoint >> 12 & 0x3F);
        b[at + 2] = (byte) (0x80 | codePoint >> 6 & 0x3F);
        b[at + 3] = (byte) (0x80 | codePoint & 0x3F);
        return at + 4;
    }

    /** Hands what is buffered to the stream (without flushing the stream itself). */
    void drain() {
        write(buffer, used);
        used = 0;
    }

    private void write(byte[] bytes, int length) {
        try {
            sink.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
