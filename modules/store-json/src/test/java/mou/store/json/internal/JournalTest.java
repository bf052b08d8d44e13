package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mou.core.command.AtomicFiles;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.ProgressLevel;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write-ahead journal: a journal left by a killed save is rolled forward by the next load,
 * once and whatever part of it was applied; one that cannot be read is discarded; stale temporary
 * files and staging folders go; a save that fails in the middle is undone.
 */
class JournalTest {

    private static final String YEAR_FILE = "groups/air-quality/2016.json";
    private static final HistoryEntry ENTRY = new HistoryEntry(Instant.parse("2017-02-01T09:30:00Z"), "ana", "rate", "air-quality",
            2016, "aq-1-1", "test", null, Map.of("level", "achieved"));

    @TempDir
    Path temp;

    private final JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality());

    private static Workspace rated(Workspace w) {
        GroupYear y = w.year("air-quality", 2016).orElseThrow();
        List<Assessment> assessments = new ArrayList<>(y.assessments().stream().filter(a -> !a.activityId().equals("aq-1-1")).toList());
        assessments.add(new Assessment("aq-1-1", ProgressLevel.ACHIEVED, Text.of("every station reports"), List.of(), false));
        List<GroupYear> years = new ArrayList<>(w.years().stream().filter(o -> o != y).toList());
        years.add(y.withAssessments(assessments));
        return new Workspace(w.agreement(), w.organizations(), w.relatedAgreements(), w.plans(), years, w.reports());
    }

    /** What a save of {@link #rated} writes into a journal, written but not applied: a kill right after the journal. */
    private Journal journalOfARating(Path ws) throws IOException {
        Path root = ws.toRealPath();
        Workspace changed = rated(store.load(ws).workspace());
        Path other = TestWorkspace.copy(temp.resolve("scratch"));
        store.save(other, changed);
        byte[] content = Files.readAllBytes(other.resolve(YEAR_FILE));
        HistoryLog.Pending pending = new HistoryLog(new LocatedJson(Limits.DEFAULT)).pending(root, List.of(ENTRY));
        return new Journal(List.of(new Journal.Write(YEAR_FILE, content)), pending.lines(), pending.lengthBefore());
    }

    private static long lines(Path ws) throws IOException {
        Path history = ws.resolve(HistoryLog.FILE);
        return Files.exists(history) ? Files.readAllLines(history).size() : 0;
    }

    @Test
    void aJournalLeftByAKillIsRolledForwardByTheNextLoadOnceWhateverPartWasApplied() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        long before = lines(ws);
        Journal journal = journalOfARating(ws);
        journal.write(ws.toRealPath(), new AtomicFiles());
        // the kill came while the history was being appended: half a line is there
        Files.writeString(ws.resolve(HistoryLog.FILE), "{\"at\":\"2017-02-01T09:30:00Z\",\"by\":\"an", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);

        LoadResult result = store.load(ws);

        assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.message()).isEqualTo("a save that was cut short (the command was stopped) was finished from .mou.journal:"
                    + " 1 file(s) and its history");
            assertThat(p.message("es")).isEqualTo("un guardado que se interrumpió (se detuvo la orden) se terminó a partir de .mou.journal:"
                    + " 1 archivo y su historial");
        });
        GroupYear year = result.workspace().year("air-quality", 2016).orElseThrow();
        assertThat(year.assessments()).anySatisfy(a -> {
            assertThat(a.activityId()).isEqualTo("aq-1-1");
            assertThat(a.level()).isEqualTo(ProgressLevel.ACHIEVED);
        });
        assertThat(ws.resolve(Journal.FILE)).doesNotExist();
        assertThat(lines(ws)).as("the half line is cut off and the entry appended once").isEqualTo(before + 1);
        assertThat(store.history(ws)).last().isEqualTo(ENTRY);

        // the same journal again (a kill during the recovery itself): still one entry, same file
        String file = TestWorkspace.read(ws, YEAR_FILE);
        journal.write(ws.toRealPath(), new AtomicFiles());
        assertThat(store.recover(ws)).hasSize(1);
        assertThat(lines(ws)).isEqualTo(before + 1);
        assertThat(TestWorkspace.read(ws, YEAR_FILE)).isEqualTo(file);
        assertThat(store.recover(ws)).as("nothing left to do").isEmpty();
    }

    @Test
    void aJournalKeepsEachFilesBytesAsTheyAreAndOneWrittenAsTextBeforeIsStillFinished() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        Journal journal = journalOfARating(ws);
        journal.write(ws.toRealPath(), new AtomicFiles());
        String written = Files.readString(ws.resolve(Journal.FILE));
        byte[] content = Files.readAllBytes(temp.resolve("scratch/ws").resolve(YEAR_FILE));
        assertThat(written).contains("\"bytes\":\"" + java.util.Base64.getEncoder().encodeToString(content) + "\"").doesNotContain("\"content\"");

        // a journal as a version before base64 wrote it: the file's text
        com.fasterxml.jackson.databind.node.ObjectNode old = new com.fasterxml.jackson.databind.ObjectMapper().readValue(written,
                com.fasterxml.jackson.databind.node.ObjectNode.class);
        com.fasterxml.jackson.databind.node.ObjectNode step = (com.fasterxml.jackson.databind.node.ObjectNode) old.get("steps").get(0);
        step.remove("bytes");
        step.put("content", new String(content, java.nio.charset.StandardCharsets.UTF_8));
        Files.writeString(ws.resolve(Journal.FILE), old.toString());

        assertThat(store.recover(ws)).hasSize(1);
        assertThat(Files.readAllBytes(ws.resolve(YEAR_FILE))).isEqualTo(content);
        assertThat(ws.resolve(Journal.FILE)).doesNotExist();
    }

    @Test
    void aJournalIsNeverWrittenThroughALink() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        Journal journal = journalOfARating(ws);
        Path outside = Files.writeString(temp.resolve("outside.txt"), "not the workspace's");
        Files.createSymbolicLink(ws.resolve(Journal.FILE), outside);

        assertThatThrownBy(() -> journal.write(ws.toRealPath(), new AtomicFiles())).isInstanceOf(IOException.class)
                .hasMessageContaining(Journal.FILE);
        assertThat(Files.readString(outside)).isEqualTo("not the workspace's");
    }

    @Test
    void aJournalThatCannotBeReadIsDiscardedAndNothingOfItIsApplied() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        store.save(ws, store.load(ws).workspace()); // makes the lock file, as every save does
        Map<String, byte[]> before = TestWorkspace.snapshot(ws);
        Files.writeString(ws.resolve(Journal.FILE), "{\"journal\":1,\"steps\":[{\"write\":\"" + YEAR_FILE + "\",\"content\":\"{}");

        LoadResult result = store.load(ws);

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.message()).contains("could not be read and was discarded; nothing of that save was applied");
            assertThat(p.message("es")).isEqualTo(".mou.journal (el diario de un guardado que se interrumpió antes de cambiar nada) no se pudo"
                    + " leer y se descartó; no se aplicó nada de ese guardado");
        });
        Map<String, byte[]> after = TestWorkspace.snapshot(ws);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aJournalThatCannotBeFinishedIsAnErrorSaidInEnglishAndSpanish() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        // what is there cannot be read as a journal, nor removed: a folder with a file in it
        Files.createDirectories(ws.resolve(Journal.FILE));
        Files.writeString(ws.resolve(Journal.FILE).resolve("x"), "x");

        LoadResult result = store.load(ws);

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(Journal.FILE);
            assertThat(p.message()).startsWith("a save was cut short and could not be finished (")
                    .endsWith("); the files may show only part of it. Free space or fix the cause and run the command again");
            assertThat(p.message("es")).startsWith("un guardado se interrumpió y no se pudo terminar (")
                    .endsWith("); puede que los archivos muestren solo una parte de él. Libere espacio o corrija la causa y ejecute la orden"
                            + " de nuevo");
        });
    }

    @Test
    void staleTemporaryFilesAndStagingFoldersOfDeadProcessesAreRemovedAndALiveOnesKept() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        Path temporary = Files.writeString(ws.resolve("groups/air-quality/.2016.json.tmp-3kdw0btio1znm"), "{\"half");
        Path dead = Files.createDirectories(ws.resolve("published/.2017.tmp-p" + Long.MAX_VALUE + "-abc"));
        Files.writeString(dead.resolve("progress-report-2017.html"), "<html>");
        Path live = Files.createDirectories(ws.resolve("published/" + Journal.stagingName("2017")));

        store.recover(ws);

        assertThat(temporary).doesNotExist();
        assertThat(dead).doesNotExist();
        assertThat(live).as("a publish of a live process is still writing there").exists();
        assertThat(store.load(ws).hasErrors()).isFalse();
    }

    @Test
    void evidenceFilesStagedByADeadProcessAreRemovedAndALiveOnesKept() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        // a server killed between staging a rating's uploaded file and saving the rating
        Path dead = Files.createDirectories(ws.resolve("evidence/air-quality/.2017.tmp-p" + Long.MAX_VALUE + "-abc"));
        Files.writeString(dead.resolve("aq-1-1-3f9c0a1b2c4d.pdf"), "%PDF-1.4");
        Path kept = Files.writeString(Files.createDirectories(ws.resolve("evidence/air-quality/2017")).resolve("aq-1-1-0a1b2c3d4e5f.pdf"),
                "%PDF-1.4");
        Path live = Files.createDirectories(ws.resolve("evidence/wildfires/" + Journal.stagingName("2017")));

        store.recover(ws);

        assertThat(dead).doesNotExist();
        assertThat(kept).as("a kept evidence file").exists();
        assertThat(live).as("a rating of a live process is still staging there").exists();
    }

    @Test
    void aStagingFolderWhoseProcessIdWasGivenAgainToALaterProcessIsRemoved() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        // named by this process's id, but last written an hour before this process started: a killed server's, whose id
        // the server started after it got again (a container gives the same small id at each start)
        Path earlier = Files.createDirectories(ws.resolve("published/" + Journal.stagingName("2017")));
        Files.writeString(earlier.resolve("progress-report-2017.html"), "<html>");
        java.time.Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
        Files.setLastModifiedTime(earlier, java.nio.file.attribute.FileTime.from(started.minus(java.time.Duration.ofHours(1))));
        Path live = Files.createDirectories(ws.resolve("published/" + Journal.stagingName("2018")));

        store.recover(ws);

        assertThat(earlier).doesNotExist();
        assertThat(live).as("this process's own staging folder, written since it started").exists();
    }

    @Test
    void aSaveThatFailsHalfWayIsUndoneAndRecordsNothing() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        LoadResult basis = store.load(ws);
        GroupYear y2016 = basis.workspace().year("air-quality", 2016).orElseThrow();
        Workspace rated = rated(basis.workspace());
        List<GroupYear> years = new ArrayList<>(rated.years());
        years.add(new GroupYear("air-quality", 2017, y2016.narrative(), y2016.assessments(), y2016.metrics(), y2016.events()));
        Workspace twoFiles = new Workspace(rated.agreement(), rated.organizations(), rated.relatedAgreements(), rated.plans(), years,
                rated.reports());
        store.save(ws, basis.workspace(), basis, List.of()); // the lock file
        Map<String, byte[]> before = TestWorkspace.snapshot(ws);
        AtomicInteger renames = new AtomicInteger();
        // the journal is put in place and the year 2016 written (the two years are written at once), the new 2017 fails: the disk is full
        JsonWorkspaceStore failing = new JsonWorkspaceStore(TestExtensions.airQuality(), Limits.DEFAULT, new AtomicFiles((t, target) -> {
            renames.incrementAndGet();
            if (target.getFileName().toString().equals("2017.json")) {
                throw new IOException("No space left on device");
            }
            AtomicFiles.move(t, target);
        }));

        assertThatThrownBy(() -> failing.save(ws, twoFiles, failing.load(ws), List.of(ENTRY))).isInstanceOf(IOException.class)
                .hasMessageContaining("No space left on device");

        Map<String, byte[]> after = TestWorkspace.snapshot(ws);
        assertThat(after.keySet()).as("no journal, no new year, no temporary file").isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        // 2016 written, 2017 refused, 2016 put back (the journal is written in place, not renamed)
        assertThat(renames.get()).as("the year 2016 was written and put back").isGreaterThanOrEqualTo(3);
    }

    @Test
    void aSaveThatFailsHalfWayWhileItsHistoryIsAppendedIsUndoneHistoryIncluded() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        LoadResult basis = store.load(ws);
        store.save(ws, rated(basis.workspace()), basis, List.of(ENTRY)); // the history is there: appended beside the files
        LoadResult now = store.load(ws);
        GroupYear y2016 = now.workspace().year("air-quality", 2016).orElseThrow();
        List<GroupYear> years = new ArrayList<>(now.workspace().years());
        years.add(new GroupYear("air-quality", 2017, y2016.narrative(), y2016.assessments(), y2016.metrics(), y2016.events()));
        Workspace added = now.workspace().with(years, now.workspace().reports());
        Map<String, byte[]> before = TestWorkspace.snapshot(ws);
        JsonWorkspaceStore failing = new JsonWorkspaceStore(TestExtensions.airQuality(), Limits.DEFAULT, new AtomicFiles((t, target) -> {
            if (target.getFileName().toString().equals("2017.json")) {
                throw new IOException("No space left on device");
            }
            AtomicFiles.move(t, target);
        }));

        assertThatThrownBy(() -> failing.save(ws, added, failing.load(ws), List.of(ENTRY, ENTRY))).isInstanceOf(IOException.class)
                .hasMessageContaining("No space left on device");

        Map<String, byte[]> after = TestWorkspace.snapshot(ws);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(store.history(ws)).containsExactly(ENTRY);
    }

    @Test
    void aHistoryThatIsALinkIsRefusedBeforeAnyFileIsWritten() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        Path outside = Files.writeString(temp.resolve("history-elsewhere.jsonl"), "");
        Files.createSymbolicLink(ws.resolve(HistoryLog.FILE), outside);
        LoadResult basis = store.load(ws);
        Map<String, byte[]> before = TestWorkspace.snapshot(ws);

        assertThatThrownBy(() -> store.save(ws, rated(basis.workspace()), basis, List.of(ENTRY))).isInstanceOf(IOException.class)
                .hasMessageContaining("history.jsonl is a link")
                .hasMessageContaining("no file was changed and nothing was recorded");

        Map<String, byte[]> after = TestWorkspace.snapshot(ws);
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(ws.resolve(Journal.FILE)).doesNotExist();
        assertThat(outside).isEmptyFile();
    }
}
