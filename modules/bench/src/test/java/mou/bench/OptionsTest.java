package mou.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mou.core.command.CommandException;
import org.junit.jupiter.api.Test;

/** The benchmark's command line, read by the commands' one option reader (mou.core.command.Args). */
class OptionsTest {

    @Test
    void theLastValueOfAnOptionCountsSoThatRunsWordsOverrideThePomsDefaults() throws Exception {
        Bench.Options o = Bench.Options.parse(new String[] {"--root", "/r", "--sizes", "10,100,1000", "--sizes", "100, 1000",
                "--no-jmh", "--passes=3", "--gc", "g1"});

        assertThat(o.sizes()).containsExactly(100, 1000);
        assertThat(o.jmh()).isFalse();
        assertThat(o.e2e()).isTrue();
        assertThat(o.passes()).isEqualTo(3);
        assertThat(o.gc()).isEqualTo("g1");
        assertThat(o.target().toString()).isEqualTo("/r/modules/bench/target");
        assertThat(o.jmhSizes()).isNull();
    }

    @Test
    void aMistakeSaysWhatToType() {
        assertThatThrownBy(() -> Bench.Options.parse(new String[] {"--sizse", "10"})).isInstanceOf(CommandException.class)
                .hasMessageContaining("bench: unknown option '--sizse'").hasMessageContaining("did you mean --sizes?");
        assertThatThrownBy(() -> Bench.Options.parse(new String[] {"--runs"})).isInstanceOf(CommandException.class)
                .hasMessageContaining("--runs needs a value");
        assertThatThrownBy(() -> Bench.Options.parse(new String[] {"10"})).isInstanceOf(CommandException.class);
        assertThatThrownBy(() -> Bench.Options.parse(new String[] {"--gc", "zgc"})).hasMessageContaining("--gc is parallel, g1 or serial");
        assertThatThrownBy(() -> Bench.Options.parse(new String[] {"--mou", "other"})).hasMessageContaining("--mou is script");
    }

    @Test
    void helpIsAcceptedAsEveryCommandAcceptsIt() throws Exception {
        assertThat(Bench.Options.parse(new String[] {"--help"}).sizes()).containsExactly(10, 100, 1000);
        assertThat(List.of(Bench.USAGE.split(" "))).contains("[--no-jmh]");
    }
}
