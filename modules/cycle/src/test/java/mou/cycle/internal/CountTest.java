package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cycle's messages count in words: the singular for exactly one, never "(s)". */
class CountTest {

    @Test
    void oneIsSingular_everyOtherNumberPlural() {
        assertThat(Count.of(1, "figure")).isEqualTo("1 figure");
        assertThat(Count.of(0, "figure")).isEqualTo("0 figures");
        assertThat(Count.of(2, "event")).isEqualTo("2 events");
        assertThat(Count.of(1, "activity", "activities")).isEqualTo("1 activity");
        assertThat(Count.of(12, "activity", "activities")).isEqualTo("12 activities");
        assertThat(Count.of(-1, "cell")).isEqualTo("-1 cells");
    }
}
