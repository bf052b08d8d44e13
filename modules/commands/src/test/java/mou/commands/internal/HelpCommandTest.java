package mou.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code help} through the commands as the shell runs them. */
class HelpCommandTest extends CommandTestBase {

    @Test
    void listsEveryCommandAndTheExitStatuses() {
        assertThat(run("help")).isZero();

        for (String command : Commands.names()) {
            assertThat(captured.out()).contains("  " + command + " ");
        }
        assertThat(captured.out()).contains("0 done", "1 the workspace has errors", "2 usage error");
    }

    @Test
    void explainsOneCommand() {
        assertThat(run("help", "validate")).isZero();
        assertThat(captured.out()).startsWith("Usage: validate [--data DIR]");
    }

    @Test
    void everyCommandAnswersHelp() {
        for (String command : Commands.names()) {
            assertThat(run(command, "--help")).as(command).isZero();
            assertThat(captured.out()).contains("Usage: " + command);
        }
        assertThat(store.loaded).isEmpty();
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run("help", "frobnicate")).isEqualTo(2);
        assertThat(captured.err()).contains("there is no command 'frobnicate'");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(captured.err()).contains("unknown command 'frobnicate'");
    }
}
