package mou.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mou.testfixtures.Slow;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's smallest size, once, as {@code modules/bench/run} starts it: a JVM on
 * {@code target/classes} and {@code target/bench-lib} (not the test class path), so that a jar
 * missing from bench-lib fails the build instead of every in-process measurement. No JMH, no
 * end-to-end runs, no profile: a few seconds.
 */
@Slow
class BenchSmokeIT {

    private static final Path CLASSES = Path.of(System.getProperty("bench.classes", "target/classes"));
    private static final Path LIB = Path.of(System.getProperty("bench.lib", "target/bench-lib"));
    private static final Path ROOT = Path.of(System.getProperty("bench.root", "../.."));
    private static final Path TARGET = Path.of(System.getProperty("bench.target", "target/bench-smoke"));
    private static final int SMALLEST = 10;

    @Test
    void theSmallestSizeGivesANumberForEveryPhaseOfEveryPass() throws Exception {
        Result run = bench(classPath(LIB), TARGET.resolve("ok"));

        assertThat(run.status()).as(run.output()).isZero();
        Path measured = TARGET.resolve("ok/measure-g" + SMALLEST + "-2g-parallel.txt");
        assertThat(measured).as(run.output()).exists();
        Map<String, String> values = resultLine(Files.readString(measured, StandardCharsets.UTF_8));
        for (int pass = 1; pass <= 2; pass++) {
            for (String phase : Bench.MEASURED_PHASES) {
                String key = "p" + pass + "_" + phase + "_ms";
                assertThat(values).as(key).containsKey(key);
                assertThat(Double.parseDouble(values.get(key))).as(key).isFinite().isNotNegative();
            }
        }
        assertThat(values).doesNotContainKey("failed");
        String results = Files.readString(TARGET.resolve("ok/bench-results.md"), StandardCharsets.UTF_8);
        assertThat(results).contains("| " + SMALLEST + " | 2g | warm |").doesNotContain("NaN").doesNotContain("FAILED");
    }

    @Test
    void aMeasurementThatCannotRunFailsTheCommand() throws Exception {
        // the fault of issue 11: bench-lib without the OSGi core API, so every in-process pass dies at class loading
        Path lib = Files.createDirectories(TARGET.resolve("lib-without-osgi-core"));
        try (Stream<Path> jars = Files.list(LIB)) {
            for (Path jar : jars.toList()) {
                if (!jar.getFileName().toString().startsWith("osgi.core")) {
                    Files.copy(jar, lib.resolve(jar.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }

        Result run = bench(classPath(lib), TARGET.resolve("broken"));

        assertThat(run.status()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("bench: FAILED: measure " + SMALLEST + " groups").contains("NoClassDefFoundError")
                .doesNotContain("NaN");
    }

    /** {@code run --help} says how to run it, and installs, builds and measures nothing. */
    @Test
    void runHelpPrintsItsUsageAndDoesNothingElse() throws Exception {
        Process process = new ProcessBuilder("bash", ROOT.resolve("modules/bench/run").toAbsolutePath().toString(), "--sizes", "10", "--help")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(output).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).startsWith("modules/bench/run: the benchmark").contains("--no-e2e").doesNotContain("bench: preparing")
                .doesNotContain("hyperfine (Debian package)").doesNotContain("#");
    }

    private static String classPath(Path lib) {
        return CLASSES.toAbsolutePath() + File.pathSeparator + lib.toAbsolutePath() + File.separator + "*";
    }

    private static Result bench(String classPath, Path target) throws IOException, InterruptedException {
        Files.createDirectories(target);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", classPath, Bench.class.getName(), "--root", ROOT.toAbsolutePath().normalize().toString(),
                "--target", target.toAbsolutePath().toString(), "--sizes", String.valueOf(SMALLEST), "--passes", "2",
                "--no-e2e", "--no-jmh", "--no-profile", "--no-gc-compare"));
        Path log = target.resolve("bench.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the benchmark did not finish within 5 minutes: " + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static Map<String, String> resultLine(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        String line = text.lines().filter(l -> l.startsWith("RESULT")).findFirst().orElseThrow();
        for (String kv : line.substring("RESULT".length()).trim().split(" ")) {
            int eq = kv.indexOf('=');
            values.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return values;
    }

    private record Result(int status, String output) {
    }
}
