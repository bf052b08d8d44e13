package mou.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mou.core.cycle.Problem;
import mou.core.spi.ReportContexts;
import org.junit.jupiter.api.Test;

/** The languages are one list, {@link Text#LANGUAGES}: problems are said and reports assembled in each of them, and in no other. */
class LanguagesTest {

    private static final Workspace EMPTY = new Workspace(null, List.of(), List.of(), List.of(), List.of(), List.of());

    @Test
    void englishFirstThenSpanish() {
        assertThat(Text.LANGUAGES).containsExactly("en", "es");
        assertThat(Problem.LANGUAGES).isSameAs(Text.LANGUAGES);
    }

    @Test
    void everyLanguageHasAReportContextAndItsOwnWordsForAProblem() {
        for (String language : Text.LANGUAGES) {
            assertThat(ReportContexts.forTest(EMPTY, 2016, language).language()).isEqualTo(language);
        }
        Problem p = Problem.of("by", "by.missing");
        assertThat(Text.LANGUAGES.stream().map(p::message).distinct()).hasSize(Text.LANGUAGES.size());
        assertThatThrownBy(() -> ReportContexts.forTest(EMPTY, 2016, "fr")).hasMessageContaining("not fr");
    }
}
