package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.ProgressLevel;
import mou.core.model.QuarterlyUpdate;
import mou.core.model.ReviewState;
import mou.core.model.ReviewStep;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.core.spi.ConcurrentChangeException;
import mou.core.spi.LoadResult;
import mou.core.spi.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quarterly updates, review steps, checked saves (optimistic concurrency), the published lock and the history. */
class CycleStoreTest {

    private static final String YEAR_FILE = "groups/air-quality/2016.json";
    private static final Instant AT = Instant.parse("2017-02-01T09:30:00Z");

    @TempDir
    Path temp;

    private final JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality());

    private LoadResult load(Path ws) {
        LoadResult result = store.load(ws);
        assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
        return result;
    }

    private static GroupYear year(Workspace workspace) {
        return workspace.year("air-quality", 2016).orElseThrow();
    }

    private static Workspace withYear(Workspace w, GroupYear year) {
        List<GroupYear> years = new ArrayList<>(w.years().stream().filter(y -> !(y.groupId().equals(year.groupId()) && y.year() == year.year())).toList());
        years.add(year);
        return new Workspace(w.agreement(), w.organizations(), w.relatedAgreements(), w.plans(), years, w.reports());
    }

    private static Workspace rated(Workspace w, String activityId, ProgressLevel level) {
        GroupYear y = year(w);
        List<Assessment> assessments = new ArrayList<>(y.assessments().stream().filter(a -> !a.activityId().equals(activityId)).toList());
        assessments.add(new Assessment(activityId, level, Text.of("rated " + level.id()), List.of(), false));
        return withYear(w, y.withAssessments(assessments));
    }

    private static HistoryEntry entry(String subject) {
        return new HistoryEntry(AT, "ana", "rate", "air-quality", 2016, subject, "test", null, Map.of("level", "achieved"));
    }

    @Test
    void loadingFingerprintsEveryFileItRead() {
        Path ws = TestWorkspace.copy(temp);

        LoadResult result = load(ws);

        assertThat(result.fingerprints()).containsKeys("agreement.json", "organizations.json", YEAR_FILE, "groups/air-quality/plan.json");
        assertThat(result.fingerprints().get(YEAR_FILE)).hasSize(32).isEqualTo(Fingerprints.of(TestWorkspace.read(ws, YEAR_FILE).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void quarterlyUpdatesAndReviewStepsRoundTripAndAreWrittenInTheDocumentedOrder() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        LoadResult basis = load(ws);
        GroupYear y = year(basis.workspace())
                .withUpdates(List.of(new QuarterlyUpdate(3, List.of(Text.of("Monitors installed.", "Monitores instalados.")),
                        List.of("aq-2016-pm25-samples"), List.of("aq-2016-tijuana-meeting"))))
                .withReview(year(basis.workspace()).review().with(new ReviewStep(ReviewState.SUBMITTED, "ana", AT, null))
                        .with(new ReviewStep(ReviewState.APPROVED, "maria", AT, null))
                        .with(new ReviewStep(ReviewState.PUBLISHED, "maria", AT, null, "the figures come later", "no translator")));

        store.save(ws, withYear(basis.workspace(), y), basis, List.of());

        GroupYear reloaded = year(load(ws).workspace());
        assertThat(reloaded).isEqualTo(y);
        String file = TestWorkspace.read(ws, YEAR_FILE);
        assertThat(file.indexOf("\"events\"")).isLessThan(file.indexOf("\"updates\"")).isLessThan(file.indexOf("\"review\""));
        assertThat(file).contains("\"at\": \"2017-02-01T09:30:00Z\"").contains("\"state\": \"submitted\"")
                .contains("\"incomplete\": \"the figures come later\"").contains("\"untranslated\": \"no translator\"");
        assertThat(file.split("\"untranslated\"", -1)).as("only the step that has one says it").hasSize(2);
    }

    @Test
    void aYearWithoutUpdatesOrReviewIsWrittenWithoutThoseKeys() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        LoadResult basis = load(ws);
        GroupYear y2017 = new GroupYear("air-quality", 2017, year(basis.workspace()).narrative(), List.of(), List.of(), List.of());
        List<GroupYear> years = new ArrayList<>(basis.workspace().years());
        years.add(y2017);
        Workspace w = basis.workspace();

        List<String> written = store.save(ws, new Workspace(w.agreement(), w.organizations(), w.relatedAgreements(), w.plans(), years, w.reports()),
                basis, List.of());

        assertThat(written).containsExactly("groups/air-quality/2017.json");
        assertThat(TestWorkspace.read(ws, "groups/air-quality/2017.json")).doesNotContain("\"updates\"").doesNotContain("\"review\"");
    }

    @Test
    void badUpdatesAndReviewStepsAreReportedWhereTheyAre() {
        Path ws = TestWorkspace.copy(temp);
        String file = TestWorkspace.read(ws, YEAR_FILE);
        String broken = file.substring(0, file.lastIndexOf('}')).stripTrailing()
                + ",\n  \"updates\": [\n    {\"quarter\": 5, \"happened\": [\"x\"]},\n    {\"quarter\": 2, \"metrics\": [\"no-such-figure\"], \"events\": [\"aq-2016-tijuana-meeting\"]},\n"
                + "    {\"quarter\": 2}\n  ],\n  \"review\": [\n    {\"state\": \"finished\", \"by\": \"ana\", \"at\": \"2017-02-01T09:30:00Z\"},\n"
                + "    {\"state\": \"submitted\", \"by\": \"ana\", \"at\": \"yesterday\"}\n  ]\n}\n";
        TestWorkspace.write(ws, YEAR_FILE, broken);

        List<String> errors = store.load(ws).errors().stream().map(Problem::format).toList();

        assertThat(errors).anySatisfy(e -> assertThat(e).contains("$.updates[0].quarter").contains("use 1, 2, 3 or 4"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("$.updates[1].metrics[0]").contains("no figure 'no-such-figure'"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("$.updates[2].quarter").contains("already has an update"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("$.review[0].state").contains("'finished' is not a review state"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("$.review[1].at").contains("2017-03-01T14:05:00Z"));
        assertThat(errors).allSatisfy(e -> assertThat(e).matches(YEAR_FILE.replace(".", "\\.") + ":\\d+:\\d+: .*"));
        assertThat(errors).hasSize(5);
    }

    @Test
    void theSecondOfTwoSavesFromTheSameLoadIsRefusedAndTheFirstIsNotLost() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        LoadResult first = load(ws);
        LoadResult second = load(ws);

        store.save(ws, rated(first.workspace(), "aq-1-1", ProgressLevel.ACHIEVED), first, List.of(entry("aq-1-1")));
        String afterFirst = TestWorkspace.read(ws, YEAR_FILE);

        assertThatThrownBy(() -> store.save(ws, rated(second.workspace(), "aq-3-2", ProgressLevel.INITIAL), second, List.of(entry("aq-3-2"))))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> {
                    assertThat(e.files()).containsExactly(YEAR_FILE);
                    assertThat(e.getMessage()).startsWith("conflict: " + YEAR_FILE + " was changed on disk after this command read the workspace")
                            .contains("nothing was saved").contains("Run the command again")
                            .as("the web application changes files too").contains("by another command, the web application or an editor");
                    assertThat(e.message("es")).as("for a page in Spanish").startsWith("conflicto: " + YEAR_FILE + " cambió en el disco")
                            .contains("no se guardó nada").contains("la aplicación web").doesNotContain("was changed");
                });
        assertThat(TestWorkspace.read(ws, YEAR_FILE)).as("the refused save changed nothing").isEqualTo(afterFirst);
        assertThat(store.history(ws)).extracting(HistoryEntry::subject).containsExactly("aq-1-1");

        LoadResult again = load(ws);
        store.save(ws, rated(again.workspace(), "aq-3-2", ProgressLevel.INITIAL), again, List.of(entry("aq-3-2")));
        GroupYear both = year(load(ws).workspace());
        assertThat(both.assessment("aq-1-1").orElseThrow().level()).isEqualTo(ProgressLevel.ACHIEVED);
        assertThat(both.assessment("aq-3-2").orElseThrow().level()).isEqualTo(ProgressLevel.INITIAL);
    }

    @Test
    void aFileCreatedOrDeletedSinceTheLoadIsAConflictToo() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        LoadResult basis = load(ws);
        Files.delete(ws.resolve(YEAR_FILE));

        assertThatThrownBy(() -> store.save(ws, rated(basis.workspace(), "aq-1-1", ProgressLevel.ACHIEVED), basis, List.of()))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, e -> {
                    assertThat(e.getMessage()).contains(YEAR_FILE + " (deleted)");
                    assertThat(e.messageEs()).contains(YEAR_FILE + " (borrado)");
                });
        assertThat(ws.resolve(YEAR_FILE)).doesNotExist();
    }

    @Test
    void concurrentSavesNeverLoseAnUpdate() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        String[] activities = {"aq-1-1", "aq-3-2"};
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String activity : activities) {
                Callable<Integer> task = () -> {
                    int refusals = 0;
                    for (ProgressLevel level : ProgressLevel.values()) {
                        while (true) {
                            LoadResult basis = store.load(ws);
                            try {
                                store.save(ws, rated(basis.workspace(), activity, level), basis, List.of(entry(activity)));
                                break;
                            } catch (ConcurrentChangeException e) {
                                refusals++;
                            }
                        }
                    }
                    return refusals;
                };
                results.add(pool.submit(task));
            }
            for (Future<Integer> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        GroupYear y = year(load(ws).workspace());
        assertThat(y.assessment("aq-1-1").orElseThrow().level()).isEqualTo(ProgressLevel.ACHIEVED);
        assertThat(y.assessment("aq-3-2").orElseThrow().level()).isEqualTo(ProgressLevel.ACHIEVED);
        assertThat(store.history(ws)).as("one history entry per save that went through").hasSize(2 * ProgressLevel.values().length);
    }

    @Test
    void aPublishedYearCannotBeChangedAndTheMessageSaysWhoPublishedItAndWhen() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        LoadResult basis = load(ws);
        GroupYear published = year(basis.workspace()).withReview(year(basis.workspace()).review()
                .with(new ReviewStep(ReviewState.APPROVED, "office", AT, null))
                .with(new ReviewStep(ReviewState.PUBLISHED, "Maria Lopez", AT, null)));
        store.save(ws, withYear(basis.workspace(), published), basis, List.of());
        String locked = TestWorkspace.read(ws, YEAR_FILE);
        LoadResult after = load(ws);

        assertThatThrownBy(() -> store.save(ws, rated(after.workspace(), "aq-1-1", ProgressLevel.NO_PROGRESS), after, List.of(entry("aq-1-1"))))
                .hasMessageContaining(YEAR_FILE + " is published (by Maria Lopez on 2017-02-01T09:30:00Z)")
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> store.save(ws, rated(after.workspace(), "aq-1-1", ProgressLevel.NO_PROGRESS)))
                .as("the unchecked save keeps the lock too").hasMessageContaining("is published");
        assertThat(TestWorkspace.read(ws, YEAR_FILE)).isEqualTo(locked);
        assertThat(store.history(ws)).isEmpty();
    }

    @Test
    void aSaveThatChangesNothingWritesNothingAndRecordsNothing() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        LoadResult basis = load(ws);

        List<String> written = store.save(ws, basis.workspace(), basis, List.of(entry("aq-1-1")));

        assertThat(written).isEmpty();
        assertThat(ws.resolve(HistoryLog.FILE)).doesNotExist();
    }

    @Test
    void theHistoryIsAppendedLineByLineAndALineCutShortByACrashIsSkipped() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        LoadResult basis = load(ws);
        store.save(ws, rated(basis.workspace(), "aq-1-1", ProgressLevel.ACHIEVED), basis,
                List.of(new HistoryEntry(AT, "ana", "rate", "air-quality", 2016, "aq-1-1", "workshop held",
                        Map.of("level", "moderate"), Map.of("level", "achieved"))));
        // a process killed in the middle of an append
        Files.writeString(ws.resolve(HistoryLog.FILE), "{\"at\": \"2017-02-02T00:00:00Z\", \"by\": \"bo", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        LoadResult next = load(ws);
        store.save(ws, rated(next.workspace(), "aq-3-2", ProgressLevel.INITIAL), next, List.of(entry("aq-3-2")));

        List<HistoryEntry> history = store.history(ws);

        assertThat(history).hasSize(2);
        assertThat(history.get(0)).isEqualTo(new HistoryEntry(AT, "ana", "rate", "air-quality", 2016, "aq-1-1", "workshop held",
                Map.of("level", "moderate"), Map.of("level", "achieved")));
        assertThat(history.get(1).subject()).isEqualTo("aq-3-2");
        assertThat(Files.readAllLines(ws.resolve(HistoryLog.FILE))).hasSize(3);
    }

    /** A line saved in another encoding (a Latin-1 é) is skipped like a line cut short: the other entries are still read. */
    @Test
    void aHistoryLineThatIsNotUtf8IsSkippedAndTheOthersAreRead() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        LoadResult basis = load(ws);
        store.save(ws, rated(basis.workspace(), "aq-1-1", ProgressLevel.ACHIEVED), basis, List.of(entry("aq-1-1")));
        Files.write(ws.resolve(HistoryLog.FILE), ("{\"at\": \"2017-02-02T00:00:00Z\", \"by\": \"Ana Ru\u00e9z\", \"action\": \"rate\"}\r\n")
                .getBytes(StandardCharsets.ISO_8859_1), java.nio.file.StandardOpenOption.APPEND);
        LoadResult next = load(ws);
        store.save(ws, rated(next.workspace(), "aq-3-2", ProgressLevel.INITIAL), next, List.of(entry("aq-3-2")));

        List<HistoryEntry> history = store.history(ws);

        assertThat(history).extracting(HistoryEntry::subject).containsExactly("aq-1-1", "aq-3-2");
        // and the line left out is named, with why and what to do (validate lists it)
        assertThat(store.historyProblems(ws)).singleElement().satisfies(p -> {
            assertThat(p.format()).startsWith("history.jsonl:2:1: warning: this line is not UTF-8 text (it was saved in another encoding),"
                    + " so the history leaves it out; restore it from a backup, or delete the line");
            assertThat(p.message("es")).startsWith("esta línea no es texto UTF-8");
        });
    }

    /** Each kind of line the history leaves out is named by its line, with its own reason; a whole history names none. */
    @Test
    void theHistorysUnreadableLinesAreNamedEachWithItsReason() throws IOException {
        Path ws = TestWorkspace.copy(temp);
        LoadResult basis = load(ws);
        store.save(ws, rated(basis.workspace(), "aq-1-1", ProgressLevel.ACHIEVED), basis, List.of(entry("aq-1-1")));
        assertThat(store.historyProblems(ws)).isEmpty();
        Files.writeString(ws.resolve(HistoryLog.FILE), "\n{\"by\": \"Ana\", \"action\": \"rate\"}\n{\"at\": \"2017-02-02T00:00:00Z\", \"by",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        assertThat(store.historyProblems(ws)).extracting(p -> p.line() + " " + p.message())
                .containsExactly("3 this line is not a change (it needs \"at\", a moment such as 2017-03-14T10:00:00Z, and \"action\"), so the"
                                + " history leaves it out; restore it from a backup, or delete the line to leave it out for good (the history"
                                + " is only appended to: no command changes it)",
                        "4 this line is not a JSON object (cut short by a crash, or edited by hand), so the history leaves it out; restore it"
                                + " from a backup, or delete the line to leave it out for good (the history is only appended to: no command"
                                + " changes it)");
        assertThat(store.history(ws)).hasSize(1);
    }
}
