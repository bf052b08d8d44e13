package mou.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Problems name their field, and each front door names the fields in its own words. */
class ProblemTest {

    @Test
    void fieldsInTheMessageAreNamedByTheFrontDoor() {
        Problem p = new Problem("kind", "a new event needs {kind} (one of meeting, training)");
        Map<String, String> labels = Map.of("kind", "Kind of event");

        assertThat(p.namesFields()).isTrue();
        assertThat(p.text(f -> "--" + f)).isEqualTo("a new event needs --kind (one of meeting, training)");
        assertThat(p.text(labels::get)).isEqualTo("a new event needs Kind of event (one of meeting, training)");
        assertThat(new Problem("evidence[1]", "{evidence[1]} 'x' leads outside").text(f -> f.replaceAll("\\[\\d+\\]", "")))
                .isEqualTo("evidence 'x' leads outside");
        assertThat(new Problem("x", "costs $5 {x}").text(f -> "$1")).as("replacements are literal").isEqualTo("costs $5 $1");
    }

    @Test
    void aCellOrNoFieldIsShownAsItIs() {
        assertThat(new Problem("Assessments!E7", "'good' is not a level")).hasToString("Assessments!E7: 'good' is not a level");
        assertThat(new Problem(null, "nothing was imported")).hasToString("nothing was imported");
        assertThat(new Problem("kind", "a new event needs {kind}")).hasToString("a new event needs kind");
    }

    @Test
    void aRefusalCarriesItsKindAndEveryProblem() {
        CycleException e = new CycleException(CycleException.Kind.USAGE,
                List.of(new Problem("level", "'good' is not a level"), new Problem("rationale", "say why with {rationale}")));
        assertThat(e.kind()).isEqualTo(CycleException.Kind.USAGE);
        assertThat(e.problems()).extracting(Problem::field).containsExactly("level", "rationale");
        assertThat(e.getMessage()).isEqualTo("level: 'good' is not a level\nsay why with rationale");
    }

    @Test
    void aCodedProblemSaysItInEachLanguageAndKeepsItsEnglishMessage() {
        Problem p = Problem.of("rationale", "rate.rationale.missing");

        assertThat(p.message()).isEqualTo("say why the activity stands at this level with {rationale}");
        assertThat(p.text(f -> "--" + f)).isEqualTo("say why the activity stands at this level with --rationale");
        assertThat(p.text("es", f -> "Justificación")).isEqualTo("explique con Justificación por qué la actividad está en este nivel");
        assertThat(p.text("fr", f -> f)).as("a language without words: English").isEqualTo(p.text(f -> f));

        Problem values = Problem.of("files[0]", "file.tooLarge", "files[0]", "big $1.pdf", 20);
        assertThat(values.args()).containsExactly("files[0]", "big $1.pdf", "20");
        assertThat(values.message()).isEqualTo("{files[0]} 'big $1.pdf' is larger than 20 MB; give a smaller file, or a web address where the file is kept");
        assertThat(values.text("es", f -> "Archivo 1")).startsWith("Archivo 1 'big $1.pdf' ocupa más de 20 MB");
        assertThat(new Problem(null, "plain").message("es")).as("a problem without a code keeps its message").isEqualTo("plain");
    }

    @Test
    void anUnknownCodeIsAProgrammingError() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Problem.of(null, "no.such.code"));
    }

    @Test
    void bothLanguagesHaveTheSameCodes() {
        assertThat(Problem.codes("es").keySet()).isEqualTo(Problem.codes("en").keySet()).isNotEmpty();
    }

    @Test
    void whatAYearMissesSaysInEnglishWhatTheModelSaysAndHasItsSpanish() {
        List<mou.core.model.Gap> gaps = List.of(new mou.core.model.Gap("air-quality", 2017, mou.core.model.Gap.Kind.NOT_RATED, List.of("aq-1-1"), 6),
                new mou.core.model.Gap("air-quality", 2017, mou.core.model.Gap.Kind.CARRIED_OVER, List.of("aq-1-1", "aq-2-1"), 6),
                new mou.core.model.Gap("air-quality", 2017, mou.core.model.Gap.Kind.EMPTY_NARRATIVE, List.of("summary"), 3),
                new mou.core.model.Gap("air-quality", 2017, mou.core.model.Gap.Kind.EMPTY_NARRATIVE, List.of("summary", "accomplishments", "next-steps"), 3),
                new mou.core.model.Gap(null, 2017, mou.core.model.Gap.Kind.NO_INTRODUCTION, List.of(), 1));
        for (mou.core.model.Gap gap : gaps) {
            Problem p = Problem.missing(gap);
            assertThat(p.message()).isEqualTo((gap.groupId() == null ? "" : "air-quality 2017: ") + gap.describe());
            assertThat(p.message("es")).isNotEqualTo(p.message()).doesNotContain("{");
        }
        assertThat(Problem.missing(gaps.get(3)).message("es")).isEqualTo("air-quality 2017: las partes resumen, logros y próximos pasos de la narrativa están vacías");
        // the narrative's parts have their words in both languages, and are no codes
        assertThat(Problem.valueWords("es").keySet()).isEqualTo(Problem.valueWords("en").keySet())
                .containsExactlyInAnyOrder("part.summary", "part.accomplishments", "part.challenges", "part.next-steps");
        assertThat(Problem.codes("en")).doesNotContainKey("part.summary");
    }

    @Test
    void aMomentIsSaidToTheSecondThoughTheHistoryKeepsItsMilliseconds() {
        Problem p = Problem.of(null, "year.published", "air-quality 2017", "Maria Lopez", java.time.Instant.parse("2026-12-06T14:29:13.583Z"));
        org.assertj.core.api.Assertions.assertThat(p.message()).contains("(by Maria Lopez on 2026-12-06T14:29:13Z)").doesNotContain(".583");
        org.assertj.core.api.Assertions.assertThat(p.message("es")).contains("2026-12-06T14:29:13Z").doesNotContain(".583");
    }
}
