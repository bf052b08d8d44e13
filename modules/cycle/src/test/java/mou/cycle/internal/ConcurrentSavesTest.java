package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mou.core.cycle.Acting;
import mou.core.cycle.OpenYear;
import mou.core.cycle.PartVersion;
import mou.core.cycle.Rate;
import mou.core.internal.ReportFiles;
import mou.core.model.Activity;
import mou.core.model.HistoryEntry;
import mou.core.model.Text;
import mou.store.json.internal.JsonWorkspaceStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves that race, as the web application's do, over the store that keeps what it read between
 * loads: every rating is saved and recorded, none overwrites another, also when two services (two
 * processes: each its own store and its own kept readings) save into one group's year at once, and
 * when someone edits a file by hand meanwhile.
 */
class ConcurrentSavesTest {

    @TempDir
    Path temp;
    Fixture f;
    List<String> activities;

    @BeforeEach
    void workspace() throws Exception {
        f = new Fixture(temp);
        f.service.openYear(new OpenYear(new Acting(f.data, "Office", "the 2017 cycle starts"), 2017, null));
        activities = f.workspace().plan("air-quality").orElseThrow().activities().stream().map(Activity::id).toList();
        assertThat(activities).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void ratingsOfOneYearSavedAtOnceFromTwoServicesAreAllKept() throws Exception {
        CycleServiceImpl other = new CycleServiceImpl(new JsonWorkspaceStore(Fixture.EXTENSIONS), Fixture.REPORTS,
                new ReportFiles(Fixture.EXTENSIONS), Clock.fixed(Fixture.NOW, ZoneOffset.UTC));
        ExecutorService pool = Executors.newFixedThreadPool(activities.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < activities.size(); i++) {
                String activity = activities.get(i);
                CycleServiceImpl service = i % 2 == 0 ? f.service : other;
                String person = "Person " + i;
                done.add(pool.submit(() -> {
                    for (int r = 0; r < 3; r++) {
                        String readAt = PartVersion.of(f.year("air-quality", 2017).assessment(activity).orElse(null));
                        service.rate(new Rate(new Acting(f.data, person, null).readAt(readAt), activity, 2017, r % 2 == 0 ? "Initial" : "Moderate",
                                Text.of(person + " " + r + "."), null));
                    }
                    return null;
                }));
            }
            for (Future<?> d : done) {
                d.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < activities.size(); i++) {
            assertThat(f.year("air-quality", 2017).assessment(activities.get(i)).orElseThrow().rationale().en()).isEqualTo("Person " + i + " 2.");
        }
        List<HistoryEntry> rated = f.history().stream().filter(h -> h.action().equals("rate")).toList();
        assertThat(rated).hasSize(3 * activities.size());
    }

    @Test
    void aFileEditedByHandBetweenTwoSavesIsKeptAndSeen() throws Exception {
        f.service.rate(new Rate(new Acting(f.data, "Ana", null), activities.get(0), 2017, "Initial", Text.of("First."), null));
        Path year = f.data.resolve("groups/air-quality/2017.json");
        long time = Files.getLastModifiedTime(year).toMillis();
        String content = Files.readString(year);
        // the same length, the same modification time: only the content tells the store that the file changed
        Files.writeString(year, content.replace("\"First.\"", "\"Fixed.\""));
        Files.setLastModifiedTime(year, java.nio.file.attribute.FileTime.fromMillis(time));

        f.service.rate(new Rate(new Acting(f.data, "Bruno", null), activities.get(1), 2017, "Initial", Text.of("Second."), null));

        assertThat(f.year("air-quality", 2017).assessment(activities.get(0)).orElseThrow().rationale().en()).isEqualTo("Fixed.");
        assertThat(f.year("air-quality", 2017).assessment(activities.get(1)).orElseThrow().rationale().en()).isEqualTo("Second.");
    }

    /**
     * The web application's case: every activity of every group rated at once, each by its own person
     * (so saves meet in each group's year file and across files, and are committed together by the
     * store); among them, four people send the same activity's form read before any of them saved: the
     * first one saved is kept, the three others get their conflict and change nothing.
     */
    @Test
    void everyActivityOfEveryGroupRatedAtOnceIsSavedOnceAndStaleFormsGetTheirConflict() throws Exception {
        List<String[]> all = new ArrayList<>();
        f.workspace().plans().forEach(p -> p.activities().forEach(a -> all.add(new String[] {p.groupId(), a.id()})));
        assertThat(all.stream().map(a -> a[0]).distinct().count()).isGreaterThan(1);
        // a form read now, before anyone rates: stale once its activity is rated below
        String[] contested = all.get(0);
        String staleVersion = PartVersion.of(f.year(contested[0], 2017).assessment(contested[1]).orElse(null));
        java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> conflicts = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(all.size() + 4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 1; i < all.size(); i++) {
                String[] activity = all.get(i);
                String person = "Person " + i;
                done.add(pool.submit(() -> {
                    for (int r = 0; r < 2; r++) {
                        String readAt = PartVersion.of(f.year(activity[0], 2017).assessment(activity[1]).orElse(null));
                        f.service.rate(new Rate(new Acting(f.data, person, null).readAt(readAt), activity[1], 2017,
                                r % 2 == 0 ? "Initial" : "Moderate", Text.of(person + " " + r + "."), null));
                    }
                    return null;
                }));
            }
            // four people send the contested activity's form as they all read it before: one comes first
            for (int i = 0; i < 4; i++) {
                String person = "Late " + i;
                done.add(pool.submit(() -> {
                    try {
                        f.service.rate(new Rate(new Acting(f.data, person, null).readAt(staleVersion), contested[1], 2017, "Achieved",
                                Text.of(person + "."), null));
                    } catch (mou.core.cycle.CycleException e) {
                        assertThat(e.kind()).isEqualTo(mou.core.cycle.CycleException.Kind.CONFLICT);
                        conflicts.computeIfAbsent(person, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> d : done) {
                d.get(3, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        List<HistoryEntry> rated = f.history().stream().filter(h -> h.action().equals("rate")).toList();
        assertThat(conflicts).as("the forms sent after the first was saved").hasSize(3);
        assertThat(rated).hasSize(2 * (all.size() - 1) + 1);
        for (int i = 1; i < all.size(); i++) {
            String person = "Person " + i;
            assertThat(rated.stream().filter(h -> person.equals(h.by())).map(h -> h.subject()).toList()).as(person)
                    .containsExactly(all.get(i)[1], all.get(i)[1]);
            assertThat(f.year(all.get(i)[0], 2017).assessment(all.get(i)[1]).orElseThrow().rationale().en()).isEqualTo(person + " 1.");
        }
        // the contested activity holds the one form saved, under its person, once in the history
        List<HistoryEntry> contestedHistory = rated.stream().filter(h -> contested[1].equals(h.subject())).toList();
        assertThat(contestedHistory).hasSize(1);
        String saved = contestedHistory.get(0).by();
        assertThat(saved).startsWith("Late ").isNotIn(conflicts.keySet());
        assertThat(f.year(contested[0], 2017).assessment(contested[1]).orElseThrow().rationale().en()).isEqualTo(saved + ".");
    }
}
