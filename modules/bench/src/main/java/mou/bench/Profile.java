package mou.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * A summary of a Flight Recorder recording of {@link Measure}: the execution samples of each phase
 * (load, assemble, render ...), cut by the phase start times {@link Measure} prints, and for each
 * phase the methods of the application (packages {@code mou.}, the bench left out) that are most
 * often on the stack (inclusive) and the methods most often at the top of it (self).
 */
public final class Profile {

    /** One phase's samples. */
    public record Phase(String name, int samples, Map<String, Integer> inclusive, Map<String, Integer> self) {
    }

    private Profile() {
    }

    /**
     * @param recording the .jfr file
     * @param marks phase name to its start (epoch ms), in time order; a phase ends where the next begins
     */
    public static List<Phase> summarise(Path recording, Map<String, Long> marks) throws IOException {
        List<Map.Entry<String, Long>> bounds = new ArrayList<>(marks.entrySet());
        Map<String, Map<String, Integer>> inclusive = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> self = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Long> b : bounds) {
            inclusive.put(b.getKey(), new TreeMap<>());
            self.put(b.getKey(), new TreeMap<>());
            counts.put(b.getKey(), 0);
        }
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                    continue;
                }
                String phase = phaseAt(bounds, event.getStartTime().toEpochMilli());
                if (phase == null) {
                    continue;
                }
                counts.merge(phase, 1, Integer::sum);
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (!frames.isEmpty()) {
                    self.get(phase).merge(name(frames.get(0).getMethod()), 1, Integer::sum);
                }
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    RecordedMethod m = frame.getMethod();
                    String type = m.getType().getName();
                    if (type.startsWith("mou.") && !type.startsWith("mou.bench.") && !isGlue(m)) {
                        String n = name(m);
                        if (seen.add(n)) {
                            inclusive.get(phase).merge(n, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        List<Phase> phases = new ArrayList<>();
        for (Map.Entry<String, Long> b : bounds) {
            phases.add(new Phase(b.getKey(), counts.get(b.getKey()), top(inclusive.get(b.getKey())), top(self.get(b.getKey()))));
        }
        return phases;
    }

    /**
     * Where the samples of a whole run fell, by the code at the top of the stack: the application,
     * the OSGi framework and its services, Jackson, class loading and linking, the rest of the JDK.
     *
     * @return area to samples, largest first; and under "loaded classes" the most classes loaded at once
     */
    public static Map<String, Integer> byArea(Path recording) throws IOException {
        Map<String, Integer> areas = new LinkedHashMap<>();
        int classes = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                if ("jdk.ClassLoadingStatistics".equals(type)) {
                    classes = Math.max(classes, (int) event.getLong("loadedClassCount"));
                }
                if (!"jdk.ExecutionSample".equals(type) || event.getStackTrace() == null || event.getStackTrace().getFrames().isEmpty()) {
                    continue;
                }
                areas.merge(area(event.getStackTrace().getFrames()), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(areas.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        Map<String, Integer> result = new LinkedHashMap<>();
        sorted.forEach(e -> result.put(e.getKey(), e.getValue()));
        result.put("loaded classes", classes);
        return result;
    }

    private static String area(List<RecordedFrame> frames) {
        // class loading and linking anywhere on the stack: that is what the thread is doing, whoever asked for it
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            String method = f.getMethod().getName();
            if (type.startsWith("java.lang.ClassLoader") || type.startsWith("jdk.internal.loader.")
                    || type.startsWith("org.apache.felix.framework.BundleWiringImpl") || method.equals("defineClass")
                    || method.equals("loadClass") || type.startsWith("java.lang.invoke.") || type.startsWith("jdk.internal.reflect.")) {
                return "class loading, linking, lambdas and reflection";
            }
        }
        String top = null;
        for (RecordedFrame f : frames) {
            String type = f.getMethod().getType().getName();
            if (type.startsWith("mou.")) {
                return "the application (mou.*)";
            }
            if (type.startsWith("org.apache.felix.") || type.startsWith("org.osgi.")) {
                top = top == null ? "the OSGi framework, SCR, Gogo, FileInstall" : top;
            } else if (type.startsWith("com.fasterxml.jackson.")) {
                top = top == null ? "Jackson" : top;
            } else if (type.startsWith("java.util.zip.") || type.startsWith("java.util.jar.")) {
                top = top == null ? "reading jars (zip)" : top;
            }
        }
        return top != null ? top : "the rest of the JDK";
    }

    /** Markdown: per phase, the top methods with their share of the phase's samples. */
    public static String markdown(List<Phase> phases, int limit) {
        StringBuilder b = new StringBuilder();
        for (Phase p : phases) {
            if (p.samples() == 0 || p.name().equals("end")) {
                continue;
            }
            b.append(String.format(Locale.ROOT, "%n**%s** (%d samples)%n%n| on the stack (application code, below the phase's entry point) | %% | at the top of the stack | %% |%n|---|---:|---|---:|%n",
                    p.name(), p.samples()));
            // methods on (nearly) every sample's stack are the phase's own entry points: they say nothing the phase's name does not
            List<Map.Entry<String, Integer>> in = new ArrayList<>(p.inclusive().entrySet().stream()
                    .filter(e -> e.getValue() < 0.97 * p.samples()).toList());
            List<Map.Entry<String, Integer>> top = new ArrayList<>(p.self().entrySet());
            for (int i = 0; i < limit && (i < in.size() || i < top.size()); i++) {
                b.append("| ").append(i < in.size() ? "`" + in.get(i).getKey() + "`" : "").append(" | ")
                        .append(i < in.size() ? percent(in.get(i).getValue(), p.samples()) : "").append(" | ")
                        .append(i < top.size() ? "`" + top.get(i).getKey() + "`" : "").append(" | ")
                        .append(i < top.size() ? percent(top.get(i).getValue(), p.samples()) : "").append(" |\n");
            }
        }
        return b.toString();
    }

    /** Lambdas and their hidden classes: they only repeat the method around them. */
    private static boolean isGlue(RecordedMethod m) {
        String type = m.getType().getName();
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return m.getName().startsWith("lambda$") || simple.contains("$$Lambda") || !simple.isEmpty() && Character.isDigit(simple.charAt(0));
    }

    private static String percent(int n, int of) {
        return String.format(Locale.ROOT, "%.0f", 100.0 * n / of);
    }

    private static String phaseAt(List<Map.Entry<String, Long>> bounds, long at) {
        String phase = null;
        for (Map.Entry<String, Long> b : bounds) {
            if (b.getValue() <= at) {
                phase = b.getKey();
            }
        }
        return phase;
    }

    private static String name(RecordedMethod m) {
        String type = m.getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + m.getName();
    }

    private static Map<String, Integer> top(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> top = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : entries.subList(0, Math.min(25, entries.size()))) {
            top.put(e.getKey(), e.getValue());
        }
        return top;
    }
}
