package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import mou.testfixtures.Slow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive shell, driven through its standard input as a person would type. */
@Slow
class ShellIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Process process;
    private Writer input;
    private final StringBuffer output = new StringBuffer();
    private int marks;

    private void start(App app, Path tmp) throws IOException {
        process = new ProcessBuilder(app.commandLine(List.of("-Djava.io.tmpdir=" + tmp), List.of("shell")))
                .directory(app.home.toFile())
                .redirectErrorStream(true)
                .start();
        input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (InputStream in = process.getInputStream()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "shell output");
        reader.setDaemon(true);
        reader.start();
    }

    @AfterEach
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void send(String line) throws IOException {
        input.write(line + "\n");
        input.flush();
    }

    /** Runs a shell command and returns what it printed (up to an echoed marker). */
    private String command(String line) throws Exception {
        String mark = "MARK-" + (++marks);
        int from = output.length();
        send(line);
        send("echo " + mark);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            int at = output.indexOf(mark, from);
            if (at >= 0) {
                return output.substring(from, at);
            }
            assertThat(process.isAlive()).as("shell still running; output:\n" + output).isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("no answer to `" + line + "` within " + PATIENCE.toSeconds() + " s; output:\n" + output);
    }

    /** Repeats a command until its output satisfies the condition (FileInstall polls once a second). */
    private String until(String line, Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = command(line);
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("`" + line + "` never gave the expected output; last:\n" + last);
    }

    private int awaitExit() throws InterruptedException {
        assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("shell ended; output:\n" + output).isTrue();
        return process.exitValue();
    }

    @Test
    void aJarDroppedIntoThePluginsFolderIsInstalledAndGoesAwayWhenRemoved() throws Exception {
        App app = App.empty(dir);
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        start(app, tmp);

        assertThat(command("mou:groups")).contains("No working groups are installed");

        Path dropped = app.plugins.resolve(App.groupJar().getFileName());
        Path partial = app.plugins.resolve(".incoming.part");
        Files.copy(App.groupJar(), partial);
        Files.move(partial, dropped);
        String listed = until("mou:groups", out -> out.contains(App.GROUP_ID + "  "));
        assertThat(listed).contains("bundle: " + App.GROUP_BUNDLE);
        assertThat(command("validate")).as("unscoped names find the mou commands first").contains("0 errors");

        Files.delete(dropped);
        until("mou:groups", out -> out.contains("No working groups are installed"));
        assertThat(command("lb")).doesNotContain("group-air-quality");

        send("exit");
        assertThat(awaitExit()).isZero();
        assertThat(App.names(tmp)).as("the framework's storage is deleted at exit").isEmpty();
    }

    /** Copies a jar into the plugins folder under a hidden name first, as `./mou` does, so the watcher never sees half of it. */
    private static void dropIn(Path jar, Path plugins) throws IOException {
        Path partial = plugins.resolve("." + jar.getFileName() + ".part");
        Files.copy(jar, partial);
        Files.move(partial, plugins.resolve(jar.getFileName()));
    }

    @Test
    void pluginsDroppedInOrRemovedWhileTheShellRunsChangeTheNextReportAndItsFailuresAreShown() throws Exception {
        App app = App.withGroup(dir);
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path builds = Files.createDirectories(dir.resolve("builds"));
        TestPlugins.Plugin lab = new TestPlugins.Plugin("lab", "Testing", "1.0.0", TestPlugins.Behaviour.WRITES);
        TestPlugins.Plugin fragile = new TestPlugins.Plugin("fragile", "Fragile", "1.0.0", TestPlugins.Behaviour.THROWS);
        Path labJar = TestPlugins.build(lab, builds, "group-lab-1.0.0.jar");
        Path fragileJar = TestPlugins.build(fragile, builds, "group-fragile-1.0.0.jar");
        Path out = Files.createDirectories(dir.resolve("reports"));
        Path markdown = out.resolve("progress-report-2016.md");
        String report = "report --format md --out " + out;
        start(app, tmp);

        assertThat(command(report)).contains(markdown.toString());
        assertThat(Files.readString(markdown)).contains("Cooperation on Air Quality").doesNotContain(lab.chapterTitle());

        dropIn(labJar, app.plugins);
        dropIn(fragileJar, app.plugins);
        until("mou:groups", listed -> listed.contains("lab  Testing Working Group") && listed.contains("fragile  Fragile Working Group"));
        assertThat(command(report)).contains(markdown.toString());
        assertThat(command("echo status $mou_status")).contains("status 4");
        assertThat(Files.readString(markdown)).contains("Cooperation on Air Quality").contains(lab.chapterText())
                .contains("The section \"fragile.chapter\" of Fragile Working Group (plugin " + fragile.symbolicName()
                        + " 1.0.0, working group fragile) could not be written: IllegalStateException: the Fragile chapter broke on purpose");
        assertThat(command("mou:groups")).contains("failed in the last report (2016):")
                .contains(fragile.symbolicName() + " 1.0.0 (group fragile): section fragile.chapter failed");

        Files.delete(app.plugins.resolve(labJar.getFileName()));
        Files.delete(app.plugins.resolve(fragileJar.getFileName()));
        until("mou:groups", listed -> !listed.contains("lab  ") && !listed.contains("fragile  "));
        assertThat(command(report)).contains(markdown.toString());
        assertThat(command("echo status $mou_status")).contains("status 0");
        assertThat(Files.readString(markdown)).contains("Cooperation on Air Quality").doesNotContain(lab.chapterTitle())
                .doesNotContain("Fragile");

        send("exit");
        assertThat(awaitExit()).isZero();
    }

    @Test
    void theEndOfInputStopsTheShellAndTheFramework() throws Exception {
        App app = App.withGroup(dir);
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        start(app, tmp);

        assertThat(command("help")).contains("report").contains("uninstall");
        input.close();

        assertThat(awaitExit()).isZero();
        assertThat(output.toString()).contains("stopping shell and framework").doesNotContain("Exception");
        assertThat(App.names(tmp)).isEmpty();
    }
}
