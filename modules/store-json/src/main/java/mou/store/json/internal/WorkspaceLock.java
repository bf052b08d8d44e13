package mou.store.json.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock a checked save holds on a workspace while it compares, writes and records: an operating
 * system lock on {@value #FILE} in the workspace folder (which keeps other processes out), taken
 * after a lock for this Java process (file locks do not keep out threads of the same process).
 */
final class WorkspaceLock implements AutoCloseable {

    static final String FILE = ".mou.lock";

    private static final long WAIT_MILLIS = TimeUnit.SECONDS.toMillis(30);
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock inProcess;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(ReentrantLock inProcess, FileChannel channel, FileLock lock) {
        this.inProcess = inProcess;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits (a bounded time, {@value #WAIT_MILLIS} ms) for the workspace's lock. */
    static WorkspaceLock acquire(Path root) throws IOException {
        return acquire(root, WAIT_MILLIS);
    }

    /** Waits at most {@code waitMillis} for the workspace's lock (a test waits less than a command). */
    static WorkspaceLock acquire(Path root, long waitMillis) throws IOException {
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(root, r -> new ReentrantLock());
        long deadline = System.currentTimeMillis() + waitMillis;
        try {
            if (!inProcess.tryLock(waitMillis, TimeUnit.MILLISECONDS)) {
                throw busy(root, waitMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted();
        }
        if (HELD.containsKey(root)) {
            // this process holds the operating system lock for a change's turn ({@link #holding}): other processes are out
            return new WorkspaceLock(inProcess, null, null);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(root.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new WorkspaceLock(inProcess, channel, lock);
                }
                if (System.currentTimeMillis() > deadline) {
                    throw busy(root, waitMillis);
                }
                Thread.sleep(20);
            }
        } catch (IOException | RuntimeException e) {
            release(inProcess, channel);
            throw e;
        } catch (InterruptedException e) {
            release(inProcess, channel);
            Thread.currentThread().interrupt();
            throw interrupted();
        }
    }

    /** The operating system locks this process holds for a change's turn ({@link #holding}), by workspace. */
    private static final ConcurrentHashMap<Path, WorkspaceLock> HELD = new ConcurrentHashMap<>();

    /**
     * Runs {@code work} holding the operating system lock on the workspace, so that no other process saves into it
     * meanwhile, while the threads of this process still take turns by the lock for this process: the work's own loads
     * and saves (whose commit another thread of this process makes) take it as usual, without the operating system lock
     * they would otherwise take, which this process holds already. Waits (a bounded time) for the lock as a save does.
     */
    static <T, E extends Exception> T holding(Path root, mou.core.spi.WorkspaceStore.LockedWork<T, E> work) throws IOException, E {
        WorkspaceLock held = null;
        try (WorkspaceLock lock = acquire(root)) {
            if (lock.lock != null) {
                held = new WorkspaceLock(null, lock.channel, lock.lock);
                HELD.put(root, held);
                // the channel now belongs to the hold: closing this lock gives up the lock for this process only
                lock.handOver();
            }
        }
        if (held == null) {
            return work.run(); // held already (a turn within a turn)
        }
        try {
            return work.run();
        } finally {
            ReentrantLock inProcess = IN_PROCESS.get(root);
            inProcess.lock();
            try {
                HELD.remove(root);
                try {
                    held.lock.release();
                } catch (IOException e) {
                    // closing the channel releases it too
                }
                try {
                    held.channel.close();
                } catch (IOException e) {
                    // closing the channel releases the operating system lock either way
                }
            } finally {
                inProcess.unlock();
            }
        }
    }

    /** Whether this lock's channel went to a hold ({@link #holding}): closing it then unlocks only the lock for this process. */
    private boolean handedOver;

    private void handOver() {
        handedOver = true;
    }

    private static IOException interrupted() {
        return new mou.core.spi.StoreException("interrupted while waiting for the workspace lock; nothing was saved",
                "se interrumpió la espera del bloqueo del espacio de trabajo; no se guardó nada");
    }

    private static IOException busy(Path root, long waitMillis) {
        long seconds = Math.max(1, TimeUnit.MILLISECONDS.toSeconds(waitMillis));
        return new mou.core.spi.StoreException("another command has been saving into " + root + " for more than "
                + seconds + " s (it holds " + FILE + "); nothing was saved, try again",
                "otra orden lleva más de " + seconds + " s guardando en " + root + " (tiene " + FILE
                        + "); no se guardó nada, inténtelo de nuevo");
    }

    private static void release(ReentrantLock inProcess, FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // closing the channel releases the operating system lock either way
        } finally {
            inProcess.unlock();
        }
    }

    @Override
    public void close() {
        if (handedOver || lock == null) {
            inProcess.unlock();
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it too
        }
        release(inProcess, channel);
    }
}
