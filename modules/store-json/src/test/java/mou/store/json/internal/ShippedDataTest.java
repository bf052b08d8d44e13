package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the shipped workspace (data/ at the top of the project), when it is there, as a store
 * with no working group installed would: every group then gets its one warning. The data is
 * read from a copy, so the test never touches data/.
 */
class ShippedDataTest {

    private static final Path DATA = Path.of("../../data").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void theShippedWorkspaceLoadsWithEveryProblemLocatedAndInPlainWords() throws IOException {
        assumeTrue(Files.isRegularFile(DATA.resolve("agreement.json")), "no data/agreement.json yet");
        LoadResult result = new JsonWorkspaceStore(TestExtensions.noGroups()).load(DATA);
        result.problems().forEach(p -> System.out.println("data/" + p.format()));

        assertThat(result.workspace()).isNotNull();
        for (Problem p : result.problems()) {
            assertThat(p.file()).isNotEmpty().doesNotContain("\\");
            assertThat(p.message()).doesNotContain("com.fasterxml", "Exception", "null pointer");
        }
        if (Boolean.getBoolean("mou.strictData")) {
            assertThat(result.errors()).isEmpty();
        }
    }

    @Test
    void savingTheShippedWorkspaceUnchangedKeepsItsContent() throws IOException {
        assumeTrue(Files.isRegularFile(DATA.resolve("agreement.json")), "no data/agreement.json yet");
        Path copy = temp.resolve("data");
        try (var walk = Files.walk(DATA)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = copy.resolve(DATA.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.noGroups());
        LoadResult first = store.load(copy);
        assumeTrue(first.workspace() != null && !first.hasErrors(), "data/ has errors right now");

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
