package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mou.core.spi.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save that waits longer than the lock's wait for another command is refused, saying so in English and Spanish. */
class WorkspaceLockTest {

    @TempDir
    Path temp;
    private final ExecutorService other = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        other.shutdownNow();
    }

    @Test
    void aLockHeldLongerThanTheWaitIsRefusedInBothLanguagesAndFreeAgainOnceReleased() throws Exception {
        Path root = temp.toRealPath();
        Future<Object> waited;
        long start;
        try (WorkspaceLock held = WorkspaceLock.acquire(root)) {
            start = System.nanoTime();
            waited = other.submit(() -> {
                try (WorkspaceLock lock = WorkspaceLock.acquire(root, 1_000)) {
                    return "got the lock";
                } catch (StoreException e) {
                    return e;
                }
            });
            Object outcome = waited.get(30, TimeUnit.SECONDS);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("it waited").isGreaterThanOrEqualTo(1_000);
            assertThat(outcome).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.message("en")).isEqualTo("another command has been saving into " + root + " for more than 1 s (it holds"
                        + " .mou.lock); nothing was saved, try again").isEqualTo(e.getMessage());
                assertThat(e.message("es")).isEqualTo("otra orden lleva más de 1 s guardando en " + root + " (tiene .mou.lock); no se"
                        + " guardó nada, inténtelo de nuevo");
            });
        }
        assertThat(other.submit(() -> {
            try (WorkspaceLock lock = WorkspaceLock.acquire(root, 1_000)) {
                return "got the lock";
            }
        }).get(30, TimeUnit.SECONDS)).isEqualTo("got the lock");
    }

    /** What another process finds when it tries the workspace's lock: "busy" or "free". */
    private String anotherProcessTries(Path root) throws Exception {
        String classPath = Path.of(LockProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", classPath, LockProbe.class.getName(), root.resolve(WorkspaceLock.FILE).toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
    }

    @Test
    void aChangeInItsTurnKeepsOtherProcessesOutWhileTheThreadsOfItsOwnStillTakeTheLock() throws Exception {
        Path root = temp.toRealPath();
        String during = WorkspaceLock.holding(root, () -> {
            // the commit of the change's own save is made by another thread of this process: it takes the lock as usual
            assertThat(other.submit(() -> {
                try (WorkspaceLock lock = WorkspaceLock.acquire(root, 1_000)) {
                    return "got the lock";
                }
            }).get(30, TimeUnit.SECONDS)).isEqualTo("got the lock");
            return anotherProcessTries(root);
        });

        assertThat(during).as("another process (serve, a command) cannot save meanwhile").isEqualTo("busy");
        assertThat(anotherProcessTries(root)).as("the turn over, the lock is free").isEqualTo("free");
        try (WorkspaceLock lock = WorkspaceLock.acquire(root, 1_000)) {
            assertThat(anotherProcessTries(root)).as("and this process's lock is the operating system's again").isEqualTo("busy");
        }
    }
}
