package mou.store.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;
import mou.core.model.ReviewState;
import mou.core.model.ReviewStep;
import mou.core.model.Workspace;
import mou.core.spi.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A level carried over from the year before, and a review step taken incomplete, in the year's file. */
class CarriedOverTest {

    private static final String YEAR_FILE = "groups/air-quality/2016.json";
    private static final String CARRIED = "Level carried over from 2015; not yet re-rated for 2016.";

    @TempDir
    Path temp;

    private final JsonWorkspaceStore store = new JsonWorkspaceStore(TestExtensions.airQuality());

    private Workspace load(Path ws) {
        LoadResult result = store.load(ws);
        assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
        return result.workspace();
    }

    private static Workspace withYear(Workspace w, GroupYear year) {
        List<GroupYear> years = new ArrayList<>(w.years().stream().filter(y -> !(y.groupId().equals(year.groupId()) && y.year() == year.year())).toList());
        years.add(year);
        return new Workspace(w.agreement(), w.organizations(), w.relatedAgreements(), w.plans(), years, w.reports());
    }

    @Test
    void aCarriedOverLevelIsWrittenAndReadBackAsSuchAndAFileWithoutTheKeyIsNotCarriedOver() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        TestWorkspace.write(ws, YEAR_FILE, TestWorkspace.read(ws, YEAR_FILE).replace("      \"carriedOver\": false\n", "")
                .replace("\"inferred\": false,\n", "\"inferred\": false\n").replace("\"inferred\": true,\n", "\"inferred\": true\n"));
        Workspace w = load(ws);
        GroupYear year = w.year("air-quality", 2016).orElseThrow();
        assertThat(year.assessments()).as("no key: not carried over").noneMatch(Assessment::carriedOver).allMatch(Assessment::rated);

        Assessment first = year.assessments().get(0);
        List<Assessment> assessments = new ArrayList<>(year.assessments());
        assessments.set(0, Assessment.carriedOver(first, 2015, 2016));
        store.save(ws, withYear(w, year.withAssessments(assessments)));

        String text = TestWorkspace.read(ws, YEAR_FILE);
        assertThat(text).contains("\"carriedOver\": true").doesNotContain("\"carriedOver\": false");
        Assessment back = load(ws).year("air-quality", 2016).orElseThrow().assessment(first.activityId()).orElseThrow();
        assertThat(back.carriedOver()).isTrue();
        assertThat(back.rated()).isFalse();
        assertThat(back.level()).isEqualTo(first.level());
        assertThat(back.rationale().en()).isEqualTo(CARRIED);
    }

    @Test
    void aYearWrittenBeforeTheKeyIsReadCarriedOverByItsSentenceOnly() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        String text = TestWorkspace.read(ws, YEAR_FILE).replace("      \"carriedOver\": false\n", "")
                .replace("\"inferred\": false,\n", "\"inferred\": false\n").replace("\"inferred\": true,\n", "\"inferred\": true\n")
                .replace("\"Two meetings were held.\"", "\"" + CARRIED + "\"")
                .replace("\"Monitoring began in April 2016; data are streamed to the SPA website.\"",
                        "\"Level carried over from 2015; not yet re-rated for 2016. Monitoring began.\"");
        TestWorkspace.write(ws, YEAR_FILE, text);

        GroupYear year = load(ws).year("air-quality", 2016).orElseThrow();

        assertThat(year.assessment("aq-1-1").orElseThrow().carriedOver()).as("exactly the sentence").isTrue();
        assertThat(year.assessment("aq-3-2").orElseThrow().carriedOver()).as("a rationale of the group's own").isFalse();

        // the key, once there, is what counts
        TestWorkspace.write(ws, YEAR_FILE, text.replace("\"inferred\": false\n", "\"inferred\": false,\n      \"carriedOver\": false\n"));
        assertThat(load(ws).year("air-quality", 2016).orElseThrow().assessment("aq-1-1").orElseThrow().carriedOver()).isFalse();
    }

    @Test
    void aStepTakenIncompleteKeepsItsReasonAndOthersWriteNoKey() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        Workspace w = load(ws);
        GroupYear year = w.year("air-quality", 2016).orElseThrow();
        Instant at = Instant.parse("2017-02-01T09:30:00Z");
        GroupYear submitted = year.withReview(year.review().with(new ReviewStep(ReviewState.SUBMITTED, "Ana", at, null, "figures come in March"))
                .with(new ReviewStep(ReviewState.RETURNED, "Office", at, "add them")));
        store.save(ws, withYear(w, submitted));

        String text = TestWorkspace.read(ws, YEAR_FILE);
        assertThat(text).containsOnlyOnce("\"incomplete\"").contains("\"incomplete\": \"figures come in March\"");
        List<ReviewStep> steps = load(ws).year("air-quality", 2016).orElseThrow().review().steps();
        assertThat(steps).extracting(ReviewStep::incomplete).containsExactly("figures come in March", null);
    }

    @Test
    void theCarriedOverSentenceInEnglishAloneIsNoTextASpanishReaderMisses() throws Exception {
        Path ws = TestWorkspace.copy(temp);
        Workspace w = load(ws);
        GroupYear year = w.year("air-quality", 2016).orElseThrow();
        List<Assessment> assessments = new ArrayList<>(year.assessments());
        Assessment first = assessments.get(0);
        assessments.set(0, new Assessment(first.activityId(), first.level(), mou.core.model.Text.of(CARRIED), List.of(), false, true));
        store.save(ws, withYear(w, year.withAssessments(assessments)));
        assertThat(TestWorkspace.read(ws, YEAR_FILE)).contains("\"rationale\": \"" + CARRIED + "\"");

        LoadResult placed = store.loadPlacingTexts(ws);
        assertThat(placed.texts()).as("the model's sentence, shown in Spanish to a Spanish reader").noneMatch(p -> p.text().en().equals(CARRIED));
        assertThat(placed.workspace().year("air-quality", 2016).orElseThrow().assessment(first.activityId()).orElseThrow().shownRationale().es())
                .isEqualTo("Nivel que viene de 2015; aún sin calificar de nuevo para 2016.");
    }
}
