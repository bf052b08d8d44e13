package mou.store.json.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.List;
import mou.core.command.AtomicFiles;
import mou.core.model.HistoryEntry;
import mou.core.model.Workspace;
import mou.core.spi.Extensions;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import mou.core.spi.Problem.Severity;
import mou.core.spi.WorkspaceStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The workspace store for folders of JSON files laid out as docs/workspace-format.md describes.
 * The installed working groups and deliverable types are asked of {@link Extensions} at each
 * load, so a group installed while the application runs is checked from its next load on.
 *
 * <p>Each group's folder as read is kept ({@link LoadCache}): a later load of the same workspace in
 * this process reads again only the groups whose files changed (or whose organizations, installed
 * plugins or evidence files did), so that a change in a long-running process (the web application)
 * does not read the whole workspace. The workspace's own files are read at every load. The system
 * property {@value #KEEP} set to {@code false} turns this off (the benchmarks that time a first load).
 */
@Component(service = WorkspaceStore.class)
public final class JsonWorkspaceStore implements WorkspaceStore, GroupCommit.Owner {

    private final Extensions extensions;
    private final LocatedJson json;
    private final AtomicFiles files;
    /** The system property that turns keeping the groups' readings off when {@code false}. */
    static final String KEEP = "mou.store.keep";
    private final java.util.Map<Path, LoadCache> kept = new java.util.concurrent.ConcurrentHashMap<>();
    /** The saves (each batch of checked saves once) and recoveries committed into each workspace folder (by its real path) by this store: {@link #commits}. */
    private final java.util.Map<Path, java.util.concurrent.atomic.AtomicLong> commits = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Path, Path> reals = new java.util.concurrent.ConcurrentHashMap<>();

    @Activate
    public JsonWorkspaceStore(@Reference Extensions extensions) {
        this(extensions, Limits.DEFAULT, new AtomicFiles());
    }

    JsonWorkspaceStore(Extensions extensions, Limits limits, AtomicFiles files) {
        this.extensions = extensions;
        this.json = new LocatedJson(limits);
        this.files = files;
    }

    /**
     * Loads under the workspace's lock, after finishing (or discarding) a save that a killed command
     * left ({@link #recover}), so that what is read is never half a change (a folder that was never
     * saved into is read without making a lock file). A folder where the lock
     * cannot be taken (no permission to write there) is read without it; an unfinished save is then
     * reported as an error.
     */
    @Override
    public LoadResult load(Path folder) {
        return load(folder, false);
    }

    @Override
    public LoadResult loadPlacingTexts(Path folder) {
        // for a change that places texts (the translations): after the saves of this process that wait
        try {
            if (Files.isDirectory(folder)) {
                GroupCommit.awaitCommitted(folder.toRealPath());
            }
        } catch (IOException e) {
            // read as a load reads it, with its problems
        }
        return load(folder, true);
    }

    private LoadResult load(Path folder, boolean placeTexts) {
        if (!Files.isDirectory(folder)) {
            return read(folder, List.of(), placeTexts);
        }
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            return read(folder, List.of(), placeTexts);
        }
        if (!Files.exists(root.resolve(WorkspaceLock.FILE), LinkOption.NOFOLLOW_LINKS)
                && !Files.exists(root.resolve(Journal.FILE), LinkOption.NOFOLLOW_LINKS)) {
            // never saved into: nothing to recover, and no lock file is made just to read. A save
            // that starts meanwhile makes the lock file first, so then the workspace is read again under it.
            LoadResult result = read(folder, List.of(), placeTexts);
            if (!Files.exists(root.resolve(WorkspaceLock.FILE), LinkOption.NOFOLLOW_LINKS)) {
                return result;
            }
        }
        if (!Files.exists(root.resolve(Journal.FILE), LinkOption.NOFOLLOW_LINKS)) {
            // Nothing changed since the last load: its result, found without the lock (which saves hold). With no
            // journal now, no save is between its files: one that starts meanwhile writes each file after this
            // look began, so a file it wrote before this look reached it is seen changed (and the workspace is
            // read under the lock below); a look that finds every file as it was saw the workspace as it was.
            LoadResult same = new WorkspaceLoad(folder, extensions, json, 1, cache(folder), placeTexts).unchangedSinceLastLoad();
            if (same != null) {
                return same;
            }
        }
        WorkspaceLock lock;
        long asked = System.nanoTime();
        try {
            lock = WorkspaceLock.acquire(root);
        } catch (IOException e) {
            List<Problem> notes = new ArrayList<>();
            if (Files.exists(root.resolve(Journal.FILE), LinkOption.NOFOLLOW_LINKS)) {
                notes.add(new Problem(Severity.ERROR, Journal.FILE, 0, 0, "", "a save was cut short and could not be finished now ("
                        + e.getMessage() + "); the files may show only part of it. Run the command again where it may write into the workspace",
                        "un guardado se interrumpió y no se pudo terminar ahora (" + reason(e) + "); puede que los archivos muestren solo una parte"
                        + " de él. Ejecute la orden de nuevo donde pueda escribir en el espacio de trabajo"));
            }
            return read(folder, notes, placeTexts);
        }
        long locked = System.nanoTime();
        try (lock) {
            List<Problem> notes = new ArrayList<>();
            try {
                for (Said done : Journal.recover(root, files)) {
                    notes.add(new Problem(Severity.WARNING, Journal.FILE, 0, 0, "", done.en(), done.es()));
                }
            } catch (IOException | RuntimeException e) {
                notes.add(new Problem(Severity.ERROR, Journal.FILE, 0, 0, "", "a save was cut short and could not be finished ("
                        + e.getMessage() + "); the files may show only part of it. Free space or fix the cause and run the command again",
                        "un guardado se interrumpió y no se pudo terminar (" + reason(e) + "); puede que los archivos muestren solo una parte"
                        + " de él. Libere espacio o corrija la causa y ejecute la orden de nuevo"));
            }
            LoadResult result = read(folder, notes, placeTexts);
            if (WorkspaceWriter.TIMING) {
                System.err.printf("mou.store.timing load: lock wait %.2f ms, read under the lock %.2f ms%n", (locked - asked) / 1e6,
                        (System.nanoTime() - locked) / 1e6);
            }
            return result;
        }
    }

    /** Why a journal could not be finished, for a Spanish note: the store's own Spanish when it has one, else the system's words. */
    private static String reason(Exception e) {
        return e instanceof mou.core.spi.StoreException s ? s.message("es") : e.getMessage();
    }

    private LoadResult read(Path folder, List<Problem> notes, boolean placeTexts) {
        // placing every text is asked rarely (validate --language es, publish): it reads every file again
        LoadResult result = new WorkspaceLoad(folder, extensions, json, Runtime.getRuntime().availableProcessors(),
                placeTexts ? null : cache(folder), placeTexts).read();
        if (notes.isEmpty()) {
            return result;
        }
        List<Problem> all = new ArrayList<>(notes);
        all.addAll(result.problems());
        return new LoadResult(result.workspace(), all, result.fingerprints(), result.texts());
    }

    /** The kept readings of a workspace folder, or null when they are not kept. */
    private LoadCache cache(Path folder) {
        if ("false".equals(System.getProperty(KEEP))) {
            return null;
        }
        try {
            Path root = folder.toRealPath();
            if (kept.size() >= 8 && !kept.containsKey(root)) {
                kept.clear(); // a process that reads many workspaces (the tests) keeps the last few
            }
            return kept.computeIfAbsent(root, f -> new LoadCache());
        } catch (IOException e) {
            return null;
        }
    }

    /** How many groups' readings are kept for a folder (for tests). */
    int keptGroups(Path folder) throws IOException {
        LoadCache cache = kept.get(folder.toRealPath());
        return cache == null ? 0 : cache.size();
    }

    @Override
    public void save(Path folder, Workspace workspace) throws IOException {
        try {
            new WorkspaceWriter(json, files).save(folder, workspace);
        } finally {
            committed(folder);
        }
    }

    @Override
    public List<String> save(Path folder, Workspace workspace, LoadResult basis, List<HistoryEntry> history) throws IOException {
        return save(folder, workspace, basis, history, null, null);
    }

    @Override
    public List<String> save(Path folder, Workspace workspace, LoadResult basis, List<HistoryEntry> history, Path staged, String target)
            throws IOException {
        return save(folder, workspace, basis, history, staged, target, () -> { });
    }

    /**
     * The next change of this process works on the saves that wait for their commit ({@link GroupCommit#view});
     * when that is not known, on the files once those saves are committed.
     */
    @Override
    public LoadResult loadForChange(Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                Path root = folder.toRealPath();
                java.util.Optional<LoadResult> view = GroupCommit.view(root, this);
                if (view.isPresent()) {
                    return view.get();
                }
                GroupCommit.awaitCommitted(root);
            }
        } catch (IOException e) {
            // read as a load reads it, with its problems
        }
        return load(folder);
    }

    @Override
    public List<String> save(Path folder, Workspace workspace, LoadResult basis, List<HistoryEntry> history, Path staged, String target,
            Runnable accepted) throws IOException {
        try {
            // its batch's commit raised this store's number of commits before this returns (batchCommitted, once a batch)
            return new WorkspaceWriter(json, files).save(folder, workspace, basis, history == null ? List.of() : history, staged,
                    target, accepted, this);
        } catch (mou.core.spi.ConcurrentChangeException e) {
            // whatever was kept, the next load reads every file again
            LoadCache cache = cache(folder);
            if (cache != null) {
                cache.clear();
            }
            throw e;
        }
    }

    @Override
    public Path stage(Path folder, String target) throws IOException {
        return WorkspaceWriter.stage(existing(folder), target);
    }

    @Override
    public List<String> recover(Path folder) throws IOException {
        Path root = existing(folder);
        try (WorkspaceLock lock = WorkspaceLock.acquire(root)) {
            List<Said> done = Journal.recover(root, files);
            if (!done.isEmpty()) {
                committed(root);
            }
            return done.stream().map(Said::en).toList();
        }
    }

    @Override
    public long commits(Path folder) {
        Path root = real(folder);
        java.util.concurrent.atomic.AtomicLong count = root == null ? null : commits.get(root);
        return count == null ? 0 : count.get();
    }

    /** A batch of checked saves that held saves of this store was committed (once a batch: {@link GroupCommit.Owner}). */
    @Override
    public void batchCommitted(Path root) {
        commits.computeIfAbsent(root, r -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
    }

    /** Counts a save without a basis committed (or one that may have written part of its files) into the folder, or a recovery. */
    private void committed(Path folder) {
        Path root = real(folder);
        if (root != null) {
            commits.computeIfAbsent(root, r -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
        }
    }

    /** A folder's real path, as the counts are kept by it; each path as given resolved once (a request asks at every page). */
    private Path real(Path folder) {
        Path known = reals.get(folder);
        if (known != null) {
            return known;
        }
        try {
            Path root = folder.toRealPath();
            if (reals.size() > 64) {
                reals.clear();
            }
            reals.put(folder, root);
            return root;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public <T, E extends Exception> T locked(Path folder, LockedWork<T, E> work) throws IOException, E {
        try (WorkspaceLock lock = WorkspaceLock.acquire(existing(folder))) {
            return work.run();
        }
    }

    @Override
    public <T, E extends Exception> T inTurn(Path folder, LockedWork<T, E> work) throws IOException, E {
        return WorkspaceLock.holding(existing(folder), work);
    }

    @Override
    public List<HistoryEntry> history(Path folder) throws IOException {
        Path root = existing(folder);
        try (WorkspaceLock lock = WorkspaceLock.acquire(root)) {
            Journal.recover(root, files);
            return WorkspaceWriter.history(json).read(root);
        }
    }

    @Override
    public List<Problem> historyProblems(Path folder) throws IOException {
        Path root = existing(folder);
        if (!Files.exists(root.resolve(HistoryLog.FILE), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return List.of(); // nothing to read, and a workspace that no save changed yet is left without a lock file
        }
        try (WorkspaceLock lock = WorkspaceLock.acquire(root)) {
            Journal.recover(root, files);
            return WorkspaceWriter.history(json).unreadable(root);
        }
    }

    /** The real path of a workspace folder that must already be there. */
    private static Path existing(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("there is no workspace folder at " + folder);
        }
        return folder.toRealPath();
    }
}
