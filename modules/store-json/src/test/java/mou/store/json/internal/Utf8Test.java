package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The check of UTF-8 without decoding says what the JDK's decoder says. */
class Utf8Test {

    private static boolean decodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void wellFormedTextIsAccepted() {
        assertThat(Utf8.isWellFormed(new byte[0])).isTrue();
        assertThat(Utf8.isWellFormed("{\"a\": \"Michoacán, Ñuñoa, 😀, €\"}".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void whatTheDecoderRefusesIsRefused() {
        int[][] refused = {
            {0x80}, // a continuation byte alone
            {0xC0, 0x80}, {0xC1, 0xBF}, // overlong forms of ASCII
            {0xE0, 0x80, 0x80}, {0xF0, 0x80, 0x80, 0x80}, // overlong
            {0xED, 0xA0, 0x80}, // a surrogate
            {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, // beyond U+10FFFF
            {0xC3}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98}, // cut short
            {0xC3, 0x41}, {0xE2, 0x41, 0x82}, // a continuation missing
            {0xFF}, {0xFE},
        };
        for (int[] sequence : refused) {
            assertThat(decodes(bytes(sequence))).isFalse();
            assertThat(Utf8.isWellFormed(bytes(sequence))).as("%s", java.util.Arrays.toString(sequence)).isFalse();
        }
    }

    @Test
    void agreesWithTheDecoderOnRandomBytes() {
        // Mostly ASCII with a few bytes of every kind, at every offset of the eight-byte steps.
        int[] kinds = {0x41, 0x41, 0x41, 0x41, 0x7F, 0x80, 0xBF, 0xC2, 0xC3, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xA0, 0x90, 0x8F};
        Random random = new Random(7);
        for (int n = 0; n < 200_000; n++) {
            byte[] bytes = new byte[random.nextInt(24)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) kinds[random.nextInt(kinds.length)];
            }
            assertThat(Utf8.isWellFormed(bytes)).as("%s", java.util.Arrays.toString(bytes)).isEqualTo(decodes(bytes));
        }
    }
}
