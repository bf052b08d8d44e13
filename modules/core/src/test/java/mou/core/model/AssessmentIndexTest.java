package mou.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link GroupYear#assessment} by the index answers as the scan over the assessments did. */
class AssessmentIndexTest {

    private static final ProgressLevel[] LEVELS = ProgressLevel.values();

    /** The lookup the index replaces: the first assessment of the activity, in list order. */
    private static Optional<Assessment> scan(List<Assessment> assessments, String activityId) {
        return assessments.stream().filter(a -> a.activityId().equals(activityId)).findFirst();
    }

    private static Assessment rated(String activityId, int level) {
        return new Assessment(activityId, LEVELS[level % LEVELS.length], Text.of("why " + level), List.of(), false);
    }

    private static GroupYear year(List<Assessment> assessments) {
        return new GroupYear("g", 2016, Narrative.EMPTY, assessments, List.of(), List.of());
    }

    @Test
    void findsTheSameAsTheScanForShortAndLongYearsWithDuplicatesAndMissingIds() {
        Random random = new Random(20161231);
        for (int size : new int[] {0, 1, 2, AssessmentList.SCANNED, AssessmentList.SCANNED + 1, 64, 65, 100, 1000}) {
            for (int round = 0; round < 5; round++) {
                List<Assessment> assessments = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    // ids drawn from a range smaller than the list: some activities rated twice or more, some not at all
                    assessments.add(rated("a-" + random.nextInt(Math.max(1, size * 3 / 4)), i));
                }
                GroupYear year = year(assessments);
                for (int id = -5; id < size + 5; id++) {
                    String activityId = "a-" + id;
                    assertThat(year.assessment(activityId)).as("%s among %d", activityId, size).isEqualTo(scan(assessments, activityId));
                    // asked twice: the second answer comes from the index built by the first
                    assertThat(year.assessment(activityId)).isEqualTo(scan(assessments, activityId));
                }
                assertThat(year.assessment("not-an-activity")).isEmpty();
                assertThat(year.assessment(null)).isEmpty();
            }
        }
    }

    @Test
    void findsTheFirstOfTwoAssessmentsOfAnActivity() {
        List<Assessment> assessments = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            assessments.add(rated("a-" + i, 0));
        }
        Assessment first = rated("a-dup", 1);
        Assessment second = rated("a-dup", 2);
        assessments.add(5, first);
        assessments.add(second);
        assertThat(year(assessments).assessment("a-dup")).containsSame(first);
    }

    @Test
    void idsWithTheSameHashAreTold() {
        // "Aa" and "BB" have the same hashCode: the index probes past the one to find the other
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        List<Assessment> assessments = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            assessments.add(rated("x" + i, i));
        }
        Assessment aa = rated("Aa", 1);
        Assessment bb = rated("BB", 3);
        assessments.add(aa);
        assessments.add(bb);
        GroupYear year = year(assessments);
        assertThat(year.assessment("Aa")).containsSame(aa);
        assertThat(year.assessment("BB")).containsSame(bb);
        assertThat(year.assessment("AaAa")).isEmpty();
    }

    @Test
    void theAssessmentsStayAnImmutableListEqualToTheOneGiven() {
        List<Assessment> given = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            given.add(rated("a-" + i, i));
        }
        GroupYear year = year(given);
        year.assessment("a-3");
        assertThat(year.assessments()).isEqualTo(given).hasSameHashCodeAs(given);
        assertThat(year.assessments().toString()).isEqualTo(given.toString());
        assertThat(year).isEqualTo(year(List.copyOf(given))).hasSameHashCodeAs(year(List.copyOf(given)));
        given.set(0, rated("changed", 0));
        assertThat(year.assessments().get(0).activityId()).isEqualTo("a-0");
        assertThatThrownBy(() -> year.assessments().add(rated("b", 0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> year.assessments().set(0, rated("b", 0))).isInstanceOf(UnsupportedOperationException.class);
        List<Assessment> withNull = new ArrayList<>(given);
        withNull.add(null);
        assertThatThrownBy(() -> year(withNull)).isInstanceOf(NullPointerException.class);
        // a copy of a year keeps the list (and its index) instead of copying it again
        assertThat(year.withReview(Review.NONE).assessments()).isSameAs(year.assessments());
    }
}
