package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mou.testfixtures.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The `mou` script's first build, as a newcomer sees it: what it says it is doing, the progress
 * module by module, and on failure where Maven's log is and how it ends. The script runs from a
 * copy in an empty folder (so it has to build) with a stand-in `mvn` first on the PATH that
 * prints what Maven prints; the real build is what `mvn verify` itself does.
 */
@Slow
class MouScriptIT {

    private static final Path SCRIPT = App.MODULES_DIR.getParent().resolve("mou");

    @TempDir
    Path dir;

    /** A stand-in for Maven: a reactor of three modules, some noise, then success (a launcher jar) or failure. */
    private Path fakeMaven() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            noise.append("echo \"[INFO] Compiling source file ").append(i).append("\"\n");
        }
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, """
                #!/bin/sh
                echo "[INFO] Scanning for projects..."
                echo "[INFO] Downloading from central: https://repo.maven.apache.org/maven2/x/x.pom"
                echo "[INFO] Building mou-progress 1.0.0-SNAPSHOT                                              [1/3]"
                echo "[INFO] Building mou-progress core: model, extension points, report assembly 1.0.0-SNAPSHOT [2/3]"
                """ + noise + """
                echo "[INFO] Building mou-progress launcher (embeds Apache Felix) 1.0.0-SNAPSHOT              [3/3]"
                if [ -n "$MOU_TEST_RUNS" ]; then
                  echo "run $$" >> "$MOU_TEST_RUNS"
                  sleep 3
                fi
                if [ -n "$MOU_TEST_FAIL" ]; then
                  echo "[ERROR] /src/Foo.java:[3,1] ';' expected"
                  echo "[INFO] BUILD FAILURE"
                  exit 1
                fi
                mkdir -p launcher/target/bundles launcher/target/lib
                echo "not a jar" > launcher/target/launcher-1.0.0-SNAPSHOT.jar
                echo "[INFO] BUILD SUCCESS"
                # Maven ends its output with colour resets and no line break
                printf '\033[0m\033[0m'
                """, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private App.Run runScript(boolean fail) throws Exception {
        Path root = Files.createDirectories(dir.resolve("mou-progress"));
        Files.copy(SCRIPT, root.resolve("mou"));
        Path bin = fakeMaven();
        Process process = start(root, bin, fail, "", null);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the script finishes").isTrue();
        return new App.Run(process.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    private Process start(Path root, Path bin, boolean fail, String name, Path runs) throws IOException {
        Path out = dir.resolve("out" + name + ".txt");
        Path err = dir.resolve("err" + name + ".txt");
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("mou").toString(), "validate")
                .directory(root.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("TMPDIR", dir.toString());
        builder.environment().put("MOU_CDS", "off");
        if (fail) {
            builder.environment().put("MOU_TEST_FAIL", "1");
        }
        if (runs != null) {
            builder.environment().put("MOU_TEST_RUNS", runs.toString());
        }
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    /** Two commands started together on a tree that needs a build: one builds, the other waits for it and builds nothing. */
    @Test
    void commandsStartedTogetherBuildOnce() throws Exception {
        Path root = Files.createDirectories(dir.resolve("mou-progress"));
        Files.copy(SCRIPT, root.resolve("mou"));
        Path bin = fakeMaven();
        Path runs = dir.resolve("maven-runs.txt");
        Process first = start(root, bin, false, "1", runs);
        Process second = start(root, bin, false, "2", runs);
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).as("the first script finishes").isTrue();
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("the second script finishes").isTrue();
        assertThat(Files.readAllLines(runs)).as("Maven ran in the tree once").hasSize(1);
        String err = Files.readString(dir.resolve("err1.txt")) + Files.readString(dir.resolve("err2.txt"));
        assertThat(err).as("the one that waited says so").contains("another ./mou is building mou-progress; waiting for it to finish");
    }

    @Test
    void theFirstBuildSaysWhatItDoesAndShowsEachModuleWithoutMavensOutput() throws Exception {
        App.Run run = runScript(false);

        List<String> lines = run.err().lines().toList();
        assertThat(lines.get(0)).contains("building mou-progress with Maven").contains("downloading its dependencies")
                .contains("the first time takes a few minutes");
        assertThat(lines).containsSubsequence("mou:   [1/3] mou-progress", "mou:   [2/3] core: model, extension points, report assembly",
                "mou:   [3/3] launcher (embeds Apache Felix)");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("mou: built in \\d+ min \\d+ s"));
        assertThat(run.err()).as("a build that worked, though Maven's output ends without a line break").doesNotContain("the build failed");
        assertThat(run.err()).as("Maven's own lines stay in its log").doesNotContain("Compiling source file").doesNotContain("[INFO]");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("the log of a build that worked is removed")
                    .noneMatch(name -> name.startsWith("mou-build."));
        }
    }

    @Test
    void aFailedBuildNamesMavensLogAndShowsHowItEndsAndExitsThree() throws Exception {
        App.Run run = runScript(true);

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("mou:   [3/3] launcher").containsPattern("mou: the build failed; Maven's output is in \\S*mou-build\\.\\w+")
                .contains("[ERROR] /src/Foo.java:[3,1] ';' expected").contains("BUILD FAILURE")
                .as("only its last lines").doesNotContain("Compiling source file 150");
        String log = run.err().replaceAll("(?s).*Maven's output is in (\\S+), and ends with.*", "$1");
        assertThat(Path.of(log)).as("the log is kept").isRegularFile();
        assertThat(Files.readString(Path.of(log))).contains("Compiling source file 0").contains("BUILD FAILURE");
    }
}
