package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped workspace (data/ at the top of the project) loads without a single error, as a store
 * with no working group installed reads it (every group then gets its one warning; what the
 * groups' own deliverable types check is in modules/itest, ValidateIT). The data is always read
 * from a copy, so the tests never touch data/; and the same check is shown to fail on copies with
 * a mistake, so that it cannot pass on broken data.
 */
class ShippedDataTest {

    private static final Path DATA = Path.of("../../data").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    /** The check every test of the shipped data makes: it loads, with no error, every problem located and in plain words. */
    private static LoadResult assertLoadsWithoutErrors(Path data) {
        LoadResult result = new JsonWorkspaceStore(TestExtensions.noGroups()).load(data);
        assertThat(result.errors()).as("errors in %s", data).extracting(Problem::format).isEmpty();
        assertThat(result.workspace()).as("the workspace of %s", data).isNotNull();
        for (Problem p : result.problems()) {
            assertThat(p.file()).isNotEmpty().doesNotContain("\\");
            assertThat(p.message()).doesNotContain("com.fasterxml", "Exception", "null pointer");
        }
        return result;
    }

    private Path copyOfData(String name) throws IOException {
        assertThat(DATA.resolve("agreement.json")).as("the shipped workspace").isRegularFile();
        return TestWorkspace.copyTree(DATA, temp.resolve(name));
    }

    @Test
    void theShippedWorkspaceLoadsWithoutErrorsWithEveryProblemLocatedAndInPlainWords() throws IOException {
        LoadResult result = assertLoadsWithoutErrors(copyOfData("data"));
        result.problems().forEach(p -> System.out.println("data/" + p.format()));

        assertThat(result.problems()).as("only the one warning of each group whose plugin is not installed")
                .allSatisfy(p -> assertThat(p.format()).contains("warning: no installed working group has the id"));
    }

    @Test
    void theCheckFailsOnACopyWithABadLevelOrABrokenFileOrAMissingFile() throws IOException {
        Path badLevel = copyOfData("bad-level");
        Path year = badLevel.resolve("groups/air-quality/2016.json");
        String text = Files.readString(year);
        assertThat(text).containsPattern("\"level\": \"[a-z-]+\"");
        Files.writeString(year, text.replaceFirst("\"level\": \"[a-z-]+\"", "\"level\": \"great\""));
        Path brokenJson = copyOfData("broken-json");
        Path plan = brokenJson.resolve("groups/wildfires/plan.json");
        Files.writeString(plan, Files.readString(plan).replaceFirst("\\}\\s*$", ""));
        Path missing = copyOfData("missing");
        Files.delete(missing.resolve("agreement.json"));

        assertThatThrownBy(() -> assertLoadsWithoutErrors(badLevel)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("groups/air-quality/2016.json");
        assertThatThrownBy(() -> assertLoadsWithoutErrors(brokenJson)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("groups/wildfires/plan.json");
        assertThatThrownBy(() -> assertLoadsWithoutErrors(missing)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("agreement.json");
    }

    @Test
    void savingTheShippedWorkspaceUnchangedKeepsItsContent() throws IOException {
        Path copy = copyOfData("data");
        JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.noGroups());
        LoadResult first = assertLoadsWithoutErrors(copy);

        store.save(copy, first.workspace());
        LoadResult second = store.load(copy);

        assertThat(second.workspace()).isEqualTo(first.workspace());
        assertThat(second.problems()).extracting(Problem::message).containsExactlyElementsOf(
                first.problems().stream().map(Problem::message).toList());
        // A second save of what the first wrote changes nothing: the form written is stable.
        Map<String, byte[]> saved = TestWorkspace.snapshot(copy);
        store.save(copy, second.workspace());
        Map<String, byte[]> again = TestWorkspace.snapshot(copy);
        saved.forEach((name, bytes) -> assertThat(again.get(name)).as(name).isEqualTo(bytes));
    }
}
