package mou.format.html.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import mou.core.report.TextMarks;
import mou.format.support.Utf8Buffer;
import mou.format.support.WebAddresses;

/**
 * The page as UTF-8 bytes, gathered in one large buffer ({@link Utf8Buffer}) and handed to the
 * caller's stream in big pieces. This format's own markup goes in as it is ({@link #append});
 * every text of the report goes in through {@link #text} or {@link #inline}, which clean and
 * escape it character by character on the way into the buffer, by the rules that {@link Html}
 * describes, without a string in between. A page is hundreds of megabytes for a large workspace:
 * building it as strings first and encoding them afterwards cost several times the work and the
 * garbage.
 *
 * <p>Writing fails with an {@link UncheckedIOException}, so that the renderer's methods need not
 * declare it; {@link HtmlReportFormat} hands the cause on.
 */
final class HtmlOutput {

    /** The most bytes one character of a text can become: {@code "} as {@code &quot;}. */
    private static final int MAX_TEXT_BYTES = 6;
    /** U+FFFD in UTF-8: what stands for a character that may not appear in a page. */
    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};
    /** What each ASCII character of a text becomes; null where it stays as it is. */
    private static final byte[][] ASCII_TEXT = asciiText();

    private final Utf8Buffer buffer;
    /** Whether the marks of {@link TextMarks} become spans (running text, {@link #inline}) rather than plain words (any text, {@link #text}). */
    private boolean spans;
    /** The spans of marks open in the running text being written. */
    private int openSpans;

    HtmlOutput(OutputStream sink) {
        this(sink, Utf8Buffer.DEFAULT_SIZE);
    }

    /** With a buffer of {@code bufferSize} bytes, at least {@link Utf8Buffer#MIN_SIZE}: more than a number or an escaped character takes. */
    HtmlOutput(OutputStream sink, int bufferSize) {
        this.buffer = new Utf8Buffer(sink, bufferSize);
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
        buffer.putUtf8(markup);
        return this;
    }

    /** Prepared markup. */
    HtmlOutput append(Markup markup) {
        buffer.put(markup.utf8);
        return this;
    }

    /** One character of markup. */
    HtmlOutput append(char markup) {
        if (markup >= 0x80) {
            return append(String.valueOf(markup));
        }
        buffer.put((byte) markup);
        return this;
    }

    /** A number in decimal, as {@link Long#toString(long)} writes it. */
    HtmlOutput append(long number) {
        buffer.putDecimal(number);
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
        spans = true;
        openSpans = 0;
        int written = 0;
        int start = WebAddresses.next(text, 0);
        while (start >= 0) {
            int matchEnd = WebAddresses.end(text, start);
            int end = WebAddresses.withoutTrailingPunctuation(text, start, matchEnd);
            if (end - start > "https://".length()) {
                escaped(text, written, start);
                append("<a href=\"");
                href(text, start, end);
                append("\">");
                escaped(text, start, end);
                append("</a>");
                written = end;
            }
            start = WebAddresses.next(text, matchEnd);
        }
        escaped(text, written, text.length());
        while (openSpans > 0) {
            append("</span>");
            openSpans--;
        }
        spans = false;
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
            buffer.putAscii(text, i, plain);
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
        buffer.room(MAX_TEXT_BYTES);
        char c = text.charAt(i);
        if (c < 0x80) {
            buffer.putInRoom(ASCII_TEXT[c]);
        } else if (c < 0x800) {
            if (c <= 0x9F) {
                buffer.putReplacementInRoom();
            } else {
                buffer.putCharInRoom(c);
            }
        } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
            int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
            if (Html.isNoncharacter(codePoint)) {
                buffer.putReplacementInRoom();
            } else {
                buffer.putCodePointInRoom(codePoint);
            }
            return i + 2;
        } else if (Character.isSurrogate(c) || Html.isNoncharacter(c)) {
            buffer.putReplacementInRoom();
        } else if (TextMarks.isMark(c)) {
            mark(c);
        } else {
            buffer.putCharInRoom(c);
        }
        return i + 1;
    }

    /**
     * A mark of {@link TextMarks}: in running text a span in English around the text it marks, with
     * the visible mark {@value TextMarks#VISIBLE_MARK} and the class {@code untranslated} for a text not
     * translated yet; elsewhere (a heading, a cell, an attribute) only the visible mark of an
     * untranslated text, as words.
     */
    private void mark(char c) {
        if (!spans) {
            if (c == TextMarks.UNTRANSLATED) {
                append(TextMarks.VISIBLE_MARK).append(' ');
            }
            return;
        }
        if (c == TextMarks.AS_IS) {
            append("<span lang=\"en\">");
            openSpans++;
        } else if (c == TextMarks.UNTRANSLATED) {
            append("<span lang=\"en\" class=\"untranslated\"><span class=\"untranslated-mark\" lang=\"es\" title=\"sin traducir\">")
                    .append(TextMarks.VISIBLE_MARK).append("</span> ");
            openSpans++;
        } else if (openSpans > 0) {
            append("</span>");
            openSpans--;
        }
    }

    /**
     * A web address as the value of an href: only for an address that is a web address from end
     * to end ({@link mou.format.support.WebAddresses}: URL characters only), as running text's
     * links are.
     */
    HtmlOutput href(String address) {
        href(address, 0, address.length());
        return this;
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

    // ---------------------------------------------------------------- the stream

    /** Hands what is buffered to the stream (without flushing the stream itself). */
    void drain() {
        buffer.drain();
    }
}
