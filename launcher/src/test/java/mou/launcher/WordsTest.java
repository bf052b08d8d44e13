package mou.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher reads only --plugins and whether the command line is the shell; the rest is the application's. */
class WordsTest {

    private static final Path CWD = Path.of("/work/site");

    @Test
    void leadingPluginsIsTheLaunchersAndEverythingAfterItIsTheCommandLine() {
        Launcher.Words words = Launcher.Words.parse(List.of("--plugins", "extra", "report", "--plugins", "x", "--help"), CWD);

        assertThat(words.plugins()).contains(Path.of("/work/site/extra"));
        assertThat(words.commandLine()).containsExactly("report", "--plugins", "x", "--help");
        assertThat(words.mode()).isEqualTo(Launcher.Mode.COMMAND);
    }

    @Test
    void acceptsPluginsWithEqualsAndAnAbsoluteFolder() {
        assertThat(Launcher.Words.parse(List.of("--plugins=/opt/mou/plugins", "groups"), CWD).plugins()).contains(Path.of("/opt/mou/plugins"));
    }

    @Test
    void helpAndACommandsOptionsAreLeftToTheApplication() {
        assertThat(Launcher.Words.parse(List.of("--help", "report"), CWD).commandLine()).containsExactly("--help", "report");
        assertThat(Launcher.Words.parse(List.of("--year", "2016", "report"), CWD).commandLine()).containsExactly("--year", "2016", "report");
        assertThat(Launcher.Words.parse(List.of(), CWD).commandLine()).isEmpty();
    }

    @Test
    void theShellIsTheWordShellAloneAndAnythingElseIsTheApplications() {
        assertThat(Launcher.Words.parse(List.of("--plugins", "p", "shell"), CWD).mode()).isEqualTo(Launcher.Mode.SHELL);
        assertThat(Launcher.Words.parse(List.of("--help", "shell"), CWD).mode()).isEqualTo(Launcher.Mode.COMMAND);
        // the application refuses it: "shell takes no arguments"
        assertThat(Launcher.Words.parse(List.of("shell", "now"), CWD).mode()).isEqualTo(Launcher.Mode.COMMAND);
    }

    @Test
    void serveWatchesThePluginsFolderAndEveryOtherCommandLineRunsOnce() {
        assertThat(Launcher.Words.parse(List.of("--plugins", "p", "serve", "--port", "9000"), CWD).mode()).isEqualTo(Launcher.Mode.SERVE);
        assertThat(Launcher.Words.parse(List.of("shell"), CWD).mode()).isEqualTo(Launcher.Mode.SHELL);
        assertThat(Launcher.Words.parse(List.of("report", "serve"), CWD).mode()).isEqualTo(Launcher.Mode.COMMAND);
        assertThat(Launcher.Words.parse(List.of("--help", "serve"), CWD).mode()).isEqualTo(Launcher.Mode.COMMAND);
        assertThat(Launcher.Words.parse(List.of(), CWD).mode()).isEqualTo(Launcher.Mode.COMMAND);
    }

    @Test
    void pluginsNeedsAFolderOnce() {
        assertThatThrownBy(() -> Launcher.Words.parse(List.of("--plugins"), CWD)).hasMessageContaining("--plugins needs a folder");
        assertThatThrownBy(() -> Launcher.Words.parse(List.of("--plugins="), CWD)).hasMessageContaining("--plugins needs a folder");
        assertThatThrownBy(() -> Launcher.Words.parse(List.of("--plugins", "a", "--plugins", "b", "groups"), CWD))
                .hasMessageContaining("given twice");
    }

    @Test
    void aMistakeInTheLaunchersWordsIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Launcher.launch(List.of("--plugins"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(Launcher.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mou: --plugins needs a folder").contains("Usage: mou");
    }
}
