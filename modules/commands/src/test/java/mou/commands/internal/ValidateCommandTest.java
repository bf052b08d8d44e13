package mou.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import mou.core.model.Text;
import mou.core.spi.TextPlace;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import org.junit.jupiter.api.Test;
import mou.testfixtures.TestGroup;

/** {@code validate} through the commands as the shell runs them. */
class ValidateCommandTest extends CommandTestBase {

    @Test
    void aCleanWorkspaceGivesOneSummaryLine() {
        assertThat(run("validate", "--data", home.resolve("data").toString())).isZero();

        assertThat(captured.outLines()).containsExactly(
                home.resolve("data") + ": 1 working group, 2 goals, 3 activities, 4 deliverables, progress for 2015, 2016; 0 errors, 0 warnings");
    }

    @Test
    void pluginsThatDoNotRunAreListedAndCountedWithoutMakingTheDataInvalid() {
        platform.problems.add(NOT_ACTIVATED);

        assertThat(run("validate", "--data", home.resolve("data").toString())).isZero();

        assertThat(captured.outLines()).containsExactly(
                "plugin problems (these plugins are installed but do not run):",
                "  " + NOT_ACTIVATED.describe(),
                home.resolve("data") + ": 1 working group, 2 goals, 3 activities, 4 deliverables, progress for 2015, 2016;"
                        + " 0 errors, 0 warnings, 1 plugin problem");
    }

    @Test
    void theSummaryNamesTheFolderRelativeToTheCurrentDirectory() throws IOException {
        Files.createDirectories(cwd.resolve("data"));

        assertThat(run("validate", "--data", "data")).isZero();
        assertThat(captured.out()).startsWith("data: ");
    }

    @Test
    void warningsArePrintedBeforeTheSummaryAndStillExitZero() {
        Problem note = warning("groups/water/plan.json", 4, 3, "'colour' is kept as it is");
        store.result = new LoadResult(workspace(2016), List.of(note));

        assertThat(run("validate")).isZero();
        assertThat(captured.outLines()).hasSize(2);
        assertThat(captured.outLines().get(0)).isEqualTo(note.format());
        assertThat(captured.outLines().get(1)).endsWith("0 errors, 1 warning");
    }

    @Test
    void theHistorysLinesThatItLeavesOutAreWarnings() {
        Problem cut = warning("history.jsonl", 41, 1, "this line is not a JSON object (cut short by a crash, or edited by hand)");
        store.history.add(cut);

        assertThat(run("validate")).isZero();
        assertThat(captured.outLines()).containsExactly(cut.format(), captured.outLines().get(1));
        assertThat(captured.outLines().get(1)).endsWith("0 errors, 1 warning");
    }

    @Test
    void errorsExitOneWithOneLinePerProblem() {
        Problem bad = error("groups/water/2016.json", 12, 18, "'great' is not a progress level");
        Problem dangling = error("groups/water/2016.json", 20, 21, "no activity 'w-9-9'");
        store.result = new LoadResult(workspace(2016), List.of(bad, dangling));

        assertThat(run("validate")).isEqualTo(1);
        assertThat(captured.outLines()).containsExactly(bad.format(), dangling.format());
        assertThat(captured.err()).contains("2 errors, 0 warnings");
    }

    @Test
    void inSpanishEveryTextWithoutACurrentSpanishVersionIsAnErrorInItsFileAndNamesAsIsTextsNever() {
        Text english = Text.of("Exchange information.");
        Text stale = new Text("Exchange information now.", "Intercambiar información.", null, Text.fingerprint("Exchange information."));
        List<TextPlace> texts = List.of(new TextPlace(english, "groups/water/plan.json", 7, 24, "$.goals[0].statement"),
                new TextPlace(stale, "groups/water/2016.json", 12, 20, "$.assessments[0].rationale"),
                new TextPlace(Text.asIs("Comité Cívico del Valle", Text.NAME), "organizations.json", 3, 11, "$[0].name"),
                new TextPlace(Text.of("Monitoring.", "Monitoreo."), "groups/water/plan.json", 9, 24, "$.goals[1].statement"));
        store.result = new LoadResult(workspace(2016), List.of(), Map.of(), texts);

        assertThat(run("validate", "--language", "es")).isEqualTo(1);

        assertThat(captured.outLines()).hasSize(2);
        assertThat(captured.outLines().get(0)).startsWith("groups/water/plan.json:7:24: $.goals[0].statement: no Spanish version of"
                + " \"Exchange information.\": add \"es\" beside \"en\" here");
        assertThat(captured.outLines().get(1)).startsWith("groups/water/2016.json:12:20: $.assessments[0].rationale: the Spanish"
                + " \"Intercambiar información.\" translates an older English");
        assertThat(captured.err()).contains("0 errors, 0 warnings, 1 text without Spanish, 1 Spanish text older than its English");

        // English is the source: nothing to translate
        captured = new mou.testfixtures.CapturedIo();
        assertThat(run("validate")).isZero();
        assertThat(captured.outLines()).singleElement().asString().endsWith("0 errors, 0 warnings");
    }

    @Test
    void inSpanishAWorkspaceWithEveryTextTranslatedPrintsOnlyItsSummary() {
        store.result = new LoadResult(workspace(2016), List.of(), Map.of(),
                List.of(new TextPlace(Text.of("Monitoring.", "Monitoreo."), "groups/water/plan.json", 9, 24, "$.goals[1].statement")));

        assertThat(run("validate", "--language", "es")).isZero();
        assertThat(captured.outLines()).singleElement().asString().endsWith("; 0 errors, 0 warnings");
    }

    @Test
    void anotherLanguageIsAUsageError() {
        assertThat(run("validate", "--language", "fr")).isEqualTo(2);
        assertThat(captured.err()).contains("validate: --language must be en or es, not 'fr'");
    }

    @Test
    void anUnreadableWorkspaceIsInvalid() {
        store.result = new LoadResult(null, List.of(error("agreement.json", 1, 1, "not JSON")));

        assertThat(run("validate")).isEqualTo(1);
        assertThat(captured.outLines()).containsExactly("agreement.json:1:1: $.x: not JSON");
        assertThat(captured.err()).contains("could not be read");
    }

    @Test
    void warnsOfTwoGroupsWithTheSameChapterOrderWithoutMakingTheDataInvalid() {
        groups.add(new TestGroup("air-quality", "Air Quality Working Group", List.of(), List.of()));
        groups.add(new TestGroup("energy", "Energy Working Group", List.of(), List.of()));

        assertThat(run("validate", "--data", home.resolve("data").toString())).isZero();

        assertThat(captured.outLines()).containsExactly(
                "warning: the working groups air-quality and energy have the same chapter order, 610,"
                        + " so their chapters follow each other by id; give one of them another order()",
                home.resolve("data") + ": 1 working group, 2 goals, 3 activities, 4 deliverables, progress for 2015, 2016; 0 errors, 0 warnings");
    }
}
