package mou.web.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import mou.core.spi.LoadResult;
import mou.core.spi.WorkspaceStore;

/**
 * The workspace as loaded, and each report as assembled and written, kept until the workspace or
 * the installed plugins change, so that a page does not load the workspace again, nor a report
 * page or download assemble the report again, at every request.
 *
 * <p>The workspace's fingerprint is cheap: the path, size, modification time, file key (inode) and
 * status-change time of every file of the workspace and the path of every folder (hidden files, the store's lock and journal and a save's temporary files,
 * are left out; a save ends by renaming its files into place, which changes them). The plugins'
 * state is a generation that every service event of an extension (a group, a section, a format, a
 * deliverable type, a web contribution) and every bundle event advances. What was made from an
 * older fingerprint or generation is dropped when a newer one is made. There is no global lock:
 * two requests for the same key wait for one making of it; other keys, and pages that only need
 * the workspace, are not held up by a report being made. Requests that arrive together share one
 * look at the files ({@link #current}), which always starts after each of them arrived.
 *
 * <p>In a server ({@code serve}) a {@link WorkspaceWatch} stands for the look at every file: the key of
 * the workspace's state is then the watch's generation and the store's count of its own commits
 * ({@code WorkspaceStore.commits}), read after the watch has been brought up to the time of the
 * request (its beacon), so the rule is the same: a change made before a request is seen by it.
 */
final class Snapshots {

    /** The workspace's files as they are now: equal fingerprints mean nothing was changed, added or removed. */
    record Fingerprint(long hash, int files) {
    }

    /** A loaded workspace with the fingerprint it was loaded at. */
    record Loaded(Fingerprint fingerprint, LoadResult result) {
    }

    private record Key(Fingerprint fingerprint, long plugins, String what) {
    }

    /** A result made this soon after a plugin event is not kept: the extension registry may still be taking the change in. */
    static final long SETTLE_NANOS = 1_000_000_000L;

    private final Path data;
    private final WorkspaceStore store;
    private final LongSupplier generation;
    private final LongSupplier lastPluginEvent;
    private final Map<Fingerprint, CompletableFuture<LoadResult>> workspaces = new ConcurrentHashMap<>();
    private final Map<Key, CompletableFuture<Object>> made = new ConcurrentHashMap<>();

    Snapshots(Path data, WorkspaceStore store, LongSupplier generation, LongSupplier lastPluginEvent) {
        this.data = data;
        this.store = store;
        this.generation = generation;
        this.lastPluginEvent = lastPluginEvent;
    }

    /** The looks at the workspace's files: how many were started and finished, and what the last one found. */
    private final java.util.concurrent.locks.ReentrantLock looks = new java.util.concurrent.locks.ReentrantLock();
    private final java.util.concurrent.locks.Condition looked = looks.newCondition();
    private long looksStarted;
    private long looksFinished;
    private boolean looking;
    private Fingerprint found;

    /**
     * The workspace's fingerprint as found by a look at its files that started after this call did,
     * so that a change made before a request is always seen by it; requests that arrive while a
     * look is under way share the next one instead of each walking the folder.
     */
    Fingerprint current() {
        WorkspaceWatch watching = watch;
        if (watching != null && watching.sync()) {
            // every change made before this call is counted: the watch's generation and the store's own commits stand for the files
            return watched(watching.generation(), store.commits(data));
        }
        return looked();
    }

    /** The key of the workspace's state as the watch and the store's commits say it; never equal to a look's fingerprint (files below 0). */
    static Fingerprint watched(long generation, long commits) {
        return new Fingerprint(generation, (int) (-1 - Math.min(commits, Integer.MAX_VALUE - 1L)));
    }

    /** As {@link #current}, by a look at every file (no watch, or one that cannot be trusted any more). */
    private Fingerprint looked() {
        looks.lock();
        try {
            long needed = looksStarted + 1;
            while (looksFinished < needed) {
                if (looking) {
                    looked.awaitUninterruptibly();
                    continue;
                }
                looking = true;
                long mine = ++looksStarted;
                Fingerprint now = null;
                looks.unlock();
                try {
                    now = fingerprint(data);
                } finally {
                    looks.lock();
                    looking = false;
                    if (now != null) {
                        looksFinished = mine;
                        found = now;
                    }
                    looked.signalAll();
                }
            }
            return found;
        } finally {
            looks.unlock();
        }
    }

    /** The workspace as it is on disk now: loaded once for each fingerprint. */
    Loaded workspace() {
        Fingerprint fingerprint = current();
        LoadResult result = once(workspaces, fingerprint, () -> store.load(data), true);
        workspaces.keySet().removeIf(f -> !f.equals(fingerprint));
        return new Loaded(fingerprint, result);
    }

    /** Keeps a workspace that was loaded at this fingerprint already (serve loads it at its start to check it). */
    void seed(Fingerprint fingerprint, LoadResult result) {
        workspaces.putIfAbsent(fingerprint, CompletableFuture.completedFuture(result));
    }

    /**
     * What {@code make} makes from this loaded workspace and the plugins installed now, under a name
     * ({@code report 2016 en html}); made once for each workspace fingerprint and plugin generation.
     */
    @SuppressWarnings("unchecked")
    <T> T made(Loaded loaded, String what, Supplier<T> make) {
        long plugins = generation.getAsLong();
        Key key = new Key(loaded.fingerprint(), plugins, what);
        // what older states made goes before this is made, not after: a thousand groups' report page is some 200 MB
        made.keySet().removeIf(k -> !k.fingerprint().equals(loaded.fingerprint()) || k.plugins() != plugins);
        Object value = once(made, key, make::get, System.nanoTime() - lastPluginEvent.getAsLong() > SETTLE_NANOS);
        made.keySet().removeIf(k -> !k.fingerprint().equals(loaded.fingerprint()) || k.plugins() != plugins);
        return (T) value;
    }

    /** How many looks at every file were started (for tests: none while a trusted watch stands for them). */
    long looks() {
        looks.lock();
        try {
            return looksStarted;
        } finally {
            looks.unlock();
        }
    }

    /** How many results are kept now (for tests). */
    int kept() {
        return made.size();
    }

    /**
     * The value for a key: made by the first caller, waited for by the others meanwhile; a failure is
     * not kept (the next caller tries again), nor a value when {@code keep} is false.
     */
    private static <K, V> V once(Map<K, CompletableFuture<V>> map, K key, Supplier<V> make, boolean keep) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> existing = map.putIfAbsent(key, mine);
        if (existing == null) {
            try {
                V value = make.get();
                mine.complete(value);
                if (!keep) {
                    map.remove(key, mine);
                }
                return value;
            } catch (RuntimeException | Error e) {
                map.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return existing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The fingerprint of a workspace folder: every file's relative path, size and modification time, and every folder's path; hidden ones left out. */
    static Fingerprint fingerprint(Path root) {
        long[] hash = {17};
        int[] files = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    // a folder by its name only: its time changes with the hidden files made in it
                    hash[0] = hash[0] * 31 + root.relativize(dir).toString().hashCode();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!file.getFileName().toString().startsWith(".")) {
                        add(file, attributes);
                        files[0]++;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // a file removed while the folder is read: the next request sees the change
                    hash[0] = hash[0] * 31 + file.hashCode();
                    return FileVisitResult.CONTINUE;
                }

                private void add(Path path, BasicFileAttributes attributes) {
                    long h = hash[0] * 31 + root.relativize(path).toString().hashCode();
                    h = h * 31 + attributes.size();
                    h = h * 31 + attributes.lastModifiedTime().toInstant().getEpochSecond();
                    h = h * 31 + attributes.lastModifiedTime().toInstant().getNano();
                    // the file (a save renames a new one into place) and its last status change, which every write sets
                    // and no program can set back, unlike the modification time
                    h = h * 31 + java.util.Objects.hashCode(attributes.fileKey());
                    hash[0] = h * 31 + changed(path);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Fingerprint(hash[0], files[0]);
    }

    /** A file's last status change in nanoseconds (0 where the file system has none, or the file is gone). */
    private static long changed(Path file) {
        try {
            Object time = Files.getAttribute(file, "unix:ctime", java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (time instanceof java.nio.file.attribute.FileTime t) {
                java.time.Instant i = t.toInstant();
                return i.getEpochSecond() * 1_000_000_000L + i.getNano();
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // none: size, modification time and file key
        }
        return 0;
    }

    /** Nothing kept is of use any more (for tests and for a server that is stopping). */
    void clear() {
        workspaces.clear();
        made.clear();
    }

    private volatile WorkspaceWatch watch;

    /**
     * From now on a request finds out whether the workspace changed from this watch and the store's
     * commits instead of looking at every file ({@link WorkspaceWatch}); it looks at every file again
     * when the watch can no longer be trusted. Returns the key of the workspace's state now.
     */
    Fingerprint watch(WorkspaceWatch watching) {
        watch = watching;
        return current();
    }

    /** Stops the watch, if any: requests look at every file again. */
    void close() {
        WorkspaceWatch watching = watch;
        watch = null;
        if (watching != null) {
            watching.close();
        }
    }
}
