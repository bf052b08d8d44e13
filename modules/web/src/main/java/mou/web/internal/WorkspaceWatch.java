package mou.web.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The workspace's change signal for a long-running server: a {@link WatchService} over every folder
 * of the workspace (hidden ones left out; a folder made later is watched from its creation event on)
 * counts the changes of its files in a generation, so that a request compares a number instead of
 * looking at every file.
 *
 * <p><b>No page older than a change it follows.</b> An event reaches the watch some time after the
 * change, so a request does not trust the generation as it finds it: it first waits for a
 * <em>beacon</em> ({@link #sync}). The watch also watches a folder of its own outside the workspace,
 * and beacon number k is the file there renamed to {@code beacon-k}, after the request arrived. The
 * system queues the events of one watch service in the order the changes were made (a rename's event
 * is never merged with another), and the JDK hands them on in that order, so when beacon k's event has
 * arrived every change made before beacon k was sent has been counted. Requests that arrive while a
 * beacon is on its way share the next one (one system call and one wake-up of the watch's thread for
 * all of them; the watch's thread sends it as soon as the one on its way is in, and wakes them all
 * at once when it arrives: they wait on it without a lock). A request whose beacon is late looks at every file itself; a later beacon is sent
 * when one has been on its way longer than {@link #BEACON_MILLIS}.
 *
 * <p><b>When the watch cannot be trusted</b> the caller looks at every file, as without a watch:
 * when events were lost (the system's queue overflowed), when its thread failed, or when the watch
 * is closed. On file systems not known to raise an event for every change (a network
 * file system changed from another machine, any type not in {@code LOCAL}) a look at every file in the
 * background every {@link #RECHECK_MILLIS} ms ({@code fingerprint}) advances the generation when it
 * differs from the last; there a change may take that long to show.
 */
final class WorkspaceWatch implements AutoCloseable {

    /** How often the files are all looked at in the background, for changes that raise no event. */
    static final long RECHECK_MILLIS = 5_000;
    /** How long a request waits for its beacon before it looks at every file itself. */
    static final long BEACON_MILLIS = 2_000;

    private final Path root;
    private final WatchService service;
    private final Path beaconFolder;
    /** The beacon file's name now ({@code beacon-k}, k the last beacon sent). */
    private Path beacon;
    private final Supplier<Object> fingerprint;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    private final ReentrantLock lock = new ReentrantLock();
    /** The beacons requests wait for, by number, each completed when it arrived (all when the watch stops being trusted); under the lock. */
    private final java.util.NavigableMap<Long, CompletableFuture<Void>> waiting = new java.util.TreeMap<>();
    /** The number of the last beacon sent, of the last arrived, and when the last was sent. */
    private long sent;
    private long received;
    private long sentAt;
    /** The generation: advanced by every event of a workspace file or folder, and by a background look that found a change. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    /** False once events may have been lost, the watch's thread failed or the watch was closed: the callers then look at every file. */
    private volatile boolean trusted = true;
    private Object lastLook;
    /** Whether the background look runs: on file systems not known to raise an event for every change of their files. */
    private final boolean recheck;

    private WorkspaceWatch(Path root, WatchService service, Path beaconFolder, Supplier<Object> fingerprint) {
        this.root = root;
        this.service = service;
        this.beaconFolder = beaconFolder;
        this.beacon = beaconFolder.resolve("beacon-0");
        this.fingerprint = fingerprint;
        this.recheck = !local(root);
        this.thread = new Thread(this::run, "mou-workspace-watch");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching a workspace folder; empty where the system offers no watch (or no more of
     * them), and then the caller looks at every file as before. {@code fingerprint} is the look at
     * every file that the background check compares.
     */
    static Optional<WorkspaceWatch> start(Path root, Supplier<Object> fingerprint) {
        WatchService service = null;
        Path beaconFolder = null;
        try {
            service = FileSystems.getDefault().newWatchService();
            beaconFolder = Files.createTempDirectory("mou-watch");
            WorkspaceWatch watch = new WorkspaceWatch(root, service, beaconFolder, fingerprint);
            Files.write(watch.beacon, new byte[0]);
            beaconFolder.register(service, StandardWatchEventKinds.ENTRY_CREATE); // a rename's new name
            watch.register(root);
            watch.lastLook = watch.recheck ? fingerprint.get() : null;
            watch.thread.start();
            if (watch.recheck) {
                Thread looking = new Thread(watch::rechecks, "mou-workspace-recheck");
                looking.setDaemon(true);
                looking.start();
            }
            return Optional.of(watch);
        } catch (IOException | RuntimeException e) {
            try {
                if (service != null) {
                    service.close();
                }
                if (beaconFolder != null) {
                    Files.deleteIfExists(beaconFolder.resolve("beacon-0"));
                    Files.deleteIfExists(beaconFolder);
                }
            } catch (IOException ignored) {
                // a temporary folder left behind
            }
            return Optional.empty();
        }
    }

    /** The generation: it is the same as before only when no file or folder of the workspace changed in between. */
    long generation() {
        return generation.get();
    }

    /**
     * Waits until every change made before this call was counted in the {@link #generation}; false
     * when that cannot be known (the watch is not trusted, or the beacon did not arrive in time), and
     * then the caller looks at every file.
     */
    boolean sync() {
        if (!trusted) {
            return false;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BEACON_MILLIS);
        CompletableFuture<Void> mine;
        lock.lock();
        try {
            if (!trusted) {
                return false;
            }
            long needed = sent + 1; // a beacon sent after this call
            long now = System.nanoTime();
            if ((received == sent || now - sentAt > TimeUnit.MILLISECONDS.toNanos(BEACON_MILLIS)) && !send(now)) {
                // none on its way (or one that is late): this call sent the next; else the watch's thread sends it when the one on its way is in
                return false;
            }
            mine = waiting.computeIfAbsent(needed, k -> new CompletableFuture<>());
        } finally {
            lock.unlock();
        }
        // waited for without the lock: the watch's thread wakes every request of this beacon at once, none waits for another to go
        try {
            mine.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            return false; // late: this request looks at every file itself
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return trusted;
    }

    /** Sends the next beacon (under the lock); false (and the watch no longer trusted) when it cannot be sent. */
    private boolean send(long now) {
        Path next = beaconFolder.resolve("beacon-" + (sent + 1));
        try {
            Files.move(beacon, next);
        } catch (IOException e) {
            trusted = false;
            release();
            return false;
        }
        beacon = next;
        sent++;
        sentAt = now;
        return true;
    }

    /** Every request waiting for a beacon goes on (under the lock): the beacons up to the last arrived, or all when the watch is not trusted. */
    private void release() {
        java.util.Map<Long, CompletableFuture<Void>> done = trusted ? waiting.headMap(received, true) : waiting;
        done.values().forEach(f -> f.complete(null));
        done.clear();
    }

    /** How many beacons were sent (for tests: callers that come together share them). */
    long beaconsSent() {
        lock.lock();
        try {
            return sent;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the watch still holds its promise (for tests and the pages' choice). */
    boolean trusted() {
        return trusted;
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                long beaconArrived = handle(key);
                if (beaconArrived > 0) {
                    // every event queued before the beacon's was handed on before it: take them all before saying so
                    for (WatchKey more = service.poll(); more != null; more = service.poll()) {
                        beaconArrived = Math.max(beaconArrived, handle(more));
                    }
                    lock.lock();
                    try {
                        received = Math.max(received, beaconArrived);
                        release();
                        if (!waiting.isEmpty() && received == sent && trusted) {
                            // requests came while it was on its way: the next beacon, one for them all
                            send(System.nanoTime());
                        }
                    } finally {
                        lock.unlock();
                    }
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            stopTrusting();
        } catch (RuntimeException | Error e) {
            stopTrusting();
            throw e;
        }
    }

    /** Handles one key's events: the number of the last beacon among them, 0 when none. */
    private long handle(WatchKey key) {
        Path folder = folders.get(key);
        long beaconArrived = 0;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // events were lost: the generation can no longer tell, and a beacon's count neither
                generation.incrementAndGet();
                stopTrusting();
                continue;
            }
            if (folder == null) {
                String name = String.valueOf(event.context());
                if (name.startsWith("beacon-")) { // the beacon folder's only file, under its new name
                    try {
                        beaconArrived = Math.max(beaconArrived, Long.parseLong(name.substring("beacon-".length())));
                    } catch (NumberFormatException e) {
                        // not a beacon
                    }
                }
                continue;
            }
            Path name = (Path) event.context();
            if (name == null || name.toString().startsWith(".")) {
                continue; // hidden files: the store's lock and journal, a save's temporary files (its rename into place counts)
            }
            generation.incrementAndGet();
            Path child = folder.resolve(name);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    register(child); // a new folder: watched before the beacon that follows its creation arrives
                } catch (IOException e) {
                    stopTrusting();
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key); // a folder removed: its removal was an event of its parent
        }
        return beaconArrived;
    }

    /** Watches a folder and every folder in it (hidden ones left out). */
    private void register(Path start) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                folders.put(key, dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // removed meanwhile: an event of its parent
            }
        });
    }

    /** File system types on which every change of a file raises its event here (a local disk, memory, a container's layers). */
    private static final java.util.Set<String> LOCAL = java.util.Set.of("ext2", "ext3", "ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs",
            "f2fs", "jfs", "reiserfs", "bcachefs");

    /** Whether the folder is on such a file system; a network or unknown one gets the background look. */
    static boolean local(Path root) {
        try {
            return LOCAL.contains(Files.getFileStore(root).type().toLowerCase(java.util.Locale.ROOT));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The look at every file in the background, where changes may raise no event: one that finds
     * the files otherwise than the last look advances the generation (also when events already
     * counted the change: one more making of what is kept, never a change missed).
     */
    private void recheck() {
        try {
            Object now = fingerprint.get();
            if (!now.equals(lastLook)) {
                lastLook = now;
                generation.incrementAndGet();
            }
        } catch (RuntimeException e) {
            generation.incrementAndGet(); // the folder could not be read: the next request loads and says why
        }
    }

    /** The background looks, on a thread of their own (a slow look does not hold up the beacons), until the watch is closed. */
    private void rechecks() {
        while (trusted) {
            try {
                Thread.sleep(RECHECK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (trusted) {
                recheck();
            }
        }
    }

    private void stopTrusting() {
        trusted = false;
        lock.lock();
        try {
            release();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        stopTrusting();
        try {
            service.close();
        } catch (IOException e) {
            // closed anyway
        }
        lock.lock();
        try {
            Files.deleteIfExists(beacon);
            Files.deleteIfExists(beaconFolder);
        } catch (IOException e) {
            // a temporary folder left behind
        } finally {
            lock.unlock();
        }
    }
}
