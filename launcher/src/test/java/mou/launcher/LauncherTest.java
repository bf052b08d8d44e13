package mou.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

class LauncherTest {

    @TempDir
    Path dir;

    private Launcher.Settings settings(Launcher.Mode mode) {
        return new Launcher.Settings(dir.resolve("bundles"), dir, dir.resolve("plugins"), mode, Duration.ofSeconds(5), System.err);
    }

    @Test
    void aCommandRunWatchesNoFolderAndOpensNoConsole() {
        Map<String, String> properties = Launcher.properties(settings(Launcher.Mode.COMMAND), dir.resolve("storage"));

        assertThat(properties).containsEntry("gosh.args", "--nointeractive")
                .containsEntry("mou.home", dir.toString())
                .containsEntry("mou.plugins", dir.resolve("plugins").toString())
                .containsEntry("org.osgi.framework.storage.clean", "onFirstInit")
                .doesNotContainKey("felix.fileinstall.dir");
        // a plugin's failure is said in words by the commands; the runtime's stack trace only with MOU_DEBUG
        assertThat(properties).containsEntry("ds.log.enabled", String.valueOf(System.getenv("MOU_DEBUG") != null));
        assertThat(properties.get("org.osgi.framework.storage")).startsWith(dir.resolve("storage").toString());
    }

    @Test
    void theShellLetsFileInstallOwnThePluginsFolder() {
        Map<String, String> properties = Launcher.properties(settings(Launcher.Mode.SHELL), dir.resolve("storage"));

        assertThat(properties).containsEntry("felix.fileinstall.dir", dir.resolve("plugins").toString())
                .containsEntry("felix.fileinstall.noInitialDelay", "true")
                .containsEntry("felix.fileinstall.bundles.new.start", "true")
                .containsEntry("gosh.args", "")
                .containsEntry("gosh.home", dir.resolve("storage").resolve("gosh").toString());
        assertThat(".group.jar.part".matches(properties.get("felix.fileinstall.filter"))).isFalse();
        assertThat("group-water-1.0.0.jar".matches(properties.get("felix.fileinstall.filter"))).isTrue();
        // the shell skips what a command run skips: a hidden jar, a name with a line break
        assertThat(".hidden.jar".matches(properties.get("felix.fileinstall.filter"))).isFalse();
        assertThat("group\nwater.jar".matches(properties.get("felix.fileinstall.filter"))).isFalse();
        assertThat(properties.get("felix.fileinstall.filter")).isEqualTo(Launcher.PLUGIN_FILE);
    }

    @Test
    void aFrameworkErrorBecomesOneLineWithoutTheRepeatedRequirements() {
        BundleException unresolved = new BundleException("Unable to resolve mou.group-x [15](R 15.0): missing requirement"
                + " [mou.group-x [15](R 15.0)] osgi.wiring.package; (osgi.wiring.package=mou.core.spi)\n"
                + " Unresolved requirements: [[mou.group-x [15](R 15.0)] osgi.wiring.package; (osgi.wiring.package=mou.core.spi)]");
        BundleException activator = new BundleException("Activator start error in bundle x [3].", new IllegalStateException("no config"));

        assertThat(Launcher.reason(unresolved)).isEqualTo("Unable to resolve mou.group-x [15](R 15.0): missing requirement"
                + " [mou.group-x [15](R 15.0)] osgi.wiring.package; (osgi.wiring.package=mou.core.spi)");
        assertThat(Launcher.reason(activator)).isEqualTo("Activator start error in bundle x [3].: IllegalStateException: no config");
    }

    @Test
    void readsOnlyVisibleJarsInNameOrder() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.writeString(plugins.resolve("b.jar"), "");
        Files.writeString(plugins.resolve("a.jar"), "");
        Files.writeString(plugins.resolve(".c.jar"), "");
        Files.writeString(plugins.resolve("notes.txt"), "");

        assertThat(Launcher.jars(plugins)).extracting(p -> p.getFileName().toString()).containsExactly("a.jar", "b.jar");
        assertThat(Launcher.jars(dir.resolve("missing"))).isEmpty();
    }

    @Test
    void refusesToStartWithoutPlatformBundles() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Launcher.start(settings(Launcher.Mode.COMMAND)))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("no platform bundles at " + dir.resolve("bundles"));
    }

    @Test
    void deletesAFolderTree() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("t/a/b"));
        Files.writeString(tree.resolve("f"), "x");

        Launcher.deleteTree(dir.resolve("t"));

        assertThat(dir.resolve("t")).doesNotExist();
    }

    @Test
    void theFrameworkStorageGoesWhereMouStorageSaysAndElsewhereToATemporaryFolder() throws Exception {
        withStorage(dir.resolve("given/place").toString(), () ->
                assertThat(Launcher.storageParent()).isEqualTo(dir.resolve("given/place")).isDirectory());
        withStorage(null, () -> {
            Path chosen = Launcher.storageParent();
            assertThat(chosen).isDirectory().isWritable();
            assertThat(chosen).isIn(Path.of("/dev/shm"), Path.of(System.getProperty("java.io.tmpdir")));
        });
    }

    interface Check {
        void run() throws Exception;
    }

    /** Runs a check with the system property mou.storage set to a value (cleared for null), and puts it back. */
    private static void withStorage(String value, Check check) throws Exception {
        String before = System.getProperty("mou.storage");
        try {
            if (value == null) {
                System.clearProperty("mou.storage");
            } else {
                System.setProperty("mou.storage", value);
            }
            check.run();
        } finally {
            if (before == null) {
                System.clearProperty("mou.storage");
            } else {
                System.setProperty("mou.storage", before);
            }
        }
    }

    /** A launcher started with no platform bundle and no plugin: the framework alone. */
    private Launcher bare() throws Exception {
        Files.createDirectories(dir.resolve("bundles"));
        Files.createDirectories(dir.resolve("plugins"));
        return Launcher.start(settings(Launcher.Mode.COMMAND));
    }

    @Test
    void theStorageOfARunWhoseProcessIsGoneIsRemovedAndOnlyThat() throws Exception {
        Path parent = Files.createDirectories(dir.resolve("storage-parent"));
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path dead = Files.createDirectories(parent.resolve("mou-felix-" + ended.pid() + "-4711"));
        Files.createDirectories(dead.resolve("cache/bundle1"));
        Path alive = Files.createDirectories(parent.resolve("mou-felix-" + ProcessHandle.current().pid() + "-4712"));
        Path unnamed = Files.createDirectories(parent.resolve("mou-felix-cache"));
        Path other = Files.createDirectories(parent.resolve("someone-elses-" + ended.pid() + "-4713"));

        Launcher.sweepStale(parent);

        assertThat(dead).doesNotExist();
        assertThat(alive).isDirectory();
        assertThat(unnamed).isDirectory();
        assertThat(other).isDirectory();
    }

    @Test
    void aRunsStorageIsNamedForItsProcessAndRemovedWhenItEnds() throws Exception {
        withStorage(dir.resolve("runs").toString(), () -> {
            Path storage;
            try (Launcher launcher = bare(); Stream<Path> runs = Files.list(dir.resolve("runs"))) {
                storage = runs.toList().get(0);
                assertThat(Launcher.STORAGE.matcher(storage.getFileName().toString()).replaceFirst("$1"))
                        .isEqualTo(Long.toString(ProcessHandle.current().pid()));
                assertThat(storage.resolve("cache")).isDirectory();
            }
            assertThat(storage).doesNotExist();
        });
    }

    /**
     * SIGTERM while serve runs: the shutdown hook stops the framework, and the command still running
     * on the main thread may then need a class its bundle's closed loader no longer gives (CI saw
     * Gogo's {@code Pipe$Result} end a run with "Exception in thread main"). The run ends quietly.
     */
    @Test
    void aCommandThatLosesItsClassesToAStopEndsWithoutATrace() throws Exception {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        Launcher launcher = bare();
        try {
            Thread stopper = new Thread(launcher::close);
            launcher.framework().getBundleContext().registerService(Callable.class, () -> {
                stopper.start();
                stopper.join();
                throw new NoClassDefFoundError("org/apache/felix/gogo/runtime/Pipe$Result");
            }, new Hashtable<>(Map.of("main.thread", true)));

            int status = launcher.run(List.of("serve"), InputStream.nullInputStream(), System.out,
                    new PrintStream(said, true));

            assertThat(status).isEqualTo(Launcher.FAILED);
            assertThat(said.toString()).isEmpty();
            assertThat(launcher.framework().getState()).isEqualTo(Bundle.RESOLVED);
        } finally {
            launcher.close();
        }
    }

    /** The same missing class while nothing is stopping is a fault worth one line, still not a trace. */
    @Test
    void aCommandThatMissesAClassOtherwiseSaysSoInOneLine() throws Exception {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        try (Launcher launcher = bare()) {
            launcher.framework().getBundleContext().registerService(Callable.class, () -> {
                throw new NoClassDefFoundError("org/example/Gone");
            }, new Hashtable<>(Map.of("main.thread", true)));

            int status = launcher.run(List.of("report"), InputStream.nullInputStream(), System.out,
                    new PrintStream(said, true));

            assertThat(status).isEqualTo(Launcher.FAILED);
            assertThat(said.toString()).isEqualTo("mou: the command line [report] failed: NoClassDefFoundError: org/example/Gone"
                    + System.lineSeparator());
        }
    }
}
