package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A session's browser as a person's list of sessions shows it ({@link Browsers#shortened}). */
class BrowsersTest {

    @Test
    void theBrowserAndSystemOfCommonUserAgentsOthersShortenedWithoutControlCharacters() {
        assertThat(Browsers.shortened("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0"
                + " Safari/537.36 Edg/131.0.2903.86")).isEqualTo("Edge 131 · Windows");
        assertThat(Browsers.shortened("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                + " Version/17.5 Mobile/15E148 Safari/604.1")).isEqualTo("Safari 17 · iPhone");
        assertThat(Browsers.shortened("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/150.0.0.0"
                + " Safari/537.36")).isEqualTo("Headless Chrome 150 · Linux");
        assertThat(Browsers.shortened("Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0")).isEqualTo("Firefox 133 · Android");
        assertThat(Browsers.shortened("curl/8.5.0")).isEqualTo("curl 8");
        assertThat(Browsers.shortened(null)).isNull();
        assertThat(Browsers.shortened(" \t ")).isNull();
        String odd = Browsers.shortened("Some\u0007Agent\n" + "y".repeat(100));
        assertThat(odd).startsWith("Some Agent y").endsWith("…").doesNotContain("\n").doesNotContain("\u0007");
        assertThat(odd.codePointCount(0, odd.length())).isEqualTo(Browsers.MOST);
    }
}
