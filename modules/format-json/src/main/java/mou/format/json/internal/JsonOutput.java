package mou.format.json.internal;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mou.format.support.Utf8Buffer;

/**
 * Pretty-printed JSON as UTF-8 bytes, gathered in one large buffer ({@link Utf8Buffer}) and
 * handed to the caller's stream in big pieces: two-space indents, '\n' line ends,
 * {@code "name": value}, {@code []} and {@code {}} when empty. Byte for byte what Jackson's
 * streaming generator wrote for this format (its default pretty printer so configured, and the
 * escapes below), which the tests check; at a fraction of the work, since the shape is known: no
 * state machine per value, field names and indentation encoded once, a text's plain ASCII copied
 * in one go.
 *
 * <p>Strings are escaped as Jackson escapes them: {@code "} and the backslash with a backslash,
 * the control characters as {@code \b \t \n \f \r} or a six-character Unicode escape
 * (backslash, 'u', four upper-case hex digits), a surrogate pair as the escapes of its two
 * halves; and, so that the output can be put inside an HTML script element as it is, '<', '>'
 * and the line and paragraph separators (U+2028, U+2029) as Unicode escapes too. An unpaired
 * surrogate, which no UTF-8 file can hold, becomes U+FFFD.
 *
 * <p>Writing fails with an {@link UncheckedIOException}, so that the writer's methods need not
 * declare it; {@link JsonReportFormat} hands the cause on.
 */
final class JsonOutput {

    /** The most bytes one step of a string takes: a surrogate pair as two Unicode escapes. */
    private static final int MAX_STEP_BYTES = 12;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = ascii("null");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    /** What each ASCII character of a string becomes; null where it stays as it is. */
    private static final byte[][] ASCII_ESCAPES = asciiEscapes();
    /**
     * The line break and indentation before an entry at each depth, without and with the comma
     * before it, made once for every rendering: state that each rendering built anew sent the
     * compiled code back to the interpreter at its start.
     */
    private static final int PREPARED_DEPTH = 64;
    private static final byte[][] LINES = new byte[PREPARED_DEPTH][];
    private static final byte[][] COMMA_LINES = new byte[PREPARED_DEPTH][];
    /** Field names with their quotes and the colon after them, encoded once each: this format's own few dozen words. */
    private static final Map<String, byte[]> NAMES = new ConcurrentHashMap<>();

    static {
        for (int depth = 0; depth < PREPARED_DEPTH; depth++) {
            LINES[depth] = ascii("\n" + "  ".repeat(depth));
            COMMA_LINES[depth] = ascii(",\n" + "  ".repeat(depth));
        }
    }

    private final Utf8Buffer buffer;
    /** For each open container, by depth (the document itself is depth 0): is it an array, has it an entry yet. */
    private boolean[] array = new boolean[PREPARED_DEPTH];
    private boolean[] empty = new boolean[PREPARED_DEPTH];
    private int depth;

    JsonOutput(OutputStream sink) {
        this(sink, Utf8Buffer.DEFAULT_SIZE);
    }

    /** With a buffer of {@code bufferSize} bytes, at least 32: the most a number or an escaped character takes, with room to spare. */
    JsonOutput(OutputStream sink, int bufferSize) {
        if (bufferSize < 32) {
            throw new IllegalArgumentException("a buffer of " + bufferSize + " bytes is too small; 32 at least");
        }
        this.buffer = new Utf8Buffer(sink, bufferSize);
    }

    private static byte[][] asciiEscapes() {
        byte[][] table = new byte[128][];
        for (int c = 0; c < 0x20; c++) {
            table[c] = unicodeEscape(c);
        }
        table['\b'] = ascii("\\b");
        table['\t'] = ascii("\\t");
        table['\n'] = ascii("\\n");
        table['\f'] = ascii("\\f");
        table['\r'] = ascii("\\r");
        table['"'] = ascii("\\\"");
        table['\\'] = ascii("\\\\");
        table['<'] = unicodeEscape('<');
        table['>'] = unicodeEscape('>');
        return table;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] unicodeEscape(int c) {
        return new byte[] {'\\', 'u', HEX[c >> 12 & 0xF], HEX[c >> 8 & 0xF], HEX[c >> 4 & 0xF], HEX[c & 0xF]};
    }

    // ---------------------------------------------------------------- structure

    JsonOutput startObject() {
        return open('{', false);
    }

    JsonOutput endObject() {
        return close('}');
    }

    JsonOutput startArray() {
        return open('[', true);
    }

    JsonOutput endArray() {
        return close(']');
    }

    /** A field's name; its value follows. */
    JsonOutput field(String name) {
        entry();
        // names are this format's own words, plain ASCII: nothing to escape
        buffer.put(NAMES.computeIfAbsent(name, n -> ascii('"' + n + "\": ")));
        return this;
    }

    private JsonOutput open(char bracket, boolean isArray) {
        element();
        buffer.put((byte) bracket);
        depth++;
        if (depth == array.length) {
            array = Arrays.copyOf(array, 2 * depth);
            empty = Arrays.copyOf(empty, 2 * depth);
        }
        array[depth] = isArray;
        empty[depth] = true;
        return this;
    }

    private JsonOutput close(char bracket) {
        boolean hadEntries = !empty[depth];
        depth--;
        if (hadEntries) {
            buffer.put(line(depth, false));
        }
        buffer.put((byte) bracket);
        return this;
    }

    /** Before a value: in an array, the separator and the indentation that an entry takes. */
    private void element() {
        if (array[depth]) {
            entry();
        }
    }

    private void entry() {
        buffer.put(line(depth, !empty[depth]));
        empty[depth] = false;
    }

    private static byte[] line(int level, boolean comma) {
        if (level >= PREPARED_DEPTH) {
            return ascii((comma ? ",\n" : "\n") + "  ".repeat(level));
        }
        return comma ? COMMA_LINES[level] : LINES[level];
    }

    // ---------------------------------------------------------------- values

    /** A string, escaped; null as the empty string. */
    JsonOutput string(String text) {
        element();
        buffer.put((byte) '"');
        if (text != null) {
            escaped(mou.core.report.TextMarks.visible(text)); // an untranslated text as "[EN] text", a text marked asIs as it is
        }
        buffer.put((byte) '"');
        return this;
    }

    JsonOutput nullValue() {
        element();
        buffer.put(NULL);
        return this;
    }

    JsonOutput bool(boolean value) {
        element();
        buffer.put(value ? TRUE : FALSE);
        return this;
    }

    /** A whole number in decimal, as {@link Long#toString(long)} writes it. */
    JsonOutput number(long value) {
        element();
        buffer.putDecimal(value);
        return this;
    }

    /** A number as {@link Double#toString(double)} writes it, as Jackson does. */
    JsonOutput number(double value) {
        element();
        buffer.putAscii(Double.toString(value));
        return this;
    }

    /** A decimal number as written, without an exponent ({@link java.math.BigDecimal#toPlainString}). */
    JsonOutput number(java.math.BigDecimal value) {
        element();
        buffer.putAscii(value.toPlainString());
        return this;
    }

    /** A line break after the document, as the format ends. */
    void endLine() {
        buffer.put((byte) '\n');
    }

    // ---------------------------------------------------------------- strings

    /**
     * A string's characters, escaped. Most of a text is ASCII that stays as it is: such runs are
     * copied in one go, and only the characters between them are looked at one by one.
     */
    private void escaped(String text) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            int plain = i;
            while (plain < length && isPlain(text.charAt(plain))) {
                plain++;
            }
            buffer.putAscii(text, i, plain);
            i = plain;
            while (i < length && !isPlain(text.charAt(i))) {
                i = escape(text, i, length);
            }
        }
    }

    private static boolean isPlain(char c) {
        return c < 0x80 && ASCII_ESCAPES[c] == null;
    }

    /** The character at {@code i}, or the surrogate pair starting there, escaped; returns where the next starts. */
    private int escape(String text, int i, int length) {
        buffer.room(MAX_STEP_BYTES);
        char c = text.charAt(i);
        if (c < 0x80) {
            buffer.putInRoom(ASCII_ESCAPES[c]);
        } else if (c < 0x800) {
            buffer.putCharInRoom(c);
        } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
            buffer.putInRoom(unicodeEscape(c));
            buffer.putInRoom(unicodeEscape(text.charAt(i + 1)));
            return i + 2;
        } else if (Character.isSurrogate(c)) {
            buffer.putReplacementInRoom();
        } else if (c == '\u2028' || c == '\u2029') {
            buffer.putInRoom(unicodeEscape(c));
        } else {
            buffer.putCharInRoom(c);
        }
        return i + 1;
    }

    // ---------------------------------------------------------------- the stream

    /** Hands what is buffered to the stream (without flushing the stream itself). */
    void drain() {
        buffer.drain();
    }
}
