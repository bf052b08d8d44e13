package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.CycleException.Kind;
import mou.core.cycle.OpenYear;
import mou.core.cycle.PartVersion;
import mou.core.cycle.Rate;
import mou.core.model.ReviewAction;
import mou.core.cycle.ReviewYear;
import mou.core.internal.ReportFiles;
import mou.core.model.ProgressLevel;
import mou.core.model.ReviewState;
import mou.core.model.Text;
import mou.core.spi.WorkspaceStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people change different parts of one group's year at the same moment (two activities of
 * its year file): the one whose save comes second is tried again from the start and succeeds,
 * keeping the first one's change; a change of the same part is still a conflict.
 */
class SameFileRetryTest {

    @TempDir
    Path temp;
    Fixture f;

    @BeforeEach
    void workspace() throws CycleException {
        f = new Fixture(temp);
        f.service.openYear(new OpenYear(new Acting(f.data, "Office", "the 2017 cycle starts"), 2017, null));
    }

    /** How often a change tried again in its turn with the other processes ({@link WorkspaceStore#inTurn}). */
    final AtomicInteger turns = new AtomicInteger();

    /** Another person's change. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    /** The cycle service over a store that lets {@code before} save first, just before this service's first save. */
    CycleServiceImpl racing(Step before, AtomicInteger saves) {
        WorkspaceStore store = (WorkspaceStore) Proxy.newProxyInstance(WorkspaceStore.class.getClassLoader(), new Class<?>[] {WorkspaceStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("inTurn")) {
                        turns.incrementAndGet();
                    }
                    if (method.getName().equals("save") && args != null && args.length >= 4 && saves.getAndIncrement() == 0) {
                        before.run();
                    }
                    try {
                        return method.invoke(f.store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new CycleServiceImpl(store, Fixture.REPORTS, new ReportFiles(Fixture.EXTENSIONS), Clock.fixed(Fixture.NOW, ZoneOffset.UTC));
    }

    @Test
    void aRatingOfAnotherActivitySavedMeanwhileIsKeptAndMineIsSavedToo() throws Exception {
        String readAt = PartVersion.of(f.year("air-quality", 2017).assessment("aq-1-1").orElse(null));
        AtomicInteger saves = new AtomicInteger();
        CycleServiceImpl mine = racing(() -> f.service.rate(new Rate(new Acting(f.data, "Bruno", null), "aq-2-1", 2017, "Initial",
                Text.of("Bruno's reason."), null)), saves);

        mine.rate(new Rate(new Acting(f.data, "Ana", null).readAt(readAt), "aq-1-1", 2017, "Moderate", Text.of("Ana's reason."), null));

        assertThat(saves.get()).as("the first save met Bruno's change and was tried again").isEqualTo(2);
        assertThat(turns.get()).as("a form's change takes turns within its process; it keeps no other process out").isZero();
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().level()).isEqualTo(ProgressLevel.MODERATE);
        assertThat(f.year("air-quality", 2017).assessment("aq-2-1").orElseThrow().rationale().en()).isEqualTo("Bruno's reason.");
        assertThat(f.history()).extracting(h -> h.by()).contains("Ana", "Bruno");
    }

    @Test
    void aRatingOfTheSameActivitySavedMeanwhileIsStillAConflict() throws Exception {
        String readAt = PartVersion.of(f.year("air-quality", 2017).assessment("aq-1-1").orElse(null));
        AtomicInteger saves = new AtomicInteger();
        CycleServiceImpl mine = racing(() -> f.service.rate(new Rate(new Acting(f.data, "Bruno", null), "aq-1-1", 2017, "Initial",
                Text.of("Bruno's reason."), null)), saves);

        CycleException e = catchThrowableOfType(CycleException.class, () -> mine.rate(new Rate(new Acting(f.data, "Ana", null).readAt(readAt),
                "aq-1-1", 2017, "Moderate", Text.of("Ana's reason."), null)));

        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(e.problems()).extracting(p -> p.field()).containsExactly("readAt");
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().rationale().en()).isEqualTo("Bruno's reason.");
    }

    @Test
    void withoutAVersionTheChangeIsMadeOnTheFileAsItIsNowKeepingTheOtherChange() throws Exception {
        AtomicInteger saves = new AtomicInteger();
        CycleServiceImpl mine = racing(() -> f.service.rate(new Rate(new Acting(f.data, "Bruno", null), "aq-2-1", 2017, "Initial",
                Text.of("Bruno's reason."), null)), saves);

        mine.rate(new Rate(new Acting(f.data, "Ana", null), "aq-1-1", 2017, "Moderate", Text.of("Ana's reason."), null));

        assertThat(saves.get()).as("the first save met Bruno's change and was tried again on the file as it is now").isEqualTo(2);
        assertThat(turns.get()).as("tried again in its turn, keeping the other processes' saves out").isEqualTo(1);
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().level()).isEqualTo(ProgressLevel.MODERATE);
        assertThat(f.year("air-quality", 2017).assessment("aq-2-1").orElseThrow().rationale().en()).isEqualTo("Bruno's reason.");
        assertThat(f.history()).extracting(h -> h.by()).contains("Ana", "Bruno");
    }

    @Test
    void withoutAVersionAChangeOfTheSamePartMeanwhileIsFollowedAsARunAMomentLaterWouldBe() throws Exception {
        AtomicInteger saves = new AtomicInteger();
        CycleServiceImpl mine = racing(() -> f.service.rate(new Rate(new Acting(f.data, "Bruno", null), "aq-1-1", 2017, "Initial",
                Text.of("Bruno's reason."), null)), saves);

        var saved = mine.rate(new Rate(new Acting(f.data, "Ana", null), "aq-1-1", 2017, "Moderate", Text.of("Ana's reason."), null));

        assertThat(saved.before().rationale().en()).as("Ana's change is made over Bruno's, as she would see it").isEqualTo("Bruno's reason.");
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().rationale().en()).isEqualTo("Ana's reason.");
        assertThat(f.history()).extracting(h -> h.by()).contains("Ana", "Bruno");
    }

    @Test
    void withoutAVersionAYearSubmittedMeanwhileIsRefusedWithTheRulesMessage() throws Exception {
        f.complete(2017);
        AtomicInteger saves = new AtomicInteger();
        CycleServiceImpl mine = racing(() -> f.service.review(new ReviewYear(new Acting(f.data, "Bruno", null), "air-quality", 2017,
                ReviewAction.SUBMIT, null)), saves);

        CycleException e = catchThrowableOfType(CycleException.class, () -> mine.rate(new Rate(new Acting(f.data, "Ana", null), "aq-1-1",
                2017, "Moderate", Text.of("Ana's reason."), null)));

        assertThat(e.kind()).isEqualTo(Kind.REFUSED);
        assertThat(e.getMessage()).contains("air-quality 2017").contains("Bruno");
        assertThat(f.year("air-quality", 2017).review().state()).isEqualTo(ReviewState.SUBMITTED);
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().rationale().en()).isNotEqualTo("Ana's reason.");
    }

    @Test
    void withoutAVersionAFileChangedBeforeEverySaveIsAConflictAfterAFewTries() throws Exception {
        AtomicInteger saves = new AtomicInteger();
        AtomicInteger others = new AtomicInteger();
        WorkspaceStore store = (WorkspaceStore) Proxy.newProxyInstance(WorkspaceStore.class.getClassLoader(), new Class<?>[] {WorkspaceStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("save") && args != null && args.length >= 4) {
                        saves.incrementAndGet();
                        f.service.rate(new Rate(new Acting(f.data, "Bruno", null), "aq-2-1", 2017, "Initial",
                                Text.of("Bruno's reason " + others.incrementAndGet() + "."), null));
                    }
                    try {
                        return method.invoke(f.store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        CycleServiceImpl mine = new CycleServiceImpl(store, Fixture.REPORTS, new ReportFiles(Fixture.EXTENSIONS),
                Clock.fixed(Fixture.NOW, ZoneOffset.UTC));

        CycleException e = catchThrowableOfType(CycleException.class, () -> mine.rate(new Rate(new Acting(f.data, "Ana", null), "aq-1-1",
                2017, "Moderate", Text.of("Ana's reason."), null)));

        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(e.getMessage()).contains("groups/air-quality/2017.json").contains("changed on disk");
        assertThat(saves.get()).as("bounded: tried " + Workbench.ATTEMPTS + " times, then the conflict said").isEqualTo(Workbench.ATTEMPTS);
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().rationale().en()).isNotEqualTo("Ana's reason.");
    }

    @Test
    void aRulesConflictIsSaidAtOnceNotTriedAgain() throws Exception {
        java.util.List<mou.core.cycle.SheetTable> tables = f.service.exportYear(new mou.core.cycle.ExportYear(new Acting(f.data, "Bob", null),
                "air-quality", 2017)).tables();
        java.util.Map<String, mou.core.cycle.SheetContent> sheets = new java.util.LinkedHashMap<>();
        for (mou.core.cycle.SheetTable t : tables) {
            java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
            rows.add(t.columns().stream().map(c -> c.header()).toList());
            rows.addAll(t.rows());
            sheets.put(t.name(), new mou.core.cycle.SheetContent(t.name(), rows));
        }
        java.util.List<java.util.List<String>> assessments = new java.util.ArrayList<>(sheets.get("Assessments").rows());
        java.util.List<String> first = new java.util.ArrayList<>(assessments.get(1));
        first.set(4, "Moderate Progress");
        first.set(5, "Stations added.");
        assessments.set(1, first);
        sheets.put("Assessments", new mou.core.cycle.SheetContent("Assessments", assessments));
        // Ana rates the same activity after the export: importing Bob's workbook would undo that
        f.service.rate(new Rate(new Acting(f.data, "Ana", null), first.get(1), 2017, "Initial", Text.of("Ana's reason."), null));
        AtomicInteger loads = new AtomicInteger();
        WorkspaceStore store = (WorkspaceStore) Proxy.newProxyInstance(WorkspaceStore.class.getClassLoader(), new Class<?>[] {WorkspaceStore.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("load")) {
                        loads.incrementAndGet();
                    }
                    try {
                        return method.invoke(f.store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        CycleServiceImpl bob = new CycleServiceImpl(store, Fixture.REPORTS, new ReportFiles(Fixture.EXTENSIONS), Clock.fixed(Fixture.NOW, ZoneOffset.UTC));

        CycleException e = catchThrowableOfType(CycleException.class, () -> bob.importYear(new mou.core.cycle.ImportYear(new Acting(f.data,
                "Bob", null), sheets, "test")));

        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(e.getMessage()).contains("importing it would undo that change");
        // one load finds the year's state first (a year under review or published is refused for that reason), one is the
        // attempt; each try again would load once more
        assertThat(loads.get()).as("the file is as it was read: trying again would say the same").isEqualTo(2);
    }
}
