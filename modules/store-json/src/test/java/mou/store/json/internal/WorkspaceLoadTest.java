package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Groups read at the same time give what reading them one after the other gives. */
class WorkspaceLoadTest {

    @TempDir
    Path temp;

    private static void copyGroup(Path ws, String from, String to) {
        Path source = ws.resolve("groups").resolve(from);
        try (Stream<Path> files = Files.list(source)) {
            Files.createDirectories(ws.resolve("groups").resolve(to));
            for (Path file : (Iterable<Path>) files::iterator) {
                String content = Files.readString(file).replace("\"groupId\": \"" + from + "\"", "\"groupId\": \"" + to + "\"");
                Files.writeString(ws.resolve("groups").resolve(to).resolve(file.getFileName().toString()), content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LoadResult load(Path ws, int threads) {
        return new WorkspaceLoad(ws, TestExtensions.airQuality(), new LocatedJson(Limits.DEFAULT), threads).read();
    }

    @Test
    void groupsReadAtTheSameTimeGiveTheSameResultInTheSameOrder() {
        Path ws = TestWorkspace.copy(temp);
        // Copies repeat every id of the group they copy: which copy gives an id first decides each problem's words.
        for (int i = 1; i <= 8; i++) {
            copyGroup(ws, "air-quality", "copy-" + i);
        }
        TestWorkspace.replace(ws, "groups/copy-3/plan.json", "\"members\": [", "\"members\": [\"nobody\", ");

        LoadResult oneByOne = load(ws, 1);
        LoadResult atOnce = load(ws, 4);

        assertThat(oneByOne.problems()).extracting(Problem::message).anyMatch(m -> m.contains("is already used by"));
        assertThat(oneByOne.problems()).extracting(Problem::message).anyMatch(m -> m.contains("no organization 'nobody'"));
        assertThat(atOnce.problems()).containsExactlyElementsOf(oneByOne.problems());
        assertThat(atOnce.workspace()).isEqualTo(oneByOne.workspace());
        assertThat(atOnce.fingerprints()).isEqualTo(oneByOne.fingerprints());
    }
}
