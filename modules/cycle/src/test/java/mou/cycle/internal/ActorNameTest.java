package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import org.junit.jupiter.api.Test;

/** The name of the person acting is checked by the one rule, {@link Acting#MOST_BY}, counted as a person counts characters. */
class ActorNameTest {

    private static final Path WORKSPACE = Path.of("workspace");

    @Test
    void aNameOfTheMostCharactersActsEvenWhenEachIsTwoJavaChars() throws CycleException {
        String name = "\uD83C\uDF35".repeat(Acting.MOST_BY); // a cactus a hundred times: 200 UTF-16 units, 100 characters
        assertThat(Workbench.actor(Acting.of(WORKSPACE, name))).isEqualTo(name);
        assertThat(Workbench.actor(Acting.of(WORKSPACE, "a".repeat(Acting.MOST_BY)))).hasSize(Acting.MOST_BY);
    }

    @Test
    void aLongerNameIsRefusedSayingTheMost() {
        CycleException e = catchThrowableOfType(() -> Workbench.actor(Acting.of(WORKSPACE, "a".repeat(Acting.MOST_BY + 1))),
                CycleException.class);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("by");
            assertThat(p.message()).contains("(one line, at most " + Acting.MOST_BY + " characters)");
            assertThat(p.message("es")).contains("(una línea, como máximo " + Acting.MOST_BY + " caracteres)");
        });
    }
}
