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
        // the PDF is a format of report too, written when asked for (report --help says how)
        assertThat(captured.out()).containsPattern("(?m)^  report +write the progress report of a year \\(HTML, Markdown, JSON; PDF on request\\)$");
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

    @Test
    void explainsAnotherBundlesCommandWithItsOwnHelp() {
        platform.helps.add(HelpTest.CYCLE);
        platform.otherCommands.add("rate");

        assertThat(run("help", "rate")).isZero();
        assertThat(captured.out()).isEqualTo("Usage: rate ACTIVITY-ID LEVEL --rationale TEXT\n");
    }

    @Test
    void theListGroupsTheOtherBundlesCommandsWithTheirSummaries() {
        platform.helps.add(HelpTest.CYCLE);
        platform.otherCommands.add("rate");

        assertThat(run("help")).isZero();
        assertThat(captured.out()).contains("The yearly reporting cycle (a walk-through: docs/reporting-cycle.md):")
                .containsPattern("\n  rate +rate an activity on the Progress Key\n");
    }

    @Test
    void aCommandOfAnotherBundleWithoutHelpIsNamedAsSuch() {
        platform.otherCommands.add("frob");

        assertThat(run("help", "frob")).isZero();
        assertThat(captured.out()).contains("frob comes from an installed bundle").contains("frob --help");
    }

    @Test
    void aMistypedCommandGetsTheNearestKnownOnes() {
        platform.helps.add(HelpTest.CYCLE);
        platform.otherCommands.add("rate");

        assertThat(run("help", "reprot")).isEqualTo(2);
        assertThat(captured.err()).contains("help: there is no command 'reprot'; did you mean report? Commands: report, validate, ")
                .contains(", uninstall, rate");
        assertThat(run("help", "rtae")).isEqualTo(2);
        assertThat(captured.err()).contains("did you mean rate?");
        assertThat(run("reprot")).isEqualTo(2);
        assertThat(captured.err()).contains("unknown command 'reprot'; did you mean report?");
    }
}
