package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The malformed-workspace corpus ({@link MalformedCorpus}): each of some 270 malformed
 * variants of the shipped workspace's files is loaded from a copy of the workspace. A load
 * refuses each with at least one error in that file at a line and column (for bytes that are not
 * UTF-8, NUL and control bytes: at theirs); no message shows a Java
 * class, a library's words or a raw control character; and no file is changed, added or removed.
 */
class MalformedWorkspaceTest {

    private static final Path DATA = Path.of("../../data").toAbsolutePath().normalize();

    /** What only a program's internals would say: Java names, library words, stack traces. */
    static final Pattern INTERNALS = Pattern.compile("Exception|com\\.fasterxml|jackson|java\\.|javax\\.|reference chain"
            + "|Cannot deserialize|Source:|CTRL-CHAR|\\(code \\d+\\)|\\([A-Za-z$]+\\.java:\\d+\\)|bugzilla|Feature\\b"
            + "|\\b[a-z]+(\\.[a-z]+)+\\.[A-Z][A-Za-z]+\\b|\\p{Cc}", Pattern.CASE_INSENSITIVE);

    @TempDir
    static Path temp;

    static List<MalformedCorpus.Variant> corpus;

    @BeforeAll
    static void makeCorpus() {
        corpus = MalformedCorpus.of(DATA);
    }

    @Test
    void theCorpusIsLargeAndCoversEveryFileAndKind() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        assertThat(corpus.stream().map(MalformedCorpus.Variant::file).distinct())
                .containsAll(MalformedCorpus.jsonFiles(DATA).keySet());
        for (String kind : List.of("truncated", "invalid UTF-8", "NUL", "twice", "nested 300 deep", "1,000,001 characters",
                "a list of lists", "without its", "unknown", "February 30", "with a space", "does not exist", "with one id",
                "evidence at javascript:")) {
            assertThat(corpus).as(kind).anyMatch(v -> v.name().contains(kind));
        }
    }

    @Test
    void everyMalformedVariantIsRejectedWithALocationAndNothingChanges() throws IOException {
        Path ws = copyOfData();
        Map<String, byte[]> original = TestWorkspace.snapshot(ws);
        JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.noGroups());
        List<String> failures = new ArrayList<>();
        int rejected = 0;
        int mustReject = 0;
        long started = System.nanoTime();
        long processor = processorNanos();
        for (MalformedCorpus.Variant variant : corpus) {
            Path file = ws.resolve(variant.file());
            Files.write(file, variant.content());
            Map<String, byte[]> before = new java.util.TreeMap<>(original);
            before.put(variant.file(), variant.content());
            LoadResult result;
            try {
                result = store.load(ws);
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(variant + ": the load threw " + e);
                Files.write(file, original.get(variant.file()));
                continue;
            }
            List<Problem> located = result.errors().stream().filter(p -> p.line() >= 1 && p.column() >= 1).toList();
            if (variant.expect() == MalformedCorpus.Expect.REJECTED) {
                mustReject++;
                Position expected = variant.at() < 0 ? null : positionOf(variant.content(), variant.at());
                List<Problem> here = located.stream().filter(p -> p.file().equals(variant.file()))
                        .filter(p -> expected == null || p.line() == expected.line() && p.column() == expected.column()).toList();
                if (!here.isEmpty()) {
                    rejected++;
                } else {
                    failures.add(variant + ": not rejected with a location in the file" + (expected == null ? "" : " at " + expected)
                            + "; errors: " + result.errors());
                }
            }
            for (Problem p : result.problems()) {
                if (INTERNALS.matcher(p.message()).find() || INTERNALS.matcher(p.path()).find()) {
                    failures.add(variant + ": a message with internals: " + p.format());
                }
                if (p.messageEs() == null || p.messageEs().isBlank() || p.messageEs().equals(p.message())) {
                    failures.add(variant + ": a message without its Spanish (a Spanish page would show it in English): " + p.format());
                }
            }
            Map<String, byte[]> after = TestWorkspace.snapshot(ws);
            if (!after.keySet().equals(before.keySet())
                    || before.entrySet().stream().anyMatch(e -> !Arrays.equals(e.getValue(), after.get(e.getKey())))) {
                failures.add(variant + ": the load changed the workspace's files");
            }
            Files.write(file, original.get(variant.file()));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long processorMillis = (processorNanos() - processor) / 1_000_000;
        System.out.printf("malformed workspace corpus: %d of %d malformed variants rejected with file:line:column, "
                + "%d variants in all (numbers included), %d ms (%d ms of processor time)%n", rejected, mustReject, corpus.size(), millis,
                processorMillis);
        assertThat(failures).as("%d of %d variants failed", failures.size(), corpus.size()).isEmpty();
        assertThat(TestWorkspace.snapshot(ws).keySet()).isEqualTo(original.keySet());
    }

    /** The line and column of a byte as an editor shows them: lines end at a line feed; columns count characters. */
    private static Position positionOf(byte[] content, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (content[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, new String(content, lineStart, at - lineStart, java.nio.charset.StandardCharsets.UTF_8).length() + 1);
    }

    /** The processor time this JVM has used, all threads together (the machine may be busy with others); 0 where unknown. */
    private static long processorNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static Path copyOfData() throws IOException {
        return TestWorkspace.copyTree(DATA, temp.resolve("data"));
    }
}
