package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch's promise under many callers at once ({@link WorkspaceWatch#sync}): every caller that
 * made a change before it called sees the generation advanced by it, callers that come together
 * share beacons (fewer beacons than calls), and a watch that is closed wakes every caller waiting,
 * who is then told to look at every file.
 */
class WorkspaceWatchTest {

    @TempDir
    Path data;

    @Test
    void manyCallersAtOnceEachSeeTheirOwnChangeAndShareBeacons() throws Exception {
        Files.createDirectories(data.resolve("groups"));
        WorkspaceWatch watch = WorkspaceWatch.start(data, () -> Snapshots.fingerprint(data)).orElseThrow();
        int callers = 16;
        int rounds = 30;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CyclicBarrier together = new CyclicBarrier(callers);
            List<Future<Integer>> results = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                Path file = data.resolve("groups/file-" + c + ".json");
                results.add(pool.submit(() -> {
                    int synced = 0;
                    for (int r = 0; r < rounds; r++) {
                        together.await(30, TimeUnit.SECONDS);
                        assertThat(watch.sync()).as("trusted and in time").isTrue();
                        long before = watch.generation();
                        Files.writeString(file, "{\"round\": " + r + "}");
                        assertThat(watch.sync()).isTrue();
                        assertThat(watch.generation()).as("the change made before the call is counted").isGreaterThan(before);
                        synced += 2;
                    }
                    return synced;
                }));
            }
            int calls = 0;
            for (Future<Integer> f : results) {
                calls += f.get(2, TimeUnit.MINUTES);
            }
            assertThat(calls).isEqualTo(callers * rounds * 2);
            assertThat(watch.beaconsSent()).as("beacons shared by the callers that came together").isLessThan(calls);
            assertThat(watch.trusted()).isTrue();
        } finally {
            pool.shutdownNow();
            watch.close();
        }
    }

    @Test
    void aClosedWatchTellsEveryCallerToLookAtTheFiles() throws Exception {
        WorkspaceWatch watch = WorkspaceWatch.start(data, () -> Snapshots.fingerprint(data)).orElseThrow();
        assertThat(watch.sync()).isTrue();
        watch.close();
        assertThat(watch.sync()).isFalse();
        assertThat(watch.trusted()).isFalse();
    }
}
