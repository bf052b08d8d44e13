package mou.format.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * UTF-8 bytes gathered in one large buffer and handed to a stream in big pieces: what the report
 * formats that write their output as bytes share. A format encodes its markup, and cleans and
 * escapes the report's texts by its own rules, character by character straight into this buffer,
 * without a string in between; for a large workspace a report is hundreds of megabytes, and
 * building it as strings first and encoding them afterwards cost several times the work and the
 * garbage.
 *
 * <p>Methods named {@code put...} make their own room, draining the buffer when it is full.
 * Methods named {@code ...InRoom} write into room made beforehand with {@link #room}: a format's
 * escaping of one character makes room once for the most that character can become, then writes
 * its bytes without a check each. Most of a text is ASCII that stays as it is, and
 * {@link #putAscii(String, int, int)} copies such a run in one go.
 *
 * <p>Writing fails with an {@link UncheckedIOException}, so that a renderer's methods need not
 * declare it; the format hands the cause on. One buffer serves one rendering at a time.
 */
public final class Utf8Buffer {

    /** The size the formats use: large pieces for the stream, small enough to stay out of the way of the heap. */
    public static final int DEFAULT_SIZE = 1 << 18;
    /** The smallest buffer there may be: more than the most any one step of a format writes in room made for it. */
    public static final int MIN_SIZE = 16;
    /** U+FFFD in UTF-8: what stands for a character that may not appear in the output. */
    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    private final OutputStream sink;
    private final byte[] buffer;
    private int used;
    /** Bytes handed to the stream so far. */
    private long drained;

    /** A buffer of {@link #DEFAULT_SIZE} bytes in front of {@code sink}. */
    public Utf8Buffer(OutputStream sink) {
        this(sink, DEFAULT_SIZE);
    }

    /** A buffer of {@code size} bytes, at least {@link #MIN_SIZE}, in front of {@code sink}. */
    public Utf8Buffer(OutputStream sink, int size) {
        if (size < MIN_SIZE) {
            throw new IllegalArgumentException("a buffer of " + size + " bytes is too small; " + MIN_SIZE + " at least");
        }
        if (sink == null) {
            throw new NullPointerException("sink");
        }
        this.sink = sink;
        this.buffer = new byte[size];
    }

    /** The buffer's size in bytes: the most room there can be. */
    public int size() {
        return buffer.length;
    }

    /** How many bytes have been written so far, those handed to the stream and those still buffered. */
    public long position() {
        return drained + used;
    }

    /**
     * Makes room for {@code bytes} more, at most {@link #size()}, for the {@code ...InRoom} methods
     * that follow: hands what is buffered to the stream if they would not fit.
     */
    public void room(int bytes) {
        if (buffer.length - used < bytes) {
            drain();
            if (bytes > buffer.length) {
                throw new IllegalArgumentException("room for " + bytes + " bytes in a buffer of " + buffer.length);
            }
        }
    }

    // ---------------------------------------------------------------- with their own room

    /** One byte: an ASCII character or a byte of a prepared sequence. */
    public void put(byte b) {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = b;
    }

    /** Bytes prepared beforehand (markup encoded once, written many times); more than the buffer holds go to the stream directly. */
    public void put(byte[] bytes) {
        if (bytes.length > buffer.length - used) {
            drain();
            if (bytes.length > buffer.length) {
                write(bytes, bytes.length);
                drained += bytes.length;
                return;
            }
        }
        putInRoom(bytes);
    }

    /** A string of ASCII characters only, which are their own UTF-8. */
    public void putAscii(String ascii) {
        putAscii(ascii, 0, ascii.length());
    }

    /**
     * Characters {@code from} to {@code to} of a string, all ASCII, which are their own UTF-8:
     * copied in pieces as large as the buffer takes, without looking at them one by one. A
     * character beyond ASCII would come out as its low eight bits: the caller has made sure there
     * is none.
     */
    @SuppressWarnings("deprecation") // the low eight bits of each character: exact for ASCII, which is all it is given
    public void putAscii(String ascii, int from, int to) {
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

    /**
     * A string encoded as Java's own UTF-8 encoder encodes it ({@code text.getBytes(UTF_8)}), an
     * unpaired surrogate as {@code '?'} included: for a format's own markup, which never holds
     * one. A text of the report goes through the format's cleaning instead, which replaces it.
     */
    public void putUtf8(String text) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            int ascii = i;
            while (ascii < length && text.charAt(ascii) < 0x80) {
                ascii++;
            }
            putAscii(text, i, ascii);
            i = ascii;
            while (i < length && text.charAt(i) >= 0x80) {
                room(4);
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    putCodePointInRoom(Character.toCodePoint(c, text.charAt(i + 1)));
                    i += 2;
                } else {
                    if (Character.isSurrogate(c)) {
                        buffer[used++] = '?';
                    } else {
                        putCharInRoom(c);
                    }
                    i++;
                }
            }
        }
    }

    /** A number in decimal, as {@link Long#toString(long)} writes it. */
    public void putDecimal(long number) {
        if (number < 0 || number > Integer.MAX_VALUE) {
            putAscii(Long.toString(number));
            return;
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
    }

    // ---------------------------------------------------------------- into room made beforehand

    /** Bytes prepared beforehand, into room made for them. */
    public void putInRoom(byte[] bytes) {
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    /**
     * A character on its own, not half of a surrogate pair, in UTF-8: one to three bytes, into room
     * made for three. A surrogate on its own, which no UTF-8 file can hold, as U+FFFD.
     */
    public void putCharInRoom(char c) {
        byte[] b = buffer;
        int at = used;
        if (c < 0x80) {
            b[at] = (byte) c;
            used = at + 1;
        } else if (c < 0x800) {
            b[at] = (byte) (0xC0 | c >> 6);
            b[at + 1] = (byte) (0x80 | c & 0x3F);
            used = at + 2;
        } else if (Character.isSurrogate(c)) {
            putReplacementInRoom();
        } else {
            b[at] = (byte) (0xE0 | c >> 12);
            b[at + 1] = (byte) (0x80 | c >> 6 & 0x3F);
            b[at + 2] = (byte) (0x80 | c & 0x3F);
            used = at + 3;
        }
    }

    /**
     * A code point in UTF-8 (a surrogate pair's, as {@link Character#toCodePoint} makes it, or any
     * other): one to four bytes, into room made for four.
     */
    public void putCodePointInRoom(int codePoint) {
        if (codePoint < 0x10000) {
            putCharInRoom((char) codePoint);
            return;
        }
        byte[] b = buffer;
        int at = used;
        b[at] = (byte) (0xF0 | codePoint >> 18);
        b[at + 1] = (byte) (0x80 | codePoint >> 12 & 0x3F);
        b[at + 2] = (byte) (0x80 | codePoint >> 6 & 0x3F);
        b[at + 3] = (byte) (0x80 | codePoint & 0x3F);
        used = at + 4;
    }

    /** U+FFFD, the replacement character, for one that may not appear in the output: three bytes, into room made for them. */
    public void putReplacementInRoom() {
        putInRoom(REPLACEMENT);
    }

    // ---------------------------------------------------------------- the stream

    /** Hands what is buffered to the stream (without flushing the stream itself). */
    public void drain() {
        write(buffer, used);
        drained += used;
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
