package mou.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The narrative's parts by their ids: one place for the names commands, pages and sheets use. */
class NarrativeTest {

    private static final Narrative N = new Narrative(List.of(Text.of("S")), List.of(Text.of("A")), List.of(Text.of("C")), List.of(Text.of("X")));

    @Test
    void eachIdNamesItsPartAndReplacesOnlyIt() {
        assertThat(Narrative.PARTS.stream().map(p -> N.part(p).get(0).en()).toList()).containsExactly("S", "A", "C", "X");
        Narrative changed = N.withPart("next-steps", List.of(Text.of("Y")));
        assertThat(changed.nextSteps()).containsExactly(Text.of("Y"));
        assertThat(changed.summary()).isEqualTo(N.summary());
        assertThat(changed.challenges()).isEqualTo(N.challenges());
    }

    @Test
    void anIdThatIsNoPartIsRefusedNamingTheParts() {
        assertThatThrownBy(() -> N.part("nextSteps")).hasMessageContaining("summary, accomplishments, challenges, next-steps");
        assertThatThrownBy(() -> N.withPart("intro", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
