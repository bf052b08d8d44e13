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
    void aJournaledWriteReplacesTheFileKeepsItsModeAndFailsAsAWriteDoes() throws Exception {
        java.util.concurrent.ExecutorService folders = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            Path target = Files.writeString(dir.resolve("2016.json"), "old\n");
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
            new AtomicFiles().writeJournaled(target, "new\n".getBytes(StandardCharsets.UTF_8), folders);
            assertThat(Files.readString(target)).isEqualTo("new\n");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw----");
            assertThat(names()).containsExactly("2016.json");

            // the rename fails: the old file whole, no temporary file left
            AtomicFiles crashing = new AtomicFiles((temporary, t) -> {
                throw new IOException("simulated crash");
            });
            assertThatThrownBy(() -> crashing.writeJournaled(target, "newer\n".getBytes(StandardCharsets.UTF_8), folders))
                    .isInstanceOf(IOException.class).hasMessage("simulated crash");
            assertThat(Files.readString(target)).isEqualTo("new\n");
            assertThat(names()).containsExactly("2016.json");

            // a link is refused, and neither it nor its file changes
            Path elsewhere = Files.writeString(dir.resolve("elsewhere.json"), "theirs\n");
            Path link = Files.createSymbolicLink(dir.resolve("link.json"), elsewhere);
            assertThatThrownBy(() -> new AtomicFiles().writeJournaled(link, "x".getBytes(StandardCharsets.UTF_8), folders))
                    .isInstanceOf(IOException.class);
            assertThat(Files.readString(elsewhere)).isEqualTo("theirs\n");
            assertThat(Files.isSymbolicLink(link)).isTrue();
        } finally {
            folders.shutdownNow();
        }
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
    void aNewFileGetsTheModeOfAnyNewFileInItsFolderNotAPrivateOne() throws IOException {
        Path target = dir.resolve("report.html");
        new AtomicFiles().write(target, "<p>report</p>".getBytes(StandardCharsets.UTF_8));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        try {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                    .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: no modes to compare
        }
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

    @Test
    void aTargetThatIsASymbolicLinkIsRefusedAndNeitherTheLinkNorItsFileChanges() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "secret\n");
        Path link = Files.createSymbolicLink(dir.resolve("export.xlsx"), secret);

        assertThatThrownBy(() -> new AtomicFiles().write(link, "new\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class)
                .hasMessage(link + " is a symbolic link (to " + secret + "); mou writes only files, never through a link: "
                        + "remove the link or write to another name");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(secret)).isEqualTo("secret\n");
        assertThat(names()).containsExactly("elsewhere", "export.xlsx");
    }

    @Test
    void aTargetWhoseFolderIsALinkOutOfTheFolderItBelongsInIsRefused() throws IOException {
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(workspace.resolve("published"), outside);
        Files.createDirectories(workspace.resolve("groups"));
        Files.createSymbolicLink(workspace.resolve("linked-groups"), workspace.resolve("groups"));

        assertThatThrownBy(() -> AtomicFiles.checkTarget(workspace.resolve("published/2017/report.html"), workspace))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("would be written in " + outside.toRealPath().resolve("2017") + ", outside " + workspace)
                .hasMessageContaining("replace the link by the folder itself");
        // a link that stays inside, a folder still to be made, a plain file: all fine
        AtomicFiles.checkTarget(workspace.resolve("linked-groups/air-quality/2017.json"), workspace);
        AtomicFiles.checkTarget(workspace.resolve("reports/2017.json"), workspace);
        AtomicFiles.checkTarget(workspace.resolve("agreement.json"), workspace);
        assertThat(outside.toFile().list()).isEmpty();
    }

    @Test
    void whyAFileCannotBeWrittenIsSaidInWordsWithWhatToDo() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "a file");

        // a folder where no file can be made: /proc takes none, even from root
        Path proc = Path.of("/proc/mou-export.xlsx");
        if (Files.isDirectory(proc.getParent())) {
            assertThatThrownBy(() -> new AtomicFiles().write(proc, "x".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(IOException.class)
                    .hasMessageMatching("(files cannot be made in /proc \\(a system folder, such as /proc, takes no files\\)"
                            + "|permission denied: you may not create or change files in /proc); choose .*");
        }
        // below a file
        assertThatThrownBy(() -> new AtomicFiles().write(file.resolve("x.xlsx"), "x".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class)
                .hasMessage("not a folder: " + file + " is a file, so nothing can be written below it; choose another path");

        // what the file system says, each in words (as a file system would throw them)
        Path target = dir.resolve("out/report.html");
        assertThat(AtomicFiles.describe(target, new java.nio.file.AccessDeniedException(target.toString())))
                .isEqualTo("permission denied: you may not create or change files in " + dir + "; choose a folder you may write to, "
                        + "or ask for write access to it");
        assertThat(AtomicFiles.describe(target, new java.nio.file.FileSystemException(target.toString(), null, "Read-only file system")))
                .isEqualTo("read-only: " + dir + " is on a read-only file system; write to a folder elsewhere");
        assertThat(AtomicFiles.describe(target, new java.nio.file.FileSystemException(target.toString(), null, "No space left on device")))
                .startsWith("the disk is full");
        assertThat(AtomicFiles.describe(target, new java.nio.file.NoSuchFileException(target.toString())))
                .isEqualTo("no such folder: " + dir.resolve("out") + " does not exist and could not be made in " + dir
                        + " (a system folder, such as /proc, takes none); check the path, or choose another place");
        for (IOException e : List.of(new java.nio.file.AccessDeniedException("/x"), new java.nio.file.NoSuchFileException("/x"),
                new java.nio.file.FileSystemException("/x", null, "Input/output error"), new java.nio.file.NotDirectoryException("/x"))) {
            assertThat(AtomicFiles.describe(target, e)).doesNotContain("Exception", "java.");
        }
    }
}
