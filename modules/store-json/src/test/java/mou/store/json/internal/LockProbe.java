package mou.store.json.internal;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Run as a process of its own by {@link WorkspaceLockTest}: tries the lock file's operating-system lock and prints
 * "busy" or "free". Compiled with the tests, so that the process starts from the test classes (starting it from
 * source compiled it each time, a second and a half of processor time).
 */
public final class LockProbe {

    private LockProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            System.out.print(lock == null ? "busy" : "free");
        }
    }
}
