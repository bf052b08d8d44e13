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
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it too
        }
        release(inProcess, channel);
    }
}
