package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mou.testfixtures.LauncherStart;

/**
 * The built application as the tests use it: where its artifacts are, a fresh application home
 * per test (a copy of the shipped workspace and its own plugins folder), and a way to run a
 * command as a separate process, exactly as `java -jar` would.
 */
final class App {

    static final Path LAUNCHER_DIR = Paths.get(required("mou.launcher.dir")).toAbsolutePath().normalize();
    static final Path MODULES_DIR = Paths.get(required("mou.modules.dir")).toAbsolutePath().normalize();
    static final Path DATA = Paths.get(required("mou.data")).toAbsolutePath().normalize();
    static final Path BUNDLES = LAUNCHER_DIR.resolve("bundles");

    /** The working group shipped in group-air-quality, the plugin most tests install. */
    static final String GROUP_ID = "air-quality";
    static final String GROUP_BUNDLE = "mou.group-air-quality";

    final Path home;
    final Path plugins;
    final Path data;

    private App(Path home) {
        this.home = home;
        this.plugins = home.resolve("plugins");
        this.data = home.resolve("data");
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("system property " + name + " is not set; run the tests with `mvn verify`");
        }
        return value;
    }

    /** A fresh home under {@code dir} with a copy of the workspace and the air-quality plugin. */
    static App withGroup(Path dir) throws IOException {
        App app = empty(dir);
        Files.copy(groupJar(), app.plugins.resolve(groupJar().getFileName()));
        return app;
    }

    /** A fresh home under {@code dir} with a copy of the workspace and no plugins. */
    static App empty(Path dir) throws IOException {
        App app = new App(dir.resolve("home"));
        copyTree(DATA, app.data);
        Files.createDirectories(app.plugins);
        return app;
    }

    static Path launcherJar() throws IOException {
        return only(LAUNCHER_DIR, "launcher-*.jar");
    }

    static Path groupJar() throws IOException {
        return only(MODULES_DIR.resolve("group-air-quality/target"), "group-air-quality-*.jar");
    }

    /** The jars of the five shipped working-group plugins, as built in the target folder of each group module. */
    static List<Path> shippedGroupJars() throws IOException {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> modules = Files.newDirectoryStream(MODULES_DIR, "group-*")) {
            for (Path module : modules) {
                jars.add(only(module.resolve("target"), module.getFileName() + "-*.jar"));
            }
        }
        assertThat(jars).as("the five shipped group plugins are built").hasSize(5);
        jars.sort(null);
        return jars;
    }

    private static Path only(Path dir, String glob) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!name.endsWith("-sources.jar") && !name.endsWith("-tests.jar") && !name.endsWith("-javadoc.jar")) {
                    found.add(file);
                }
            }
        }
        assertThat(found).as("built jar %s in %s", glob, dir).hasSize(1);
        return found.get(0);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** Every file under a folder with the SHA-256 of its bytes, to show nothing was touched. */
    static Map<String, String> fingerprint(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(file).toString(), sha256(Files.readAllBytes(file)) + " " + Files.getLastModifiedTime(file));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> names(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a finished run printed and returned. */
    record Run(int exit, String out, String err) {

        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The JVM options `./mou` runs the launcher with by default (its {@code JAVA_OPTS} line), so that
     * a process here runs as `./mou` runs it; none when the script does not say.
     */
    static final List<String> MOU_JVM_OPTIONS = LauncherStart.jvmOptions(MODULES_DIR.getParent().resolve("mou"));

    /**
     * The command line of `java -jar launcher.jar --plugins PLUGINS ARGS...`, with this home and `./mou`'s JVM
     * options and class data archive (made once for the build when missing: {@link LauncherStart}).
     */
    List<String> commandLine(List<String> jvmOptions, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(MOU_JVM_OPTIONS);
        command.addAll(LauncherStart.classDataSharing(MODULES_DIR.getParent().resolve("mou"), launcherJar(), DATA));
        command.add("-Dmou.home=" + home);
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(launcherJar().toString());
        command.add("--plugins");
        command.add(plugins.toString());
        command.addAll(args);
        return command;
    }

    Run run(String... args) throws Exception {
        return runIn(home, List.of(), args);
    }

    /** Runs a command as its own process in the given current directory and waits for it. */
    Run runIn(Path cwd, List<String> jvmOptions, String... args) throws Exception {
        Path out = Files.createTempFile(home.getParent(), "out", ".txt");
        Path err = Files.createTempFile(home.getParent(), "err", ".txt");
        Process process = new ProcessBuilder(commandLine(jvmOptions, List.of(args)))
                .directory(cwd.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("mou " + String.join(" ", args) + " did not finish within 120 s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
