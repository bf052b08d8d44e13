package mou.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line the launcher hands over: what is read before any command runs. */
class CommandLineTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CommandLine commandLine(String... words) {
        return new CommandLine(null, null, Map.of(CommandLine.ARGUMENTS, words, "mou.err",
                new PrintStream(err, true, StandardCharsets.UTF_8)), null);
    }

    @Test
    void aCommandsOptionBeforeTheCommandIsAUsageErrorThatSaysWhereItGoes() {
        int status = commandLine("--year", "2016", "report").call();

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mou: unknown option '--year' before the command")
                .contains("mou report --year 2016").contains("Usage: mou [--plugins DIR] COMMAND");
    }

    @Test
    void theShellWithWordsIsAUsageError() {
        assertThat(commandLine("shell", "now").call()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mou: shell takes no arguments");
    }

    @Test
    void theProgramPassesEveryArgumentAsAVariableSoNoneIsParsedByGogo() {
        assertThat(CommandLine.program("mou:report", 3)).isEqualTo("mou:report $a0 $a1 $a2");
        assertThat(CommandLine.program("mou:groups", 0)).isEqualTo("mou:groups");
    }

    @Test
    void aCommandServiceNamesItsFunctionsAsAnArrayACollectionOrOneString() {
        assertThat(CommandLine.functions(new String[] {"report", "validate"})).containsExactly("report", "validate");
        assertThat(CommandLine.functions(List.of("year", "rate"))).containsExactly("year", "rate");
        assertThat(CommandLine.functions("help")).containsExactly("help");
        assertThat(CommandLine.functions(null)).isEmpty();
    }

    @Test
    void aMistypedOptionBeforeTheCommandGetsTheNearestOne() {
        assertThat(commandLine("--verison").call()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mou: unknown option '--verison' before the command; did you mean --version?")
                .contains("mou --version");
    }

    @Test
    void theVersionTakesNoCommand() {
        assertThat(commandLine("--version", "report").call()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mou: --version takes no command");
    }
}
