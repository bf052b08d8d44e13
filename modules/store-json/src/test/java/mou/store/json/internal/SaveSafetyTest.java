package mou.store.json.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mou.core.command.AtomicFiles;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.ProgressLevel;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.spi.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A save never leaves a half-written file and never writes outside the workspace. */
class SaveSafetyTest {

    @TempDir
    Path temp;

    private static Workspace changeALevel(Workspace w) {
        List<GroupYear> years = new ArrayList<>();
        for (GroupYear y : w.years()) {
            if (y.groupId().equals("air-quality")) {
                List<Assessment> assessments = new ArrayList<>();
                for (Assessment a : y.assessments()) {
                    assessments.add(new Assessment(a.activityId(), ProgressLevel.ACHIEVED, a.rationale(), a.evidence(), a.inferred()));
                }
                y = new GroupYear(y.groupId(), y.year(), y.narrative(), assessments, y.metrics(), y.events());
            }
            years.add(y);
        }
        return new Workspace(w.agreement(), w.organizations(), w.relatedAgreements(), w.plans(), years, w.reports());
    }

    @Test
    void aCrashDuringASaveLeavesTheOldFileIntactAndNoPartialFileBehind() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        JsonWorkspaceStore crashing = new JsonWorkspaceStore(TestExtensions.airQuality(), Limits.DEFAULT,
                new AtomicFiles((temporary, target) -> {
                    throw new IOException("simulated crash before the rename");
                }));
        Workspace workspace = crashing.load(ws).workspace();
        Map<String, byte[]> before = TestWorkspace.snapshot(ws);

        assertThatThrownBy(() -> crashing.save(ws, changeALevel(workspace))).hasMessageContaining("simulated crash");

        Map<String, byte[]> after = TestWorkspace.snapshot(ws);
        assertThat(after.keySet()).as("no temporary or partial file is left").isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        LoadResult reloaded = new JsonWorkspaceStore(TestExtensions.airQuality()).load(ws);
        assertThat(reloaded.hasErrors()).isFalse();
        assertThat(reloaded.workspace()).isEqualTo(workspace);
    }

    /** A text the store would not read back (longer than a workspace file holds in one text) is not saved: every later load would fail. */
    @Test
    void aTextLongerThanAWorkspaceFileHoldsIsNotSavedAndNothingChanges() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality(), new Limits(200, 1_000, 50_000_000L), new AtomicFiles());
        Workspace workspace = store.load(ws).workspace();
        Map<String, byte[]> before = TestWorkspace.snapshot(ws);
        List<GroupYear> years = new ArrayList<>();
        for (GroupYear y : workspace.years()) {
            if (y.groupId().equals("air-quality")) {
                List<Assessment> assessments = new ArrayList<>(y.assessments());
                Assessment a = assessments.get(0);
                assessments.set(0, new Assessment(a.activityId(), ProgressLevel.ACHIEVED, Text.of("B".repeat(1_001)), a.evidence(), false));
                y = new GroupYear(y.groupId(), y.year(), y.narrative(), assessments, y.metrics(), y.events());
            }
            years.add(y);
        }
        Workspace tooLong = new Workspace(workspace.agreement(), workspace.organizations(), workspace.relatedAgreements(), workspace.plans(),
                years, workspace.reports());

        assertThatThrownBy(() -> store.save(ws, tooLong)).isInstanceOf(mou.core.spi.StoreException.class)
                .hasMessageContaining("groups/air-quality/2016.json: a text at assessments[0].rationale")
                .hasMessageContaining("would be 1,001 characters, more than the 1,000 a workspace file holds in one text; nothing was saved");
        Map<String, byte[]> after = TestWorkspace.snapshot(ws);
        assertThat(after.keySet()).as("no temporary or partial file is left").isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(store.load(ws).hasErrors()).isFalse();
    }

    @Test
    void aSaveThroughAGroupsFolderLinkedOutsideIsRefused() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality());
        Workspace workspace = store.load(ws).workspace();
        Path outside = temp.resolve("outside-groups");
        Files.move(ws.resolve("groups"), outside);
        Files.createSymbolicLink(ws.resolve("groups"), outside);
        Map<String, byte[]> outsideBefore = TestWorkspace.snapshot(outside);

        assertThatThrownBy(() -> store.save(ws, changeALevel(workspace))).isInstanceOf(IOException.class)
                .hasMessageContaining("groups is a link to a place outside the workspace folder")
                .hasMessageContaining("nothing was saved");

        Map<String, byte[]> outsideAfter = TestWorkspace.snapshot(outside);
        outsideBefore.forEach((name, bytes) -> assertThat(outsideAfter.get(name)).as(name).isEqualTo(bytes));
        assertThat(outsideAfter.keySet()).isEqualTo(outsideBefore.keySet());
    }

    @Test
    void aNewGroupFolderIsNotCreatedThroughALinkOutside() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality());
        Workspace workspace = store.load(ws).workspace();
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createSymbolicLink(ws.resolve("groups/energy"), outside);
        List<WorkingGroupPlan> plans = new ArrayList<>(workspace.plans());
        plans.add(new WorkingGroupPlan("energy", Text.of("Energy"), List.of(), List.of(), true, List.of()));

        assertThatThrownBy(() -> store.save(ws, new Workspace(workspace.agreement(), workspace.organizations(),
                workspace.relatedAgreements(), plans, workspace.years(), workspace.reports())))
                .isInstanceOf(IOException.class).hasMessageContaining("groups/energy is a link to a place outside");
        assertThat(outside.toFile().list()).isEmpty();
    }

    @Test
    void aFileLinkedInsideTheWorkspaceIsWrittenThroughAndStaysALink() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        Path year = ws.resolve("groups/air-quality/2016.json");
        Files.createDirectories(ws.resolve("archive"));
        Files.move(year, ws.resolve("archive/aq-2016.json"));
        Files.createSymbolicLink(year, Path.of("../../archive/aq-2016.json"));
        JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality());

        store.save(ws, changeALevel(store.load(ws).workspace()));

        assertThat(Files.isSymbolicLink(year)).isTrue();
        assertThat(Files.readString(ws.resolve("archive/aq-2016.json"))).contains("\"level\": \"achieved\"");
    }

    @Test
    void aFileOverTheSizeLimitIsReportedNotRead() {
        Path ws = TestWorkspace.copy(temp);
        LoadResult r = new JsonWorkspaceStore(TestExtensions.airQuality(), new Limits(200, 1_000_000, 1600), new AtomicFiles()).load(ws);
        assertThat(TestWorkspace.only(r, "groups/air-quality/plan.json", "").message())
                .contains("more than the limit of 1,600 for a workspace file");
        assertThat(r.workspace().plan("air-quality")).isEmpty();
        assertThat(r.workspace().agreement().id()).as("a file under the limit is read").isEqualTo("ca-mx-mou-2014");
    }
}
