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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
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
 * and a beacon is a change of the file there (its modification time set), made after the request
 * arrived. The system queues the events of one watch service in the order the changes were made, and
 * the JDK hands them on in that order, so when the beacon's event has arrived every change made
 * before the request arrived has been counted. Requests that arrive while a beacon is on its way share
 * the next one (one system call and one wake-up of the watch's thread for all of them).
 *
 * <p><b>When the watch cannot be trusted</b> the caller looks at every file, as without a watch:
 * when events were lost (the system's queue overflowed), when a beacon does not arrive in time, or
 * when the watch is closed. On file systems not known to raise an event for every change (a network
 * file system changed from another machine, any type not in {@code LOCAL}) a look at every file in the
 * background every {@link #RECHECK_MILLIS} ms ({@code fingerprint}) advances the generation when it
 * differs from the last; there a change may take that long to show.
 */
final class WorkspaceWatch implements AutoCloseable {

    /** How often the files are all looked at in the background, for changes that raise no event. */
    static final long RECHECK_MILLIS = 5_000;
    /** How long a request waits for its beacon before the watch is no longer trusted. */
    static final long BEACON_MILLIS = 2_000;

    private final Path root;
    private final WatchService service;
    private final Path beaconFolder;
    private final Path beacon;
    private final Supplier<Object> fingerprint;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    /** Beacons sent and arrived; one in flight at most. */
    private long sent;
    private long received;
    private boolean inFlight;
    /** The generation: advanced by every event of a workspace file or folder, and by a background look that found a change. */
    private volatile long generation;
    /** False once events may have been lost, a beacon did not arrive or the watch stopped: the callers then look at every file. */
    private volatile boolean trusted = true;
    private Object lastLook;
    /** Whether the background look runs: on file systems not known to raise an event for every change of their files. */
    private final boolean recheck;

    private WorkspaceWatch(Path root, WatchService service, Path beaconFolder, Supplier<Object> fingerprint) {
        this.root = root;
        this.service = service;
        this.beaconFolder = beaconFolder;
        this.beacon = beaconFolder.resolve("beacon");
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
            beaconFolder.register(service, StandardWatchEventKinds.ENTRY_MODIFY);
            watch.register(root);
            watch.lastLook = watch.recheck ? fingerprint.get() : null;
            watch.thread.start();
            return Optional.of(watch);
        } catch (IOException | RuntimeException e) {
            try {
                if (service != null) {
                    service.close();
                }
                if (beaconFolder != null) {
                    Files.deleteIfExists(beaconFolder.resolve("beacon"));
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
        return generation;
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
        lock.lock();
        try {
            long needed = sent + 1; // a beacon sent after this call
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BEACON_MILLIS);
            while (received < needed) {
                if (!trusted) {
                    return false;
                }
                if (!inFlight) {
                    inFlight = true;
                    sent++;
                    try {
                        // a time of its own for each beacon: a change of the file however fast they follow each other
                        Files.setLastModifiedTime(beacon, FileTime.fromMillis(sent));
                    } catch (IOException e) {
                        trusted = false;
                        return false;
                    }
                    continue;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    trusted = false; // a lost beacon: from now on every request looks at the files itself
                    return false;
                }
                try {
                    arrived.awaitNanos(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
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
                WatchKey key = service.poll(RECHECK_MILLIS, TimeUnit.MILLISECONDS);
                if (key == null) {
                    recheck();
                    continue;
                }
                boolean beaconArrived = handle(key);
                if (beaconArrived) {
                    // every event queued before the beacon's was handed on before it: take them all before saying so
                    for (WatchKey more = service.poll(); more != null; more = service.poll()) {
                        beaconArrived |= handle(more);
                    }
                    lock.lock();
                    try {
                        received = sent;
                        inFlight = false;
                        arrived.signalAll();
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

    /** Handles one key's events: true when the beacon's was among them. */
    private boolean handle(WatchKey key) {
        Path folder = folders.get(key);
        boolean beaconArrived = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // events were lost: the generation can no longer tell, and a beacon's count neither
                generation++;
                stopTrusting();
                continue;
            }
            if (folder == null) {
                beaconArrived = true; // the beacon folder's only file
                continue;
            }
            Path name = (Path) event.context();
            if (name == null || name.toString().startsWith(".")) {
                continue; // hidden files: the store's lock and journal, a save's temporary files (its rename into place counts)
            }
            generation++;
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
        if (!recheck) {
            return;
        }
        try {
            Object now = fingerprint.get();
            if (!now.equals(lastLook)) {
                lastLook = now;
                generation++;
            }
        } catch (RuntimeException e) {
            generation++; // the folder could not be read: the next request loads and says why
        }
    }

    private void stopTrusting() {
        trusted = false;
        lock.lock();
        try {
            arrived.signalAll();
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
        try {
            Files.deleteIfExists(beacon);
            Files.deleteIfExists(beaconFolder);
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
