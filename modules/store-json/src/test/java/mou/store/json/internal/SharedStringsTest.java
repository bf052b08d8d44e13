package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedStringsTest {

    private static String share(SharedStrings strings, String text) {
        char[] chars = ("<<" + text + ">>").toCharArray();
        return strings.share(chars, 2, text.length());
    }

    @Test
    void eachShortTextHasOneInstanceHoweverManyThereAre() {
        SharedStrings strings = new SharedStrings();
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            first.add(share(strings, "g" + i));
        }
        for (int i = 0; i < 20_000; i++) {
            assertThat(share(strings, "g" + i)).isEqualTo("g" + i).isSameAs(first.get(i));
        }
        // Texts with the same hash are told apart.
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(share(strings, "Aa")).isEqualTo("Aa");
        assertThat(share(strings, "BB")).isEqualTo("BB");
        assertThat(share(strings, "")).isEmpty();
    }

    @Test
    void longTextsAreMadeAsRead() {
        SharedStrings strings = new SharedStrings();
        String text = "x".repeat(33);
        assertThat(share(strings, text)).isEqualTo(text).isNotSameAs(share(strings, text));
    }
}
