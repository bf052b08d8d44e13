package mou.format.markdown.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The document as UTF-8 bytes, gathered in one large buffer and handed to the caller's stream in
 * big pieces. This format's own markup goes in as it is ({@link #append}); every text of the
 * report goes in through {@link #text}, which cleans and escapes it character by character on the
 * way into the buffer, by the rules that {@link Md} describes, without a string in between. A
 * document is tens of megabytes for a large workspace: building it as strings first and encoding
 * them afterwards cost several times the work and the garbage.
 *
 * <p>Line breaks at the end are held back until more follows, so that {@link #finish} can end the
 * document with exactly one. Writing fails with an {@link UncheckedIOException}, so that the
 * renderer's methods need not declare it; {@link MarkdownReportFormat} hands the cause on.
 */
final class MarkdownOutput {

    private static final int BUFFER_SIZE = 1 << 18;
    /** The most bytes one character of a text can become: {@code &} as {@code &amp;}. */
    private static final int MAX_TEXT_BYTES = 5;
    /** U+FFFD in UTF-8: what stands for a character that may not appear in a text file. */
    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};
    /** What each ASCII character of a text becomes, whitespace aside; null where it stays as it is. */
    private static final byte[][] ASCII_TEXT = asciiText();

    private final OutputStream sink;
    private byte[] buffer;
    private int used;
    /** Bytes handed to the stream so far. */
    private long written;
    /** Within the text being written: has anything of it been written, is a space due before what comes next. */
    private boolean wroteText;
    private boolean spaceDue;

    MarkdownOutput(OutputStream sink) {
        this(sink, BUFFER_SIZE);
    }

    /** With a buffer of {@code bufferSize} bytes, at least 16: the most a number or an escaped character takes, with room to spare. */
    MarkdownOutput(OutputStream sink, int bufferSize) {
        if (bufferSize < 16) {
            throw new IllegalArgumentException("a buffer of " + bufferSize + " bytes is too small; 16 at least");
        }
        this.sink = sink;
        this.buffer = new byte[bufferSize];
    }

    private static byte[][] asciiText() {
        byte[][] table = new byte[128][];
        for (int c = 0; c < 0x20; c++) {
            table[c] = REPLACEMENT;
        }
        table[0x7F] = REPLACEMENT;
        table['&'] = "&amp;".getBytes(StandardCharsets.US_ASCII);
        table['<'] = "&lt;".getBytes(StandardCharsets.US_ASCII);
        table['>'] = "&gt;".getBytes(StandardCharsets.US_ASCII);
        for (char c : Md.INLINE_SPECIALS.toCharArray()) {
            table[c] = new byte[] {'\\', (byte) c};
        }
        return table;
    }

    /** How many bytes have been written so far: where a cell is empty, nothing was written between two positions. */
    long position() {
        return written + used;
    }

    // ---------------------------------------------------------------- markup

    /** This format's own markup, as it is. Never a text of the report: those go through {@link #text}. */
    MarkdownOutput append(String markup) {
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

    /** One character of markup. */
    MarkdownOutput append(char markup) {
        if (markup >= 0x80) {
            return append(String.valueOf(markup));
        }
        room(1);
        buffer[used++] = (byte) markup;
        return this;
    }

    /** A number in decimal, as {@link Long#toString(long)} writes it. */
    MarkdownOutput append(long number) {
        if (number < 0 || number > Integer.MAX_VALUE) {
            return append(Long.toString(number));
        }
        room(10);
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

    /** The non-ASCII character of markup at {@code i}, or the surrogate pair starting there; returns where the next starts. */
    private int encode(String markup, int i, int length) {
        room(4);
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

    // ---------------------------------------------------------------- texts

    /**
     * A text of the report made inert on one line (see {@link Md#text}): cleaned, its whitespace
     * runs folded into one space, escaped, its web addresses made autolinks, and guarded where it
     * would start a block at the start of a line.
     */
    MarkdownOutput text(String text) {
        if (text == null) {
            return this;
        }
        wroteText = false;
        spaceDue = false;
        int first = 0;
        while (first < text.length() && Md.isSpace(text.charAt(first))) {
            first++;
        }
        int from = first;
        if (first < text.length()) {
            char c = text.charAt(first);
            int listMark = Md.orderedListMark(text, first);
            if (c == '-' || c == '+' || c == '=') {
                append('\\');
            } else if (listMark >= 0) {
                // "1." would start a numbered list: the digits, then the mark escaped
                escaped(text, first, listMark);
                append('\\');
                from = listMark;
            }
        }
        int start = Md.nextAddress(text, from);
        while (start >= 0) {
            int matchEnd = Md.addressEnd(text, start);
            int end = Md.trimTrailingPunctuation(text, start, matchEnd);
            if (end - start > "https://".length()) {
                escaped(text, from, start);
                pendingSpace();
                append('<');
                copyAscii(text, start, end);
                append('>');
                from = end;
            }
            start = Md.nextAddress(text, matchEnd);
        }
        escaped(text, from, text.length());
        return this;
    }

    /** Before something of the text: the space that is due, between two words; none before the first, none after the last. */
    private void pendingSpace() {
        if (spaceDue && wroteText) {
            append(' ');
        }
        spaceDue = false;
        wroteText = true;
    }

    /**
     * Characters {@code from} to {@code to} of a text, cleaned and escaped. Most of a text is ASCII
     * words and single spaces that stay as they are: such runs are copied in one go, and only the
     * characters between them are looked at one by one. A surrogate pair counts as one only when
     * both halves lie inside the range; the callers cut texts only next to ASCII.
     */
    private void escaped(String text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isPlain(c)) {
                pendingSpace();
                int plain = i + 1;
                while (plain < to) {
                    char p = text.charAt(plain);
                    if (isPlain(p) || (p == ' ' && plain + 1 < to && isPlain(text.charAt(plain + 1)))) {
                        plain++;
                    } else {
                        break;
                    }
                }
                copyAscii(text, i, plain);
                i = plain;
            } else if (Md.isSpace(c)) {
                spaceDue = true;
                i++;
            } else {
                pendingSpace();
                i = escape(text, i, to);
            }
        }
    }

    private static boolean isPlain(char c) {
        return c < 0x80 && c != ' ' && ASCII_TEXT[c] == null;
    }

    /** The character at {@code i} (not whitespace), or the surrogate pair starting there, cleaned and escaped; returns where the next starts. */
    private int escape(String text, int i, int to) {
        room(MAX_TEXT_BYTES);
        char c = text.charAt(i);
        if (c < 0x80) {
            used = put(buffer, used, ASCII_TEXT[c]);
        } else if (c < 0x800) {
            used = c <= 0x9F ? put(buffer, used, REPLACEMENT) : putTwoBytes(buffer, used, c);
        } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
            used = putCodePoint(buffer, used, Character.toCodePoint(c, text.charAt(i + 1)));
            return i + 2;
        } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            used = put(buffer, used, REPLACEMENT);
        } else {
            used = putThreeBytes(buffer, used, c);
        }
        return i + 1;
    }

    // ---------------------------------------------------------------- the buffer

    /** ASCII characters of a string, which are their own UTF-8, copied in pieces as large as the buffer takes. */
    @SuppressWarnings("deprecation") // the low eight bits of each character: exact for ASCII, which is all it is given
    private void copyAscii(String ascii, int from, int to) {
        int i = from;
        while (i < to) {
            room(1);
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

    /**
     * Makes room for {@code bytes} more: hands what is buffered to the stream, all but the line
     * breaks at its end, which {@link #finish} may still trim.
     */
    private void room(int bytes) {
        if (buffer.length - used >= bytes) {
            return;
        }
        int keep = used;
        while (keep > 0 && buffer[keep - 1] == '\n') {
            keep--;
        }
        write(buffer, keep);
        written += keep;
        System.arraycopy(buffer, keep, buffer, 0, used - keep);
        used -= keep;
        if (buffer.length - used < bytes) {
            // nothing but line breaks: unheard of, but not wrong
            buffer = Arrays.copyOf(buffer, 2 * buffer.length + bytes);
        }
    }

    /** Ends the document with exactly one line break, however the last block ended, and hands it all to the stream. */
    void finish() {
        while (used > 0 && buffer[used - 1] == '\n') {
            used--;
        }
        append('\n');
        write(buffer, used);
        written += used;
        used = 0;
    }

    private void write(byte[] bytes, int length) {
        try {
            sink.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text as {@link #text} writes it, as a string. */
    static String textOf(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MarkdownOutput out = new MarkdownOutput(bytes, 256);
        out.text(text);
        out.write(out.buffer, out.used);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
