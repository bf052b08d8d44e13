package mou.format.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebAddressesTest {

    /** Every address of a text, as the formats find them. */
    private static List<String> addresses(String text) {
        List<String> found = new ArrayList<>();
        int start = WebAddresses.next(text, 0);
        while (start >= 0) {
            int matched = WebAddresses.end(text, start);
            found.add(text.substring(start, WebAddresses.withoutTrailingPunctuation(text, start, matched)));
            start = WebAddresses.next(text, matched);
        }
        return found;
    }

    @Test
    void findsHttpAndHttpsAddressesInRunningText() {
        assertThat(addresses("See https://www.arb.ca.gov/cc and http://semarnat.gob.mx/x?a=1&b=2#top for more"))
                .containsExactly("https://www.arb.ca.gov/cc", "http://semarnat.gob.mx/x?a=1&b=2#top");
    }

    @Test
    void sentencePunctuationAfterAnAddressIsNotPartOfIt() {
        assertThat(addresses("Read https://example.org/report. Then https://example.org/a, https://example.org/b; done!"))
                .containsExactly("https://example.org/report", "https://example.org/a", "https://example.org/b");
        assertThat(addresses("'https://example.org/q?'")).containsExactly("https://example.org/q");
    }

    @Test
    void aClosingParenthesisBelongsToTheAddressOnlyWhenItOpenedOne() {
        assertThat(addresses("(see https://example.org/page)")).containsExactly("https://example.org/page");
        assertThat(addresses("the wiki https://en.wikipedia.org/wiki/Tijuana_(city) says"))
                .containsExactly("https://en.wikipedia.org/wiki/Tijuana_(city)");
        assertThat(addresses("(https://en.wikipedia.org/wiki/Tijuana_(city))"))
                .containsExactly("https://en.wikipedia.org/wiki/Tijuana_(city)");
    }

    @Test
    void aSchemeAloneOrAnotherWordIsNoAddress() {
        assertThat(addresses("http:// and https:// alone, httpx://a, the word http, ftp://example.org")).isEmpty();
        assertThat(WebAddresses.end("https://", 0)).isEqualTo(-1);
        assertThat(WebAddresses.end("xhttps://a", 0)).isEqualTo(-1);
    }

    @Test
    void anAddressEndsAtTheFirstCharacterAUrlCannotHoldUnencoded() {
        String text = "https://example.org/a b<c>\"d\" é";
        assertThat(WebAddresses.end(text, 0)).isEqualTo("https://example.org/a".length());
        assertThat(WebAddresses.end("https://example.org/ü", 0)).isEqualTo("https://example.org/".length());
        assertThat(WebAddresses.end("https://a%20b", 0)).isEqualTo("https://a%20b".length());
    }

    @Test
    void searchStartsWhereItIsToldAndSkipsFalseStarts() {
        String text = "http then httpsx then https://a.org";
        assertThat(WebAddresses.next(text, 0)).isEqualTo(text.indexOf("https://"));
        assertThat(WebAddresses.next(text, text.indexOf("https://") + 1)).isEqualTo(-1);
    }
}
