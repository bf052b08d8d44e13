package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import mou.core.command.CommandHelp;
import org.junit.jupiter.api.Test;

/** The cycle's commands as help lists and explains them, whichever bundle's help command asks. */
class CycleCommandHelpTest {

    private final CycleCommandHelp help = new CycleCommandHelp();

    @Test
    void oneGroupWithEveryCycleCommandInTheOrderOfTheCycleAndItsWalkThrough() {
        assertThat(help.topics()).hasSize(1);
        CommandHelp.Topic topic = help.topics().get(0);
        assertThat(topic.title()).isEqualTo("The yearly reporting cycle");
        assertThat(topic.summaries().keySet()).containsExactly("year", "rate", "update", "event", "figure", "narrative", "introduction", "export",
                "import", "submit", "return", "approve", "publish", "history", "due", "translations");
        assertThat(topic.order()).as("between the report (100) and plugins (300)").isBetween(101, 299);
        assertThat(Path.of("../..").resolve(topic.guide())).as("the walk-through is in the repository").isRegularFile();
    }

    @Test
    void explainsEachOfItsCommandsAsCommandHelpDoesAndNoOther() {
        for (String command : CycleHelp.SUMMARIES.keySet()) {
            assertThat(help.usage(command)).contains(CycleHelp.of(command));
        }
        assertThat(help.usage("report")).isEmpty();
    }

    @Test
    void eachSummaryFitsOnALineOfHelp() {
        // help's overview lines are at most 100 characters wide (the commands' HelpTest), its names as wide as the longest
        int width = CycleHelp.SUMMARIES.keySet().stream().mapToInt(String::length).max().orElseThrow();
        CycleHelp.SUMMARIES.forEach((command, summary) -> assertThat(2 + width + 2 + summary.length()).as(command).isLessThanOrEqualTo(100));
    }
}
