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
}
