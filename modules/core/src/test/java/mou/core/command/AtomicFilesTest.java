package mou.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("plan.json"), "old\n");
        new AtomicFiles().write(target, "new\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("new\n");
        assertThat(names()).containsExactly("plan.json");
    }

    @Test
    void aCrashBetweenWritingAndRenamingLeavesTheOldFileWholeAndNoPartialFile() throws IOException {
        Path target = Files.writeString(dir.resolve("plan.json"), "old content\n");
        List<String> seenAtCrash = new ArrayList<>();
        AtomicFiles crashing = new AtomicFiles((temporary, t) -> {
            // At the moment of the crash the new content is complete, but only in a hidden temporary file.
            seenAtCrash.add(temporary.getFileName().toString());
            seenAtCrash.add(Files.readString(temporary));
            seenAtCrash.add(Files.readString(t));
            throw new IOException("simulated crash");
        });

        assertThatThrownBy(() -> crashing.write(target, "new content\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessage("simulated crash");

        assertThat(seenAtCrash.get(0)).startsWith(".plan.json.tmp-");
        assertThat(AtomicFiles.isTemporary(seenAtCrash.get(0))).isTrue();
        assertThat(seenAtCrash.subList(1, 3)).containsExactly("new content\n", "old content\n");
        assertThat(Files.readString(target)).isEqualTo("old content\n");
        assertThat(names()).containsExactly("plan.json");
    }

    @Test
    void aNewFileIsNotCreatedWhenTheRenameFails() {
        Path target = dir.resolve("2017.json");
        AtomicFiles crashing = new AtomicFiles((temporary, t) -> {
            throw new IOException("simulated crash");
        });
        assertThatThrownBy(() -> crashing.write(target, "{}\n".getBytes(StandardCharsets.UTF_8))).isInstanceOf(IOException.class);
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void theFileKeepsItsPermissions() throws IOException {
        Path target = Files.writeString(dir.resolve("plan.json"), "old\n");
        try {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        } catch (UnsupportedOperationException e) {
            return; // not a POSIX file system: nothing to keep
        }
        new AtomicFiles().write(target, "new\n".getBytes(StandardCharsets.UTF_8));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
    }
}
