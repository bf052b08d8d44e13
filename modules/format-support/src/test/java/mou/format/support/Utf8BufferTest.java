package mou.format.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The buffer against Java's own UTF-8 encoder: the same bytes for characters of every length,
 * wherever the buffer's end falls, and the stream's failures passed on unchecked.
 */
class Utf8BufferTest {

    /** Characters of one, two, three and four bytes, the edges of each length among them. */
    private static final String[] CHARACTERS = {
        "\u0000", "a", "~", "\u007F", "\u0080", "é", "\u07FF", "\u0800", "—", "日", "\uD7FF", "\uE000", "\uFFFD", "\uFFFF",
        "\uD800\uDC00", "\uD83D\uDFE2", "\uDBFF\uDFFF",
    };

    /** What {@code writer} writes through a buffer of {@code size} bytes, drained at the end. */
    private static byte[] written(int size, Consumer<Utf8Buffer> writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Buffer buffer = new Utf8Buffer(bytes, size);
        writer.accept(buffer);
        buffer.drain();
        return bytes.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Each character the way a format's escaping writes it: room for the most, then the character itself. */
    private static void putEach(Utf8Buffer buffer, String text) {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            buffer.room(4);
            int codePoint = text.codePointAt(i);
            if (Character.isSupplementaryCodePoint(codePoint)) {
                buffer.putCodePointInRoom(codePoint);
            } else {
                buffer.putCharInRoom((char) codePoint);
            }
        }
    }

    private static String randomText(Random random, int characters) {
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < characters; n++) {
            text.append(random.nextInt(3) == 0 ? CHARACTERS[random.nextInt(CHARACTERS.length)] : "x");
        }
        return text.toString();
    }

    @Test
    void charactersOfEveryLengthAreEncodedAsJavaEncodesThem() {
        for (String character : CHARACTERS) {
            byte[] expected = utf8(character);
            assertThat(written(16, b -> putEach(b, character))).as(character).isEqualTo(expected);
            assertThat(written(16, b -> b.putUtf8(character))).as(character).isEqualTo(expected);
            int codePoint = character.codePointAt(0);
            assertThat(written(16, b -> {
                b.room(4);
                b.putCodePointInRoom(codePoint);
            })).as(character).isEqualTo(expected);
        }
        assertThat(utf8("a")).hasSize(1);
        assertThat(utf8("é")).hasSize(2);
        assertThat(utf8("日")).hasSize(3);
        assertThat(utf8("\uD83D\uDFE2")).hasSize(4);
    }

    @Test
    void anUnpairedSurrogateBecomesTheReplacementCharacter() {
        for (char surrogate : new char[] {'\uD800', '\uDBFF', '\uDC00', '\uDFFF'}) {
            assertThat(written(16, b -> {
                b.room(3);
                b.putCharInRoom(surrogate);
            })).isEqualTo(utf8("\uFFFD"));
        }
        assertThat(written(16, b -> {
            b.room(3);
            b.putReplacementInRoom();
        })).isEqualTo(utf8("\uFFFD"));
    }

    @Test
    void stringsAreEncodedAsJavasEncoderEncodesThemUnpairedSurrogatesIncluded() {
        List<String> texts = new ArrayList<>(List.of("", "plain", "lone high \uD83D at end \uD83D", "lone low \uDFE2 first",
                "\uDFE2\uD83D reversed", "emoji \uD83D\uDFE2 ok", "日本語 and é"));
        Random random = new Random(1);
        for (int n = 0; n < 2_000; n++) {
            texts.add(randomText(random, random.nextInt(40)) + (random.nextInt(4) == 0 ? "\uD800" : ""));
        }
        for (String text : texts) {
            // Java writes '?' for an unpaired surrogate
            assertThat(written(16, b -> b.putUtf8(text))).as(text).isEqualTo(utf8(text));
        }
    }

    @Test
    void contentComesOutTheSameWhereverTheBufferEnds() {
        Random random = new Random(2);
        String text = randomText(random, 3_000);
        String plain = "p".repeat(1_000);
        byte[] prepared = utf8("<prepared é>");
        for (int offset = 0; offset < 40; offset++) {
            String before = "m".repeat(offset);
            byte[] expected = utf8(before + text + text + plain + "<prepared é>" + "é" + 1234567890 + "\uFFFD" + Long.MIN_VALUE + "!");
            assertThat(written(16, b -> {
                b.putAscii(before);
                b.putUtf8(text);
                putEach(b, text);
                b.putAscii("xx" + plain + "yy", 2, 2 + plain.length());
                b.put(prepared);
                b.room(2);
                b.putCharInRoom('é');
                b.putDecimal(1234567890);
                b.room(3);
                b.putInRoom(utf8("\uFFFD"));
                b.putDecimal(Long.MIN_VALUE);
                b.put((byte) '!');
            })).as("offset %d", offset).isEqualTo(expected);
        }
    }

    @Test
    void numbersAreWrittenAsLongToStringWritesThem() {
        Random random = new Random(3);
        List<Long> numbers = new ArrayList<>(List.of(0L, 1L, 9L, 10L, 99L, 100L, -1L, -10L, (long) Integer.MAX_VALUE,
                Integer.MAX_VALUE + 1L, (long) Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE));
        for (int i = 0; i < 1_000; i++) {
            numbers.add(random.nextLong() >> random.nextInt(64));
        }
        for (long number : numbers) {
            assertThat(written(16, b -> b.putDecimal(number))).as("%d", number).isEqualTo(utf8(Long.toString(number)));
        }
    }

    @Test
    void arraysLargerThanTheBufferGoToTheStreamWhole() {
        byte[] large = utf8("é".repeat(100));
        List<Integer> pieces = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream recording = new OutputStream() {
            @Override
            public void write(int b) {
                throw new AssertionError("written byte by byte");
            }

            @Override
            public void write(byte[] b, int offset, int length) {
                pieces.add(length);
                bytes.write(b, offset, length);
            }
        };
        Utf8Buffer buffer = new Utf8Buffer(recording, 16);
        buffer.putAscii("abc");
        buffer.put(large);
        buffer.putAscii("def");
        assertThat(buffer.position()).isEqualTo(3 + 200 + 3);
        buffer.drain();
        assertThat(bytes.toByteArray()).isEqualTo(utf8("abc" + "é".repeat(100) + "def"));
        assertThat(pieces).containsExactly(3, 200, 3);
        assertThat(buffer.position()).isEqualTo(206);
    }

    @Test
    void positionCountsTheBytesWrittenDrainedOrNot() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Buffer buffer = new Utf8Buffer(bytes, 16);
        assertThat(buffer.position()).isZero();
        buffer.putUtf8("0123456789abcdef0123é");
        assertThat(buffer.position()).isEqualTo(22);
        assertThat(bytes.size()).isLessThan(22);
        buffer.drain();
        assertThat(buffer.position()).isEqualTo(22);
        assertThat(bytes.size()).isEqualTo(22);
    }

    @Test
    void theStreamsFailuresComeOutUnchecked() {
        IOException failure = new IOException("disk full");
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw failure;
            }

            @Override
            public void write(byte[] b, int offset, int length) throws IOException {
                throw failure;
            }
        };
        Utf8Buffer buffer = new Utf8Buffer(failing, 16);
        buffer.putAscii("fits in the buf");
        assertThatThrownBy(() -> buffer.putAscii("and overflows it")).isInstanceOf(UncheckedIOException.class).hasCause(failure);
        assertThatThrownBy(() -> new Utf8Buffer(failing, 16).put(new byte[100])).isInstanceOf(UncheckedIOException.class).hasCause(failure);
        assertThatThrownBy(() -> new Utf8Buffer(failing, 16).drain()).isInstanceOf(UncheckedIOException.class).hasCause(failure);
    }

    @Test
    void sizesOutOfRangeAreRefused() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new Utf8Buffer(bytes, Utf8Buffer.MIN_SIZE - 1)).isInstanceOf(IllegalArgumentException.class);
        Utf8Buffer buffer = new Utf8Buffer(bytes, Utf8Buffer.MIN_SIZE);
        assertThat(buffer.size()).isEqualTo(Utf8Buffer.MIN_SIZE);
        assertThat(new Utf8Buffer(bytes).size()).isEqualTo(Utf8Buffer.DEFAULT_SIZE);
        buffer.room(Utf8Buffer.MIN_SIZE);
        assertThatThrownBy(() -> buffer.room(Utf8Buffer.MIN_SIZE + 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
