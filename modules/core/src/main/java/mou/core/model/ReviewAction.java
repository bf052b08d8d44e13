package mou.core.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What moves a group's year from one {@link ReviewState} to the next: the group submits it; the
 * program office returns it (with a reason), approves it, or publishes it with the other approved
 * years of the same report. This is the one table of which action may start from which state.
 */
public enum ReviewAction {
    /** The group hands its year in for review (from a draft, or a returned year after corrections). */
    SUBMIT(ReviewState.SUBMITTED, Set.of(ReviewState.DRAFT, ReviewState.RETURNED)),
    /** The program office sends it back to the group, saying why (also an approved year that is not published yet). */
    RETURN(ReviewState.RETURNED, Set.of(ReviewState.SUBMITTED, ReviewState.APPROVED)),
    /** The program office accepts what was submitted. */
    APPROVE(ReviewState.APPROVED, Set.of(ReviewState.SUBMITTED)),
    /** The program office publishes the approved year in the combined report; it is locked from then on. */
    PUBLISH(ReviewState.PUBLISHED, Set.of(ReviewState.APPROVED));

    private final ReviewState to;
    private final Set<ReviewState> from;

    ReviewAction(ReviewState to, Set<ReviewState> from) {
        this.to = to;
        this.from = from;
    }

    /** The id used in commands and the history, e.g. {@code "submit"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state a year is in after this action. */
    public ReviewState to() {
        return to;
    }

    /** The states this action may start from. */
    public Set<ReviewState> from() {
        return from;
    }

    /** Whether a year in {@code state} may take this action. */
    public boolean allowedFrom(ReviewState state) {
        return from.contains(state);
    }

    /** The action with this id. */
    public static Optional<ReviewAction> byId(String id) {
        for (ReviewAction action : values()) {
            if (action.id().equals(id)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
