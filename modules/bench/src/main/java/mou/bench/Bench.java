package mou.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mou.bench.jmh.ReportBenchmarks;
import mou.core.command.Args;
import mou.core.command.CommandException;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmark of issue 6, in one run on this machine:
 * <ol>
 * <li>the shipped report end to end ({@code ./mou report}, every format) against a bare boot of the
 * same launcher and bundles ({@code ./mou help}) and a boot that loads and validates
 * ({@code ./mou validate}), each run at least ten times by hyperfine (or by a timing loop);</li>
 * <li>growing synthetic workspaces: one JVM per size with a 2 GB heap that does what the report
 * command does after the boot (time per phase, cold then warm, peak heap), and JMH for the hot paths
 * (load, assemble, render each format), warm;</li>
 * <li>how time grows with size;</li>
 * <li>where the time goes: a Flight Recorder profile of the largest size, by phase.</li>
 * </ol>
 * It prints a summary and writes it, with the raw figures, to {@code <target>/bench-results.md}.
 */
public final class Bench {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The phases of a report, in order; "render" is every format side by side (each format's own time is reported too). */
    private static final String[] PHASES = {"load", "assemble", "render"};
    /** Every phase a Measure pass times, each format's rendering on its own too. */
    static final String[] MEASURED_PHASES = {"wire", "load", "assemble", "render_html", "render_md", "render_json", "render"};
    /** The collectors --gc chooses among, by name: the JVM option that selects each. */
    private static final Map<String, String> COLLECTORS = Map.of("parallel", "-XX:+UseParallelGC", "g1", "-XX:+UseG1GC",
            "serial", "-XX:+UseSerialGC");

    /** The command line. */
    record Options(Path root, Path target, List<Integer> sizes, int runs, int warmup, String mou, boolean e2e,
            boolean scale, boolean jmh, boolean profile, String heap, String bigHeap, int jmhWarmups, int jmhIterations,
            int jmhSeconds, Duration measureTimeout, List<Integer> jmhSizes, int passes, String gc, boolean gcCompare) {

        /** The options that take a value; each may be given again, and the last one counts (run's words override the pom's). */
        static final Set<String> VALUED = Set.of("--root", "--target", "--sizes", "--runs", "--warmup", "--mou", "--heap",
                "--big-heap", "--jmh-warmups", "--jmh-iterations", "--jmh-seconds", "--measure-timeout-minutes", "--jmh-sizes",
                "--passes", "--gc");
        static final Set<String> FLAGS = Set.of("--no-e2e", "--no-scale", "--no-jmh", "--no-profile", "--no-gc-compare");

        /**
         * Reads the command line with the one option reader of every mou command ({@link Args}).
         *
         * @throws CommandException for an unknown option, a missing value or a stray word
         * @throws IllegalArgumentException for a value that is not a number or not one of the choices
         */
        static Options parse(String[] words) throws CommandException {
            Args o = Args.parse("bench", List.of(words), VALUED, VALUED, FLAGS);
            o.expectNone();
            Path root = Path.of(last(o, "--root", ".")).toAbsolutePath().normalize();
            Path target = Path.of(last(o, "--target", root.resolve("modules/bench/target").toString())).toAbsolutePath().normalize();
            String mou = last(o, "--mou", "script");
            if (!mou.equals("script") && !mou.equals("direct")) {
                throw new IllegalArgumentException("--mou is script (run ./mou) or direct (run the launcher jar as ./mou does)");
            }
            return new Options(root, target, sizes(last(o, "--sizes", "10,100,1000")), Integer.parseInt(last(o, "--runs", "10")),
                    Integer.parseInt(last(o, "--warmup", "2")), mou, !o.flag("--no-e2e"), !o.flag("--no-scale"),
                    !o.flag("--no-jmh"), !o.flag("--no-profile"), last(o, "--heap", "2g"),
                    last(o, "--big-heap", "12g"), Integer.parseInt(last(o, "--jmh-warmups", "1")),
                    Integer.parseInt(last(o, "--jmh-iterations", "3")), Integer.parseInt(last(o, "--jmh-seconds", "2")),
                    Duration.ofMinutes(Long.parseLong(last(o, "--measure-timeout-minutes", "8"))),
                    o.has("--jmh-sizes") ? sizes(last(o, "--jmh-sizes", "")) : null,
                    Integer.parseInt(last(o, "--passes", "5")), collector(last(o, "--gc", "parallel")), !o.flag("--no-gc-compare"));
        }

        private static String last(Args o, String name, String otherwise) {
            List<String> given = o.values(name);
            return given.isEmpty() ? otherwise : given.get(given.size() - 1);
        }

        private static List<Integer> sizes(String list) {
            return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
        }

        /** The collector's name as given to --gc, checked. */
        private static String collector(String gc) {
            if (!COLLECTORS.containsKey(gc)) {
                throw new IllegalArgumentException("--gc is parallel, g1 or serial");
            }
            return gc;
        }
    }

    static final String USAGE = "usage: Bench [--root DIR] [--target DIR] [--sizes 10,100,1000] [--runs 10] [--warmup 2]"
            + " [--mou script|direct] [--heap 2g] [--big-heap 12g] [--jmh-warmups 1] [--jmh-iterations 3]"
            + " [--jmh-seconds 2] [--jmh-sizes LIST] [--measure-timeout-minutes 8] [--passes 5] [--gc parallel|g1|serial]"
            + " [--no-e2e] [--no-scale] [--no-jmh] [--no-profile] [--no-gc-compare]";

    private final Options options;
    private final StringBuilder md = new StringBuilder();
    private final long started = System.nanoTime();

    private Bench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (CommandException | IllegalArgumentException e) {
            System.err.println(e instanceof CommandException ? e.getMessage() : "bench: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (List.of(args).contains(Args.HELP) || List.of(args).contains("-h")) {
            System.out.println(USAGE);
            return;
        }
        Bench bench = new Bench(options);
        try {
            bench.run();
        } catch (MeasurementFailed e) {
            // what was measured before is kept for reading, headed by the failure; the command fails
            bench.md.insert(0, "**This run FAILED: " + e.getMessage().lines().findFirst().orElse("") + "**\n\n");
            Path results = options.target().resolve("bench-results.md");
            Files.writeString(results, bench.md.toString(), StandardCharsets.UTF_8);
            System.err.println();
            System.err.println("bench: FAILED: " + e.getMessage());
            System.err.println("bench: nothing was measured after this; what was is in " + results);
            System.exit(1);
        }
    }

    /** A measurement that did not produce its figures: the benchmark stops and its command fails. */
    static final class MeasurementFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MeasurementFailed(String message) {
            super(message);
        }
    }

    /**
     * Checks that a Measure run produced a number for every phase of every pass it was asked for;
     * an exhausted heap is a result, not a failure, when {@code heapMayRunOut}.
     *
     * @throws MeasurementFailed naming the run, the failure and the last lines it printed
     */
    static void check(String what, Map<String, String> r, int passes, boolean heapMayRunOut) {
        String failed = r.get("failed");
        if (failed != null) {
            if (heapMayRunOut && !failed.startsWith("status") && !failed.equals("timeout")) {
                return;
            }
            throw new MeasurementFailed(what + " failed (" + failed + ")" + (r.containsKey("error") ? ": " + r.get("error") : ""));
        }
        for (int pass = 1; pass <= passes; pass++) {
            for (String phase : MEASURED_PHASES) {
                String v = r.get("p" + pass + "_" + phase + "_ms");
                if (v == null || !Double.isFinite(Double.parseDouble(v))) {
                    throw new MeasurementFailed(what + " gave no time for " + phase + " in pass " + pass);
                }
            }
        }
    }

    private void run() throws Exception {
        Files.createDirectories(options.target());
        md.append("# mou-progress benchmark results\n\n");
        line("Run " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " by `modules/bench/run`"
                + " (`mou.bench.Bench " + String.join(" ", describeOptions()) + "`).");
        machine();
        if (options.e2e()) {
            endToEnd();
        }
        Map<Integer, Map<String, String>> measured = new LinkedHashMap<>();
        Map<Integer, Map<String, double[]>> jmh = new LinkedHashMap<>();
        if (options.scale()) {
            Path base = options.target().resolve("bench-workspaces");
            workspaces(base);
            measured = measure(base);
            if (options.jmh()) {
                jmh = jmh(base, measured);
            }
            growth(measured, jmh);
            if (options.profile()) {
                profile(base, measured);
            }
        }
        md.append(String.format(Locale.ROOT, "%nThe whole benchmark took %.1f minutes; load average at the end: %s.%n",
                (System.nanoTime() - started) / 60e9, loadAverage()));
        Path results = options.target().resolve("bench-results.md");
        Files.writeString(results, md.toString(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(md);
        System.out.println("bench: wrote " + results);
    }

    private List<String> describeOptions() {
        return List.of("--sizes", options.sizes().toString().replace(" ", ""), "--runs", String.valueOf(options.runs()),
                "--mou", options.mou(), "--heap", options.heap(), "--passes", String.valueOf(options.passes()), "--gc", options.gc());
    }

    // ------------------------------------------------------------------ the machine

    private void machine() throws IOException {
        md.append("\n## Machine\n\n| | |\n|---|---|\n");
        row("processors (`nproc`)", String.valueOf(Runtime.getRuntime().availableProcessors()));
        row("CPU", cpuModel());
        row("memory", memory());
        row("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        row("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        row("load average at the start (1, 5, 15 min)", loadAverage());
        String commit = output("git", "-C", options.root().toString(), "log", "-1", "--format=%h %cI");
        String changed = output("git", "-C", options.root().toString(), "status", "--porcelain", "--untracked-files=no");
        row("source", commit.isEmpty() ? "unknown" : "commit " + commit + (changed.isBlank() ? ""
                : " with " + changed.lines().count() + " changed files not yet committed"));
        md.append("\nThe machine is shared: other work running at the same time shows as a load average above 0 and "
                + "widens the spread of the timings.\n");
        progress("machine: " + Runtime.getRuntime().availableProcessors() + " processors, " + memory() + ", load " + loadAverage());
    }

    private static String cpuModel() {
        return readFirst(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
    }

    private static String memory() {
        return readFirst(Path.of("/proc/meminfo"), "MemTotal")
                .map(l -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0))
                .orElse("unknown");
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Optional<String> readFirst(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------ 1. end to end

    private void endToEnd() throws IOException, InterruptedException {
        md.append("\n## 1. The shipped report, end to end\n\n");
        List<String> launcher = launcherCommand();
        Path out = options.target().resolve("e2e-out");
        Files.createDirectories(out);
        Map<String, List<String>> commands = new LinkedHashMap<>();
        // as a person runs it: ./mou with its default JVM options (direct mode gives the launcher the same ones)
        List<String> usual = options.mou().equals("script") ? List.of() : concat(scriptJvmOptions(), classDataSharing(launcher));
        commands.put("boot: `mou help`", with(launcher, usual, "help"));
        commands.put("boot + load: `mou validate`", with(launcher, usual, "validate"));
        commands.put("report: `mou report` (html, md, json)", with(launcher, usual, "report", "--out", out.toString()));
        // the same with the JVM's own defaults (MOU_JAVA_OPTS=" "), to show what ./mou's options change
        List<String> plain = options.mou().equals("script") ? List.of(" ") : List.of();
        commands.put("boot, the JVM's default options²", with(launcher, plain, "help"));
        commands.put("report, the JVM's default options²", with(launcher, plain, "report", "--out", out.toString()));
        // without the class data archive that ./mou makes after each build (MOU_CDS=off)
        List<String> noArchive = options.mou().equals("script") ? List.of("env", "MOU_CDS=off") : List.of();
        List<String> unshared = options.mou().equals("script") ? List.of() : scriptJvmOptions();
        commands.put("boot, no class data archive³", concat(noArchive, with(launcher, unshared, "help")));
        commands.put("report, no class data archive³", concat(noArchive, with(launcher, unshared, "report", "--out", out.toString())));
        // what every run pays before any bundle of ours: the JVM, the framework, the component runtime
        commands.putAll(floorCommands());
        for (Map.Entry<String, List<String>> c : commands.entrySet()) {
            ProcessResult first = exec(c.getValue(), options.root(), Duration.ofMinutes(10));
            if (first.status() != 0) {
                throw new MeasurementFailed(c.getKey() + " failed with status " + first.status() + ":\n" + first.output());
            }
        }
        progress("end to end: " + commands.size() + " commands, " + options.runs() + " runs each after " + options.warmup() + " warm-ups");
        Map<String, Timing> timings = hyperfine(commands).orElse(null);
        String how;
        if (timings == null) {
            timings = timingLoop(commands);
            how = "a timing loop in Java (hyperfine is not installed)";
        } else {
            how = "hyperfine " + version("hyperfine", "--version") + " (`-N`, no shell, one call per round)";
        }
        line("Each command " + options.runs() + " times after " + options.warmup() + " warm-up runs, in interleaved rounds (every "
                + "command once per round, so that other work on the machine falls on all of them alike), timed by " + how + ". "
                + "The command line: `" + String.join(" ", launcher).replace(options.root().toString(), ".")
                + " COMMAND`" + (options.mou().equals("direct")
                ? " — the launcher started exactly as `./mou` starts it, without the script's check for a stale build"
                + " (that check, measured on its own below, is the only difference)." : "."));
        md.append("\n| command | median | mean ± sd | min | max | CPU (user + sys, mean) |\n|---|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Timing> t : timings.entrySet()) {
            Timing v = t.getValue();
            md.append(String.format(Locale.ROOT, "| %s | **%.3f s** | %.3f ± %.3f s | %.3f s | %.3f s | %s |%n", t.getKey(),
                    v.median(), v.mean(), v.stddev(), v.min(), v.max(), Double.isNaN(v.cpu()) ? "—" : String.format(Locale.ROOT, "%.3f s", v.cpu())));
        }
        md.append("\nCPU time is less disturbed by other work on the machine than elapsed time: where the two disagree, the "
                + "machine was busy. The JVM uses both cores, so CPU time can exceed elapsed time.\n");
        List<Timing> list = new ArrayList<>(timings.values());
        double boot = list.get(0).median();
        double validate = list.get(1).median();
        double report = list.get(2).median();
        md.append(String.format(Locale.ROOT, "%nRatios of the medians: report / boot **%.2f**, validate / boot %.2f. "
                + "The framework's cost (boot) is %.3f s; loading and validating the workspace add %.3f s; assembling and rendering "
                + "the three formats add %.3f s more.%n", report / boot, validate / boot, boot, validate - boot, report - validate));
        List<String> usedOptions = options.mou().equals("script") ? scriptJvmOptions() : usual;
        md.append(String.format(Locale.ROOT, "%nThe first three rows run with `./mou`'s default JVM options (%s). ² With the JVM's "
                + "own defaults instead (`MOU_JAVA_OPTS=\" \"`, tiered compilation and G1): report %.3f s, boot %.3f s, ratio %.2f.%n",
                usedOptions.isEmpty() ? "none" : "`" + String.join(" ", usedOptions) + "`", list.get(4).median(), list.get(3).median(),
                list.get(4).median() / list.get(3).median()));
        md.append(String.format(Locale.ROOT, "%n³ Without the class data archive that `./mou` makes after each build "
                + "(`MOU_CDS=off`): report %.3f s, boot %.3f s; the archive saves %.3f s of the report and %.3f s of the boot.%n",
                list.get(6).median(), list.get(5).median(), list.get(6).median() - list.get(2).median(),
                list.get(5).median() - list.get(0).median()));
        if (list.size() >= 10) {
            md.append(String.format(Locale.ROOT, "%n⁴ The floor under every run, with `./mou`'s JVM options and each with a class data "
                    + "archive of its own (`mou.bench.Floor`): a JVM that starts and exits %.3f s; one that also starts Felix with no "
                    + "bundle, as the launcher does (fresh storage in /dev/shm), %.3f s; and with the component runtime (SCR and the "
                    + "three API bundles it needs) %.3f s. The boot adds %.3f s to that for our bundles, Jackson, Gogo and the "
                    + "components; %.3f s of the boot is not ours to cut without a framework that stays running.%n",
                    list.get(7).median(), list.get(8).median(), list.get(9).median(), boot - list.get(9).median(),
                    list.get(9).median()));
        }
        if (options.mou().equals("direct")) {
            Timing check = scriptCheck();
            md.append(String.format(Locale.ROOT, "%n`./mou`'s own check for a stale build (`find` over the repository, as the "
                    + "script runs it): median %.3f s over %d runs; `./mou report` costs that much more than the line above.%n",
                    check.median(), options.runs()));
            report += check.median();
            boot += check.median();
        }
        shippedInProcess();
        e2eProfile(with(launcher, usual, "report", "--out", out.toString()));
        md.append("\n| target (issue 6) | measured | |\n|---|---:|---|\n");
        md.append(String.format(Locale.ROOT, "| shipped report, all formats, median < 0.6 s | %.3f s | %s |%n", report, verdict(report < 0.6)));
        md.append(String.format(Locale.ROOT, "| report ≤ 1.3 × bare boot | %.2f × | %s |%n", report / boot, verdict(report / boot <= 1.3)));
        progress(String.format(Locale.ROOT, "end to end: boot %.3f s, validate %.3f s, report %.3f s (median)", list.get(0).median(),
                validate, list.get(2).median()));
    }

    /** The report command's own work on the shipped workspace, in one JVM: cold (as every ./mou run is), then warm. */
    private void shippedInProcess() throws IOException, InterruptedException {
        progress("shipped workspace in-process, cold and warm");
        Map<String, String> r = runMeasure(options.root().resolve("data"), 0, options.heap(), options.gc(), 3, false);
        check("the shipped workspace in-process", r, 3, false);
        md.append("\nThe same work in one JVM without the framework (`mou.bench.Measure` on `data/`, three passes): the first pass "
                + "is what every `./mou report` pays, the third what the work itself costs once the code is loaded and compiled.\n");
        md.append("\n| pass | wire components | load | assemble | html | md | json | render (side by side) | load → files |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int pass = 1; pass <= 3; pass++) {
            String p = "p" + pass + "_";
            if (!r.containsKey(p + "load_ms")) {
                continue;
            }
            md.append("| ").append(pass).append(" |");
            for (String phase : MEASURED_PHASES) {
                md.append(' ').append(seconds(Double.parseDouble(r.getOrDefault(p + phase + "_ms", "NaN")))).append(" |");
            }
            md.append(" **").append(seconds(sum(r, p))).append("** |\n");
        }
    }

    /** One `report` with Flight Recorder: which code the samples of the whole run fell in. */
    private void e2eProfile(List<String> report) throws IOException, InterruptedException {
        Path recording = options.target().resolve("profile-e2e-report.jfr");
        Files.deleteIfExists(recording);
        List<String> command = new ArrayList<>();
        if (options.mou().equals("script")) {
            List<String> jvm = new ArrayList<>(scriptJvmOptions());
            jvm.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile");
            command.addAll(List.of("env", "MOU_JAVA_OPTS=" + String.join(" ", jvm)));
            command.addAll(report);
        } else {
            command.add(report.get(0));
            command.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile");
            command.addAll(report.subList(1, report.size()));
        }
        ProcessResult r = exec(command, options.root(), Duration.ofMinutes(5));
        if (r.status() != 0 || !Files.exists(recording)) {
            throw new MeasurementFailed("the profiled report run failed with status " + r.status() + ":\n" + r.output());
        }
        Map<String, Integer> areas = Profile.byArea(recording);
        int classes = areas.remove("loaded classes");
        int total = areas.values().stream().mapToInt(Integer::intValue).sum();
        md.append("\nWhere one `report` run spends its processor time (Flight Recorder execution samples of the Java threads — the JIT compilers and the collector are not sampled — by the code "
                + "running; class loading counts wherever it happens; " + classes + " classes loaded; the recording adds its own "
                + "start-up cost; `" + options.target().relativize(recording) + "`):\n\n| code | share of samples |\n|---|---:|\n");
        areas.forEach((area, n) -> md.append(String.format(Locale.ROOT, "| %s | %.0f %% |%n", area, 100.0 * n / total)));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    /** The JVM options ./mou gives when MOU_JAVA_OPTS is not set, read from the script ({@code ${MOU_JAVA_OPTS:-...}}). */
    private List<String> scriptJvmOptions() {
        try {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{MOU_JAVA_OPTS:-([^}]*)\\}")
                    .matcher(Files.readString(options.root().resolve("mou")));
            return m.find() && !m.group(1).isBlank() ? List.of(m.group(1).trim().split("\\s+")) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The launcher command with JVM options (for ./mou through MOU_JAVA_OPTS, as a person would give them) and words. */
    private List<String> with(List<String> base, List<String> jvm, String... words) {
        List<String> all = new ArrayList<>();
        if (!jvm.isEmpty()) {
            if (options.mou().equals("script")) {
                // MOU_JAVA_OPTS replaces ./mou's default JVM options
                all.addAll(List.of("env", "MOU_JAVA_OPTS=" + String.join(" ", jvm)));
                all.addAll(base);
            } else {
                all.add(base.get(0));
                all.addAll(jvm);
                all.addAll(base.subList(1, base.size()));
            }
        } else {
            all.addAll(base);
        }
        all.addAll(List.of(words));
        return all;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * For the launcher started directly: a class data archive made the way {@code ./mou} makes its
     * own (one report run with {@code -XX:ArchiveClassesAtExit}), and the options that use it. An
     * archive belongs to the jar it was made with, so the snapshot gets its own.
     */
    /**
     * The floor rows: {@link Floor} with ./mou's JVM options, as a bare JVM, with Felix alone, and
     * with Felix and the component runtime, each with a class data archive made by one training run
     * (as ./mou has its own). Empty when the launcher's framework jar is not built.
     */
    private Map<String, List<String>> floorCommands() throws IOException, InterruptedException {
        Map<String, List<String>> floors = new LinkedHashMap<>();
        Path lib = options.root().resolve("launcher/target/lib");
        Path bundles = options.root().resolve("launcher/target/bundles");
        Optional<Path> felix = jarStartingWith(lib, "org.apache.felix.framework-");
        List<String> scr = new ArrayList<>();
        for (String name : new String[] {"org.apache.felix.scr-", "org.osgi.service.component-", "org.osgi.util.function-",
                "org.osgi.util.promise-"}) {
            jarStartingWith(bundles, name).ifPresent(jar -> scr.add(jar.toString()));
        }
        if (felix.isEmpty() || scr.size() != 4) {
            progress("no floor rows: the launcher's framework or SCR jars were not found under launcher/target");
            return floors;
        }
        Path archives = options.target().resolve("floor");
        Files.createDirectories(archives);
        // a class data archive takes classes from jars only: Floor gets a jar of its own
        Path floorJar = archives.resolve("floor.jar");
        try (InputStream in = Floor.class.getResourceAsStream("Floor.class");
                var jar = new java.util.jar.JarOutputStream(Files.newOutputStream(floorJar))) {
            jar.putNextEntry(new java.util.jar.JarEntry(Floor.class.getName().replace('.', '/') + ".class"));
            in.transferTo(jar);
            jar.closeEntry();
        }
        String classPath = floorJar + java.io.File.pathSeparator + felix.get();
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("floor: a JVM starts and exits⁴", List.of("--jvm-only"));
        variants.put("floor: + Felix, no bundles⁴", List.of());
        variants.put("floor: + Felix, SCR and its APIs⁴", scr);
        int i = 0;
        for (Map.Entry<String, List<String>> v : variants.entrySet()) {
            Path archive = archives.resolve("floor-" + i++ + ".jsa");
            Files.deleteIfExists(archive);
            List<String> training = new ArrayList<>(List.of(java()));
            training.addAll(scriptJvmOptions());
            training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp", classPath,
                    Floor.class.getName()));
            training.addAll(v.getValue());
            ProcessResult trained = exec(training, options.root(), Duration.ofMinutes(2));
            if (trained.status() != 0) {
                throw new MeasurementFailed(v.getKey() + " failed with status " + trained.status() + ":\n" + trained.output());
            }
            List<String> command = new ArrayList<>(List.of(java()));
            command.addAll(scriptJvmOptions());
            if (Files.isRegularFile(archive)) {
                command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
            }
            command.addAll(List.of("-cp", classPath, Floor.class.getName()));
            command.addAll(v.getValue());
            floors.put(v.getKey(), command);
        }
        return floors;
    }

    private static Optional<Path> jarStartingWith(Path folder, String prefix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(".jar"))
                    .sorted().findFirst();
        }
    }

    private List<String> classDataSharing(List<String> launcher) throws IOException, InterruptedException {
        Path archive = options.target().resolve("e2e-app/mou.jsa");
        Path scratch = Files.createTempDirectory(options.target(), "archive-");
        List<String> training = new ArrayList<>(List.of(launcher.get(0)));
        training.addAll(scriptJvmOptions());
        training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        training.addAll(launcher.subList(1, launcher.size()));
        training.addAll(List.of("report", "--out", scratch.toString()));
        exec(training, options.root(), Duration.ofMinutes(5));
        Workspaces.delete(scratch);
        if (!Files.isRegularFile(archive)) {
            progress("no class data archive could be made; the launcher runs without one");
            return List.of();
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** A command line for hyperfine, which splits it as a shell would (quotes keep a word with spaces together). */
    private static String quoted(List<String> words) {
        return String.join(" ", words.stream().map(w -> w.contains(" ") ? "'" + w + "'" : w).toList());
    }

    /** {@code ./mou}, or the launcher jar started the way {@code ./mou} starts it. */
    private List<String> launcherCommand() throws IOException, InterruptedException {
        Path script = options.root().resolve("mou");
        if (options.mou().equals("script")) {
            // the first call builds the application if it is stale and fills plugins/, as it would for a person
            ProcessResult prepared = exec(List.of(script.toString(), "help"), options.root(), Duration.ofMinutes(30));
            if (prepared.status() != 0) {
                throw new IllegalStateException("./mou help failed:\n" + prepared.output());
            }
            return List.of(script.toString());
        }
        Path jar = snapshotLauncher();
        // the plugins ./mou would install: its plugins/ folder, or on first use the group plugins built in modules/group-*
        Path plugins = options.target().resolve("e2e-app/plugins");
        Files.createDirectories(plugins);
        Path seeded = options.root().resolve("plugins");
        if (Files.isDirectory(seeded)) {
            copyJars(seeded, plugins);
        } else {
            try (DirectoryStream<Path> modules = Files.newDirectoryStream(options.root().resolve("modules"), "group-*")) {
                for (Path module : modules) {
                    if (Files.isDirectory(module.resolve("target"))) {
                        copyJars(module.resolve("target"), plugins);
                    }
                }
            }
        }
        return List.of("java", "-Dmou.home=" + options.root(), "-jar", jar.toString(), "--plugins", plugins.toString());
    }

    /**
     * A copy of the built launcher (its jar, lib/ and bundles/) in the target folder: the launcher
     * finds both folders beside its jar, and the copy is safe from a build that runs meanwhile.
     */
    private Path snapshotLauncher() throws IOException, InterruptedException {
        Path target = options.root().resolve("launcher/target");
        Path app = options.target().resolve("e2e-app");
        for (int attempt = 0; ; attempt++) {
            Optional<Path> jar = launcherJar();
            if (jar.isPresent() && hasJars(target.resolve("lib")) && hasJars(target.resolve("bundles"))) {
                Workspaces.delete(app);
                Files.createDirectories(app);
                Path copy = app.resolve(jar.get().getFileName());
                Files.copy(jar.get(), copy);
                Files.createDirectories(app.resolve("lib"));
                Files.createDirectories(app.resolve("bundles"));
                copyJars(target.resolve("lib"), app.resolve("lib"));
                copyJars(target.resolve("bundles"), app.resolve("bundles"));
                return copy;
            }
            if (attempt >= 24) {
                throw new IllegalStateException("there is no complete launcher in launcher/target (jar, lib/, bundles/); "
                        + "build the application first (./mou help builds it)");
            }
            progress("waiting for launcher/target to be complete (a build is running?)");
            Thread.sleep(5000);
        }
    }

    private static boolean hasJars(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
            return jars.iterator().hasNext();
        }
    }

    private static void copyJars(Path from, Path to) throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(from, "*.jar")) {
            for (Path j : jars) {
                String name = j.getFileName().toString();
                if (!name.endsWith("-sources.jar") && !name.endsWith("-tests.jar") && !name.endsWith("-javadoc.jar")) {
                    Files.copy(j, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private Optional<Path> launcherJar() throws IOException {
        Path target = options.root().resolve("launcher/target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "launcher-*.jar")) {
            for (Path j : jars) {
                String name = j.getFileName().toString();
                if (!name.endsWith("-sources.jar") && !name.endsWith("-tests.jar") && !name.endsWith("-javadoc.jar")) {
                    return Optional.of(j);
                }
            }
        }
        return Optional.empty();
    }

    /** The {@code find} that {@code ./mou} runs before each start to see whether the build is stale. */
    private Timing scriptCheck() throws IOException, InterruptedException {
        Path jar = launcherJar().orElseThrow();
        String root = options.root().toString();
        List<String> find = List.of("find", root, "(", "-name", ".git", "-o", "-name", "target", "-o", "-path", root + "/plugins",
                "-o", "-name", "node_modules", ")", "-prune", "-o", "-type", "f", "(", "-name", "pom.xml", "-o", "-name", "*.bnd",
                "-o", "-path", "*/src/*", ")", "-newer", jar.toString(), "-print", "-quit");
        Map<String, List<String>> one = new LinkedHashMap<>();
        one.put("check", find);
        return timingLoop(one).get("check");
    }

    /** Timings in seconds. */
    record Timing(double median, double mean, double stddev, double min, double max, double cpu) {

        Timing withCpu(double seconds) {
            return new Timing(median, mean, stddev, min, max, seconds);
        }

        static Timing of(double[] times) {
            double[] sorted = times.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double median = Bench.median(sorted);
            double mean = Arrays.stream(sorted).average().orElse(0);
            double variance = n < 2 ? 0 : Arrays.stream(sorted).map(t -> (t - mean) * (t - mean)).sum() / (n - 1);
            return new Timing(median, mean, Math.sqrt(variance), sorted[0], sorted[n - 1], Double.NaN);
        }
    }

    /**
     * Runs every command once per round, the commands one after the other, for the warm-up rounds and then the measured
     * ones: other work on a shared machine comes and goes over minutes, and interleaving spreads it over all commands alike
     * instead of favouring the one that happened to run while the machine was quiet. Each round is one hyperfine call.
     */
    private Optional<Map<String, Timing>> hyperfine(Map<String, List<String>> commands) throws IOException, InterruptedException {
        if (version("hyperfine", "--version").isEmpty()) {
            return Optional.empty();
        }
        Path export = options.target().resolve("hyperfine-round.json");
        List<String> names = new ArrayList<>(commands.keySet());
        double[][] times = new double[names.size()][options.runs()];
        double[] cpu = new double[names.size()];
        StringBuilder raw = new StringBuilder("[");
        for (int round = -options.warmup(); round < options.runs(); round++) {
            List<String> command = new ArrayList<>(List.of("hyperfine", "-N", "--style", "none", "--runs", "1",
                    "--export-json", export.toString()));
            for (List<String> c : commands.values()) {
                command.add(quoted(c));
            }
            ProcessResult r = exec(command, options.root(), Duration.ofMinutes(10));
            if (r.status() != 0) {
                throw new MeasurementFailed("hyperfine failed:\n" + r.output());
            }
            if (round < 0) {
                continue;
            }
            JsonNode results = JSON.readTree(export.toFile()).get("results");
            raw.append(round == 0 ? "" : ",").append(results);
            for (int i = 0; i < names.size(); i++) {
                times[i][round] = results.get(i).get("times").get(0).asDouble();
                cpu[i] += results.get(i).path("user").asDouble() + results.get(i).path("system").asDouble();
            }
        }
        Files.writeString(options.target().resolve("hyperfine.json"), raw.append("]").toString());
        Map<String, Timing> timings = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            timings.put(names.get(i), Timing.of(times[i]).withCpu(cpu[i] / options.runs()));
        }
        return Optional.of(timings);
    }

    /** The same interleaved rounds without hyperfine: elapsed time only. */
    private Map<String, Timing> timingLoop(Map<String, List<String>> commands) throws IOException, InterruptedException {
        List<String> names = new ArrayList<>(commands.keySet());
        double[][] times = new double[names.size()][options.runs()];
        for (int round = -options.warmup(); round < options.runs(); round++) {
            for (int i = 0; i < names.size(); i++) {
                long t = System.nanoTime();
                exec(commands.get(names.get(i)), options.root(), Duration.ofMinutes(5));
                if (round >= 0) {
                    times[i][round] = (System.nanoTime() - t) / 1e9;
                }
            }
        }
        Map<String, Timing> timings = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            timings.put(names.get(i), Timing.of(times[i]));
        }
        return timings;
    }

    // ------------------------------------------------------------------ 2. growing workspaces

    private void workspaces(Path base) throws IOException {
        md.append("\n## 2. Growing workspaces, in-process\n\n");
        Shape shape = Shape.bench(1);
        line(String.format(Locale.ROOT, "Synthetic workspaces (`mou.bench.WorkspaceGenerator`, seed %d): N working groups, each with "
                + "%d goals of %d activities (%d activities), %d deliverable per activity (of the %d deliverable types the core and "
                + "the five group plugins install), %d years of assessments (%d–%d, one per activity and year, levels drifting "
                + "upward), %d events and %d figures per group and year, 3 organizations per group. The report is for %d; the "
                + "other years are loaded and validated (and the year before gives the level changes).", shape.seed(),
                shape.goals(), shape.activitiesPerGoal(), shape.activitiesPerGroup(), shape.deliverablesPerActivity(),
                Application.withSyntheticGroups(0).deliverableTypes().size(), shape.years(), shape.firstYear(), shape.lastYear(),
                shape.eventsPerYear(), shape.metricsPerYear(), shape.lastYear()));
        md.append("\n| groups | assessments | files | size on disk | generated in |\n|---:|---:|---:|---:|---:|\n");
        for (int n : options.sizes()) {
            long t = System.nanoTime();
            progress("workspace of " + n + " groups: generating if missing");
            WorkspaceGenerator.Summary summary = Workspaces.ensure(base, n, options.root().resolve("data"));
            Path folder = Workspaces.folder(base, n);
            long[] totals = sizeOf(folder);
            md.append(String.format(Locale.ROOT, "| %d | %,d | %,d | %.1f MB | %s |%n", n, Shape.bench(n).assessments(), totals[0],
                    totals[1] / 1e6, summary == null ? "(kept from an earlier run)" : String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - t) / 1e9)));
        }
    }

    private static long[] sizeOf(Path folder) throws IOException {
        long[] totals = new long[2];
        try (var files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                totals[0]++;
                totals[1] += Files.size(f);
            }
        }
        return totals;
    }

    /** One JVM per size, as the report command would run after the boot; a larger heap where the standard one runs out. */
    private Map<Integer, Map<String, String>> measure(Path base) throws IOException, InterruptedException {
        Map<Integer, Map<String, String>> all = new LinkedHashMap<>();
        md.append("\n### 2a. One JVM per size: the report command's work, cold then warm\n\n");
        line("`java -Xmx" + options.heap() + " " + COLLECTORS.get(options.gc()) + " mou.bench.Measure`: wires the components, loads, "
                + "assembles, and renders every format to a file (side by side, each on its own thread, as the report command does; "
                + "each format's own time is shown too), " + options.passes() + " times in the same JVM: pass 1 is cold; the warm row "
                + "gives, for each phase, the median of passes 2 to " + options.passes() + ", and for load → files the median of "
                + "those passes' totals (all of them in the last column). A collection runs between passes. The collector is the "
                + "parallel (throughput) one, as `./mou` uses: a report is a batch job; 2c compares it with the JVM's default, G1. "
                + "Peak heap: the most the collector found in use (just before a collection, or at the end); live: the most left "
                + "after a collection. When the heap runs out, the same run is repeated with -Xmx" + options.bigHeap()
                + " (one pass) to see the time and heap it needs.");
        md.append("\n| groups | heap limit | pass | wire | load | assemble | html | md | json | render (side by side) | load → files "
                + "| peak heap | max live | result |\n|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (int n : options.sizes()) {
            Path folder = Workspaces.folder(base, n);
            progress("measure " + n + " groups with -Xmx" + options.heap() + ", " + options.passes() + " passes");
            Map<String, String> r = runMeasure(folder, n, options.heap(), options.gc(), options.passes(), false);
            check("measure " + n + " groups (-Xmx" + options.heap() + ")", r, options.passes(), true);
            table(n, options.heap(), r);
            if (r.containsKey("failed") && !r.get("failed").startsWith("status")) {
                progress("measure " + n + " groups with -Xmx" + options.bigHeap() + " (the " + options.heap() + " heap ran out)");
                // the largest size's run is also the profiled one: it takes minutes, so it is not repeated for the profile
                boolean record = options.profile() && n == options.sizes().get(options.sizes().size() - 1);
                Map<String, String> big = runMeasure(folder, n, options.bigHeap(), options.gc(), 1, record);
                check("measure " + n + " groups (-Xmx" + options.bigHeap() + ")", big, 1, false);
                big.put("heap", options.bigHeap());
                table(n, options.bigHeap(), big);
                r.put("big", "true");
                big.forEach((k, v) -> r.putIfAbsent("big_" + k, v));
            }
            all.put(n, r);
        }
        int largest = options.sizes().get(options.sizes().size() - 1);
        if (options.gcCompare() && !options.gc().equals("g1") && !all.get(largest).containsKey("failed")) {
            md.append("\n### 2c. The collector\n\n");
            line("The largest size again with the JVM's default collector, G1 (`-XX:+UseG1GC`), everything else the same. On two "
                    + "cores G1's concurrent work and its copying of the growing model between young regions cost more than the "
                    + "parallel collector's pauses; a report has no user waiting on a pause, so throughput is what counts.");
            md.append("\n| groups | heap limit | pass | wire | load | assemble | html | md | json | render (side by side) | load → files "
                    + "| peak heap | max live | result |\n|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
            progress("measure " + largest + " groups with G1 for comparison");
            Map<String, String> g1 = runMeasure(Workspaces.folder(base, largest), largest, options.heap(), "g1", options.passes(), false);
            check("measure " + largest + " groups with G1", g1, options.passes(), false);
            table(largest, options.heap(), g1);
            all.get(largest).put("g1_warm_total_ms", g1.getOrDefault("w_total_ms", "NaN"));
        }
        return all;
    }

    private void table(int n, String heap, Map<String, String> r) {
        for (String p : new String[] {"p1_", "w_"}) {
            if (!r.containsKey(p + "wire_ms") && !(p.equals("p1_") && r.containsKey("failed"))) {
                continue;
            }
            double total = 0;
            boolean complete = true;
            StringBuilder cells = new StringBuilder();
            for (String phase : MEASURED_PHASES) {
                String v = r.get(p + phase + "_ms");
                cells.append(v == null ? " — |" : String.format(Locale.ROOT, " %s |", seconds(Double.parseDouble(v))));
                if (v == null) {
                    complete = false;
                } else if (List.of(PHASES).contains(phase)) {
                    total += Double.parseDouble(v);
                }
            }
            boolean cold = p.equals("p1_");
            if (!cold) {
                total = Double.parseDouble(r.get("w_total_ms"));
            }
            String result = !r.containsKey("failed") || !cold ? (cold ? "ok" : "ok; passes 2–" + r.get("passes") + ": "
                    + warmTotals(r))
                    : r.containsKey("error") ? "**failed** (" + r.get("failed") + "): " + r.get("error")
                    : "**" + r.get("failed") + "** in " + r.get("failed_phase").replace("p1_", "") + " after "
                            + seconds(Double.parseDouble(r.get("failed_after_ms")));
            md.append(String.format(Locale.ROOT, "| %d | %s | %s |%s %s | %s MB | %s MB | %s |%n", n, heap,
                    cold ? "1 (cold)" : "warm", cells, complete ? "**" + seconds(total) + "**" : "—", r.getOrDefault("heap_peak_mb", "?"),
                    r.getOrDefault("heap_max_after_gc_mb", "?"), result));
        }
    }

    /** The load → files totals of the warm passes, in order. */
    private static String warmTotals(Map<String, String> r) {
        List<String> totals = new ArrayList<>();
        for (int pass = 2; r.containsKey("p" + pass + "_render_ms"); pass++) {
            totals.add(seconds(sum(r, "p" + pass + "_")));
        }
        return String.join(", ", totals);
    }

    /**
     * Adds the warm figures to a run's values: {@code w_PHASE_ms}, each phase's median over passes 2
     * and later, and {@code w_total_ms}, the median of those passes' load → files totals.
     */
    static void addWarm(Map<String, String> r) {
        int passes = 0;
        while (r.containsKey("p" + (passes + 1) + "_render_ms")) {
            passes++;
        }
        r.put("passes", String.valueOf(passes));
        if (passes < 2) {
            return;
        }
        for (String phase : MEASURED_PHASES) {
            double[] values = new double[passes - 1];
            for (int pass = 2; pass <= passes; pass++) {
                values[pass - 2] = Double.parseDouble(r.getOrDefault("p" + pass + "_" + phase + "_ms", "NaN"));
            }
            r.put("w_" + phase + "_ms", String.format(Locale.ROOT, "%.1f", median(values)));
        }
        double[] totals = new double[passes - 1];
        for (int pass = 2; pass <= passes; pass++) {
            totals[pass - 2] = sum(r, "p" + pass + "_");
        }
        r.put("w_total_ms", String.format(Locale.ROOT, "%.1f", median(totals)));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String seconds(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    private Map<String, String> runMeasure(Path folder, int n, String heap, String gc, int passes, boolean record)
            throws IOException, InterruptedException {
        Path out = options.target().resolve("measure-out/" + (n == 0 ? "shipped" : "g" + n));
        String name = "g" + n + "-" + heap + "-" + gc + (record ? "-profiled" : "");
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heap, COLLECTORS.get(gc),
                "-Xlog:gc*:file=" + options.target().resolve("gc-" + name + ".log")));
        if (record) {
            Files.deleteIfExists(recording(n));
            command.add("-XX:StartFlightRecording=filename=" + recording(n) + ",settings=profile");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Measure.class.getName(), folder.toString(),
                out.toString(), String.valueOf(passes)));
        ProcessResult result = exec(command, options.root(), options.measureTimeout());
        Map<String, String> values = new LinkedHashMap<>();
        Optional<String> line = result.output().lines().filter(l -> l.startsWith("RESULT")).findFirst();
        if (line.isEmpty()) {
            values.put("failed", result.status() == -1 ? "timeout" : "status " + result.status());
            values.put("failed_phase", "?");
            values.put("failed_after_ms", String.valueOf(options.measureTimeout().toMillis()));
            // the last lines that say something: a stack trace's frames are left out, its message kept
            List<String> lines = result.output().lines().filter(l -> !l.isBlank() && !l.strip().startsWith("at ")
                    && !l.strip().startsWith("...")).toList();
            values.put("error", String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size())));
            System.out.println(result.output());
            return values;
        }
        for (String kv : line.get().substring("RESULT".length()).trim().split(" ")) {
            int eq = kv.indexOf('=');
            values.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        Files.writeString(options.target().resolve("measure-" + name + ".txt"), line.get() + "\n");
        addWarm(values);
        return values;
    }

    private Path recording(int n) {
        return options.target().resolve("profile-g" + n + ".jfr");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    // ------------------------------------------------------------------ JMH

    /** Benchmark → size → {score ms, error ms}. */
    private Map<Integer, Map<String, double[]>> jmh(Path base, Map<Integer, Map<String, String>> measured) throws RunnerException {
        md.append("\n### 2b. JMH: the hot paths, warm\n\n");
        Map<Integer, Map<String, double[]>> scores = new LinkedHashMap<>();
        Map<Integer, String> heaps = new LinkedHashMap<>();
        List<Integer> sizes = jmhSizes(measured);
        for (int n : sizes) {
            // a size whose load does not fit the standard heap is measured with the larger one: its time is still worth knowing
            String heap = measured.getOrDefault(n, Map.of()).containsKey("failed") ? options.bigHeap() : options.heap();
            heaps.put(n, heap);
            progress("JMH " + n + " groups (-Xmx" + heap + ")");
            Collection<RunResult> results = new Runner(new OptionsBuilder()
                    .include(ReportBenchmarks.class.getName() + "\\.")
                    .param("groups", String.valueOf(n))
                    .forks(1)
                    .warmupIterations(options.jmhWarmups())
                    .measurementIterations(options.jmhIterations())
                    .warmupTime(TimeValue.seconds(options.jmhSeconds()))
                    .measurementTime(TimeValue.seconds(options.jmhSeconds()))
                    .timeUnit(TimeUnit.MILLISECONDS)
                    .jvmArgs("-Xmx" + heap, COLLECTORS.get(options.gc()), "-Dbench.workspaces=" + base)
                    .result(options.target().resolve("jmh-g" + n + ".json").toString())
                    .resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON)
                    .build()).run();
            Map<String, double[]> bySize = new LinkedHashMap<>();
            for (RunResult r : results) {
                String name = r.getParams().getBenchmark();
                name = name.substring(name.lastIndexOf('.') + 1);
                var stats = r.getPrimaryResult().getStatistics();
                bySize.put(name, new double[] {r.getPrimaryResult().getScore(), stats.getMin(), stats.getMax()});
            }
            scores.put(n, bySize);
        }
        line("Average time per operation in ms (lowest–highest iteration); 1 fork (-Xmx as shown, " + COLLECTORS.get(options.gc())
                + "), " + options.jmhWarmups() + " warm-up and " + options.jmhIterations() + " measured iterations of " + options.jmhSeconds() + " s (an operation longer than that is "
                + "one per iteration). Rendering writes into a stream that counts and discards, so the disk is not measured. Few "
                + "iterations on a shared 2-core machine: read the figures to one significant digit.");
        List<Integer> left = options.sizes().stream().filter(n -> !sizes.contains(n)).toList();
        if (!left.isEmpty()) {
            md.append("Not run with JMH: ").append(left).append(" groups — one operation there takes minutes (see 2a), and JMH "
                    + "would load the workspace again for each of its five benchmarks; their warm figures come from 2a.\n");
        }
        md.append("\n| benchmark |");
        sizes.forEach(n -> md.append(" ").append(n).append(" groups (-Xmx").append(heaps.get(n)).append(") |"));
        md.append("\n|---|");
        sizes.forEach(n -> md.append("---:|"));
        md.append('\n');
        for (String b : new String[] {"load", "assemble", "renderHtml", "renderMarkdown", "renderJson"}) {
            md.append("| ").append(b).append(" |");
            for (int n : sizes) {
                double[] s = scores.get(n).get(b);
                md.append(s == null ? " — |" : String.format(Locale.ROOT, " %s (%s–%s) |", num(s[0]), num(s[1]), num(s[2])));
            }
            md.append('\n');
        }
        return scores;
    }

    /** The sizes JMH measures: those given, else those whose warm pass took at most a minute in 2a. */
    private List<Integer> jmhSizes(Map<Integer, Map<String, String>> measured) {
        if (options.jmhSizes() != null) {
            return options.jmhSizes();
        }
        return options.sizes().stream().filter(n -> {
            Map<String, String> r = measured.getOrDefault(n, Map.of());
            double warm = Double.parseDouble(r.getOrDefault("w_total_ms", "NaN"));
            return !r.containsKey("failed") && !Double.isNaN(warm) && warm <= 60_000;
        }).toList();
    }

    private static String num(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%,.0f", ms) : ms >= 10 ? String.format(Locale.ROOT, "%.1f", ms)
                : String.format(Locale.ROOT, "%.2f", ms);
    }

    // ------------------------------------------------------------------ 3. growth

    private void growth(Map<Integer, Map<String, String>> measured, Map<Integer, Map<String, double[]>> jmh) {
        md.append("\n## 3. How time grows with size\n\n");
        line("Each ratio is the time at one size divided by the time at the size before it (10 times the data: linear growth "
                + "gives 10, the target allows 12), from 2a: the warm medians, or for a size that ran out of the standard heap the "
                + "single pass with the larger one (at that size the JIT's warm-up is a negligible part of minutes). Below the table, "
                + "the same ratios from JMH where it ran at both sizes.");
        List<Integer> sizes = options.sizes();
        md.append("\n| phase |");
        for (int i = 1; i < sizes.size(); i++) {
            md.append(" ").append(sizes.get(i)).append(" / ").append(sizes.get(i - 1)).append(" groups |");
        }
        md.append("\n|---|");
        for (int i = 1; i < sizes.size(); i++) {
            md.append("---:|");
        }
        md.append('\n');
        // JMH measures each format alone; the side-by-side rendering is the command's, so its ratio comes from 2a
        String[] jmhNames = {"load", "assemble", "renderHtml", "renderMarkdown", "renderJson"};
        double[][] totals = new double[sizes.size()][1];
        for (int k = 0; k < PHASES.length; k++) {
            md.append("| ").append(PHASES[k].equals("render") ? "render (side by side)" : PHASES[k]).append(" |");
            for (int i = 0; i < sizes.size(); i++) {
                double t = time(measured, Map.of(), sizes.get(i), PHASES[k], jmhNames[k]);
                totals[i][0] += t;
                if (i > 0) {
                    double before = time(measured, Map.of(), sizes.get(i - 1), PHASES[k], jmhNames[k]);
                    md.append(ratio(t, before));
                }
            }
            md.append('\n');
        }
        for (int i = 0; i < sizes.size(); i++) {
            // the median of the warm passes' totals, where there are warm passes (the sum of the phases' medians is close to it)
            String warmTotal = measured.getOrDefault(sizes.get(i), Map.of()).get("w_total_ms");
            if (warmTotal != null) {
                totals[i][0] = Double.parseDouble(warmTotal);
            }
        }
        md.append("| **load → files** |");
        for (int i = 1; i < sizes.size(); i++) {
            md.append(ratio(totals[i][0], totals[i - 1][0]).replace(" |", "").replace("| ", "")).append(" |");
        }
        md.append('\n');
        List<String> jmhRatios = new ArrayList<>();
        for (int i = 1; i < sizes.size(); i++) {
            Map<String, double[]> now = jmh.get(sizes.get(i));
            Map<String, double[]> before = jmh.get(sizes.get(i - 1));
            if (now == null || before == null) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String b : jmhNames) {
                if (now.containsKey(b) && before.containsKey(b)) {
                    parts.add(String.format(Locale.ROOT, "%s %.1f", b, now.get(b)[0] / before.get(b)[0]));
                }
            }
            jmhRatios.add(sizes.get(i) + " / " + sizes.get(i - 1) + " groups: " + String.join(", ", parts));
        }
        if (!jmhRatios.isEmpty()) {
            md.append("\nFrom JMH: ").append(String.join("; ", jmhRatios)).append(".\n");
        }
        boolean linear = true;
        for (int i = 1; i < sizes.size(); i++) {
            double factor = (double) sizes.get(i) / sizes.get(i - 1);
            linear &= totals[i][0] / totals[i - 1][0] <= 1.2 * factor;
        }
        int largest = sizes.get(sizes.size() - 1);
        Map<String, String> big = measured.getOrDefault(largest, Map.of());
        double largestTotal = totals[sizes.size() - 1][0];
        md.append("\n| target (issue 6) | measured | |\n|---|---:|---|\n");
        md.append(String.format(Locale.ROOT, "| time grows linearly: 10 × the data ≤ 12 × the time (load → json) | %s | %s |%n",
                growthSummary(sizes, totals), verdict(linear)));
        if (largest == 1000) {
            // the issue asks for the warm figure; a size that ran out of the standard heap has only the larger heap's single pass
            boolean warm = !big.containsKey("failed") && big.containsKey("w_total_ms");
            double time = big.containsKey("failed") ? sum(big, "big_p1_") : warm ? Double.parseDouble(big.get("w_total_ms")) : sum(big, "p1_");
            String g1 = big.containsKey("g1_warm_total_ms") ? "; with G1: " + seconds(Double.parseDouble(big.get("g1_warm_total_ms"))) : "";
            md.append(String.format(Locale.ROOT, "| 1,000 × 100 × 10 report in < 10 s (%s, load → files; cold: %s%s) | %s | %s |%n",
                    warm ? "warm: median of passes 2–" + big.get("passes") : "one cold pass", warm ? seconds(sum(big, "p1_")) : "the same", g1,
                    Double.isNaN(time) ? "did not finish" : seconds(time),
                    verdict(!Double.isNaN(time) && time < 10_000 && !big.containsKey("failed"))));
            md.append(String.format(Locale.ROOT, "| … with < 2 GB of heap | %s | %s |%n", big.containsKey("failed")
                    ? "ran out of -Xmx" + options.heap() + " (" + big.get("failed") + " in " + big.get("failed_phase").replace("p1_", "")
                    + "); with -Xmx" + options.bigHeap() + ": peak " + big.getOrDefault("big_heap_peak_mb", "?") + " MB, max live "
                    + big.getOrDefault("big_heap_max_after_gc_mb", "?") + " MB"
                    : "peak " + big.get("heap_peak_mb") + " MB", verdict(!big.containsKey("failed") && options.heap().equals("2g"))));
        }
    }

    private static String growthSummary(List<Integer> sizes, double[][] totals) {
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < sizes.size(); i++) {
            double ratio = totals[i][0] / totals[i - 1][0];
            parts.add(Double.isFinite(ratio) ? String.format(Locale.ROOT, "%.1f ×", ratio) : "—");
        }
        return String.join(", ", parts);
    }

    private static double sum(Map<String, String> r, String prefix) {
        double total = 0;
        for (String phase : PHASES) {
            String v = r.get(prefix + phase + "_ms");
            if (v == null) {
                return Double.NaN;
            }
            total += Double.parseDouble(v);
        }
        return total;
    }

    private static String ratio(double now, double before) {
        if (Double.isNaN(now) || Double.isNaN(before) || before <= 0) {
            return " — |";
        }
        return String.format(Locale.ROOT, " %.1f |", now / before);
    }

    /** A phase's warm time in ms at a size: JMH's score, else the measured warm pass, else the single larger-heap pass. */
    private static double time(Map<Integer, Map<String, String>> measured, Map<Integer, Map<String, double[]>> jmh, int n,
            String phase, String jmhName) {
        double[] s = jmh.getOrDefault(n, Map.of()).get(jmhName);
        if (s != null) {
            return s[0];
        }
        Map<String, String> r = measured.getOrDefault(n, Map.of());
        for (String key : new String[] {"w_" + phase + "_ms", "big_p1_" + phase + "_ms"}) {
            if (r.containsKey(key)) {
                return Double.parseDouble(r.get(key));
            }
        }
        return Double.NaN;
    }

    // ------------------------------------------------------------------ where the time goes

    private void profile(Path base, Map<Integer, Map<String, String>> measured) throws IOException, InterruptedException {
        int largest = options.sizes().get(options.sizes().size() - 1);
        String heap = measured.getOrDefault(largest, Map.of()).containsKey("failed") ? options.bigHeap() : options.heap();
        Map<String, String> r;
        Map<String, String> m = measured.getOrDefault(largest, Map.of());
        if (m.containsKey("big") && Files.exists(recording(largest))) {
            r = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (k.startsWith("big_")) {
                    r.put(k.substring(4), v);
                }
            });
        } else {
            progress("profile " + largest + " groups (Flight Recorder, -Xmx" + heap + ")");
            r = runMeasure(Workspaces.folder(base, largest), largest, heap, options.gc(), 1, true);
            check("the profiled run of " + largest + " groups (-Xmx" + heap + ")", r, 1, false);
        }
        md.append("\n## 4. Where the time goes\n\n");
        line("A Flight Recorder recording (`settings=profile`, execution samples every 10–20 ms) of one cold pass over the "
                + largest + "-group workspace with -Xmx" + heap + ", cut into phases. Left: the application's methods (packages "
                + "`mou.`) most often on the stack, the share of the phase's samples that were inside them; right: the methods "
                + "most often at the top of the stack (where the processor was). Time in garbage collection is not sampled: see "
                + "the collector's share below. The recording: `" + options.target().relativize(recording(largest)) + "` "
                + "(open it with JDK Mission Control or `jfr print`).");
        if (r.containsKey("failed")) {
            line("\nThe profiled run did not finish: " + r.get("failed") + ".");
        }
        Map<String, Long> marks = new LinkedHashMap<>();
        r.forEach((k, v) -> {
            if (k.endsWith("_at")) {
                marks.put(k.substring(0, k.length() - 3).replace("p1_", ""), Long.parseLong(v));
            }
        });
        if (Files.exists(recording(largest))) {
            md.append(Profile.markdown(Profile.summarise(recording(largest), marks), 12));
        }
        if (r.containsKey("gc_ms")) {
            double total = 0;
            for (String phase : PHASES) {
                total += Double.parseDouble(r.getOrDefault("p1_" + phase + "_ms", "0"));
            }
            md.append(String.format(Locale.ROOT, "%nGarbage collection in this run: %s collections, %s in pauses, of %s for load → json.%n",
                    r.get("gc_count"), seconds(Double.parseDouble(r.get("gc_ms"))), seconds(total)));
        }
    }

    // ------------------------------------------------------------------ processes

    record ProcessResult(int status, String output) {
    }

    /** Runs a command to its end (or kills it at the timeout: status -1), with its output and errors together. */
    private static ProcessResult exec(List<String> command, Path dir, Duration timeout) throws IOException, InterruptedException {
        Path log = Files.createTempFile("mou-bench-", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                p.destroyForcibly().waitFor();
            }
            return new ProcessResult(done ? p.exitValue() : -1, Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** A tool's version: its output without the first word ("hyperfine 1.15.0" gives "1.15.0"); empty when it does not run. */
    private static String version(String... command) {
        return output(command).replaceAll("^\\S+\\s+", "");
    }

    private static String output(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            return p.waitFor() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private void row(String key, String value) {
        md.append("| ").append(key).append(" | ").append(value).append(" |\n");
    }

    private void line(String text) {
        md.append(text).append('\n');
    }

    private void progress(String message) {
        System.out.printf(Locale.ROOT, "bench [%5.0f s] %s%n", (System.nanoTime() - started) / 1e9, message);
    }
}
