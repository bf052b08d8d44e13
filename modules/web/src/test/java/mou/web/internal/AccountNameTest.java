package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import mou.core.cycle.Acting;
import org.junit.jupiter.api.Test;

/** An account's name is one the cycle's service accepts as the person acting: the same rule, {@link Acting#MOST_BY}. */
class AccountNameTest {

    @Test
    void theLongestAccountNameIsTheLongestNameThatMayAct() {
        assertThat(Accounts.MAX_NAME).isEqualTo(Acting.MOST_BY);
        assertThat(Accounts.nameProblem("\uD83C\uDF35".repeat(Acting.MOST_BY))).isNull();
        assertThat(Accounts.nameProblem("a".repeat(Acting.MOST_BY + 1))).isEqualTo("the name must be at most " + Acting.MOST_BY + " characters long");
    }
}
