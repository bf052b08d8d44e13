package mou.testfixtures;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The built launcher started as {@code ./mou} starts it, for the tests that run it as a process
 * (modules/itest, the browser tests): the JVM options of the script's {@code JAVA_OPTS} line and its
 * class data archive, {@code mou.jsa} beside the launcher jar, the file {@code ./mou} makes after
 * each build with one training run of {@code report} and maps at every start. When the archive is
 * missing or older than the jar, the first test JVM that asks makes it the script's way (the other
 * test JVMs of the build wait for it through a lock file beside it and then use it); a JVM that
 * cannot make one starts without it, only slower, as {@code ./mou} does then.
 */
public final class LauncherStart {

    private static final Pattern JAVA_OPTS = Pattern.compile("(?m)^JAVA_OPTS=\"\\$\\{MOU_JAVA_OPTS:-([^}\"]*)\\}\"");
    /** What {@code ./mou} adds to map its archive quietly. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private static Path made;

    private LauncherStart() {
    }

    /** The JVM options {@code ./mou} runs the launcher with by default (its {@code JAVA_OPTS} line); none when the script does not say. */
    public static List<String> jvmOptions(Path script) {
        try {
            Matcher m = JAVA_OPTS.matcher(Files.readString(script));
            return m.find() ? List.of(m.group(1).trim().split("\\s+")) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The options that map {@code ./mou}'s class data archive for this launcher jar, after making it
     * when it is missing or stale (a {@code report} of {@code data} into a scratch folder, with the
     * script's JVM options); none when it cannot be made.
     *
     * @param script the {@code mou} script (its JVM options)
     * @param launcherJar the built launcher jar; the archive is {@code mou.jsa} beside it
     * @param data a workspace to report on while training (it is copied, never written)
     */
    public static synchronized List<String> classDataSharing(Path script, Path launcherJar, Path data) {
        Path archive = launcherJar.toAbsolutePath().resolveSibling("mou.jsa");
        if (made == null || !made.equals(archive) || stale(archive, launcherJar)) {
            try (FileChannel lock = FileChannel.open(archive.resolveSibling("mou.jsa.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock held = lock.lock()) {
                if (stale(archive, launcherJar)) {
                    train(script, launcherJar, data, archive);
                }
            } catch (IOException | InterruptedException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                return List.of();
            }
            if (stale(archive, launcherJar)) {
                return List.of();
            }
            made = archive;
        }
        List<String> options = new ArrayList<>();
        options.add("-XX:SharedArchiveFile=" + archive);
        options.addAll(QUIET);
        return options;
    }

    private static boolean stale(Path archive, Path jar) {
        try {
            return !Files.isRegularFile(archive) || Files.size(archive) == 0
                    || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) < 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** As the script's {@code make_archive}: one report run that writes the archive at its exit; its outcome does not matter. */
    private static void train(Path script, Path jar, Path data, Path archive) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("mou-archive-");
        try {
            Path workspace = scratch.resolve("data");
            try (Stream<Path> files = Files.walk(data)) {
                for (Path file : files.toList()) {
                    Path target = workspace.resolve(data.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            Files.createDirectories(scratch.resolve("plugins"));
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(jvmOptions(script));
            command.add("-XX:ArchiveClassesAtExit=" + scratch.resolve("mou.jsa"));
            command.addAll(QUIET);
            command.addAll(List.of("-Dmou.home=" + scratch, "-jar", jar.toString(), "--plugins", scratch.resolve("plugins").toString(),
                    "report", "--data", workspace.toString(), "--out", scratch.resolve("out").toString()));
            Process run = new ProcessBuilder(command).directory(scratch.toFile()).redirectErrorStream(true)
                    .redirectOutput(scratch.resolve("training.txt").toFile()).start();
            run.getOutputStream().close();
            if (!run.waitFor(180, TimeUnit.SECONDS)) {
                run.destroyForcibly().waitFor();
                return;
            }
            Path trained = scratch.resolve("mou.jsa");
            if (Files.isRegularFile(trained) && Files.size(trained) > 0) {
                Path next = Files.createTempFile(archive.getParent(), "mou.jsa.", ".tmp");
                Files.copy(trained, next, StandardCopyOption.REPLACE_EXISTING);
                Files.move(next, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            Folders.delete(scratch);
        }
    }
}
