package mou.store.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks bytes for UTF-8 without decoding them: a workspace file is read from its bytes, and a
 * decoder would make a copy of every file as text only to say whether it is UTF-8.
 */
final class Utf8 {

    static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Eight bytes at a time: a workspace is nearly all ASCII, and a word without a high bit is eight ASCII bytes. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    private Utf8() {
    }

    static boolean startsWithByteOrderMark(byte[] bytes, int at) {
        return bytes.length - at >= 3 && bytes[at] == BYTE_ORDER_MARK[0] && bytes[at + 1] == BYTE_ORDER_MARK[1]
                && bytes[at + 2] == BYTE_ORDER_MARK[2];
    }

    /**
     * True when the bytes are well-formed UTF-8, by the rules the JDK's decoder applies (the
     * Unicode standard's table 3-7): no overlong forms, no surrogates, nothing beyond U+10FFFF.
     */
    static boolean isWellFormed(byte[] bytes) {
        return firstMalformed(bytes) < 0;
    }

    /** Where the first byte is that does not start a well-formed UTF-8 sequence ({@link #isWellFormed}), or -1 when there is none. */
    static int firstMalformed(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            if (i + Long.BYTES <= n && ((long) WORDS.get(bytes, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
                continue;
            }
            int b = bytes[i];
            if (b >= 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            int length;
            int secondLow = 0x80;
            int secondHigh = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                if (b == 0xE0) {
                    secondLow = 0xA0; // else overlong
                } else if (b == 0xED) {
                    secondHigh = 0x9F; // else a surrogate
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                if (b == 0xF0) {
                    secondLow = 0x90; // else overlong
                } else if (b == 0xF4) {
                    secondHigh = 0x8F; // else beyond U+10FFFF
                }
            } else {
                return i;
            }
            if (i + 1 >= n) {
                return i;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < secondLow || second > secondHigh) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                if (i + k >= n || (bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }
}
