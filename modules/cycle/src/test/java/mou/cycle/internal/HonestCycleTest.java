package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mou.core.command.Status;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.CycleException.Kind;
import mou.core.cycle.ExportYear;
import mou.core.cycle.ImportYear;
import mou.core.cycle.Problem;
import mou.core.cycle.Publish;
import mou.core.cycle.Published;
import mou.core.cycle.ReviewYear;
import mou.core.cycle.SheetContent;
import mou.core.cycle.SheetTable;
import mou.core.cycle.StatusQuery;
import mou.core.cycle.YearStatus;
import mou.core.model.Assessment;
import mou.core.model.Gap;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.ProgressLevel;
import mou.core.model.ReviewAction;
import mou.core.model.ReviewState;
import mou.core.model.ReviewStep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cycle lets no empty work through: a carried-over level is no rating, a new level needs a new
 * rationale, and submit and publish list what is missing and go on only when someone says why.
 */
class HonestCycleTest {

    private static final String CARRIED = "Level carried over from 2016; not yet re-rated for 2017.";
    private static final List<String> AQ = List.of("aq-1-1", "aq-2-1", "aq-2-2", "aq-3-1", "aq-3-2", "aq-3-3");

    @TempDir
    Path temp;

    Fixture f;
    Acting ana;

    @BeforeEach
    void open2017() {
        f = new Fixture(temp);
        f.ok("year", "open", "2017", "--by", "Program Office");
        ana = new Acting(f.data, "Ana", null);
    }

    private YearStatus.Group status(String group) throws CycleException {
        return f.service.status(new StatusQuery(ana, 2017, group)).groups().get(0);
    }

    @Test
    void rightAfterOpeningNothingIsRatedForTheYearAndStatusSaysWhatIsMissing() throws Exception {
        GroupYear aq = f.year("air-quality", 2017);
        assertThat(aq.assessments()).hasSize(6).allSatisfy(a -> {
            assertThat(a.carriedOver()).isTrue();
            assertThat(a.rated()).isFalse();
        });
        assertThat(Files.readString(f.data.resolve("groups/air-quality/2017.json"))).contains("\"carriedOver\": true");

        YearStatus status = f.service.status(new StatusQuery(ana, 2017, null));
        YearStatus.Group cv = status.groups().get(1);
        assertThat(cv.groupId()).isEqualTo("clean-vehicles");
        assertThat(List.of(cv.rated(), cv.carriedOver(), cv.unrated(), cv.activities())).containsExactly(0, 8, 0, 8);
        // the plan's activities by level, carried-over levels included: Clean Vehicles' 2016 levels
        assertThat(cv.levels()).containsExactlyInAnyOrderEntriesOf(Map.of(mou.core.model.ProgressLevel.NO_PROGRESS, 4,
                mou.core.model.ProgressLevel.INITIAL, 2, mou.core.model.ProgressLevel.MODERATE, 1, mou.core.model.ProgressLevel.ACHIEVED, 1));
        assertThat(cv.missing()).extracting(Gap::kind).containsExactly(Gap.Kind.CARRIED_OVER, Gap.Kind.EMPTY_NARRATIVE);
        assertThat(status.missing()).extracting(Gap::kind).containsExactly(Gap.Kind.NO_INTRODUCTION);

        Fixture.Run run = f.ok("year", "status", "2017");
        assertThat(run.out())
                .contains("clean-vehicles 2017: draft; 0 of 8 activities rated this year, 8 carried over from the year before (not yet re-rated)")
                .contains("  missing: 8 of 8 activities are not re-rated for 2017")
                .contains("  missing: the narrative's summary, accomplishments and next steps are empty")
                .contains("program office 2017: missing: the program office's introduction for 2017 is empty; write it with introduction 2017 --text TEXT");
        assertThat(run.out()).doesNotContain("8 of 8 activities rated");

        Fixture.Run shipped = f.ok("year", "status", "2016");
        assertThat(shipped.out()).as("the shipped 2016 year is whole").contains("8 of 8 activities rated this year").doesNotContain("missing");
    }

    @Test
    void ratingConfirmsOrReRatesACarriedOverLevelAndANewLevelNeedsANewRationale() throws Exception {
        Map<String, String> before = f.files();
        CycleException field = catchThrowableOfType(() -> f.service.rate(new mou.core.cycle.Rate(ana, "aq-1-1", 2017, "significant",
                mou.core.model.Text.of(CARRIED), null)), CycleException.class);
        assertThat(field.kind()).isEqualTo(Kind.USAGE);
        assertThat(field.problems()).extracting(Problem::field).containsExactly("rationale");

        Fixture.Run sameSentence = f.run("rate", "aq-1-1", "moderate", "--rationale", CARRIED);
        Fixture.Run newLevelOldSentence = f.run("rate", "aq-1-1", "significant", "--rationale", CARRIED);
        Fixture.Run anotherSentence = f.run("rate", "aq-2-1", "initial", "--rationale", "Level carried over from 2015; not yet re-rated for 2016.");

        assertThat(List.of(sameSentence, newLevelOldSentence, anotherSentence)).allSatisfy(r -> assertThat(r.status()).isEqualTo(Status.USAGE));
        assertThat(sameSentence.err()).contains("rate: the rationale is the one carried over from last year;"
                + " to confirm the level unchanged, say why the activity still stands at moderate");
        assertThat(newLevelOldSentence.err()).contains("the level changes from moderate to significant but the rationale is still the one"
                + " carried over from last year; a new level needs a new rationale");
        assertThat(anotherSentence.err()).contains("the rationale is the sentence of a carried-over level, which is no rating");
        assertThat(f.files()).as("nothing saved").isEqualTo(before);

        Fixture.Run confirm = f.ok("rate", "aq-1-1", "moderate", "--rationale", "Two more coordination meetings in 2017.");
        assertThat(confirm.out()).contains("air-quality 2017 aq-1-1: moderate -> moderate (the level carried over is confirmed for 2017)");
        Assessment confirmed = f.year("air-quality", 2017).assessment("aq-1-1").orElseThrow();
        assertThat(confirmed.carriedOver()).isFalse();
        assertThat(confirmed.level()).isEqualTo(ProgressLevel.MODERATE);
        assertThat(List.of(status("air-quality").rated(), status("air-quality").carriedOver())).containsExactly(1, 5);

        Map<String, String> rated = f.files();
        Fixture.Run keptRationale = f.run("rate", "aq-1-1", "achieved", "--rationale", "Two more coordination meetings in 2017.");
        assertThat(keptRationale.status()).isEqualTo(Status.USAGE);
        assertThat(keptRationale.err()).contains("the level changes from moderate to achieved but the rationale is the one given for moderate;"
                + " a new level needs a new rationale: say why the activity now stands at achieved");
        assertThat(f.files()).isEqualTo(rated);

        Fixture.Run reRate = f.ok("rate", "aq-3-1", "achieved", "--rationale", "Every station reports to the network.");
        assertThat(reRate.out()).contains("aq-3-1: significant -> achieved (the level carried over is re-rated for 2017)");
        HistoryEntry last = f.history().get(f.history().size() - 1);
        assertThat(last.before()).asString().contains("carriedOver=true");
        assertThat(last.after()).asString().doesNotContain("carriedOver");
        assertThat(List.of(status("air-quality").rated(), status("air-quality").carriedOver())).containsExactly(2, 4);
    }

    /** The sheets of the year as export gives them, the way a workbook or CSV files are read back. */
    private Map<String, SheetContent> exported() throws CycleException {
        Map<String, SheetContent> sheets = new LinkedHashMap<>();
        for (SheetTable t : f.service.exportYear(new ExportYear(ana, "air-quality", 2017)).tables()) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(t.columns().stream().map(c -> c.header()).toList());
            rows.addAll(t.rows());
            sheets.put(t.name(), new SheetContent(t.name(), rows));
        }
        return sheets;
    }

    /** Sets a cell of the Assessments sheet in the row of an activity; returns the row's number in the sheet (1 is the heading). */
    private static int set(Map<String, SheetContent> sheets, String activity, int column, String value) {
        List<List<String>> rows = new ArrayList<>(sheets.get("Assessments").rows());
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).get(1).equals(activity)) {
                List<String> row = new ArrayList<>(rows.get(r));
                row.set(column, value);
                rows.set(r, row);
                sheets.put("Assessments", new SheetContent("Assessments", rows));
                return r + 1;
            }
        }
        throw new AssertionError("no row for " + activity);
    }

    @Test
    void anImportThatChangesALevelButKeepsTheRationaleIsRefusedAtThatCellAllOrNothing() throws Exception {
        Map<String, SheetContent> sheets = exported();
        assertThat(f.service.importYear(new ImportYear(ana, sheets, "aq.xlsx")).changes()).as("an untouched export").isEmpty();
        assertThat(f.year("air-quality", 2017).assessments()).allMatch(Assessment::carriedOver);

        set(sheets, "aq-1-1", 5, "Two more coordination meetings in 2017.");
        int row = set(sheets, "aq-3-1", 4, "Deliverable Achieved");
        Map<String, String> before = f.files();

        CycleException e = catchThrowableOfType(() -> f.service.importYear(new ImportYear(ana, sheets, "aq.xlsx")), CycleException.class);

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.problems().get(0).field()).isEqualTo("Assessments!F" + row);
        assertThat(e.problems().get(0).message()).contains("the level changes from significant to achieved but the rationale is still the one"
                + " carried over from last year");
        assertThat(e.problems()).hasSize(2);
        assertThat(f.files()).as("all or nothing: aq-1-1's new rationale is not applied either").isEqualTo(before);

        set(sheets, "aq-3-1", 5, "Every station reports to the network.");
        f.service.importYear(new ImportYear(ana, sheets, "aq.xlsx"));
        GroupYear aq = f.year("air-quality", 2017);
        assertThat(aq.assessment("aq-1-1").orElseThrow()).satisfies(a -> {
            assertThat(a.level()).isEqualTo(ProgressLevel.MODERATE);
            assertThat(a.carriedOver()).as("confirmed with a rationale of the year").isFalse();
        });
        assertThat(aq.assessment("aq-3-1").orElseThrow()).satisfies(a -> {
            assertThat(a.level()).isEqualTo(ProgressLevel.ACHIEVED);
            assertThat(a.carriedOver()).isFalse();
        });
        assertThat(aq.assessments().stream().filter(Assessment::carriedOver).map(Assessment::activityId))
                .containsExactly("aq-2-1", "aq-2-2", "aq-3-2", "aq-3-3");

        Map<String, SheetContent> again = exported();
        int aq11 = set(again, "aq-1-1", 4, "Significant Progress");
        CycleException kept = catchThrowableOfType(() -> f.service.importYear(new ImportYear(ana, again, "aq.xlsx")), CycleException.class);
        assertThat(kept.problems().get(0).field()).isEqualTo("Assessments!F" + aq11);
        assertThat(kept.problems().get(0).message()).contains("the rationale is the one given for moderate; a new level needs a new rationale");
    }

    @Test
    void submitListsWhatIsMissingAndRefusesUnlessTheGroupSaysWhyItSubmitsIncomplete() throws Exception {
        Map<String, String> before = f.files();

        Fixture.Run refused = f.run("submit", "air-quality", "2017", "--by", "Ana");

        assertThat(refused.status()).isEqualTo(Status.FAILED);
        assertThat(refused.err()).contains("submit: air-quality 2017 cannot be submitted: it misses 2 parts:")
                .contains("air-quality 2017: 6 of 6 activities are not re-rated for 2017 (their level was carried over from the year before): "
                        + String.join(", ", AQ) + "; rate each for 2017 with rate ACTIVITY-ID LEVEL --rationale TEXT")
                .contains("air-quality 2017: the narrative's summary, accomplishments and next steps are empty; write each with narrative"
                        + " air-quality 2017 PART --text TEXT")
                .contains("submit air-quality 2017 --incomplete REASON");
        assertThat(f.files()).isEqualTo(before);

        Fixture.Run incomplete = f.ok("submit", "air-quality", "2017", "--by", "Ana", "--incomplete", "The network report comes in March.");

        assertThat(incomplete.out()).contains("air-quality 2017: draft -> submitted (by Ana)")
                .contains("submitted with parts missing (The network report comes in March.)");
        ReviewStep step = f.year("air-quality", 2017).review().last().orElseThrow();
        assertThat(step.state()).isEqualTo(ReviewState.SUBMITTED);
        assertThat(step.incomplete()).isEqualTo("The network report comes in March.");
        HistoryEntry last = f.history().get(f.history().size() - 1);
        assertThat(last.action()).isEqualTo("submit");
        assertThat(last.why()).startsWith("submitted incomplete (6 of 6 activities are not re-rated for 2017")
                .endsWith("): The network report comes in March.");
        assertThat(last.after()).asString().contains("incomplete=The network report comes in March.");
        assertThat(f.ok("year", "status", "2017").out()).contains("air-quality 2017: submitted (by Ana on 2017-04-03T15:20:00Z;"
                + " with parts missing, because: The network report comes in March.); 0 of 6 activities rated this year");

        f.complete(2017);
        Fixture.Run notNeeded = f.ok("submit", "wildfires", "2017", "--incomplete", "just in case");
        assertThat(notNeeded.out()).contains("submit: --incomplete was not needed: nothing is missing");
        assertThat(f.year("wildfires", 2017).review().last().orElseThrow().incomplete()).isNull();
    }

    @Test
    void throughTheServiceTheReasonToGoOnIncompleteIsAFieldOfSubmitOnly() throws Exception {
        CycleException empty = catchThrowableOfType(() -> f.service.review(new ReviewYear(ana, "air-quality", 2017, ReviewAction.SUBMIT, null,
                " ")), CycleException.class);
        assertThat(empty.problems()).extracting(Problem::field).containsExactly("incomplete");
        CycleException approve = catchThrowableOfType(() -> f.service.review(new ReviewYear(ana, "air-quality", 2017, ReviewAction.APPROVE, null,
                "why not")), CycleException.class);
        assertThat(approve.kind()).isEqualTo(Kind.USAGE);
        assertThat(approve.problems()).extracting(Problem::field).containsExactly("incomplete");

        CycleException missing = catchThrowableOfType(() -> f.service.review(new ReviewYear(ana, "air-quality", 2017, ReviewAction.SUBMIT, null)),
                CycleException.class);
        assertThat(missing.kind()).isEqualTo(Kind.REFUSED);
        assertThat(missing.problems().get(missing.problems().size() - 1).field()).isEqualTo("incomplete");
        assertThat(missing.problems().get(missing.problems().size() - 1).text(field -> "[" + field + "]"))
                .endsWith("submit air-quality 2017 [incomplete] REASON");
    }

    @Test
    void publishRefusesWithoutTheIntroductionAndNamesEveryMissingPartUnlessTheOfficeSaysWhy() throws Exception {
        Fixture.Run notApproved = f.run("publish", "2017", "--by", "Maria Lopez");
        assertThat(notApproved.status()).isEqualTo(Status.FAILED);
        assertThat(notApproved.err()).contains("not approved: air-quality (draft)").contains("and 2017 still misses:")
                .contains("the program office's introduction for 2017 is empty");

        for (String g : PublishTest.GROUPS) {
            f.ok("submit", g, "2017", "--incomplete", "to be completed");
            f.ok("approve", g, "2017", "--by", "Program Office");
        }
        Map<String, String> before = f.files();

        Fixture.Run refused = f.run("publish", "2017", "--by", "Maria Lopez");

        assertThat(refused.status()).isEqualTo(Status.FAILED);
        assertThat(refused.err()).contains("publish: 2017 was not published: its report would miss 11 parts:")
                .contains("air-quality 2017: 6 of 6 activities are not re-rated for 2017")
                .contains("wildfires 2017: the narrative's summary, accomplishments and next steps are empty")
                .contains("the program office's introduction for 2017 is empty; write it with introduction 2017 --text TEXT")
                .contains("publish 2017 --allow-missing REASON");
        assertThat(f.files()).as("nothing locked or written").isEqualTo(before);
        assertThat(f.data.resolve("published")).doesNotExist();

        Fixture.Run published = f.ok("publish", "2017", "--by", "Maria Lopez", "--allow-missing", "The board meets tomorrow.");

        assertThat(published.err()).contains("publish: published incomplete, because: The board meets tomorrow.");
        Path report = f.data.resolve("published/2017/progress-report-2017.txt");
        assertThat(Files.readString(report)).contains("This report was published incomplete by decision of the program office. Missing:"
                + " air-quality: 6 of 6 activities are not re-rated for 2017").contains("Reason: The board meets tomorrow.");
        // the Spanish report lists the same gaps in Spanish
        assertThat(Files.readString(f.data.resolve("published/2017/progress-report-2017-es.txt")))
                .contains("Este informe se publicó incompleto por decisión de la oficina del programa. Falta: air-quality: 6 de 6 actividades"
                        + " no se han vuelto a calificar para 2017 (su nivel se trasladó del año anterior)")
                .contains("wildfires: las partes resumen, logros y próximos pasos de la narrativa están vacías")
                .contains("Motivo: The board meets tomorrow.").doesNotContain("activities are not").doesNotContain("are empty");
        assertThat(f.workspace().years().stream().filter(y -> y.year() == 2017)).allSatisfy(y -> {
            assertThat(y.published()).isTrue();
            assertThat(y.review().last().orElseThrow().incomplete()).isEqualTo("The board meets tomorrow.");
        });
        assertThat(f.history().stream().filter(h -> h.action().equals("publish"))).hasSize(5)
                .allSatisfy(h -> assertThat(h.why()).contains("published incomplete (").endsWith("): The board meets tomorrow."));

        // the report of a locked year written again still says so
        Files.delete(report);
        f.ok("publish", "2017");
        assertThat(Files.readString(report)).contains("This report was published incomplete by decision of the program office.")
                .contains("Reason: The board meets tomorrow.");
    }

    @Test
    void throughTheServiceAPublicationSaysWhatItWasPublishedWithout() throws Exception {
        for (String g : PublishTest.GROUPS) {
            f.service.review(new ReviewYear(ana, g, 2017, ReviewAction.SUBMIT, null, "later"));
            f.service.review(new ReviewYear(ana, g, 2017, ReviewAction.APPROVE, null));
        }
        CycleException refused = catchThrowableOfType(() -> f.service.publish(new Publish(ana, 2017, "en", List.of(), null, null)),
                CycleException.class);
        assertThat(refused.kind()).isEqualTo(Kind.REFUSED);
        assertThat(refused.problems().get(refused.problems().size() - 1).field()).isEqualTo("allowMissing");

        Published published = f.service.publish(new Publish(ana, 2017, "en", List.of(), null, "the board"));
        assertThat(published.incomplete()).extracting(Gap::kind).contains(Gap.Kind.CARRIED_OVER, Gap.Kind.EMPTY_NARRATIVE,
                Gap.Kind.NO_INTRODUCTION);
        assertThat(published.incomplete()).filteredOn(g -> g.kind() == Gap.Kind.NO_INTRODUCTION).singleElement()
                .satisfies(g -> assertThat(g.groupId()).isNull());
    }
}
