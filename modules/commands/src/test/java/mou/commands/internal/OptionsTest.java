package mou.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private static final Set<String> VALUED = Set.of("--data", "--year");

    private static Options parse(String... words) throws UsageException {
        return Options.parse("report", List.of(words), VALUED, Set.of("--dry-run"));
    }

    @Test
    void readsValuesSeparatedBySpaceOrEquals() throws UsageException {
        Options options = parse("--data", "/w/data", "--year=2016");

        assertThat(options.value("--data")).contains("/w/data");
        assertThat(options.value("--year")).contains("2016");
        assertThat(options.arguments()).isEmpty();
    }

    @Test
    void aValueMayContainEqualsSignsAndSpaces() throws UsageException {
        Options options = parse("--data=a=b c");

        assertThat(options.value("--data")).contains("a=b c");
    }

    @Test
    void keepsArgumentsInOrderAndEverythingAfterDoubleDash() throws UsageException {
        Options options = parse("one", "--dry-run", "two", "--", "--year", "-x");

        assertThat(options.arguments()).containsExactly("one", "two", "--year", "-x");
        assertThat(options.flag("--dry-run")).isTrue();
        assertThat(options.value("--year")).isEmpty();
    }

    @Test
    void helpIsAlwaysAcceptedAlsoAsDashH() throws UsageException {
        assertThat(parse("--help").help()).isTrue();
        assertThat(parse("-h").help()).isTrue();
        assertThat(parse().help()).isFalse();
    }

    @Test
    void aLoneDashIsAnArgument() throws UsageException {
        assertThat(parse("-").arguments()).containsExactly("-");
    }

    @Test
    void anUnknownOptionIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> parse("--data", "d", "--colour", "red"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown option '--colour'")
                .hasMessageContaining("--data, --dry-run, --help, --year");
    }

    @Test
    void anUnknownOptionWithAValueIsNamedWithoutTheValue() {
        assertThatThrownBy(() -> parse("--colour=red"))
                .hasMessageContaining("unknown option '--colour'")
                .hasMessageNotContaining("red'");
    }

    @Test
    void aMissingValueIsAnError() {
        assertThatThrownBy(() -> parse("--year")).hasMessageContaining("--year needs a value");
        assertThatThrownBy(() -> parse("--year", "--data", "x")).hasMessageContaining("--year needs a value");
        assertThatThrownBy(() -> parse("--year=")).hasMessageContaining("--year needs a value");
    }

    @Test
    void anOptionGivenTwiceIsAnError() {
        assertThatThrownBy(() -> parse("--year", "2015", "--year=2016")).hasMessageContaining("--year is given twice");
    }

    @Test
    void aFlagTakesNoValue() {
        assertThatThrownBy(() -> parse("--dry-run=yes")).hasMessageContaining("--dry-run takes no value");
    }

    @Test
    void aValueMayStartWithASingleDash() throws UsageException {
        assertThat(parse("--data", "-odd-folder").value("--data")).contains("-odd-folder");
    }
}
