package mou.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a group's year stands in review: the group drafts it and submits it; the program office
 * returns it (with a reason) or approves it; approved years are published together in the
 * combined report, after which they are locked.
 */
public enum ReviewState {
    DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED;

    /** The id used in workspace files and commands, e.g. {@code "submitted"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state with this id; read for every year loaded, so a plain loop. */
    public static Optional<ReviewState> byId(String id) {
        for (ReviewState state : values()) {
            if (state.id().equals(id)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ReviewState::id).toList();
    }

    /** Whether a group may still change its year's progress: while it is drafted or was returned. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /**
     * The state a year in this state moves to by {@code action}, or empty when the action may not
     * start from here (the table is {@link ReviewAction}'s).
     *
     * @since 1.2
     */
    public Optional<ReviewState> after(ReviewAction action) {
        return action.allowedFrom(this) ? Optional.of(action.to()) : Optional.empty();
    }

    /**
     * The actions that may start from this state.
     *
     * @since 1.2
     */
    public List<ReviewAction> actions() {
        return Arrays.stream(ReviewAction.values()).filter(a -> a.allowedFrom(this)).toList();
    }
}
