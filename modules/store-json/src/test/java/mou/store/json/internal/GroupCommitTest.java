package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import mou.core.command.AtomicFiles;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.ProgressLevel;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.core.spi.ConcurrentChangeException;
import mou.core.spi.LoadResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group commit: saves of one process that meet are committed together (one journal), each checked
 * against what it read as if it ran alone at that moment and told its own outcome; a stale one gets
 * its conflict and changes nothing, a failing one does not take the others with it. The saves take
 * their turn as the cycle service's changes do: each works on {@link JsonWorkspaceStore#loadForChange}
 * and gives the turn up once its save is accepted.
 */
class GroupCommitTest {

    @TempDir
    Path temp;

    private ExecutorService pool;

    @AfterEach
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** The workspace with {@code activity} of {@code group}'s 2016 rated. */
    private static Workspace rated(Workspace w, String group, String activity, String rationale) {
        GroupYear y = w.year(group, 2016).orElseThrow();
        List<Assessment> assessments = new ArrayList<>(y.assessments().stream().filter(a -> !a.activityId().equals(activity)).toList());
        assessments.add(new Assessment(activity, ProgressLevel.ACHIEVED, Text.of(rationale), List.of(), false));
        List<GroupYear> years = new ArrayList<>();
        for (GroupYear o : w.years()) {
            years.add(o == y ? y.withAssessments(assessments) : o);
        }
        return new Workspace(w.agreement(), w.organizations(), w.relatedAgreements(), w.plans(), years, w.reports());
    }

    private static HistoryEntry entry(String by, String group, String activity, String rationale) {
        return new HistoryEntry(Instant.parse("2017-02-01T09:30:00Z"), by, "rate", group, 2016, activity, rationale, null,
                Map.of("rationale", rationale));
    }

    /** A change in its turn, as the cycle service makes it: load for the change, rate, save; the turn is given up once accepted. */
    private static List<String> change(JsonWorkspaceStore store, Path ws, ReentrantLock turn, String by, String group, String activity,
            String rationale) throws IOException {
        turn.lock();
        try {
            LoadResult basis = store.loadForChange(ws);
            return store.save(ws, rated(basis.workspace(), group, activity, rationale), basis, List.of(entry(by, group, activity, rationale)),
                    null, null, () -> {
                        if (turn.isHeldByCurrentThread()) {
                            turn.unlock();
                        }
                    });
        } finally {
            if (turn.isHeldByCurrentThread()) {
                turn.unlock();
            }
        }
    }

    /** The first save of a test: its basis read now (no save waits, so from the files), saved later while the workspace is held. */
    private static java.util.concurrent.Callable<List<String>> firstChange(JsonWorkspaceStore store, Path ws, String by, String group,
            String activity, String rationale) {
        LoadResult basis = store.loadForChange(ws);
        return () -> store.save(ws, rated(basis.workspace(), group, activity, rationale), basis, List.of(entry(by, group, activity, rationale)),
                null, null, () -> { });
    }

    private static String rationale(JsonWorkspaceStore store, Path ws, String group, String activity) {
        return store.load(ws).workspace().year(group, 2016).orElseThrow().assessment(activity).orElseThrow().rationale().en();
    }

    /** Waits (bounded) until {@code n} saves of the workspace wait for their commit. */
    private static void waitingSaves(Path ws, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (GroupCommit.of(ws.toRealPath()).waiting() < n) {
            assertThat(System.nanoTime()).as("%d saves waiting", n).isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @Test
    void manyThreadsSavingActivitiesOfTwoGroupsAreAllSavedEachInTheHistoryOnceInTheirOrder() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality());
        store.save(ws, store.load(ws).workspace(), store.load(ws), List.of()); // the lock file
        ReentrantLock turn = new ReentrantLock();
        String[][] activities = {{"air-quality", "aq-1-1"}, {"air-quality", "aq-3-2"}, {"water", "w-1-1"}};
        int threads = 9;
        int rounds = 3;
        long batchesBefore = GroupCommit.of(ws.toRealPath()).batches();
        pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        // three people per activity, each saving three times: the same file from many threads, and two files
        for (int t = 0; t < threads; t++) {
            String[] activity = activities[t % activities.length];
            String person = "Person " + t;
            done.add(pool.submit(() -> {
                for (int r = 0; r < rounds; r++) {
                    change(store, ws, turn, person, activity[0], activity[1], person + " round " + r);
                }
                return null;
            }));
        }
        for (Future<?> d : done) {
            d.get(2, TimeUnit.MINUTES);
        }

        List<HistoryEntry> history = store.history(ws).stream().filter(h -> "rate".equals(h.action())).toList();
        assertThat(history).hasSize(threads * rounds);
        for (int t = 0; t < threads; t++) {
            String person = "Person " + t;
            List<String> mine = history.stream().filter(h -> person.equals(h.by())).map(HistoryEntry::why).toList();
            assertThat(mine).as("each save of %s in the history once, in its order", person)
                    .containsExactly(java.util.stream.IntStream.range(0, rounds).mapToObj(r -> person + " round " + r).toArray(String[]::new));
        }
        // each activity holds the last rationale its history records
        for (String[] activity : activities) {
            String last = history.stream().filter(h -> activity[1].equals(h.subject())).reduce((a, b) -> b).orElseThrow().why();
            assertThat(rationale(store, ws, activity[0], activity[1])).isEqualTo(last);
        }
        assertThat(ws.resolve(Journal.FILE)).doesNotExist();
        assertThat(GroupCommit.of(ws.toRealPath()).waiting()).isZero();
        assertThat(GroupCommit.of(ws.toRealPath()).batches() - batchesBefore).as("batches").isBetween(1L, (long) threads * rounds);
    }

    @Test
    void theCommitterCommitsASaveWhoseCallerIsInterruptedAndEndsOnceNothingIsQueued() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality());
        ReentrantLock turn = new ReentrantLock();

        // a caller interrupted once its save is accepted, while it waits for the commit: the save is committed all the same,
        // and the caller's interrupt kept
        LoadResult basis = store.loadForChange(ws);
        List<String> written;
        try {
            written = store.save(ws, rated(basis.workspace(), "air-quality", "aq-1-1", "Saved though interrupted."), basis,
                    List.of(entry("Ana", "air-quality", "aq-1-1", "Saved though interrupted.")), null, null,
                    () -> Thread.currentThread().interrupt());
        } finally {
            assertThat(Thread.interrupted()).as("the caller's interrupt is given back").isTrue();
        }
        assertThat(written).containsExactly("groups/air-quality/2016.json");
        assertThat(rationale(store, ws, "air-quality", "aq-1-1")).isEqualTo("Saved though interrupted.");

        // the commits ran on the committer's thread, which ends after its idle time (a stopped bundle keeps no thread)
        assertThat(committers()).as("the committer, while saves may come").isNotEmpty();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!committers().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(committers()).as("no committer left once idle").isEmpty();

        // and a save after that starts one again
        change(store, ws, turn, "Ana", "air-quality", "aq-1-1", "Saved again.");
        assertThat(rationale(store, ws, "air-quality", "aq-1-1")).isEqualTo("Saved again.");
    }

    /** The committer threads alive now. */
    private static List<Thread> committers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("mou-store-commit") && t.isAlive()).toList();
    }

    @Test
    void savesThatMeetAreCommittedInOneBatchAndAStaleOneGetsItsConflictAlone() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality());
        LoadResult stale = store.load(ws);
        store.save(ws, stale.workspace(), stale, List.of()); // the lock file
        Path root = ws.toRealPath();
        ReentrantLock turn = new ReentrantLock();
        long batchesBefore = GroupCommit.of(root).batches();
        pool = Executors.newFixedThreadPool(4);
        Future<List<String>> first;
        Future<List<String>> second;
        Future<List<String>> water;
        // another process holds the workspace: the saves wait, and meet
        java.util.concurrent.Callable<List<String>> ana = firstChange(store, ws, "Ana", "air-quality", "aq-1-1", "Ana's");
        try (WorkspaceLock other = WorkspaceLock.acquire(root)) {
            first = pool.submit(ana);
            waitingSaves(ws, 1);
            // and the committer has taken Ana's save as a batch (it waits for the lock with it): on a busy machine it
            // could otherwise be scheduled only after the next two saves were queued, and take all three at once
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (GroupCommit.of(root).batches() == batchesBefore) {
                assertThat(System.nanoTime()).as("Ana's save taken as a batch").isLessThan(deadline);
                Thread.sleep(5);
            }
            second = pool.submit(() -> change(store, ws, turn, "Bruno", "air-quality", "aq-3-2", "Bruno's"));
            water = pool.submit(() -> change(store, ws, turn, "Carla", "water", "w-1-1", "Carla's"));
            waitingSaves(ws, 3);
            // a save made from a reading older than Ana's accepted save: refused at once, nothing of it kept
            assertThatThrownBy(() -> store.save(ws, rated(stale.workspace(), "air-quality", "aq-3-2", "Dora's"), stale,
                    List.of(entry("Dora", "air-quality", "aq-3-2", "Dora's")))).isInstanceOf(ConcurrentChangeException.class)
                    .hasMessageContaining("groups/air-quality/2016.json");
            // the other process changes the water group's year meanwhile: Carla's save is checked against it when committed
            TestWorkspace.replace(ws, "groups/water/2016.json", "\"year\": 2016", "\"year\":2016");
        }
        assertThat(first.get(1, TimeUnit.MINUTES)).containsExactly("groups/air-quality/2016.json");
        assertThat(second.get(1, TimeUnit.MINUTES)).containsExactly("groups/air-quality/2016.json");
        assertThatThrownBy(() -> water.get(1, TimeUnit.MINUTES)).hasCauseInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("groups/water/2016.json");
        // Ana's save waited alone for the lock; Bruno's and Carla's were then checked and committed together
        assertThat(GroupCommit.of(root).batches() - batchesBefore).isEqualTo(2);

        assertThat(rationale(store, ws, "air-quality", "aq-1-1")).isEqualTo("Ana's");
        assertThat(rationale(store, ws, "air-quality", "aq-3-2")).isEqualTo("Bruno's");
        assertThat(TestWorkspace.read(ws, "groups/water/2016.json")).contains("\"year\":2016").doesNotContain("Carla's");
        assertThat(store.history(ws).stream().map(HistoryEntry::by).toList()).containsExactly("Ana", "Bruno");
    }

    @Test
    void aSaveWhoseFileCannotBeWrittenFailsAloneTheOthersOfItsBatchAreSaved() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        // the disk refuses the water group's year (an I/O failure injected through the store's rename)
        JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality(), Limits.DEFAULT, new AtomicFiles((t, target) -> {
            if (target.toString().endsWith("water/2016.json")) {
                throw new IOException("No space left on device");
            }
            AtomicFiles.move(t, target);
        }));
        store.save(ws, store.load(ws).workspace(), store.load(ws), List.of()); // the lock file
        Path root = ws.toRealPath();
        byte[] waterBefore = Files.readAllBytes(ws.resolve("groups/water/2016.json"));
        ReentrantLock turn = new ReentrantLock();
        pool = Executors.newFixedThreadPool(4);
        Future<List<String>> first;
        Future<List<String>> water;
        Future<List<String>> last;
        java.util.concurrent.Callable<List<String>> ana = firstChange(store, ws, "Ana", "air-quality", "aq-1-1", "Ana's");
        try (WorkspaceLock other = WorkspaceLock.acquire(root)) {
            first = pool.submit(ana);
            waitingSaves(ws, 1);
            water = pool.submit(() -> change(store, ws, turn, "Carla", "water", "w-1-1", "Carla's"));
            waitingSaves(ws, 2);
            last = pool.submit(() -> change(store, ws, turn, "Bruno", "air-quality", "aq-3-2", "Bruno's"));
            waitingSaves(ws, 3);
        }
        assertThat(first.get(1, TimeUnit.MINUTES)).containsExactly("groups/air-quality/2016.json");
        assertThatThrownBy(() -> water.get(1, TimeUnit.MINUTES)).hasCauseInstanceOf(IOException.class)
                .hasMessageContaining("No space left on device");
        assertThat(last.get(1, TimeUnit.MINUTES)).containsExactly("groups/air-quality/2016.json");

        assertThat(rationale(store, ws, "air-quality", "aq-1-1")).isEqualTo("Ana's");
        assertThat(rationale(store, ws, "air-quality", "aq-3-2")).isEqualTo("Bruno's");
        assertThat(Files.readAllBytes(ws.resolve("groups/water/2016.json"))).isEqualTo(waterBefore);
        assertThat(store.history(ws).stream().map(HistoryEntry::by).toList()).containsExactly("Ana", "Bruno");
        assertThat(ws.resolve(Journal.FILE)).doesNotExist();
    }

    @Test
    void theNextChangeWorksOnTheAcceptedSavesAndEndsAsAFreshLoadReadsTheFiles() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality());
        store.save(ws, store.load(ws).workspace(), store.load(ws), List.of()); // the lock file
        Path root = ws.toRealPath();
        ReentrantLock turn = new ReentrantLock();
        pool = Executors.newFixedThreadPool(2);
        Future<List<String>> first;
        java.util.concurrent.Callable<List<String>> ana = firstChange(store, ws, "Ana", "air-quality", "aq-1-1", "Ana's");
        try (WorkspaceLock other = WorkspaceLock.acquire(root)) {
            first = pool.submit(ana);
            waitingSaves(ws, 1);
            // the files hold what is written (a reader's load reads them); the next change works on what is accepted
            assertThat(TestWorkspace.read(ws, "groups/air-quality/2016.json")).doesNotContain("Ana's");
            assertThat(store.loadForChange(ws).workspace().year("air-quality", 2016).orElseThrow().assessment("aq-1-1").orElseThrow()
                    .rationale().en()).isEqualTo("Ana's");
        }
        first.get(1, TimeUnit.MINUTES);
        change(store, ws, turn, "Bruno", "air-quality", "aq-3-2", "Bruno's");

        Workspace fresh = new JsonWorkspaceStore(TestExtensions.airQuality()).load(ws).workspace();
        assertThat(fresh.year("air-quality", 2016)).isEqualTo(store.load(ws).workspace().year("air-quality", 2016));
        assertThat(fresh.year("air-quality", 2016).orElseThrow().assessment("aq-1-1").orElseThrow().rationale().en()).isEqualTo("Ana's");
        assertThat(fresh.year("air-quality", 2016).orElseThrow().assessment("aq-3-2").orElseThrow().rationale().en()).isEqualTo("Bruno's");
    }
}
