package mou.store.json.internal;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * The content of a file as the parser read it, in which a value's place is kept as one long: its
 * line and its offset. The column is worked out from the content only when a position is asked
 * for: for a problem, or for an id that a later problem may name.
 */
final class Source {

    /** The UTF-8 bytes read, or null when the text was read. */
    private final byte[] bytes;
    /** Where the JSON starts in the bytes: after a byte order mark. */
    private final int start;
    private final String text;

    private Source(byte[] bytes, int start, String text) {
        this.bytes = bytes;
        this.start = start;
        this.text = text;
    }

    /** Bytes read from {@code start}: offsets count bytes from there. */
    static Source ofBytes(byte[] bytes, int start) {
        return new Source(bytes, start, null);
    }

    /** A text: offsets count characters. */
    static Source ofText(String text) {
        return new Source(null, 0, text);
    }

    /**
     * The line and column of a byte of a file, counted as {@link #position} counts them, for a file
     * that the parser cannot read (the first byte that is not UTF-8): the bytes before it are
     * well-formed; a line ends at "\n", "\r\n" or "\r"; a byte order mark takes no column.
     */
    static Position positionOfByte(byte[] bytes, int at) {
        int line = 1;
        int lineStart = Utf8.startsWithByteOrderMark(bytes, 0) ? Utf8.BYTE_ORDER_MARK.length : 0;
        for (int i = lineStart; i < at; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        Source source = new Source(bytes, lineStart, null);
        return new Position(line, source.byteColumn(at));
    }

    /** The place of a token the parser of this content reports at {@code location}. */
    long place(JsonLocation location) {
        long offset = bytes != null ? location.getByteOffset() : location.getCharOffset();
        return (long) location.getLineNr() << 32 | (offset & 0xFFFF_FFFFL);
    }

    /** The line and column of a place; columns count characters (one beyond U+FFFF counts two), as editors do. */
    Position position(long place) {
        int line = (int) (place >>> 32);
        int offset = (int) place;
        return new Position(line, bytes != null ? byteColumn(start + offset) : offset - lineStart(offset) + 1);
    }

    private int byteColumn(int at) {
        int column = 1;
        for (int i = lineStart(at); i < at; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80 || b >= 0xC0) { // not a continuation byte: a character starts here
                column += b >= 0xF0 ? 2 : 1;
            }
        }
        return column;
    }

    /** Where the line holding {@code at} starts: after the last line break before it (JSON allows none inside a text). */
    private int lineStart(int at) {
        int i = at;
        while (i > start && !isLineBreak(bytes != null ? bytes[i - 1] : text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r';
    }
}
