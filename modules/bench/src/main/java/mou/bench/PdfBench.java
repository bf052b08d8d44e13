package mou.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import mou.core.model.Workspace;
import mou.core.report.ReportDocument;
import mou.core.spi.ReportFormat;

/**
 * {@code java -Xmx2g -cp 'modules/bench/target/classes:modules/bench/target/bench-lib/*' mou.bench.PdfBench
 * [--root .] [--runs 10] [--warmup 3] [--groups 100] [--synthetic-runs 3] [--out modules/bench/target/pdf]}:
 * the report as PDF (issue 16) in one JVM, in English and in Spanish. The shipped workspace's report
 * rendered by the installed PDF format {@code --warmup} times, then {@code --runs} times measured
 * (elapsed and the JVM's CPU time; median, min, max) with the size of the file; then the synthetic
 * workspace of {@code --groups} groups ({@link WorkspaceGenerator}, the benchmark's shape) rendered
 * {@code --synthetic-runs} times within this JVM's heap (run it with {@code -Xmx2g}): time, size,
 * and the heap's peak occupancy (the sum of the heap pools' peaks, reset before each language). Prints
 * a Markdown table and writes it, with the PDFs, into {@code --out}. Assembly is not in the times:
 * only what the PDF format does with an assembled report.
 */
public final class PdfBench {

    private PdfBench() {
    }

    /** What was measured for one report in one language. */
    record Figures(String what, String language, double[] elapsedMs, double[] cpuMs, long bytes, int pages, long heapPeakMb, String failed) {

        double median() {
            return PdfBench.median(elapsedMs);
        }

        String row() {
            if (failed != null) {
                return "| " + what + " | " + language + " | " + failed + " | | | | | | |";
            }
            double[] sorted = elapsedMs.clone();
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "| %s | %s | %.2f s | %.2f s | %.2f s | %.2f s | %,d | %.2f MB | %s |", what, language, median() / 1000,
                    sorted[0] / 1000, sorted[sorted.length - 1] / 1000, PdfBench.median(cpuMs) / 1000, pages, bytes / (1024.0 * 1024.0),
                    heapPeakMb < 0 ? "" : heapPeakMb + " MB");
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(".");
        int runs = 10;
        int warmup = 3;
        int groups = 100;
        int syntheticRuns = 3;
        String heap = "2g";
        String child = null;
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--groups" -> groups = Integer.parseInt(args[i + 1]);
                case "--synthetic-runs" -> syntheticRuns = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--heap" -> heap = args[i + 1];
                case "--synthetic" -> child = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; use [--root DIR] [--runs N] [--warmup N]"
                        + " [--groups N] [--synthetic-runs N] [--heap 2g] [--out DIR]");
            }
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("each option takes a value: " + String.join(" ", args));
        }
        root = root.toAbsolutePath().normalize();
        out = (out == null ? root.resolve("modules/bench/target/pdf") : out).toAbsolutePath().normalize();
        if (child != null) {
            // one language of the synthetic workspace, in a JVM of its own (forked by run)
            watchHeap(child, groups);
            System.out.println(ROW + synthetic(root, out, groups, child, syntheticRuns).row());
            return;
        }
        String table = run(root, runs, warmup, groups, syntheticRuns, heap, out);
        System.out.print(table);
    }

    /** Measures and returns the Markdown report (also written to {@code out/pdf-bench.md}). */
    static String run(Path root, int runs, int warmup, int groups, int syntheticRuns, String heap, Path out) throws IOException {
        Files.createDirectories(out);
        String loadBefore = Bench.loadAverage();
        List<Figures> figures = new ArrayList<>();

        Path shipped = root.resolve("data");
        Application app = Application.forWorkspace(shipped);
        ReportFormat pdf = app.format("pdf");
        Workspace workspace = app.load(shipped);
        for (String language : List.of("en", "es")) {
            figures.add(measure(app, pdf, workspace, language, "shipped report (" + groups(workspace) + ")", warmup, runs,
                    out.resolve("shipped-" + language + ".pdf")));
        }
        workspace = null;

        List<String> syntheticRows = new ArrayList<>();
        if (groups > 0) {
            Path synthetic = out.resolve("workspace-" + groups);
            if (!Files.isDirectory(synthetic.resolve("groups"))) {
                WorkspaceGenerator.generate(Shape.bench(groups), synthetic, shipped);
            }
            for (String language : List.of("en", "es")) {
                syntheticRows.add(fork(root, out, groups, language, syntheticRuns, heap));
            }
        }

        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "PDF format, in-process (mou.bench.PdfBench): max heap %d MB, %d processors, Java %s;"
                + " load average before %s, after %s; shipped: %d warm-up renders then %d measured; synthetic: %d measured, each language"
                + " in a JVM of its own with -Xmx" + heap + " and the parallel collector%n%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                loadBefore, Bench.loadAverage(), warmup, runs, syntheticRuns));
        md.append("| report | language | median | min | max | CPU (median) | pages | file size | heap peak |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        figures.forEach(f -> md.append(f.row()).append('\n'));
        syntheticRows.forEach(r -> md.append(r).append('\n'));
        Files.writeString(out.resolve("pdf-bench.md"), md.toString());
        return md.toString();
    }

    private static final String ROW = "ROW ";
    /** Collections in a row that left the heap nearly full: the report does not fit, whatever the collector goes on doing. */
    private static final int EXHAUSTED_AFTER = 8;

    /** The synthetic workspace's report in one language, measured in this JVM. */
    private static Figures synthetic(Path root, Path out, int groups, String language, int runs) throws IOException {
        Path synthetic = out.resolve("workspace-" + groups);
        Application big = Application.forWorkspace(synthetic);
        Workspace large = big.load(synthetic);
        return measure(big, big.format("pdf"), large, language, "synthetic workspace, " + groups(large), 0, runs,
                out.resolve("synthetic-" + groups + "-" + language + ".pdf"));
    }

    /** Runs {@link #synthetic} in a JVM of its own with the given heap; its table row, or why it gave none. */
    private static String fork(Path root, Path out, int groups, String language, int runs, String heap) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"), PdfBench.class.getName(), "--root", root.toString(),
                "--out", out.toString(), "--groups", String.valueOf(groups), "--synthetic-runs", String.valueOf(runs), "--synthetic", language);
        Path log = out.resolve("synthetic-" + groups + "-" + language + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            int exit = process.waitFor();
            String row = Files.readAllLines(log).stream().filter(l -> l.startsWith(ROW)).map(l -> l.substring(ROW.length()))
                    .reduce((a, b) -> b).orElse(null);
            return row != null ? row : "| synthetic workspace, " + groups + " groups | " + language + " | no result (exit " + exit + ", see "
                    + log.getFileName() + ") | | | | | | |";
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /**
     * In a forked JVM: when collection after collection leaves the heap over 95 % full, the report
     * does not fit in it; say so as the table's row and stop (the collector would go on for many minutes).
     */
    private static void watchHeap(String language, int groups) {
        long started = System.nanoTime();
        java.util.concurrent.atomic.AtomicInteger nearlyFull = new java.util.concurrent.atomic.AtomicInteger();
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof javax.management.NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        return;
                    }
                    var info = com.sun.management.GarbageCollectionNotificationInfo
                            .from((javax.management.openmbean.CompositeData) notification.getUserData()).getGcInfo();
                    long after = info.getMemoryUsageAfterGc().values().stream().mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
                    if (after > 0.95 * Runtime.getRuntime().maxMemory()) {
                        if (nearlyFull.incrementAndGet() >= EXHAUSTED_AFTER) {
                            System.out.println(ROW + "| synthetic workspace, " + groups + " groups | " + language + " | **ran out of the "
                                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap** after "
                                    + (System.nanoTime() - started) / 1_000_000_000 + " s (" + EXHAUSTED_AFTER
                                    + " collections in a row left it over 95 % full); no PDF | | | | | | " + heapPeakMb() + " MB |");
                            System.out.flush();
                            Runtime.getRuntime().halt(3);
                        }
                    } else {
                        nearlyFull.set(0);
                    }
                }, null, null);
            }
        }
    }

    private static Figures measure(Application app, ReportFormat pdf, Workspace workspace, String language, String what, int warmup, int runs,
            Path file) throws IOException {
        int year = workspace.latestYear().orElseThrow();
        try {
            ReportDocument document = app.reports().assemble(workspace, year, language);
            resetPeaks();
            byte[] last = null;
            for (int i = 0; i < warmup; i++) {
                last = render(pdf, document);
            }
            double[] elapsed = new double[runs];
            double[] cpu = new double[runs];
            for (int i = 0; i < runs; i++) {
                long cpuStart = Measure.processCpuNanos();
                long start = System.nanoTime();
                last = render(pdf, document);
                elapsed[i] = (System.nanoTime() - start) / 1e6;
                cpu[i] = (Measure.processCpuNanos() - cpuStart) / 1e6;
            }
            Files.write(file, last);
            return new Figures(what, language, elapsed, cpu, last.length, pages(last), heapPeakMb(), null);
        } catch (OutOfMemoryError e) {
            return new Figures(what, language, new double[0], new double[0], 0, 0, heapPeakMb(), "ran out of the "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap");
        }
    }

    /** The number of pages of a PDF, as PDFBox reads it. */
    private static int pages(byte[] pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static String groups(Workspace workspace) {
        int n = workspace.plans().size();
        return n == 1 ? "1 group" : n + " groups";
    }

    private static byte[] render(ReportFormat pdf, ReportDocument document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        Application.render(pdf, document, bytes);
        return bytes.toByteArray();
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeakMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
