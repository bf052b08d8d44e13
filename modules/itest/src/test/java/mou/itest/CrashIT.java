package mou.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mou.testfixtures.Slow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's crash test: a real command process is killed while it saves, and the next command
 * (here {@code validate}, in-process) finds the workspace whole.
 *
 * <p>Each saving command of the yearly cycle (year open across every group, rate, event, figure,
 * update, narrative, import, submit, approve, publish) runs once normally in-process to learn what it
 * changes, and then as its own process on a fresh copy of the workspace once per crash point of the
 * store's test hook ({@code -Dmou.test.crash=POINT}: the journal written, each file applied, the
 * history appended, before the journal is deleted; and publish's report staged), where the process
 * halts as a kill would stop it. {@code -Dcrash.points=all} halts every command at every point (58
 * halts). By default (20 halts, in 20 processes) each kind of moment of a save is crashed at least
 * once, and moments that differ only in how many steps of the same kind were done at their ends:
 * <ul>
 * <li>year open (six files written) and publish (five group files locked, then eight report files
 * moved from its staging folder): at the journal written; at the files written, once: the store
 * writes the first files of a save at once and then passes their points ({@code file-applied-1}
 * to {@code -6} for year open, {@code -5} for publish) one after the other with nothing between
 * them, so a halt at any of them leaves the same workspace (all of them written); at the history
 * appended; before the journal is deleted;</li>
 * <li>publish also: with its report staged and nothing locked yet ({@code publish-staged}, rolled
 * back); and with the first report file moved, half of them moved (the Spanish files, which come
 * first, and none of the English), and all of them moved but the history not yet appended (each
 * move is the same step on another file: the recovery moves what is still staged and leaves what
 * was moved);</li>
 * <li>each command that saves one file (rate, event, figure, update, narrative, import, submit,
 * approve): at one of its four points, each point in turn over the commands.</li>
 * </ul>
 * Then a few runs are killed after a random delay, 10 % to 90 % of the command's run alone ({@code Process.destroyForcibly});
 * {@code -Dcrash.kills=100} makes it 100 for the full probe, and {@code -Dcrash.seed=N} repeats one.
 *
 * <p>After each: {@code validate} passes (it recovers first), every JSON file and history line
 * parses, the change is whole (every changed file as the normal run left it, and exactly its history
 * lines) or absent (every file as before, no new history line), no year is locked without its report
 * in {@code published/2017/}, and no journal, temporary file or staging folder is left.
 */
@Slow
class CrashIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KILLS = Integer.getInteger("crash.kills", 3);
    private static final boolean ALL_POINTS = "all".equals(System.getProperty("crash.points"));
    private static final long SEED = Long.getLong("crash.seed", System.nanoTime());
    private static final List<String> GROUPS = List.of("air-quality", "clean-vehicles", "climate-change", "solid-waste", "wildfires");

    private static InProcessApp mou;
    private static Path work;

    /** A command and the workspace it runs on; {@code before} and {@code after} are filled by its normal run. */
    private record Case(String name, Path base, String[] args, State before, State after, int files) {

        /** How many of the changed files are written (the rest are report files moved into published/, after them). */
        int written() {
            return (int) after.files().keySet().stream().filter(n -> !n.startsWith("published/"))
                    .filter(n -> !after.files().get(n).equals(before.files().get(n))).count();
        }
    }

    /** What a workspace holds: each data file (timestamps blanked, reports only as being there) and the history's lines. */
    private record State(Map<String, String> files, List<String> history) {
    }

    @BeforeAll
    static void boot() throws Exception {
        mou = InProcessApp.boot();
        mou.reset(App.shippedGroupJars().toArray(Path[]::new));
        work = Files.createTempDirectory("mou-crash-");
    }

    @AfterAll
    static void stop() throws Exception {
        mou.close();
        InProcessApp.deleteTree(work);
    }

    @Test
    void aKillAtAnyPointOfAnySavingCommandLeavesTheChangeWholeOrAbsent() throws Exception {
        List<Case> cases = cases();
        // every deterministic point of every command, two processes at a time
        List<String[]> points = new ArrayList<>();
        for (int c = 0; c < cases.size(); c++) {
            Case k = cases.get(c);
            List<String> names = new ArrayList<>(List.of("journal-written"));
            for (int i = 1; i <= k.files(); i++) {
                if (ALL_POINTS || representative(k, i)) {
                    names.add("file-applied-" + i);
                }
            }
            names.addAll(List.of("history-appended", "before-journal-delete"));
            if (k.name().equals("publish")) {
                names.add("publish-staged");
            }
            if (!ALL_POINTS && k.files() == 1 && !k.name().equals("publish")) {
                // by default a command that saves one file halts at one of its four points, each point in turn
                names = List.of(names.get(c % names.size()));
            }
            System.out.printf("CrashIT: %s (%d files changed) halts at %s%n", k.name(), k.files(), names);
            for (String point : names) {
                points.add(new String[] {String.valueOf(c), point});
            }
        }
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Path>> runs = new ArrayList<>();
            for (String[] p : points) {
                Case k = cases.get(Integer.parseInt(p[0]));
                runs.add(pool.submit(() -> {
                    Path copy = copy(k.base(), k.name() + "-" + p[1]);
                    App.Run run = process(copy, List.of("-Dmou.test.crash=" + p[1]), k.args(), 0);
                    assertThat(run.exit()).as("%s halted at %s\n%s", k.name(), p[1], run).isEqualTo(86);
                    return copy;
                }));
            }
            for (int i = 0; i < runs.size(); i++) {
                Case k = cases.get(Integer.parseInt(points.get(i)[0]));
                String point = points.get(i)[1];
                Path copy = runs.get(i).get();
                boolean journal = Files.exists(copy.resolve(".mou.journal"));
                assertThat(journal).as("%s halted at %s leaves its journal", k.name(), point).isEqualTo(!point.equals("publish-staged"));
                boolean whole = check(k, copy, k.name() + " halted at " + point);
                // from the journal on the change is finished by the next command; before it, nothing of it is there
                assertThat(whole).as("%s halted at %s is rolled %s", k.name(), point, point.equals("publish-staged") ? "back" : "forward")
                        .isEqualTo(!point.equals("publish-staged"));
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("CrashIT: %d commands halted at %d points, each recovered and checked, in %.1f s%n", cases.size(),
                points.size(), (System.nanoTime() - started) / 1e9);

        // kills after a random delay, while the process boots, loads, renders or saves
        Random random = new Random(SEED);
        Map<String, Long> alone = new HashMap<>();
        int killed = 0;
        int rolledForward = 0;
        int whole = 0;
        started = System.nanoTime();
        for (int i = 0; i < KILLS; i++) {
            Case k = cases.get(KILLS <= 3 ? List.of(0, cases.size() - 1, 1).get(i) : random.nextInt(cases.size()));
            // the scale: the command's whole run as a process alone, as the kills run. The halted runs above ran two at a
            // time and took longer: a delay taken from them mostly came after the killed run had ended (0 or 1 of 3 killed)
            long took = alone.computeIfAbsent(k.name(), n -> timed(k));
            long delay = (long) (took * (0.1 + 0.8 * random.nextDouble()));
            Path copy = copy(k.base(), k.name() + "-kill-" + i);
            App.Run run = process(copy, List.of(), k.args(), delay);
            boolean journal = Files.exists(copy.resolve(".mou.journal"));
            if (check(k, copy, k.name() + " killed after " + delay + " ms (seed " + SEED + ", exit " + run.exit() + ")")) {
                whole++;
            }
            if (run.exit() != 0) {
                killed++;
                rolledForward += journal ? 1 : 0;
            }
        }
        System.out.printf("CrashIT: %d random kills (seed %d): %d killed while running (%d of them in the middle of a save, "
                + "finished by the next command), %d finished first; %d changes whole, %d absent, 0 torn; %.1f s%n", KILLS, SEED,
                killed, rolledForward, KILLS - killed, whole, KILLS - whole, (System.nanoTime() - started) / 1e9);
    }

    /**
     * Whether the default run halts a command at {@code file-applied-N} (see the class comment): of
     * the files the store writes at once (two or more at the start of a save) only the last point,
     * where each of them halts with the same files written; of the report files publish moves, the
     * first, the middle and the last; each point of a command that saves one file (the caller
     * takes one of its points in turn).
     */
    private static boolean representative(Case k, int n) {
        int written = k.written();
        if (n <= written) {
            return written < 2 || n == written;
        }
        int moved = k.files() - written;
        int move = n - written;
        return move == 1 || move == (moved + 1) / 2 || move == moved;
    }

    /** The commands, each on the workspace it needs, run once normally in-process to learn what they change. */
    private static List<Case> cases() throws Exception {
        Path shipped = copy(App.DATA, "shipped");
        Path opened = copy(shipped, "opened");
        ok(opened, "year", "open", "2017", "--by", "Office");
        Path csv = work.resolve("csv");
        ok(opened, "export", "wildfires", "2017", "--format", "csv", "--out", csv.toString());
        Path assessments = csv.resolve("wildfires-2017-assessments.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(assessments, StandardCharsets.UTF_8));
        int row = 1;
        while (!lines.get(row).contains(",\"No Progress\",")) {
            row++;
        }
        lines.set(row, lines.get(row).replaceFirst("(,\"No Progress\"),\"No Progress\",\"[^\"]*\"",
                "$1,\"Initial Progress\",\"Two trainings were agreed.\""));
        Files.write(assessments, lines, StandardCharsets.UTF_8);
        Path submitted = copy(opened, "submitted");
        for (String g : GROUPS) {
            ok(submitted, "submit", g, "2017", "--by", "Lead", "--incomplete", "levels carried over");
        }
        Path approved = copy(submitted, "approved");
        for (String g : GROUPS) {
            ok(approved, "approve", g, "2017", "--by", "Office");
        }

        Map<String, Object[]> commands = new LinkedHashMap<>();
        commands.put("year-open", new Object[] {shipped, new String[] {"year", "open", "2017", "--by", "Office"}});
        commands.put("rate", new Object[] {opened, new String[] {"rate", "aq-3-1", "achieved", "--rationale", "Every station reports.",
                "--by", "Ana Ruiz"}});
        commands.put("event", new Object[] {opened, new String[] {"event", "air-quality", "2017", "aq-2017-crash", "--kind", "meeting",
                "--date", "2017-03-14", "--title", "Border meeting", "--quarter", "1", "--by", "Ana Ruiz"}});
        commands.put("figure", new Object[] {opened, new String[] {"figure", "air-quality", "2017", "aq-2017-samples", "--label",
                "PM2.5 samples", "--value", "120", "--unit", "samples", "--as-of", "2017-03", "--quarter", "1", "--by", "Ana Ruiz"}});
        commands.put("update", new Object[] {opened, new String[] {"update", "air-quality", "2017-Q1", "--text", "Monitors serviced.",
                "--by", "Ana Ruiz"}});
        commands.put("narrative", new Object[] {opened, new String[] {"narrative", "air-quality", "2017", "summary", "--text",
                "The ProAire was adopted.", "--by", "Ana Ruiz"}});
        commands.put("import", new Object[] {opened, new String[] {"import", csv.toString(), "--by", "Luis Soto"}});
        commands.put("submit", new Object[] {opened, new String[] {"submit", "air-quality", "2017", "--by", "Lead", "--incomplete",
                "levels carried over"}});
        commands.put("approve", new Object[] {submitted, new String[] {"approve", "air-quality", "2017", "--by", "Office"}});
        commands.put("publish", new Object[] {approved, new String[] {"publish", "2017", "--by", "Maria Lopez", "--allow-missing",
                "levels carried over"}});

        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : commands.entrySet()) {
            Path base = (Path) e.getValue()[0];
            String[] args = (String[]) e.getValue()[1];
            Path normal = copy(base, e.getKey() + "-normal");
            ok(normal, args);
            State before = state(base);
            State after = state(normal);
            int files = 0;
            for (String name : after.files().keySet()) {
                if (!after.files().get(name).equals(before.files().get(name))) {
                    files++;
                }
            }
            assertThat(files).as("%s changes a file", e.getKey()).isPositive();
            assertThat(after.history().size()).as("%s records its change", e.getKey()).isGreaterThan(before.history().size());
            cases.add(new Case(e.getKey(), base, args, before, after, files));
        }
        return cases;
    }

    /**
     * Recovers (validate, the next command) and checks a workspace after a crash.
     *
     * @return whether the change is whole (false: absent)
     */
    private static boolean check(Case k, Path data, String what) throws Exception {
        App.Run validate = mou.run("validate", "--data", data.toString());
        assertThat(validate.exit()).as("%s: validate\n%s", what, validate).isZero();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.toList()) {
                String name = p.getFileName().toString();
                assertThat(name.startsWith(".") && name.contains(".tmp-")).as("%s: stale temporary %s", what, p).isFalse();
                assertThat(name).as("%s: journal left", what).isNotEqualTo(".mou.journal");
                if (name.endsWith(".json") && Files.isRegularFile(p)) {
                    JSON.readTree(p.toFile());
                }
            }
        }
        State now = state(data);
        for (String line : now.history()) {
            JSON.readTree(line);
        }
        boolean whole = now.equals(k.after());
        if (!whole) {
            assertThat(now.files()).as("%s: the change is whole or absent", what).isEqualTo(k.before().files());
            assertThat(now.history()).as("%s: the history holds exactly the changes present", what).isEqualTo(k.before().history());
        }
        for (String g : GROUPS) {
            Path year = data.resolve("groups/" + g + "/2017.json");
            if (Files.exists(year) && Files.readString(year).contains("\"state\": \"published\"")) {
                for (String ext : List.of("html", "md", "json")) {
                    Path report = data.resolve("published/2017/progress-report-2017." + ext);
                    assertThat(Files.isRegularFile(report) && Files.size(report) > 0)
                            .as("%s: %s is locked, so its report %s is there", what, g, report.getFileName()).isTrue();
                }
            }
        }
        assertThat(App.names(data.resolve("published"))).as("%s: no staging folder", what).allMatch(n -> n.equals("2017"));
        return whole;
    }

    /** The data files and the history, with moments blanked (a review step records when), reports as being there. */
    private static State state(Path data) throws IOException {
        Map<String, String> files = new TreeMap<>();
        List<String> history = new ArrayList<>();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String name = data.relativize(p).toString().replace('\\', '/');
                if (name.equals(".mou.lock")) {
                    continue;
                }
                if (name.equals("history.jsonl")) {
                    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                        history.add(blank(line));
                    }
                } else if (name.startsWith("published/")) {
                    files.put(name, Files.size(p) > 0 ? "a report" : "an empty file");
                } else {
                    files.put(name, blank(Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
        }
        return new State(files, history);
    }

    private static String blank(String text) {
        return text.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "MOMENT");
    }

    private static void ok(Path data, String... args) throws Exception {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        App.Run run = mou.run(all);
        assertThat(run.exit()).as("mou %s\n%s", String.join(" ", all), run).isZero();
    }

    private static Path copy(Path from, String name) {
        try {
            Path to = work.resolve(name);
            App.copyTree(from, to);
            Files.deleteIfExists(to.resolve(".mou.lock"));
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How long the command takes as a process, in ms, on a throwaway copy. */
    private static long timed(Case k) {
        try {
            Path copy = copy(k.base(), k.name() + "-timed");
            long start = System.nanoTime();
            App.Run run = process(copy, List.of(), k.args(), 0);
            assertThat(run.exit()).as("%s\n%s", k.name(), run).isZero();
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Runs the command as its own process on {@code data}; killed after {@code killAfter} ms when that is positive. */
    private static App.Run process(Path data, List<String> jvm, String[] args, long killAfter) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = new ProcessBuilder(mou.app.commandLine(jvm, all)).directory(mou.app.home.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        if (killAfter > 0 && !process.waitFor(killAfter, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("mou " + String.join(" ", all) + " did not finish within 120 s");
        }
        return new App.Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
