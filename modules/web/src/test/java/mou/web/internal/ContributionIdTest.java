package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A plugin's page or panel is shown under /panel/ID only when its id is an id by the model's one rule, and short. */
class ContributionIdTest {

    private static boolean valid(String id) {
        return FrameworkInstalled.validId(WebAppTest.contribution(id, "A panel", (context, html) -> { }));
    }

    @Test
    void anIdIsLowerCaseLettersDigitsAndHyphensStartingWithALetterOrDigitAtMost63Long() {
        assertThat(valid("sw-results")).isTrue();
        assertThat(valid("a".repeat(63))).isTrue();
        assertThat(valid("a".repeat(64))).as("too long for an address part").isFalse();
        assertThat(valid("SW-Results")).isFalse();
        assertThat(valid("-results")).isFalse();
        assertThat(valid("../admin")).isFalse();
        assertThat(valid("")).isFalse();
        assertThat(valid(null)).isFalse();
    }
}
