package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mou.core.command.Status;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.EditDeliverable;
import mou.core.cycle.ImportWorkbook;
import mou.core.cycle.Problem;
import mou.core.cycle.Rate;
import mou.core.cycle.RecordEvent;
import mou.core.cycle.RecordFigure;
import mou.core.cycle.RecordUpdate;
import mou.core.cycle.Remove;
import mou.core.cycle.ReviewYear;
import mou.core.cycle.WriteNarrative;
import mou.core.model.ReviewAction;
import mou.core.model.Text;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change to a published year, or to one under review, is refused for that reason first, before the request's
 * fields are checked: an old form sending invalid values to a year that is final gets "published and locked"
 * (REFUSED, the commands' status 3), not field errors that ask to correct what can never be saved.
 */
class LockedFirstTest {

    @TempDir
    Path temp;

    Fixture f;
    Acting acting;

    @BeforeEach
    void setUp() {
        f = new Fixture(temp);
        acting = Acting.of(f.data, "Ana Ruiz");
    }

    /** Puts the group's 2016 in a review state in its file, as the review steps leave it. */
    private void state(String group, String state) throws Exception {
        Path file = f.data.resolve("groups/" + group + "/2016.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\\{", "{\"review\": [{\"state\": \"" + state
                + "\", \"by\": \"Office\", \"at\": \"2017-03-20T10:00:00Z\"}],"));
    }

    private static void refusedAs(String code, ThrowingCallable call) {
        CycleException e = catchThrowableOfType(CycleException.class, call);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.kind()).as("%s", e.problems()).isEqualTo(CycleException.Kind.REFUSED);
        assertThat(e.problems()).extracting(Problem::code).containsExactly(code);
    }

    @Test
    void everyChangeWithInvalidFieldsToAPublishedYearIsRefusedAsPublished() throws Exception {
        state("air-quality", "published");
        String published = "year.published";
        Text bad = Text.of("bad\u0007text");

        refusedAs(published, () -> f.service.rate(new Rate(acting, "aq-1-1", 2016, "excellent", Text.of(" "), null)));
        refusedAs(published, () -> f.service.update(new RecordUpdate(acting, "air-quality", "2016-Q1", List.of(), false, List.of(), List.of())));
        refusedAs(published, () -> f.service.update(new RecordUpdate(acting, "air-quality", "2016-Q1", List.of(bad), false, List.of(), List.of())));
        refusedAs(published, () -> f.service.recordEvent(new RecordEvent(acting, "air-quality", 2016, "Not An Id!", "party", "yesterday",
                "", null, null, null, "many", null, null, "Q9")));
        refusedAs(published, () -> f.service.recordEvent(new RecordEvent(acting, "air-quality", 2016, "aq-2016-new", "party", "yesterday",
                "", null, null, null, "many", null, null, "Q9")));
        refusedAs(published, () -> f.service.recordFigure(new RecordFigure(acting, "air-quality", 2016, "aq-2016-fig", "", null, "12,5",
                null, "lots", null, "soon", null, null, "Q9")));
        refusedAs(published, () -> f.service.removeEvent(new Remove(acting, "air-quality", 2016, "Not An Id!")));
        refusedAs(published, () -> f.service.removeFigure(new Remove(acting, "air-quality", 2016, "no-such-figure")));
        refusedAs(published, () -> f.service.narrative(new WriteNarrative(acting, "air-quality", 2016, "epilogue", List.of(bad), false)));
        refusedAs(published, () -> f.service.narrative(new WriteNarrative(acting, "air-quality", 2016, "summary", List.of(bad), false)));
        refusedAs(published, () -> f.service.editDeliverable(new EditDeliverable(acting, "air-quality", 2016, "aq-1-1-1",
                Map.of("no-such-attribute", "x"))));
        refusedAs(published, () -> f.service.review(new ReviewYear(acting, "air-quality", 2016, ReviewAction.RETURN, null)));
        refusedAs(published, () -> f.service.review(new ReviewYear(acting, "air-quality", 2016, ReviewAction.APPROVE, null, "why")));
        refusedAs(published, () -> f.service.importWorkbook(new ImportWorkbook(acting, "air-quality", 2016, new byte[0], "aq.xlsx")));
        refusedAs(published, () -> f.service.importWorkbook(new ImportWorkbook(acting, "air-quality", 2016, "not a workbook".getBytes(),
                "aq.xlsx")));

        // another group's year, a draft, still gets its field errors
        CycleException draft = catchThrowableOfType(CycleException.class,
                () -> f.service.rate(new Rate(acting, "wf-1-1", 2016, "excellent", Text.of(" "), null)));
        assertThat(draft.kind()).isEqualTo(CycleException.Kind.USAGE);
        assertThat(draft.problems()).extracting(Problem::field).contains("level", "rationale");
    }

    @Test
    void aYearUnderReviewIsRefusedAsUnderReviewBeforeItsFields() throws Exception {
        state("air-quality", "submitted");
        state("wildfires", "approved");

        refusedAs("year.underReview.submitted",
                () -> f.service.rate(new Rate(acting, "aq-1-1", 2016, "excellent", Text.of(" "), null)));
        refusedAs("year.underReview.submitted", () -> f.service.update(new RecordUpdate(acting, "air-quality", "2016-Q1", List.of(), false,
                List.of(), List.of())));
        refusedAs("year.underReview.approved", () -> f.service.recordFigure(new RecordFigure(acting, "wildfires", 2016, "Bad Id", "", null,
                "x", null, null, null, null, null, null, null)));
        refusedAs("year.underReview.approved", () -> f.service.narrative(new WriteNarrative(acting, "wildfires", 2016, "epilogue",
                List.of(), false)));
    }

    @Test
    void theCommandsSayPublishedWithStatus3() throws Exception {
        Path out = temp.resolve("aq");
        f.ok("export", "air-quality", "2016", "--format", "csv", "--out", out.toString());
        Path assessments = out.resolve("air-quality-2016-assessments.csv");
        String csv = Files.readString(assessments);
        assertThat(csv).contains("Moderate Progress");
        Files.writeString(assessments, csv.replace("Moderate Progress", "Excellent"));
        assertThat(f.run("import", out.toString()).status()).as("the edited cell is refused in a draft").isEqualTo(Status.INVALID_DATA);
        state("air-quality", "published");

        for (Fixture.Run run : List.of(
                f.run("rate", "aq-1-1", "excellent", "--year", "2016", "--rationale", "x"),
                f.run("event", "air-quality", "2016", "aq-2016-new", "--kind", "party", "--date", "yesterday", "--title", "x"),
                f.run("figure", "air-quality", "2016", "aq-2016-fig", "--label", "x", "--value", "12,5"),
                f.run("narrative", "air-quality", "2016", "epilogue", "--text", "x"),
                f.run("return", "air-quality", "2016", "--reason", "x"),
                f.run("import", out.toString()))) {
            assertThat(run.status()).as("%s", run).isEqualTo(Status.FAILED);
            assertThat(run.err()).as("%s", run).contains("air-quality 2016 was published (by Office on 2017-03-20T10:00:00Z) and is locked");
        }
    }
}
