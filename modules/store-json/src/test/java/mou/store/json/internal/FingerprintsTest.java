package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

    private static String of(String content) {
        return Fingerprints.of(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSameContentHasTheSameFingerprint() {
        assertThat(of("{\"year\": 2016}")).isEqualTo(of("{\"year\": 2016}")).hasSize(32).matches("[0-9a-f]+");
    }

    @Test
    void anyChangeOfOneOrTwoBytesChangesIt() {
        byte[] content = "{\"level\": \"moderate\", \"year\": 2016}".getBytes(StandardCharsets.UTF_8);
        Set<String> seen = new HashSet<>();
        seen.add(Fingerprints.of(content));
        for (int i = 0; i < content.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] changed = content.clone();
                changed[i] ^= (byte) (1 << bit);
                assertThat(seen.add(Fingerprints.of(changed))).as("byte %d bit %d", i, bit).isTrue();
            }
        }
        // Two bytes swapped, as an edit may do.
        byte[] swapped = content.clone();
        swapped[11] = content[12];
        swapped[12] = content[11];
        assertThat(Fingerprints.of(swapped)).isNotEqualTo(Fingerprints.of(content));
    }

    @Test
    void aChangeOfLengthChangesIt() {
        assertThat(of("{\"year\": 2016}")).isNotEqualTo(of("{\"year\": 2016} "));
        assertThat(Fingerprints.of(new byte[0])).isNotEqualTo(Fingerprints.of(new byte[1]));
    }
}
