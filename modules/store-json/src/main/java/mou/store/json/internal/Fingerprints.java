package mou.store.json.internal;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The fingerprint of a file's content, to tell whether the file changed on disk between a load and
 * a save: its length and two checksums of its bytes, CRC-32 and CRC-32C, in hex. Their two
 * polynomials have no common factor, so together they are one 64-bit cyclic code: a change of the
 * same length confined to 64 bits in a row is always seen, and any other change goes unseen with a
 * chance of about one in 2^64. A cryptographic hash would also guard against someone forging a file
 * with the same fingerprint, which is not what this is for, at a hundred times the cost on every
 * file of every load.
 */
final class Fingerprints {

    private Fingerprints() {
    }

    static String of(byte[] bytes) {
        CRC32 crc32 = new CRC32();
        crc32.update(bytes);
        CRC32C crc32c = new CRC32C();
        crc32c.update(bytes);
        ByteBuffer fingerprint = ByteBuffer.allocate(Long.BYTES + 2 * Integer.BYTES)
                .putLong(bytes.length)
                .putInt((int) crc32.getValue())
                .putInt((int) crc32c.getValue());
        return HexFormat.of().formatHex(fingerprint.array());
    }
}
