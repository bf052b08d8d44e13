package mou.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The review record of a group's year: every step it went through, oldest first. The year's state
 * is that of its last step; a year that was never submitted is a draft.
 *
 * @param steps the steps, oldest first
 */
public record Review(List<ReviewStep> steps) {

    /** A year nobody has submitted yet. */
    public static final Review NONE = new Review(List.of());

    public Review {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public ReviewState state() {
        return last().map(ReviewStep::state).orElse(ReviewState.DRAFT);
    }

    public Optional<ReviewStep> last() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    /** The step that published the year, when it is published. */
    public Optional<ReviewStep> published() {
        return last().filter(s -> s.state() == ReviewState.PUBLISHED);
    }

    /** This review with one more step. */
    public Review with(ReviewStep step) {
        List<ReviewStep> more = new ArrayList<>(steps);
        more.add(step);
        return new Review(more);
    }
}
