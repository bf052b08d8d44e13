package mou.format.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import mou.core.model.Text;
import mou.core.report.TextMarks;
import org.junit.jupiter.api.Test;

/** How the HTML report shows a workspace text seen in English in a report in another language. */
class TextMarksHtmlTest {

    private static final String NAME = TextMarks.shown(Text.asIs("Sonoran Institute", Text.NAME), "es");
    private static final String UNTRANSLATED = TextMarks.shown(Text.of("Smog <check>"), "es");

    @Test
    void inRunningTextANameIsInEnglishAndAnUntranslatedTextIsInEnglishWithAVisibleMark() {
        assertThat(Html.inline("Con " + NAME + " y " + UNTRANSLATED + "."))
                .isEqualTo("Con <span lang=\"en\">Sonoran Institute</span> y <span lang=\"en\" class=\"untranslated\">"
                        + "<span class=\"untranslated-mark\" lang=\"es\" title=\"sin traducir\">[EN]</span> Smog &lt;check&gt;</span>.");
    }

    @Test
    void whereNoMarkupMayGoTheMarksAreWordsOnly() {
        assertThat(Html.escape("Con " + NAME + " y " + UNTRANSLATED)).isEqualTo("Con Sonoran Institute y [EN] Smog &lt;check&gt;");
    }

    @Test
    void aSpanLeftOpenIsClosedAndAStrayEndWritesNothing() {
        assertThat(Html.inline(TextMarks.AS_IS + "CARB")).isEqualTo("<span lang=\"en\">CARB</span>");
        assertThat(Html.inline("CARB" + TextMarks.END)).isEqualTo("CARB");
    }
}
