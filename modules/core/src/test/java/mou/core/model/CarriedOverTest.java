package mou.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A carried-over level is no rating; the one rule of a new rating; what a year misses. */
class CarriedOverTest {

    private static final Assessment RATED_2016 = new Assessment("aq-1-1", ProgressLevel.MODERATE, Text.of("Two meetings were held."),
            List.of(new Link(null, "https://example.org/minutes")), true);
    private static final Assessment CARRIED = Assessment.carriedOver(RATED_2016, 2016, 2017);

    @Test
    void aCarriedOverLevelKeepsTheLevelButIsNoRatingAndSaysSo() {
        assertThat(CARRIED.level()).isEqualTo(ProgressLevel.MODERATE);
        assertThat(CARRIED.carriedOver()).isTrue();
        assertThat(CARRIED.rated()).isFalse();
        assertThat(CARRIED.inferred()).as("an inferred level stays inferred").isTrue();
        assertThat(CARRIED.evidence()).as("last year's evidence is last year's").isEmpty();
        assertThat(CARRIED.rationale().en()).isEqualTo("Level carried over from 2016; not yet re-rated for 2017.");
        assertThat(RATED_2016.rated()).isTrue();
        assertThat(RATED_2016.carriedOver()).as("the constructor of before 1.4 makes a rating").isFalse();
    }

    @Test
    void theSentenceOfACarriedOverLevelIsRecognisedExactly() {
        assertThat(Assessment.isCarriedOverRationale("Level carried over from 2016; not yet re-rated for 2017.")).isTrue();
        assertThat(Assessment.isCarriedOverRationale("  Level carried over from 1999; not yet re-rated for 2000. ")).isTrue();
        assertThat(Assessment.isCarriedOverRationale("Level carried over from 2016; not yet re-rated for 2017. The plan was adopted."))
                .isFalse();
        assertThat(Assessment.isCarriedOverRationale("Level carried over from 2016")).isFalse();
        assertThat(Assessment.isCarriedOverRationale(null)).isFalse();
    }

    @Test
    void aCarriedOverLevelIsRatedOnlyWithARationaleOfTheYear() {
        String carried = CARRIED.rationale().en();
        assertThat(Assessment.ratingProblem(CARRIED, ProgressLevel.SIGNIFICANT, carried)).get().asString()
                .contains("changes from moderate to significant").contains("still the one carried over").contains("needs a new rationale");
        assertThat(Assessment.ratingProblem(CARRIED, ProgressLevel.MODERATE, " " + carried + " ")).get().asString()
                .contains("to confirm the level unchanged, say why the activity still stands at moderate");
        assertThat(Assessment.ratingProblem(CARRIED, ProgressLevel.MODERATE, "Three more meetings in 2017.")).isEmpty();
        assertThat(Assessment.ratingProblem(CARRIED, ProgressLevel.ACHIEVED, "The plan was adopted.")).isEmpty();
    }

    @Test
    void aNewLevelNeverKeepsTheRationaleOfTheLevelItReplaces() {
        assertThat(Assessment.ratingProblem(RATED_2016, ProgressLevel.ACHIEVED, "Two meetings were held.")).get().asString()
                .contains("the level changes from moderate to achieved but the rationale is the one given for moderate");
        assertThat(Assessment.ratingProblem(RATED_2016, ProgressLevel.MODERATE, "Two meetings were held."))
                .as("the same rating again (e.g. to change its evidence)").isEmpty();
        assertThat(Assessment.ratingProblem(RATED_2016, ProgressLevel.ACHIEVED, "Adopted.")).isEmpty();
        assertThat(Assessment.ratingProblem(null, ProgressLevel.ACHIEVED, "Adopted.")).isEmpty();
        // in Spanish the levels are named by their Spanish words, not their ids
        assertThat(Assessment.ratingProblem(RATED_2016, ProgressLevel.ACHIEVED, "Two meetings were held.", "es")).get().asString()
                .contains("el nivel cambia de Avance moderado a Entregable logrado").contains("la que se dio para Avance moderado")
                .doesNotContain("moderate").doesNotContain("achieved");
    }

    @Test
    void noRatingTakesTheSentenceOfACarriedOverLevel() {
        String sentence = "Level carried over from 2015; not yet re-rated for 2016.";
        assertThat(Assessment.ratingProblem(null, ProgressLevel.INITIAL, sentence)).get().asString()
                .contains("the sentence of a carried-over level");
        assertThat(Assessment.ratingProblem(RATED_2016, ProgressLevel.MODERATE, sentence)).isPresent();
    }

    @Test
    void aYearMissesWhatIsNotRatedForItAndTheRequiredNarrativeParts() {
        Activity a1 = activity("cv-1-1");
        Activity a2 = activity("cv-1-2");
        Activity a3 = activity("cv-1-3");
        WorkingGroupPlan plan = new WorkingGroupPlan("clean-vehicles", Text.of("Clean Vehicles"), List.of(), List.of(), true,
                List.of(new OverarchingGoal("cv-1", 1, Text.of("Goal"), Text.of("Statement"), List.of(a1, a2, a3))));
        Assessment rated = new Assessment("cv-1-1", ProgressLevel.ACHIEVED, Text.of("Done."), List.of(), false);
        Assessment carried = Assessment.carriedOver(new Assessment("cv-1-2", ProgressLevel.INITIAL, Text.of("Begun."), List.of(), false),
                2016, 2017);
        GroupYear year = new GroupYear("clean-vehicles", 2017, new Narrative(List.of(), List.of(Text.of("Done.")), List.of(), List.of(Text.of(" "))),
                List.of(rated, carried), List.of(), List.of());

        List<Gap> gaps = Gap.of(plan, year);

        assertThat(gaps).extracting(Gap::kind).containsExactly(Gap.Kind.NOT_RATED, Gap.Kind.CARRIED_OVER, Gap.Kind.EMPTY_NARRATIVE);
        assertThat(gaps.get(0).subjects()).containsExactly("cv-1-3");
        assertThat(gaps.get(0).describe()).isEqualTo("1 of 3 activities are not rated: cv-1-3");
        assertThat(gaps.get(1).describe()).startsWith("1 of 3 activities are not re-rated for 2017").endsWith(": cv-1-2");
        assertThat(gaps.get(2).subjects()).as("challenges are optional; a blank paragraph is empty").containsExactly("summary", "next-steps");
        assertThat(gaps.get(2).describe()).isEqualTo("the narrative's summary and next steps are empty");

        GroupYear complete = year.withAssessments(List.of(rated, new Assessment("cv-1-2", ProgressLevel.INITIAL, Text.of("Still begun."),
                List.of(), false), new Assessment("cv-1-3", ProgressLevel.NO_PROGRESS, Text.of("Not begun."), List.of(), false)))
                .withNarrative(new Narrative(List.of(Text.of("S.")), List.of(Text.of("A.")), List.of(), List.of(Text.of("N."))));
        assertThat(Gap.of(plan, complete)).isEmpty();
    }

    @Test
    void theProgramOfficesPartMissesItsIntroduction() {
        assertThat(Gap.of((AnnualReport) null, 2017)).extracting(Gap::kind).containsExactly(Gap.Kind.NO_INTRODUCTION);
        assertThat(Gap.of(new AnnualReport(2017, Text.of("Report"), List.of(), null, List.of()), 2017).get(0).describe())
                .isEqualTo("the program office's introduction for 2017 is empty");
        assertThat(Gap.of(new AnnualReport(2017, Text.of("Report"), List.of(Text.of("In 2017 ...")), null, List.of()), 2017)).isEmpty();
    }

    private static Activity activity(String id) {
        return new Activity(id, Text.of("Activity " + id), List.of(), null);
    }

    @Test
    void aCarriedOverLevelsRationaleIsShownInEitherLanguageAlsoWhenTheFileKeptOnlyItsEnglish() {
        assertThat(CARRIED.shownRationale()).isEqualTo(CARRIED.rationale());
        assertThat(CARRIED.shownRationale().in("es")).isEqualTo("Nivel que viene de 2016; aún sin calificar de nuevo para 2017.");
        Assessment old = new Assessment("aq-1-1", ProgressLevel.MODERATE, Text.of("Level carried over from 2015; not yet re-rated for 2016."),
                List.of(), false, true);
        assertThat(old.shownRationale().in("es")).isEqualTo("Nivel que viene de 2015; aún sin calificar de nuevo para 2016.");
        assertThat(old.shownRationale().in("en")).isEqualTo("Level carried over from 2015; not yet re-rated for 2016.");
        assertThat(old.shownRationale().spanishStale()).isFalse();
        assertThat(RATED_2016.shownRationale()).as("a group's rationale is shown as it is").isSameAs(RATED_2016.rationale());
        Assessment rated = new Assessment("aq-1-1", ProgressLevel.MODERATE, Text.of("Level carried over from 2015; not yet re-rated for 2016."),
                List.of(), false, false);
        assertThat(rated.shownRationale().es()).as("only a carried-over level's sentence is the model's").isNull();
    }
}
