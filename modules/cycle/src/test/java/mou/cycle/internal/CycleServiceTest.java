package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException.Kind;
import mou.core.cycle.CycleException;
import mou.core.cycle.ExportYear;
import mou.core.cycle.HistoryQuery;
import mou.core.cycle.ImportYear;
import mou.core.cycle.OpenYear;
import mou.core.cycle.PartVersion;
import mou.core.cycle.Problem;
import mou.core.cycle.Rate;
import mou.core.cycle.RecordEvent;
import mou.core.cycle.ReviewYear;
import mou.core.cycle.Saved;
import mou.core.cycle.SheetContent;
import mou.core.cycle.SheetTable;
import mou.core.model.Assessment;
import mou.core.model.HistoryEntry;
import mou.core.model.Link;
import mou.core.model.ProgressLevel;
import mou.core.model.ReviewAction;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.core.spi.LoadResult;
import mou.core.spi.WorkspaceStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cycle service as a second front door (a web form) would call it: typed requests, saved
 * workspaces and history, and refusals whose problems name the fields, with nothing saved.
 */
class CycleServiceTest {

    @TempDir
    Path temp;

    Fixture f;
    Acting ana;

    @BeforeEach
    void workspace() throws CycleException {
        f = new Fixture(temp);
        f.service.openYear(new OpenYear(new Acting(f.data, "Office", "the 2017 cycle starts"), 2017, null));
        ana = new Acting(f.data, "Ana", null);
    }

    @Test
    void aRatingReadBeforeSomeoneElsesChangeIsRefusedAsAConflictAndNothingIsSaved() throws Exception {
        String readAt = PartVersion.of(f.year("air-quality", 2017).assessment("aq-1-1").orElse(null));
        Saved<Assessment> first = f.service.rate(new Rate(ana.readAt(readAt), "aq-1-1", 2017, "Moderate", Text.of("Ana's reason."), null));
        assertThat(first.changed()).isTrue();
        int entries = f.history().size();

        Acting bruno = new Acting(f.data, "Bruno", null).readAt(readAt);
        CycleException e = catchThrowableOfType(CycleException.class,
                () -> f.service.rate(new Rate(bruno, "aq-1-1", 2017, "Significant", Text.of("Bruno's reason."), null)));

        assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(e.problems()).extracting(Problem::field).containsExactly("readAt");
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().rationale().en()).isEqualTo("Ana's reason.");
        assertThat(f.history()).hasSize(entries);
        // read again, Bruno's change goes through
        String now = PartVersion.of(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow());
        assertThat(now).isNotEqualTo(readAt);
        f.service.rate(new Rate(new Acting(f.data, "Bruno", null).readAt(now), "aq-1-1", 2017, "Significant", Text.of("Bruno's reason."), null));
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().level()).isEqualTo(ProgressLevel.SIGNIFICANT);
    }

    @Test
    void aRatingIsSavedWithItsHistoryEntry() throws Exception {
        Files.createDirectories(f.data.resolve("evidence"));
        Files.writeString(f.data.resolve("evidence/minutes.txt"), "minutes");

        Saved<Assessment> saved = f.service.rate(new Rate(ana, "aq-1-1", 2017, "Achieved", Text.of("Adopted.", "Adoptado."),
                List.of(new Link(Text.of("Minutes"), "evidence/minutes.txt"), new Link(null, "https://example.org/plan"))));

        assertThat(saved.changed()).isTrue();
        assertThat(saved.groupId()).isEqualTo("air-quality");
        assertThat(saved.files()).containsExactly("groups/air-quality/2017.json");
        Assessment a = f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow();
        assertThat(a).isEqualTo(saved.after());
        assertThat(a.level()).isEqualTo(ProgressLevel.ACHIEVED);
        assertThat(a.rationale()).isEqualTo(Text.of("Adopted.", "Adoptado."));
        assertThat(a.evidence()).extracting(Link::url).containsExactly("evidence/minutes.txt", "https://example.org/plan");
        HistoryEntry last = f.history().get(f.history().size() - 1);
        assertThat(last.action()).isEqualTo("rate");
        assertThat(last.by()).isEqualTo("Ana");
        assertThat(last.subject()).isEqualTo("aq-1-1");
        assertThat(last.why()).as("the rationale, when no reason is given").isEqualTo("Adopted.");

        Saved<Assessment> again = f.service.rate(new Rate(ana, "aq-1-1", 2017, "achieved", Text.of("Adopted.", "Adoptado."), null));
        assertThat(again.changed()).as("the same rating, evidence kept").isFalse();
        assertThat(f.history()).last().isEqualTo(last);
    }

    @Test
    void aRefusedRatingNamesEachFieldAndSavesNothing() throws Exception {
        Map<String, String> before = f.files();

        CycleException request = catchThrowableOfType(() -> f.service.rate(new Rate(ana, "aq-1-1", 2017, "good", null, null)),
                CycleException.class);
        assertThat(request.kind()).isEqualTo(Kind.USAGE);
        assertThat(request.problems()).extracting(Problem::field).containsExactly("level", "rationale");
        assertThat(request.problems().get(0).message()).contains("'good' is not a level of the Progress Key");
        assertThat(request.problems().get(1).text(field -> "Rationale")).isEqualTo("say why the activity stands at this level with Rationale");

        CycleException evidence = catchThrowableOfType(() -> f.service.rate(new Rate(ana, "aq-1-1", 2017, "moderate", Text.of("x"),
                List.of(new Link(null, "https://example.org"), new Link(null, "../../etc/passwd"), new Link(null, "evidence/none.pdf")))),
                CycleException.class);
        assertThat(evidence.problems()).extracting(Problem::field).containsExactly("evidence[1]", "evidence[2]");
        assertThat(evidence.problems().get(0).message()).contains("leads outside the workspace folder");
        assertThat(evidence.problems().get(1).message()).as("a missing file is refused when recorded")
                .contains("there is no file 'evidence/none.pdf'");

        // every mistake of the form at once: a web page shows them together, not one per try
        CycleException all = catchThrowableOfType(() -> f.service.rate(new Rate(ana, "aq-1-1", 2017, "moderate", Text.of(" "),
                List.of(new Link(Text.of("<script>alert(1)</script>"), "javascript:alert(1)")))), CycleException.class);
        assertThat(all.kind()).isEqualTo(Kind.USAGE);
        assertThat(all.problems()).extracting(Problem::field).containsExactly("rationale", "evidence[0]");
        assertThat(all.problems().get(1).message()).contains("'javascript:alert(1)'").contains("javascript:");

        CycleException nobody = catchThrowableOfType(() -> f.service.rate(new Rate(new Acting(f.data, " ", null), "aq-1-1", 2017,
                "moderate", Text.of("x"), null)), CycleException.class);
        assertThat(nobody.problems()).extracting(Problem::field).containsExactly("by");

        assertThat(f.files()).isEqualTo(before);
    }

    @Test
    void everyProblemOfAnEventNamesItsField() throws Exception {
        Map<String, String> before = f.files();
        CycleException e = catchThrowableOfType(() -> f.service.recordEvent(new RecordEvent(ana, "air-quality", 2017, "aq-2017-x", "party",
                "2016-05-01", null, null, null, List.of("carb", "nobody"), "many", null, "aq-9-9", "5")), CycleException.class);
        assertThat(e.kind()).isEqualTo(Kind.USAGE);
        assertThat(e.problems()).extracting(Problem::field)
                .containsExactly("kind", "date", "organizations", "participants", "activityId", "title", "quarter");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.namesFields()).as(p.message()).isTrue());
        assertThat(f.files()).isEqualTo(before);
    }

    @Test
    void reviewFollowsTheTransitionsOfTheModel() throws Exception {
        var wildfires = f.year("wildfires", 2017);
        f.store.save(f.data, Workbench.withYear(f.workspace(), wildfires.withAssessments(wildfires.assessments().subList(1,
                wildfires.assessments().size()))));
        CycleException unrated = catchThrowableOfType(() -> f.service.review(new ReviewYear(ana, "wildfires", 2017, ReviewAction.SUBMIT, null)),
                CycleException.class);
        assertThat(unrated.kind()).isEqualTo(Kind.REFUSED);
        assertThat(unrated.getMessage()).contains("cannot be submitted").contains("1 of");

        CycleException approveDraft = catchThrowableOfType(() -> f.service.review(new ReviewYear(ana, "air-quality", 2017,
                ReviewAction.APPROVE, null)), CycleException.class);
        assertThat(approveDraft.kind()).isEqualTo(Kind.REFUSED);

        CycleException noReason = catchThrowableOfType(() -> f.service.review(new ReviewYear(ana, "air-quality", 2017,
                ReviewAction.RETURN, " ")), CycleException.class);
        assertThat(noReason.problems()).extracting(Problem::field).containsExactly("reason");

        f.complete(2017);
        var submitted = f.service.review(new ReviewYear(ana, "air-quality", 2017, ReviewAction.SUBMIT, null));
        assertThat(submitted.before()).isEqualTo(mou.core.model.ReviewState.DRAFT);
        assertThat(submitted.after()).isEqualTo(mou.core.model.ReviewState.SUBMITTED);
        assertThat(f.year("air-quality", 2017).review().state()).isEqualTo(mou.core.model.ReviewState.SUBMITTED);
        assertThat(f.service.history(new HistoryQuery(ana, "air-quality", null, 2017, "Ana")).entries())
                .extracting(HistoryEntry::action).containsExactly("submit");
    }

    @Test
    void aChangeSavedByOtherMeanwhileIsKeptAndTheCommandsChangeIsMadeOnIt() throws Exception {
        Path file = f.data.resolve("groups/air-quality/2017.json");
        // a store that lets someone else save the same year between this request's load and its save
        WorkspaceStore racing = new WorkspaceStore() {
            public LoadResult load(Path folder) {
                LoadResult loaded = f.store.load(folder);
                try {
                    Files.writeString(file, Files.readString(file).replace("carried over", "carried  over"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return loaded;
            }

            public void save(Path folder, Workspace workspace) throws IOException {
                f.store.save(folder, workspace);
            }

            public List<String> save(Path folder, Workspace w, LoadResult basis, List<HistoryEntry> history) throws IOException {
                return f.store.save(folder, w, basis, history);
            }
        };
        CycleServiceImpl service = new CycleServiceImpl(racing, Fixture.REPORTS, new mou.core.internal.ReportFiles(Fixture.EXTENSIONS), Clock.fixed(Fixture.NOW, ZoneOffset.UTC));
        int entries = f.history().size();

        // the command line's change (no version read at) is made again on the file as it is now, as a run a moment later would
        service.rate(new Rate(ana, "aq-1-1", 2017, "achieved", Text.of("x"), null));

        assertThat(Files.readString(file)).as("the other change is kept").contains("carried  over");
        assertThat(f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow().rationale().en()).isEqualTo("x");
        assertThat(f.history()).hasSize(entries + 1);
    }

    @Test
    void anExportedYearImportsBackAndItsCellProblemsAreNamedByCell() throws Exception {
        List<SheetTable> tables = f.service.exportYear(new ExportYear(ana, "air-quality", 2017)).tables();
        Map<String, SheetContent> sheets = new LinkedHashMap<>();
        for (SheetTable t : tables) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(t.columns().stream().map(c -> c.header()).toList());
            rows.addAll(t.rows());
            sheets.put(t.name(), new SheetContent(t.name(), rows));
        }
        assertThat(f.service.importYear(new ImportYear(ana, sheets, "test")).changes()).as("nothing filled in").isEmpty();

        List<List<String>> assessments = new ArrayList<>(sheets.get("Assessments").rows());
        List<String> first = new ArrayList<>(assessments.get(1));
        first.set(4, "Excellent");
        assessments.set(1, first);
        sheets.put("Assessments", new SheetContent("Assessments", assessments));
        Map<String, String> before = f.files();

        CycleException e = catchThrowableOfType(() -> f.service.importYear(new ImportYear(ana, sheets, "test")), CycleException.class);

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.problems().get(0).field()).isEqualTo("Assessments!E2");
        assertThat(e.problems().get(0).message()).contains("'Excellent' is not a level");
        assertThat(f.files()).isEqualTo(before);
    }
}
