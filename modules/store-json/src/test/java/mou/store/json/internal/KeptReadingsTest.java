package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicReference;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.Text;
import mou.core.spi.Extensions;
import mou.core.spi.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The groups' readings the store keeps between loads ({@link LoadCache}): a load after any change
 * finds what a store that keeps nothing finds, and a group whose files did not change is not read again.
 */
class KeptReadingsTest {

    @TempDir
    Path temp;

    private final AtomicReference<Extensions> installed = new AtomicReference<>(TestExtensions.airQuality());
    /** Extensions that change as a framework's do: the store asks them at each load. */
    private final Extensions extensions = (Extensions) Proxy.newProxyInstance(Extensions.class.getClassLoader(),
            new Class<?>[] {Extensions.class}, (proxy, method, args) -> method.invoke(installed.get(), args));
    private final JsonWorkspaceStore store = new JsonWorkspaceStore(extensions);

    /** The load of the store that keeps readings, checked against a new store's (which reads every file). */
    private LoadResult load(Path ws) {
        LoadResult kept = store.load(ws);
        LoadResult fresh = new JsonWorkspaceStore(extensions).load(ws);
        assertThat(kept.problems()).isEqualTo(fresh.problems());
        assertThat(kept.workspace()).isEqualTo(fresh.workspace());
        assertThat(kept.fingerprints()).isEqualTo(fresh.fingerprints());
        return kept;
    }

    /** A long-past modification time, which a hand edit below sets back. */
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    /** The workspace loaded after {@code file} was given a long-past modification time. */
    private LoadResult loadAged(Path ws, String file) throws IOException {
        Files.setLastModifiedTime(ws.resolve(file), LONG_AGO);
        return load(ws);
    }

    /** An edit by hand of the same number of bytes, the file's modification time set back to {@link #LONG_AGO}. */
    private static void editAsBefore(Path ws, String file, String from, String to) throws IOException {
        TestWorkspace.replace(ws, file, from, to);
        Files.setLastModifiedTime(ws.resolve(file), LONG_AGO);
    }

    @Test
    void aGroupWhoseFilesDidNotChangeIsNotReadAgain() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        LoadResult first = load(ws);
        assertThat(store.keptGroups(ws)).isEqualTo(2);

        TestWorkspace.replace(ws, "groups/water/2016.json", "\"evidence\": []", "\"evidence\": [ ]");
        LoadResult second = load(ws);

        // the same objects: air quality was not read again; water was
        assertThat(second.workspace().plan("air-quality").orElseThrow()).isSameAs(first.workspace().plan("air-quality").orElseThrow());
        assertThat(second.workspace().year("air-quality", 2016).orElseThrow()).isSameAs(first.workspace().year("air-quality", 2016).orElseThrow());
        assertThat(second.fingerprints().get("groups/water/2016.json")).isNotEqualTo(first.fingerprints().get("groups/water/2016.json"));
    }

    @Test
    void aGroupWhoseYearFileChangedReadsThatFileAgainButNotItsPlanAndKeepsThePlansProblems() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        LoadResult first = load(ws);
        // the water plan's own finding (its group's plugin is not installed) is part of what its reading found
        assertThat(first.problems()).anyMatch(p -> p.file().equals("groups/water/plan.json") && p.message().contains("'water'"));

        TestWorkspace.replace(ws, "groups/water/2016.json", "\"evidence\": []", "\"evidence\": [ ]");
        LoadResult second = load(ws); // as a new store finds it, problems included

        assertThat(second.workspace().plan("water").orElseThrow()).isSameAs(first.workspace().plan("water").orElseThrow());
        assertThat(second.workspace().year("water", 2016).orElseThrow()).isNotSameAs(first.workspace().year("water", 2016).orElseThrow());
        assertThat(second.problems()).anyMatch(p -> p.file().equals("groups/water/plan.json") && p.message().contains("'water'"));
    }

    @Test
    void aPlanEditedByHandWhileItsYearChangedIsReadAgainThoughItsSizeAndTimeAreAsBefore() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        LoadResult first = loadAged(ws, "groups/water/plan.json");

        // the same number of bytes, the modification time set back, and the year changed too: only the plan's content tells
        editAsBefore(ws, "groups/water/plan.json", "Sample the river at the border.", "Sample the river at the source.");
        TestWorkspace.replace(ws, "groups/water/2016.json", "\"evidence\": []", "\"evidence\": [ ]");
        LoadResult second = load(ws);

        assertThat(second.workspace().plan("water").orElseThrow()).isNotEqualTo(first.workspace().plan("water").orElseThrow());
        assertThat(second.workspace().plan("water").orElseThrow().activities())
                .anyMatch(a -> a.description().equals(Text.of("Sample the river at the source.")));
    }

    @Test
    void aPlanIsCheckedAgainWhenThePluginsChangedThoughOnlyItsYearFileDid() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        LoadResult with = load(ws);
        assertThat(with.problems()).noneMatch(p -> p.file().equals("groups/air-quality/plan.json"));

        // air quality's plugin goes and its year file changes: its plan's deliverables are no longer checked, and it says so
        installed.set(TestExtensions.noGroups());
        TestWorkspace.replace(ws, "groups/air-quality/2016.json", "Two meetings were held.", "Six meetings were held.");
        LoadResult without = load(ws);

        assertThat(without.problems()).anyMatch(p -> p.file().equals("groups/air-quality/plan.json") && p.message().contains("'air-quality'"));
    }

    @Test
    void theWorkspacesOwnFilesAreNotReadAgainAfterAGroupChangedButEachOfTheirChangesIsSeen() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        TestWorkspace.write(ws, "reports/notes.txt", "not part of the layout");
        settle(ws);
        LoadResult first = load(ws);

        // a group's file changed, and a file beside them that is not read (as the history is at every save): the agreement,
        // organizations, related agreements and reports are the very objects read before
        TestWorkspace.replace(ws, "groups/water/2016.json", "\"evidence\": []", "\"evidence\": [ ]");
        TestWorkspace.write(ws, "reports/notes.txt", "changed");
        LoadResult second = load(ws);
        assertThat(second).isNotSameAs(first);
        assertThat(second.workspace().agreement()).isSameAs(first.workspace().agreement());
        assertThat(second.workspace().organizations().get(0)).isSameAs(first.workspace().organizations().get(0));
        assertThat(second.workspace().relatedAgreements().get(0)).isSameAs(first.workspace().relatedAgreements().get(0));
        assertThat(second.workspace().reports().get(0)).isSameAs(first.workspace().reports().get(0));

        // each own file changed (by hand, at once after a load: the racy window), each seen as a new store sees it
        TestWorkspace.replace(ws, "agreement.json", "https://example.org/mou.pdf", "https://example.org/mou.PDF");
        LoadResult agreement = load(ws);
        assertThat(agreement.workspace().agreement()).isNotEqualTo(first.workspace().agreement());
        TestWorkspace.replace(ws, "reports/2016.json", "signed the MOU.", "signed the MOU!");
        assertThat(load(ws).workspace().report(2016).orElseThrow()).isNotEqualTo(first.workspace().report(2016).orElseThrow());
        // a folder where a report is expected: as a new store sees it
        Files.createDirectories(ws.resolve("reports/2017.json"));
        assertThat(load(ws).problems()).anyMatch(p -> p.file().equals("reports/2017.json"));
        Files.delete(ws.resolve("reports/2017.json"));
        Files.delete(ws.resolve("organizations.json"));
        assertThat(load(ws).workspace().organizations()).isEmpty();
    }

    /**
     * Puts the files written so far past the racy window, as waiting {@link LoadCache#RACY_SECONDS} would: each one's time
     * is set back to before the window (a file already older keeps its time). Their status alone may then be trusted.
     */
    private static void settle(Path ws) throws IOException {
        FileTime past = FileTime.from(java.time.Instant.now().minusSeconds(LoadCache.RACY_SECONDS + 1));
        try (java.util.stream.Stream<Path> files = Files.walk(ws)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (Files.getLastModifiedTime(file).compareTo(past) > 0) {
                    Files.setLastModifiedTime(file, past);
                }
            }
        }
    }

    @Test
    void aLoadThatWouldReadNothingNewGivesTheLastResultAndEveryChangeIsStillSeen() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        settle(ws);
        LoadResult first = load(ws);
        assertThat(store.load(ws)).as("nothing changed: the last load's result, the same workspace objects").isSameAs(first);

        // the workspace's own file, edited by hand to the same size with its time set back
        Path organizations = ws.resolve("organizations.json");
        FileTime time = Files.getLastModifiedTime(organizations);
        TestWorkspace.replace(ws, "organizations.json", "\"id\": \"carb\"", "\"id\": \"carx\"");
        Files.setLastModifiedTime(organizations, time);
        LoadResult edited = load(ws);
        assertThat(edited).isNotSameAs(first);
        assertThat(edited.workspace().organization("carx")).isPresent();

        // a report added, a group's file changed, a group's folder added: each seen
        Files.copy(ws.resolve("reports/2016.json"), ws.resolve("reports/2015.json"));
        TestWorkspace.replace(ws, "reports/2015.json", "2016", "2015");
        LoadResult added = load(ws);
        assertThat(added.workspace().report(2015)).isPresent();
        TestWorkspace.replace(ws, "groups/water/2016.json", "\"evidence\": []", "\"evidence\": [ ]");
        assertThat(load(ws)).isNotSameAs(added);
        Files.createDirectories(ws.resolve("groups/energy"));
        Files.copy(ws.resolve("groups/water/plan.json"), ws.resolve("groups/energy/plan.json"));
        LoadResult withEnergy = load(ws);
        assertThat(withEnergy.problems()).isNotEqualTo(added.problems());

        // a plugin removed: checked again
        settle(ws);
        LoadResult settled = load(ws);
        assertThat(store.load(ws)).isSameAs(settled);
        installed.set(TestExtensions.noGroups());
        assertThat(load(ws)).isNotSameAs(settled);
        installed.set(TestExtensions.airQuality());

        // an evidence file removed: the group that names it is checked again
        LoadResult again = load(ws);
        Files.delete(ws.resolve("evidence/aq-monitoring.txt"));
        LoadResult removed = load(ws);
        assertThat(removed).isNotSameAs(again);
        assertThat(removed.problems()).anyMatch(p -> p.message().contains("aq-monitoring"));
    }

    @Test
    void aFileEditedByHandIsSeenThoughItsSizeAndModificationTimeAreAsBefore() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        loadAged(ws, "groups/air-quality/2016.json");

        // the same number of bytes, the modification time set back: only the content tells
        editAsBefore(ws, "groups/air-quality/2016.json", "Two meetings were held.", "Six meetings were held.");
        LoadResult after = load(ws);

        GroupYear year = after.workspace().year("air-quality", 2016).orElseThrow();
        assertThat(year.assessments()).extracting(Assessment::rationale).contains(Text.of("Six meetings were held."));
    }

    @Test
    void aRemovedEvidenceFileIsReportedThoughTheGroupsFilesDidNotChange() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        LoadResult before = load(ws);

        Files.delete(ws.resolve("evidence/aq-monitoring.txt"));
        LoadResult after = load(ws);

        assertThat(after.problems()).hasSizeGreaterThan(before.problems().size());
        assertThat(after.problems()).anyMatch(p -> p.file().equals("groups/air-quality/2016.json") && p.message().contains("aq-monitoring"));
    }

    @Test
    void aPluginRemovedOrInstalledIsSeenAtTheNextLoad() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        load(ws);

        installed.set(TestExtensions.noGroups());
        LoadResult without = load(ws);
        installed.set(TestExtensions.airQuality());
        LoadResult with = load(ws);

        assertThat(without.problems()).isNotEqualTo(with.problems());
    }

    @Test
    void filesAddedRemovedOrBrokenAreSeenAsANewStoreSeesThem() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        load(ws);

        Files.copy(ws.resolve("groups/water/2016.json"), ws.resolve("groups/water/2017.json"));
        TestWorkspace.replace(ws, "groups/water/2017.json", "2016", "2017");
        load(ws);
        TestWorkspace.write(ws, "groups/water/2017.json", "{ \"year\": ");
        assertThat(load(ws).hasErrors()).isTrue();
        Files.delete(ws.resolve("groups/water/2017.json"));
        assertThat(load(ws).hasErrors()).isFalse();
        // an organization that a group's files name is removed: the group's references are checked again
        TestWorkspace.replace(ws, "organizations.json", "\"id\": \"carb\"", "\"id\": \"carb-x\"");
        assertThat(load(ws).hasErrors()).isTrue();
    }

    @Test
    void afterAConflictingSaveEveryFileIsReadAgain() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        LoadResult basis = load(ws);
        TestWorkspace.replace(ws, "groups/air-quality/2016.json", "Two meetings were held.", "Two meetings were held!");
        GroupYear year = basis.workspace().year("air-quality", 2016).orElseThrow();
        mou.core.model.Workspace changed = basis.workspace();
        java.util.List<GroupYear> years = new java.util.ArrayList<>(changed.years());
        years.replaceAll(y -> y == year ? y.withAssessments(y.assessments().subList(1, y.assessments().size())) : y);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.save(ws, changed.with(years, changed.reports()), basis, java.util.List.of()))
                .isInstanceOf(mou.core.spi.ConcurrentChangeException.class);
        assertThat(store.keptGroups(ws)).isZero();
        assertThat(load(ws).workspace().year("air-quality", 2016).orElseThrow().assessments()).extracting(Assessment::rationale)
                .contains(Text.of("Two meetings were held!"));
    }

    @Test
    void theStoreCountsItsOwnCommitsAndNothingElse() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        assertThat(store.commits(ws)).isZero();
        LoadResult basis = load(ws);
        assertThat(store.commits(ws)).as("a load commits nothing").isZero();
        GroupYear year = basis.workspace().year("air-quality", 2016).orElseThrow();
        mou.core.model.Workspace changed = basis.workspace();
        java.util.List<GroupYear> years = new java.util.ArrayList<>(changed.years());
        years.replaceAll(y -> y == year ? y.withAssessments(y.assessments().subList(1, y.assessments().size())) : y);
        store.save(ws, changed.with(years, changed.reports()), basis, java.util.List.of());
        assertThat(store.commits(ws)).isEqualTo(1);
        assertThat(store.commits(ws.resolve("groups/..").normalize())).as("the same folder however it is named").isEqualTo(1);
        // a save refused as a conflict (a hand edit since its basis) commits nothing; nor does one that changes nothing
        TestWorkspace.replace(ws, "groups/air-quality/2016.json", "data are streamed", "data are sent");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.save(ws, changed.with(years, changed.reports()), basis, java.util.List.of()))
                .isInstanceOf(mou.core.spi.ConcurrentChangeException.class);
        LoadResult now = load(ws);
        assertThat(store.save(ws, now.workspace(), now, java.util.List.of())).isEmpty();
        assertThat(store.commits(ws)).isEqualTo(1);
        // another store's save is not this store's
        JsonWorkspaceStore other = new JsonWorkspaceStore(extensions);
        LoadResult again = other.load(ws);
        GroupYear read = again.workspace().year("air-quality", 2016).orElseThrow();
        java.util.List<GroupYear> fewer = new java.util.ArrayList<>(again.workspace().years());
        fewer.replaceAll(y -> y == read ? y.withAssessments(java.util.List.of()) : y);
        assertThat(other.save(ws, again.workspace().with(fewer, again.workspace().reports()), again, java.util.List.of())).isNotEmpty();
        assertThat(other.commits(ws)).isEqualTo(1);
        assertThat(store.commits(ws)).isEqualTo(1);
    }

    @Test
    void savesCommittedTogetherAreCountedOnce() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        LoadResult first = load(ws); // (before the lock is held: a load waits for it)
        // the store takes the saves queued while a batch is committed as the next batch: hold the commit back by the workspace's lock
        java.util.concurrent.ExecutorService savers = java.util.concurrent.Executors.newFixedThreadPool(3);
        java.util.List<java.util.concurrent.Future<?>> saves = new java.util.ArrayList<>();
        java.util.concurrent.CountDownLatch accepted = new java.util.concurrent.CountDownLatch(3);
        try (WorkspaceLock held = WorkspaceLock.acquire(ws.toRealPath())) {
            for (int i = 0; i < 3; i++) {
                int n = i;
                saves.add(savers.submit(() -> {
                    LoadResult view = n == 0 ? first : store.loadForChange(ws);
                    GroupYear year = view.workspace().year("air-quality", 2016).orElseThrow();
                    java.util.List<GroupYear> years = new java.util.ArrayList<>(view.workspace().years());
                    java.util.List<Assessment> rated = new java.util.ArrayList<>(year.assessments());
                    Assessment a = rated.get(0);
                    rated.set(0, new Assessment(a.activityId(), a.level(), Text.of("Rated " + n + "."), a.evidence(), a.inferred()));
                    years.replaceAll(y -> y == year ? y.withAssessments(rated) : y);
                    return store.save(ws, view.workspace().with(years, view.workspace().reports()), view, java.util.List.of(), null, null,
                            accepted::countDown);
                }));
                // one at a time: each works on the one before it (the view), as the web application's changes take turns
                long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
                while (accepted.getCount() > 2 - i && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
            }
            assertThat(accepted.getCount()).isZero();
            assertThat(store.commits(ws)).as("nothing committed while the lock is held").isZero();
        }
        for (java.util.concurrent.Future<?> save : saves) {
            save.get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        savers.shutdown();
        // the first save's batch may have been taken before the others were accepted: one or two batches, never three
        assertThat(store.commits(ws)).isBetween(1L, 2L);
        assertThat(TestWorkspace.read(ws, "groups/air-quality/2016.json")).contains("Rated 2.");
    }

    @Test
    void aLoadThatFindsNothingChangedDoesNotWaitForTheWorkspacesLock() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        LoadResult basis = load(ws);
        GroupYear year = basis.workspace().year("air-quality", 2016).orElseThrow();
        java.util.List<GroupYear> years = new java.util.ArrayList<>(basis.workspace().years());
        years.replaceAll(y -> y == year ? y.withAssessments(y.assessments().subList(1, y.assessments().size())) : y);
        store.save(ws, basis.workspace().with(years, basis.workspace().reports()), basis, java.util.List.of());
        Path history = ws.resolve(HistoryLog.FILE);
        Files.writeString(history, "");
        LoadResult saved = load(ws);
        // every save appends to the history, which a load does not read: not a change for the look
        Files.writeString(history, "{}\n", java.nio.file.StandardOpenOption.APPEND);
        java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors.newSingleThreadExecutor();
        WorkspaceLock held = WorkspaceLock.acquire(ws.toRealPath());
        try {
            // a save holds the lock (here, this test): nothing changed, so the last result at once
            // (this store's load only: a new store, which keeps nothing, reads under the lock)
            assertThat(reader.submit(() -> store.load(ws)).get(5, java.util.concurrent.TimeUnit.SECONDS)).isSameAs(saved);
            // a file changed: read under the lock, so the load waits for it
            TestWorkspace.replace(ws, "groups/air-quality/2016.json", "data are streamed", "data are sent");
            java.util.concurrent.Future<LoadResult> changed = reader.submit(() -> store.load(ws));
            Thread.sleep(300);
            assertThat(changed).isNotDone();
            held.close();
            held = null;
            assertThat(changed.get(10, java.util.concurrent.TimeUnit.SECONDS).workspace().year("air-quality", 2016).orElseThrow()
                    .assessments()).extracting(Assessment::rationale).contains(Text.of("Monitoring began in April 2016; data are sent to the SPA website."));
        } finally {
            if (held != null) {
                held.close();
            }
            reader.shutdownNow();
        }
        // a save cut short (its journal there): recovered under the lock, never the last result
        LoadResult now = load(ws);
        Files.writeString(ws.resolve(Journal.FILE), "{");
        LoadResult recovered = store.load(ws);
        assertThat(recovered).isNotSameAs(now);
        assertThat(recovered.problems()).anyMatch(p -> p.file().equals(Journal.FILE));
    }
}
