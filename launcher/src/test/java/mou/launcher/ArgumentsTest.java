package mou.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private static final Path CWD = Path.of("/work/site");

    @Test
    void theFirstWordThatIsNoLauncherOptionIsTheCommandAndTheRestIsItsOwn() throws Exception {
        Arguments arguments = Arguments.parse(List.of("--plugins", "extra", "report", "--plugins", "x", "--help"), CWD);

        assertThat(arguments.plugins()).contains(Path.of("/work/site/extra"));
        assertThat(arguments.command()).isEqualTo("report");
        assertThat(arguments.arguments()).containsExactly("--plugins", "x", "--help");
        assertThat(arguments.help()).isFalse();
    }

    @Test
    void acceptsPluginsWithEqualsAndAnAbsoluteFolder() throws Exception {
        assertThat(Arguments.parse(List.of("--plugins=/opt/mou/plugins", "groups"), CWD).plugins())
                .contains(Path.of("/opt/mou/plugins"));
    }

    @Test
    void helpBeforeTheCommandIsTheLaunchersAndNoCommandIsAllowed() throws Exception {
        Arguments help = Arguments.parse(List.of("-h"), CWD);
        Arguments none = Arguments.parse(List.of(), CWD);

        assertThat(help.help()).isTrue();
        assertThat(help.command()).isNull();
        assertThat(none.help()).isFalse();
        assertThat(none.command()).isNull();
        assertThat(Arguments.parse(List.of("--help", "report"), CWD).command()).isEqualTo("report");
    }

    @Test
    void aCommandsOptionBeforeTheCommandIsAMistakeThatSaysWhereItGoes() {
        assertThatThrownBy(() -> Arguments.parse(List.of("--year", "2016", "report"), CWD))
                .hasMessageContaining("unknown option '--year' before the command")
                .hasMessageContaining("mou report --year 2016");
    }

    @Test
    void pluginsNeedsAFolderOnce() {
        assertThatThrownBy(() -> Arguments.parse(List.of("--plugins"), CWD)).hasMessageContaining("--plugins needs a folder");
        assertThatThrownBy(() -> Arguments.parse(List.of("--plugins="), CWD)).hasMessageContaining("--plugins needs a folder");
        assertThatThrownBy(() -> Arguments.parse(List.of("--plugins", "a", "--plugins", "b", "groups"), CWD))
                .hasMessageContaining("given twice");
    }
}
