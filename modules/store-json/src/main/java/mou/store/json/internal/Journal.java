package mou.store.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import mou.core.command.AtomicFiles;
import mou.core.cycle.Published;

/**
 * The write-ahead journal that makes a save one transaction: {@value #FILE} in the workspace folder
 * holds every file's new content (or its deletion, or a staged file to move into place), the history
 * lines to append and the length of {@code history.jsonl} before them. It is written atomically and
 * forced before any file of the workspace changes; then the files are replaced, the history is
 * appended, staging folders are removed and the journal is deleted. All of it happens under the
 * {@link WorkspaceLock}.
 *
 * <p>Recovery (whenever the store loads or saves, under the lock): a complete journal left by a
 * killed command is rolled forward, idempotently (each file written again, each staged file moved
 * if it is still staged, the history cut back to its recorded length and the lines appended again);
 * a journal that cannot be read (which the atomic write rules out, but a person may have edited it)
 * is discarded, since no file changes before a journal is whole. Stale temporary files of the
 * store ({@link AtomicFiles#isTemporary}) are removed.
 */
final class Journal {

    static final String FILE = ".mou.journal";

    /** A staging folder whose process cannot be told apart is stale after this long. */
    private static final Duration STALE = Duration.ofHours(1);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One step of a transaction, applied in order. */
    sealed interface Step {
        /** The file of the workspace that the step changes, relative, with '/' separators. */
        String name();
    }

    /** Replace a file with new content. */
    record Write(String name, byte[] content) implements Step {
    }

    /** Delete a file. */
    record Delete(String name) implements Step {
    }

    /** Move a staged file (relative to the workspace) over a file of the workspace. */
    record Move(String from, String name) implements Step {
    }

    private final List<Step> steps;
    private final String historyLines;
    private final long historyLength;

    /**
     * @param historyLines the lines to append to the history (each ending with a line break; empty for none)
     * @param historyLength the length of the history file before them (0 when it does not exist)
     */
    Journal(List<Step> steps, String historyLines, long historyLength) {
        this.steps = List.copyOf(steps);
        this.historyLines = historyLines;
        this.historyLength = historyLength;
    }

    /**
     * Writes the journal, then applies it. The caller holds the workspace lock. When applying fails
     * in this process (a file cannot be written), what was applied is undone from {@code before}
     * (each written file's content before the save, null for a new file), so that the failed save
     * changed nothing; when even that fails, the journal stays and the next load or save finishes it.
     */
    void commit(Path root, AtomicFiles files, java.util.Map<String, byte[]> before) throws IOException {
        write(root, files);
        CrashPoint.at("journal-written");
        try {
            apply(root, files);
        } catch (IOException | RuntimeException failure) {
            try {
                undo(root, files, before);
            } catch (IOException | RuntimeException e) {
                throw new IOException(failure.getMessage() + "; the save was cut short and could not be undone ("
                        + e.getMessage() + "), so the next command finishes it from " + FILE, failure);
            }
            throw failure;
        }
    }

    /**
     * Writes the journal file, forced, and nothing else: the first step of {@link #commit}. It is written
     * in place (never through a link), its content and its folder's entry forced at the same time (one
     * wait for the disk, not a temporary file's and then its rename's): a journal cut short by a crash
     * is not whole (its last key, {@code complete}, or a part before it is missing) and is discarded,
     * and nothing of it was applied, since applying starts only once both are forced.
     */
    void write(Path root, AtomicFiles files) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(toJson());
        Path file = root.resolve(FILE);
        boolean opened = false;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
            opened = true;
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            java.util.concurrent.Future<?> entry = WRITERS.submit(() -> AtomicFiles.syncFolder(root));
            try {
                channel.force(true);
            } finally {
                settle(entry);
            }
        } catch (IOException e) {
            if (opened) {
                Files.deleteIfExists(file); // a journal not whole is not left for the next command to discard
            }
            throw new IOException(FILE + " cannot be written (" + e.getMessage() + "); nothing was saved", e);
        }
    }

    /** Puts back what a failed {@link #apply} changed, and deletes the journal. */
    private void undo(Path root, AtomicFiles files, java.util.Map<String, byte[]> before) throws IOException {
        for (Step step : steps) {
            if (step instanceof Move m) {
                Path source = staged(root, m.from());
                Path target = WorkspaceWriter.safeTarget(root, m.name());
                if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS) && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    AtomicFiles.move(target, source);
                }
            } else if (before.containsKey(step.name())) {
                Path target = WorkspaceWriter.safeTarget(root, step.name());
                byte[] old = before.get(step.name());
                if (old == null) {
                    Files.deleteIfExists(target);
                } else if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                        || !java.util.Arrays.equals(Files.readAllBytes(target), old)) {
                    // a file the failed save did not get to (or that could not be replaced) is left as it is
                    files.write(target, old);
                }
            }
        }
        Path history = root.resolve(HistoryLog.FILE);
        if (!historyLines.isEmpty() && Files.isRegularFile(history, LinkOption.NOFOLLOW_LINKS)) {
            try (FileChannel channel = FileChannel.open(history, StandardOpenOption.WRITE)) {
                if (channel.size() > historyLength) {
                    channel.truncate(historyLength);
                    channel.force(true);
                }
            }
        }
        Files.deleteIfExists(root.resolve(FILE));
        AtomicFiles.syncFolder(root);
    }

    private ObjectNode toJson() {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("journal", 1);
        ArrayNode list = o.putArray("steps");
        for (Step step : steps) {
            ObjectNode s = list.addObject();
            if (step instanceof Write w) {
                // the bytes as they are, in base64 (a file's text would be escaped character by character)
                s.put("write", w.name()).put("bytes", w.content());
            } else if (step instanceof Delete d) {
                s.put("delete", d.name());
            } else if (step instanceof Move m) {
                s.put("move", m.from()).put("to", m.name());
            }
        }
        o.put("historyLength", historyLength);
        o.put("history", historyLines);
        o.put("complete", true);
        return o;
    }

    private static Journal fromJson(JsonNode o) throws IOException {
        if (o == null || !o.path("complete").asBoolean(false) || o.path("journal").asInt() != 1
                || !o.path("steps").isArray() || !o.path("history").isTextual() || !o.path("historyLength").canConvertToLong()) {
            throw new IOException("incomplete");
        }
        List<Step> steps = new ArrayList<>();
        for (JsonNode s : o.get("steps")) {
            if (s.path("write").isTextual() && s.path("bytes").isTextual()) {
                steps.add(new Write(s.get("write").asText(), bytes(s.get("bytes").asText())));
            } else if (s.path("write").isTextual() && s.path("content").isTextual()) { // as journals were written before 2026-12
                steps.add(new Write(s.get("write").asText(), s.get("content").asText().getBytes(StandardCharsets.UTF_8)));
            } else if (s.path("delete").isTextual()) {
                steps.add(new Delete(s.get("delete").asText()));
            } else if (s.path("move").isTextual() && s.path("to").isTextual()) {
                steps.add(new Move(s.get("move").asText(), s.get("to").asText()));
            } else {
                throw new IOException("unknown step");
            }
        }
        long length = o.get("historyLength").asLong();
        if (length < 0) {
            throw new IOException("negative history length");
        }
        return new Journal(steps, o.get("history").asText(), length);
    }

    private static byte[] bytes(String base64) throws IOException {
        try {
            return java.util.Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IOException("a step's bytes are not base64");
        }
    }

    /** Applies every step; doing it again after a crash gives the same result. */
    private void apply(Path root, AtomicFiles files) throws IOException {
        Set<Path> staging = new LinkedHashSet<>();
        // the history's lines are appended (and forced) while the files are written: the journal holds both, so their order
        // does not matter, and the wait for the disk is one instead of two (a history not made yet is made after the files, as an
        // undo cuts the history back but does not remove it)
        boolean together = !historyLines.isEmpty() && Files.isRegularFile(root.resolve(HistoryLog.FILE), LinkOption.NOFOLLOW_LINKS);
        java.util.concurrent.Future<?> history = !together ? null : WRITERS.submit(() -> {
            appendHistory(root);
            return null;
        });
        try {
            applySteps(root, files, staging);
        } catch (IOException | RuntimeException e) {
            settle(history); // undone from a settled state
            throw e;
        }
        IOException failed = together ? settle(history) : null;
        if (failed != null) {
            throw failed;
        }
        if (!together) {
            appendHistory(root);
        }
        CrashPoint.at("history-appended");
        for (Path folder : staging) {
            deleteTree(folder);
        }
        CrashPoint.at("before-journal-delete");
        Files.deleteIfExists(root.resolve(FILE));
        AtomicFiles.syncFolder(root);
    }

    /** Waits for a write under way to end (or none, when null), whatever happens meanwhile; its failure, or null. */
    private static IOException settle(java.util.concurrent.Future<?> writing) {
        if (writing == null) {
            return null;
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    writing.get();
                    return null;
                } catch (InterruptedException e) {
                    interrupted = true; // the write is under way: wait for it either way
                } catch (java.util.concurrent.ExecutionException e) {
                    return e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Writes the files, deletes and moves of the journal's steps. */
    private void applySteps(Path root, AtomicFiles files, Set<Path> staging) throws IOException {
        int n = writeAtOnce(root, files);
        for (Step step : steps.subList(n, steps.size())) {
            if (step instanceof Write w) {
                Path target = WorkspaceWriter.safeTarget(root, w.name());
                Files.createDirectories(target.getParent());
                files.writeJournaled(target, w.content(), WRITERS); // the journal holds it until forced
            } else if (step instanceof Delete d) {
                Path target = WorkspaceWriter.safeTarget(root, d.name());
                if (Files.deleteIfExists(target)) {
                    AtomicFiles.syncFolder(target.getParent());
                }
            } else if (step instanceof Move m) {
                Path source = staged(root, m.from());
                staging.add(source.getParent());
                Path target = WorkspaceWriter.safeTarget(root, m.name());
                if (Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target.getParent());
                    AtomicFiles.move(source, target);
                    AtomicFiles.syncFolder(target.getParent());
                } else if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("the staged file " + m.from() + " of an interrupted save is missing, so " + m.name()
                            + " could not be put in place; publish again");
                }
            }
            CrashPoint.at("file-applied-" + ++n);
        }
    }

    /** Threads that write the files of one journal at once. */
    private static final java.util.concurrent.ExecutorService WRITERS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mou-store-write");
        t.setDaemon(true);
        return t;
    });

    /**
     * Writes the files of the journal's first steps, when two or more are written (a batch of saves into
     * several groups' files, {@code year open}), at once: each is still written and forced, renamed and its
     * folder forced, but their waits for the disk overlap instead of following one another. All of them are
     * finished (or failed) before this returns, so that a failure is undone from a settled state.
     *
     * @return how many of the first steps are written
     */
    private int writeAtOnce(Path root, AtomicFiles files) throws IOException {
        int count = 0;
        while (count < steps.size() && steps.get(count) instanceof Write) {
            count++;
        }
        if (count < 2 || steps.subList(0, count).stream().map(Step::name).distinct().count() < count) {
            return 0;
        }
        List<java.util.concurrent.Future<?>> writing = new ArrayList<>();
        for (Step step : steps.subList(0, count)) {
            Write w = (Write) step;
            Path target = WorkspaceWriter.safeTarget(root, w.name());
            writing.add(WRITERS.submit(() -> {
                Files.createDirectories(target.getParent());
                files.writeJournaled(target, w.content(), WRITERS); // the journal holds it until forced
                return null;
            }));
        }
        IOException failure = null;
        for (java.util.concurrent.Future<?> f : writing) {
            IOException failed = settle(f); // each settled, so that a failure is undone from a settled state
            failure = failure == null ? failed : failure;
        }
        if (failure != null) {
            throw failure;
        }
        for (int i = 1; i <= count; i++) {
            CrashPoint.at("file-applied-" + i);
        }
        return count;
    }

    private void appendHistory(Path root) throws IOException {
        if (historyLines.isEmpty()) {
            return;
        }
        Path file = root.resolve(HistoryLog.FILE);
        if (Files.isSymbolicLink(file)) {
            throw new IOException(HistoryLog.FILE + " is a link; the history must be a file inside the workspace");
        }
        boolean created = !Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            long size = channel.size();
            // a crash after (part of) the lines were appended: cut them off and append them again
            long at = Math.min(size, historyLength);
            channel.truncate(at);
            ByteBuffer buffer = ByteBuffer.wrap(historyLines.getBytes(StandardCharsets.UTF_8));
            long position = at;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            channel.force(true);
        }
        if (created) {
            AtomicFiles.syncFolder(root);
        }
    }

    /** A staged file: inside a temporary folder of the workspace, not behind a link. */
    private static Path staged(Path root, String name) throws IOException {
        Path path = root.resolve(name).normalize();
        if (!path.startsWith(root) || path.getNameCount() - root.getNameCount() < 2
                || !AtomicFiles.isTemporary(path.getParent().getFileName().toString())) {
            throw new IOException("the journal names a staged file " + name + " that is not in a staging folder of the workspace");
        }
        if (Files.exists(path.getParent(), LinkOption.NOFOLLOW_LINKS) && !path.getParent().toRealPath().startsWith(root)) {
            throw new IOException("the staging folder of " + name + " is behind a link out of the workspace");
        }
        return path;
    }

    /**
     * Finishes or discards what a killed save left, and removes its temporary files. The caller
     * holds the workspace lock.
     *
     * @return what was done, for the person, in English and Spanish (empty when there was nothing to do)
     */
    static List<Said> recover(Path root, AtomicFiles files) throws IOException {
        List<Said> done = new ArrayList<>();
        Path file = root.resolve(FILE);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Journal journal = null;
            if (!Files.isSymbolicLink(file) && Files.isRegularFile(file)) {
                try {
                    journal = fromJson(MAPPER.readTree(Files.readAllBytes(file)));
                } catch (IOException | RuntimeException e) {
                    journal = null;
                }
            }
            if (journal == null) {
                Files.delete(file);
                AtomicFiles.syncFolder(root);
                done.add(new Said(FILE + " (the journal of a save that was cut short before it changed anything) could not be read and "
                        + "was discarded; nothing of that save was applied", FILE + " (el diario de un guardado que se interrumpió antes de"
                        + " cambiar nada) no se pudo leer y se descartó; no se aplicó nada de ese guardado"));
            } else {
                journal.apply(root, files);
                int steps = journal.steps.size();
                boolean history = !journal.historyLines.isEmpty();
                done.add(new Said("a save that was cut short (the command was stopped) was finished from " + FILE + ": "
                        + steps + " file(s)" + (history ? " and its history" : ""), "un guardado que se interrumpió (se detuvo la orden)"
                        + " se terminó a partir de " + FILE + ": " + steps + (steps == 1 ? " archivo" : " archivos")
                        + (history ? " y su historial" : "")));
            }
        }
        removeTemporaries(root);
        return done;
    }

    /** Removes the store's stale temporary files (a kill can leave one) and stale staging folders. */
    private static void removeTemporaries(Path root) throws IOException {
        removeTemporaryFiles(root);
        removeTemporaryFiles(root.resolve("reports"));
        Path groups = root.resolve("groups");
        if (Files.isDirectory(groups, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> each = Files.newDirectoryStream(groups)) {
                for (Path group : each) {
                    removeTemporaryFiles(group);
                }
            }
        }
        removeStaleStaging(root.resolve(Published.FOLDER));
        // a rating's evidence files are staged beside their group's year's folder (evidence/GROUP/.YEAR.tmp-p...): a kill
        // between the staging and the save left them there for ever
        Path evidence = root.resolve(EVIDENCE);
        if (Files.isDirectory(evidence, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> each = Files.newDirectoryStream(evidence)) {
                for (Path group : each) {
                    if (Files.isDirectory(group, LinkOption.NOFOLLOW_LINKS)) {
                        removeStaleStaging(group);
                    }
                }
            }
        }
    }

    /** The folder of the evidence files, {@code evidence}: where {@link mou.core.cycle.EvidenceFile#folder} puts each group's. */
    private static final String EVIDENCE = Path.of(mou.core.cycle.EvidenceFile.folder("group", 2000)).getName(0).toString();

    /** Removes the staging folders in {@code folder} whose process is gone ({@link #staleStaging}). */
    private static void removeStaleStaging(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> each = Files.newDirectoryStream(folder)) {
            for (Path entry : each) {
                if (AtomicFiles.isTemporary(entry.getFileName().toString()) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                        && staleStaging(entry)) {
                    deleteTree(entry);
                }
            }
        }
    }

    private static void removeTemporaryFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> each = Files.newDirectoryStream(folder)) {
            for (Path entry : each) {
                if (AtomicFiles.isTemporary(entry.getFileName().toString()) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    /** The name of a staging folder made now by this process: {@code .YEAR.tmp-pPID-RANDOM}. */
    static String stagingName(String target) {
        String temporary = AtomicFiles.temporaryFor(Path.of(target)).getFileName().toString();
        int at = temporary.lastIndexOf(".tmp-") + ".tmp-".length();
        return temporary.substring(0, at) + "p" + ProcessHandle.current().pid() + "-" + temporary.substring(at);
    }

    /**
     * Whether a staging folder was left by a process that is gone: its name holds the process id
     * ({@link #stagingName}), and no process of that id runs, or the one that does started after the folder
     * was last written (the id was given again: a server restarted in a container gets the same small id each
     * time, and its predecessor's folder was kept for ever); one whose name does not is stale after an hour.
     */
    static boolean staleStaging(Path folder) throws IOException {
        String name = folder.getFileName().toString();
        int at = name.lastIndexOf(".tmp-p");
        FileTime modified = Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS);
        if (at >= 0) {
            String rest = name.substring(at + ".tmp-p".length());
            int dash = rest.indexOf('-');
            try {
                long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                // a start time is known to the second or so (Linux counts from the boot's second): a margin
                Instant written = modified.toInstant().plus(PID_START_MARGIN);
                return ProcessHandle.of(pid).map(p -> !p.isAlive() || p.info().startInstant().map(s -> s.isAfter(written)).orElse(false))
                        .orElse(true);
            } catch (NumberFormatException e) {
                // not a name made here: judged by its age
            }
        }
        return modified.toInstant().isBefore(Instant.now().minus(STALE));
    }

    /** How much later than a staging folder's last write the process of its id must have started to be another process. */
    private static final java.time.Duration PID_START_MARGIN = java.time.Duration.ofSeconds(2);

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        AtomicFiles.syncFolder(folder.getParent());
    }
}
