package mou.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One move of a group's year through review: who moved it to which state, when, and why.
 *
 * @param state the state it moved to
 * @param by who did it (a name as given with {@code --by}, or the account's user name)
 * @param at when, to the second, in UTC
 * @param reason why, e.g. the reviewer's reason for returning a year; null when none was given
 */
public record ReviewStep(ReviewState state, String by, Instant at, String reason) {

    public ReviewStep {
        Objects.requireNonNull(state, "state");
    }
}
