package mou.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewTest {

    @Test
    void aYearNobodySubmittedIsAnEditableDraftAndTheOldConstructorStillMakesOne() {
        GroupYear year = new GroupYear("air", 2017, Narrative.EMPTY, List.of(), List.of(), List.of());

        assertThat(year.review().state()).isEqualTo(ReviewState.DRAFT);
        assertThat(year.review().state().editable()).isTrue();
        assertThat(year.updates()).isEmpty();
        assertThat(year.published()).isFalse();
    }

    @Test
    void theStateIsThatOfTheLastStepAndAPublishedYearNamesWhoPublishedIt() {
        Instant at = Instant.parse("2018-02-01T10:00:00Z");
        Review review = Review.NONE
                .with(new ReviewStep(ReviewState.SUBMITTED, "ana", at, null))
                .with(new ReviewStep(ReviewState.RETURNED, "office", at, "rate aq-1-1 again"));

        assertThat(review.state()).isEqualTo(ReviewState.RETURNED);
        assertThat(review.state().editable()).isTrue();
        assertThat(review.published()).isEmpty();

        Review published = review.with(new ReviewStep(ReviewState.APPROVED, "office", at, null))
                .with(new ReviewStep(ReviewState.PUBLISHED, "maria", at, null));
        assertThat(published.published()).map(ReviewStep::by).contains("maria");
        assertThat(published.state().editable()).isFalse();
        assertThat(review.steps()).as("with() leaves the original as it was").hasSize(2);
    }

    @Test
    void reviewStatesHaveTheIdsOfTheWorkspaceFiles() {
        assertThat(ReviewState.ids()).containsExactly("draft", "submitted", "returned", "approved", "published");
        assertThat(ReviewState.byId("approved")).contains(ReviewState.APPROVED);
        assertThat(ReviewState.byId("done")).isEmpty();
        assertThat(QuarterlyUpdate.label(2016, 3)).isEqualTo("2016-Q3");
    }
}
