package mou.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import mou.core.model.Workspace;
import mou.core.report.ReportDocument;
import mou.core.spi.ReportFormat;

/**
 * {@code java -Xmx2g -cp ... mou.bench.Measure WORKSPACE OUT [PASSES]}: one JVM, one workspace. Does what
 * {@code ./mou report} does after the framework is up (wire the components, load, assemble, render
 * every format but the PDF ({@link PdfBench} measures it) to a file, the formats side by side on their own threads) {@code PASSES} times (default 2: cold, then warm) and prints one
 * {@code RESULT key=value ...} line with each phase's time (ms, per pass), the report sizes, and
 * the heap: the highest occupancy seen by the collector (just before a collection, or at the end)
 * and the highest occupancy left after a collection. Phase start times (epoch ms) let a profile
 * be cut into phases.
 */
public final class Measure {

    private static final AtomicLong PEAK_BEFORE_GC = new AtomicLong();
    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();
    /** Collections in a row that left the heap nearly full: G1 would go on collecting for minutes before it gives up. */
    private static final int EXHAUSTED_AFTER = 8;
    private static final java.util.concurrent.atomic.AtomicInteger NEARLY_FULL = new java.util.concurrent.atomic.AtomicInteger();
    private static final Map<String, String> RESULT = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    private Measure() {
    }

    /** The formats measured here, issue 6's (html, md, json): the PDF, far slower, is measured on its own by {@link PdfBench}. */
    static final java.util.function.UnaryOperator<List<ReportFormat>> FORMATS = formats -> formats.stream()
            .filter(f -> !f.id().equals("pdf")).toList();

    public static void main(String[] args) throws IOException {
        watchCollections();
        Path workspace = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Files.createDirectories(out);
        Map<String, String> result = RESULT;
        result.put("jvm_start_to_main_ms", String.valueOf(ManagementFactory.getRuntimeMXBean().getUptime()));
        try {
            passes(workspace, out, passes, result);
        } catch (OutOfMemoryError e) {
            // the heap limit is part of what is measured: say where it ran out instead of failing
            result.put("failed", "OutOfMemoryError");
            result.put("failed_phase", result.keySet().stream().filter(k -> k.endsWith("_at")).reduce((a, b) -> b).orElse("?")
                    .replace("_at", ""));
            result.put("failed_after_ms", String.valueOf(ManagementFactory.getRuntimeMXBean().getUptime()));
        }
        summarise(result);
    }

    private static void passes(Path workspace, Path out, int passes, Map<String, String> result) throws IOException {
        for (int pass = 1; pass <= passes; pass++) {
            if (pass > 1) {
                // the previous pass's workspace and document are unreachable once its method returned;
                // collected here, they are not counted against the next pass's load
                System.gc();
            }
            pass(workspace, out, "p" + pass + "_", result);
        }
    }

    /** One report, in a method of its own so that nothing of it stays reachable after it. */
    private static void pass(Path workspace, Path out, String p, Map<String, String> result) throws IOException {
        mark(result, p + "wire");
        long t = System.nanoTime();
        Application app = Application.forWorkspace(workspace);
        app.formats();
        result.put(p + "wire_ms", ms(t));

        mark(result, p + "load");
        t = System.nanoTime();
        Workspace w = app.load(workspace);
        result.put(p + "load_ms", ms(t));

        mark(result, p + "assemble");
        t = System.nanoTime();
        ReportDocument document = app.assemble(w);
        result.put(p + "assemble_ms", ms(t));

        // the formats side by side, each on its own thread, as the report command renders them
        mark(result, p + "render");
        t = System.nanoTime();
        renderSideBySide(FORMATS.apply(app.formats()), document, out, p, result);
        result.put(p + "render_ms", ms(t));
        mark(result, p + "end");
        result.put("groups", String.valueOf(w.plans().size()));
        result.put("assessments", String.valueOf(w.years().stream().mapToLong(y -> y.assessments().size()).sum()));
    }

    private static void renderSideBySide(List<ReportFormat> formats, ReportDocument document, Path out, String p,
            Map<String, String> result) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(formats.size(),
                Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<?>> rendering = new ArrayList<>();
            for (ReportFormat format : formats) {
                rendering.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    Path file = out.resolve("report." + format.fileExtension());
                    long bytes;
                    try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                        bytes = Application.render(format, document, stream);
                    }
                    result.put(p + "render_" + format.id() + "_ms", ms(t));
                    result.put("bytes_" + format.id(), String.valueOf(bytes));
                    return null;
                }));
            }
            for (Future<?> f : rendering) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void summarise(Map<String, String> result) {
        // each phase's CPU time: from its start to the next phase's start (the marks are in time order)
        String previous = null;
        for (String key : List.copyOf(result.keySet())) {
            if (!key.endsWith("_cpustart")) {
                continue;
            }
            if (previous != null && previous.substring(0, 2).equals(key.substring(0, 2))) {
                long cpu = Long.parseLong(result.get(key)) - Long.parseLong(result.get(previous));
                result.put(previous.replace("_cpustart", "_cpu_ms"), String.format(Locale.ROOT, "%.1f", cpu / 1e6));
            }
            previous = key;
        }
        long now = heapUsed();
        result.put("heap_peak_mb", mb(Math.max(PEAK_BEFORE_GC.get(), now)));
        result.put("heap_max_after_gc_mb", mb(PEAK_AFTER_GC.get()));
        result.put("heap_max_mb", mb(Runtime.getRuntime().maxMemory()));
        long collections = 0;
        long collectionMs = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += gc.getCollectionCount();
            collectionMs += gc.getCollectionTime();
        }
        result.put("gc_count", String.valueOf(collections));
        result.put("gc_ms", String.valueOf(collectionMs));
        StringBuilder line = new StringBuilder("RESULT");
        result.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        System.out.println(line);
    }

    private static void mark(Map<String, String> result, String phase) {
        result.put(phase + "_at", String.valueOf(System.currentTimeMillis()));
        result.put(phase + "_cpustart", String.valueOf(processCpuNanos()));
    }

    /** CPU time of the whole JVM (every thread: the collector's and the compiler's too): less disturbed than elapsed time by other work on the machine. */
    static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static String ms(long startNanos) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e6);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f", bytes / (1024.0 * 1024.0));
    }

    private static long heapUsed() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    /** The heap is fullest just before a collection: record the sum over the heap pools then, and after. */
    private static void watchCollections() {
        List<String> heapPools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        return;
                    }
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                    PEAK_BEFORE_GC.accumulateAndGet(sum(info.getMemoryUsageBeforeGc(), heapPools), Math::max);
                    long after = sum(info.getMemoryUsageAfterGc(), heapPools);
                    PEAK_AFTER_GC.accumulateAndGet(after, Math::max);
                    if (after > 0.95 * Runtime.getRuntime().maxMemory()) {
                        if (NEARLY_FULL.incrementAndGet() >= EXHAUSTED_AFTER) {
                            exhausted();
                        }
                    } else {
                        NEARLY_FULL.set(0);
                    }
                }, null, null);
            }
        }
    }

    /** The heap is full for good: report where, and stop (a watchdog; the run is a measurement, not a service). */
    private static void exhausted() {
        synchronized (RESULT) {
            RESULT.put("failed", "heap-exhausted");
            RESULT.put("failed_phase", RESULT.keySet().stream().filter(k -> k.endsWith("_at")).reduce((a, b) -> b).orElse("?")
                    .replace("_at", ""));
            RESULT.put("failed_after_ms", String.valueOf(ManagementFactory.getRuntimeMXBean().getUptime()));
        }
        summarise(new LinkedHashMap<>(RESULT));
        System.out.flush();
        Runtime.getRuntime().halt(1);
    }

    private static long sum(Map<String, MemoryUsage> usage, List<String> pools) {
        long total = 0;
        for (String pool : pools) {
            MemoryUsage u = usage.get(pool);
            if (u != null) {
                total += u.getUsed();
            }
        }
        return total;
    }
}
