package mou.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mou.core.command.CommandHelp;
import org.junit.jupiter.api.Test;

class HelpTest {

    /** Another bundle's help, as the reporting cycle's bundle gives it. */
    static final CommandHelp CYCLE = new CommandHelp() {
        @Override
        public List<Topic> topics() {
            return List.of(new Topic("The yearly reporting cycle", 200, Map.of("rate", "rate an activity on the Progress Key"),
                    "docs/reporting-cycle.md"));
        }

        @Override
        public Optional<String> usage(String command) {
            return command.equals("rate") ? Optional.of("Usage: rate ACTIVITY-ID LEVEL --rationale TEXT\n") : Optional.empty();
        }
    };

    @Test
    void theOverviewGroupsEveryCommandWithOneLineEachAndTheOtherBundlesGroupsInTheirOrder() {
        String overview = Help.overview(Path.of("/home"), "/home/plugins", List.of(CYCLE), List.of("rate"));

        int report = overview.indexOf("The report and the workspace:\n");
        int cycle = overview.indexOf("The yearly reporting cycle");
        int plugins = overview.indexOf("Plugins:\n");
        assertThat(report).isNotNegative().isLessThan(cycle);
        assertThat(cycle).isLessThan(plugins);
        assertThat(overview).containsPattern("\n  rate +rate an activity on the Progress Key\n")
                .containsPattern("\n  plan +list a group's goals, activities and deliverables with their ids\n")
                .containsPattern("\n  version +show the version")
                .as("the walk-through of the cycle").contains("(a walk-through: docs/reporting-cycle.md)")
                .as("a command with help of its own is not listed again without a summary").doesNotContain("More commands");
        for (String command : Help.SUMMARIES.keySet()) {
            assertThat(overview).containsPattern("\n  " + command + " +\\S");
        }
    }

    @Test
    void commandsOfOtherBundlesThatGiveNoHelpAreListedByName() {
        String overview = Help.overview(Path.of("/home"), "/home/plugins", List.of(), List.of("approve", "rate", "year"));
        assertThat(overview).contains("More commands from installed bundles").contains("approve, rate, year");
        assertThat(overview.indexOf("uninstall")).isLessThan(overview.indexOf("approve, rate, year"));
    }

    @Test
    void theGuideIsNamedByItsPathInTheHomeWhenItIsThere(@org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        java.nio.file.Files.createDirectories(home.resolve("docs"));
        java.nio.file.Files.writeString(home.resolve("docs/reporting-cycle.md"), "# The reporting cycle\n");

        assertThat(Help.overview(home, "plugins", List.of(CYCLE), List.of()))
                .contains("(a walk-through: " + home.resolve("docs/reporting-cycle.md") + ")");
    }

    @Test
    void everySummaryFitsOnALineOfAHundredColumnTerminal() {
        String overview = Help.overview(Path.of("/home"), "/home/plugins", List.of(), List.of());
        Help.SUMMARIES.keySet().forEach(command -> assertThat(overview.lines().filter(l -> l.startsWith("  " + command + " ")))
                .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(100)));
    }

    @Test
    void withoutOtherCommandsNothingMoreIsListed() {
        assertThat(Help.overview(Path.of("/home"), "/home/plugins", List.of(), List.of())).doesNotContain("More commands");
    }
}
