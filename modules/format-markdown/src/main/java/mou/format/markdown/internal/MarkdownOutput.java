package mou.format.markdown.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mou.format.support.Utf8Buffer;
import mou.format.support.WebAddresses;

/**
 * The document as UTF-8 bytes, gathered in one large buffer ({@link Utf8Buffer}) and handed to
 * the caller's stream in big pieces. This format's own markup goes in as it is
 * ({@link #append}); every text of the report goes in through {@link #text}, which cleans and
 * escapes it character by character on the way into the buffer, by the rules that {@link Md}
 * describes, without a string in between. A document is tens of megabytes for a large
 * workspace: building it as strings first and encoding them afterwards cost several times the
 * work and the garbage.
 *
 * <p>Line breaks at the end are held back until more follows, so that {@link #finish} can end the
 * document with exactly one. Writing fails with an {@link UncheckedIOException}, so that the
 * renderer's methods need not declare it; {@link MarkdownReportFormat} hands the cause on.
 */
final class MarkdownOutput {

    /** The most bytes one character of a text can become: {@code &} as {@code &amp;}. */
    private static final int MAX_TEXT_BYTES = 5;
    /** U+FFFD in UTF-8: what stands for a character that may not appear in a text file. */
    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};
    /** What each ASCII character of a text becomes, whitespace aside; null where it stays as it is. */
    private static final byte[][] ASCII_TEXT = asciiText();

    private final LineBreaksHeldBack lineBreaks;
    private final Utf8Buffer buffer;
    /** Within the text being written: has anything of it been written, is a space due before what comes next. */
    private boolean wroteText;
    private boolean spaceDue;

    MarkdownOutput(OutputStream sink) {
        this(sink, Utf8Buffer.DEFAULT_SIZE);
    }

    /** With a buffer of {@code bufferSize} bytes, at least {@link Utf8Buffer#MIN_SIZE}: more than a number or an escaped character takes. */
    MarkdownOutput(OutputStream sink, int bufferSize) {
        this.lineBreaks = new LineBreaksHeldBack(sink);
        this.buffer = new Utf8Buffer(lineBreaks, bufferSize);
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
        return buffer.position();
    }

    // ---------------------------------------------------------------- markup

    /** This format's own markup, as it is. Never a text of the report: those go through {@link #text}. */
    MarkdownOutput append(String markup) {
        buffer.putUtf8(markup);
        return this;
    }

    /** One character of markup. */
    MarkdownOutput append(char markup) {
        if (markup >= 0x80) {
            return append(String.valueOf(markup));
        }
        buffer.put((byte) markup);
        return this;
    }

    /** A number in decimal, as {@link Long#toString(long)} writes it. */
    MarkdownOutput append(long number) {
        buffer.putDecimal(number);
        return this;
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
        text = mou.core.report.TextMarks.visible(text); // an untranslated text as "[EN] text", a text marked asIs as it is
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
        int start = WebAddresses.next(text, from);
        while (start >= 0) {
            int matchEnd = WebAddresses.end(text, start);
            int end = WebAddresses.withoutTrailingPunctuation(text, start, matchEnd);
            if (end - start > "https://".length()) {
                escaped(text, from, start);
                pendingSpace();
                append('<');
                buffer.putAscii(text, start, end);
                append('>');
                from = end;
            }
            start = WebAddresses.next(text, matchEnd);
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
                buffer.putAscii(text, i, plain);
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
            buffer.putCodePointInRoom(Character.toCodePoint(c, text.charAt(i + 1)));
            return i + 2;
        } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            buffer.putReplacementInRoom();
        } else {
            buffer.putCharInRoom(c);
        }
        return i + 1;
    }

    // ---------------------------------------------------------------- the end

    /** Ends the document with exactly one line break, however the last block ended, and hands it all to the stream. */
    void finish() {
        buffer.drain();
        try {
            lineBreaks.endWithOne();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stream behind the buffer: passes everything on but the line breaks at the end of what
     * came so far, which are held back until more follows, so that {@link #finish} can still drop
     * them. The bytes and their count stay as the renderer wrote them, for {@link #position}.
     */
    private static final class LineBreaksHeldBack extends OutputStream {

        private static final byte[] LINE_BREAKS = "\n".repeat(64).getBytes(StandardCharsets.US_ASCII);

        private final OutputStream sink;
        /** Line breaks written last and not passed on yet. */
        private long held;

        LineBreaksHeldBack(OutputStream sink) {
            this.sink = sink;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            int end = offset + length;
            int keep = end;
            while (keep > offset && bytes[keep - 1] == '\n') {
                keep--;
            }
            if (keep > offset) {
                release();
                sink.write(bytes, offset, keep - offset);
            }
            held += end - keep;
        }

        /** Passes on the line breaks held back: more followed them. */
        void release() throws IOException {
            while (held > 0) {
                int n = (int) Math.min(held, LINE_BREAKS.length);
                sink.write(LINE_BREAKS, 0, n);
                held -= n;
            }
        }

        /** Drops the line breaks held back, however many, and ends with one. */
        void endWithOne() throws IOException {
            held = 0;
            sink.write(LINE_BREAKS, 0, 1);
        }
    }

    /** A text as {@link #text} writes it, as a string. */
    static String textOf(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MarkdownOutput out = new MarkdownOutput(bytes, 256);
        out.text(text);
        out.buffer.drain();
        try {
            out.lineBreaks.release();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
