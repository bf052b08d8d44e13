package mou.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import mou.core.model.ReviewState;
import org.junit.jupiter.api.Test;

/** {@link Labels#format} fills plain placeholders itself; the result is what MessageFormat gives. */
class LabelsTest {

    private static final String BUNDLE = "mou.core.report.test-labels";

    private static final String[] KEYS = {"plain", "one", "two", "repeated", "quoted", "unicode", "typed", "spaced", "brace-close",
        "high", "empty", "missing"};

    private static final Object[][] ARGUMENTS = {
        {}, {"Air Quality"}, {"Air Quality", 3}, {"a", "b", "c"}, {null, "x"}, {7, 1234}, {-3, 999}, {1000, 12.5}, {"x", 2.0f},
        {new StringBuilder("built"), Boolean.TRUE}, {"x", new Date(0)}, {"it's", "{1}"}, {Long.MAX_VALUE, 0},
    };

    /** The text, or the kind of exception when there is none. */
    private static String expected(Labels labels, String key, Object[] arguments) {
        try {
            return new MessageFormat(labels.get(key).replace("'", "''"), Locale.forLanguageTag(labels.language())).format(arguments);
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    private static String actual(Labels labels, String key, Object[] arguments) {
        try {
            return labels.format(key, arguments);
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    @Test
    void fillsPlaceholdersAsMessageFormatDoes() {
        for (String language : new String[] {"en", "es", "de", "ar"}) {
            Labels labels = Labels.load(BUNDLE, LabelsTest.class.getClassLoader(), language);
            for (String key : KEYS) {
                for (Object[] arguments : ARGUMENTS) {
                    assertThat(actual(labels, key, arguments)).as("%s with %s in %s", key, Arrays.toString(arguments), language)
                            .isEqualTo(expected(labels, key, arguments));
                }
                assertThat(actual(labels, key, null)).isEqualTo(expected(labels, key, null));
            }
        }
    }

    @Test
    void everyReviewStateHasItsWordsInEachLanguageInOnePlace() {
        Labels en = Labels.forLanguage("en");
        Labels es = Labels.forLanguage("es");
        assertThat(Arrays.stream(ReviewState.values()).map(en::state)).containsExactly("draft", "submitted", "returned", "approved", "published");
        assertThat(Arrays.stream(ReviewState.values()).map(es::state)).containsExactly("borrador", "enviado", "devuelto", "aprobado", "publicado");
        for (ReviewState state : ReviewState.values()) {
            assertThat(es.state(state)).isEqualTo(es.get("state." + state.id())).doesNotStartWith("[");
        }
    }

    @Test
    void aMissingKeyShowsInBrackets() {
        Labels labels = Labels.forLanguage("es");
        assertThat(labels.get("no.such.key")).isEqualTo("[no.such.key]");
        assertThat(labels.format("no.such.key", "x")).isEqualTo("[no.such.key]");
        assertThat(labels.format("level.change", "Inicial", "Moderado")).isEqualTo("Inicial → Moderado");
    }

    @Test
    void anUnmatchedBraceFailsAsWithMessageFormat() {
        Labels labels = Labels.load(BUNDLE, LabelsTest.class.getClassLoader(), "en");
        assertThatThrownBy(() -> labels.format("brace-open", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
