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
 * @param incomplete why the year was moved on although parts of it were missing (see {@link Gap}):
 *        the group's reason to submit it incomplete, or the program office's to publish it so;
 *        null when nothing was missing (since 1.4)
 * @param untranslated why the year was published although texts of its report had no current Spanish
 *        version: the program office's reason ({@code publish --allow-untranslated REASON}), printed in
 *        the report's notice whenever the locked year's report is written again; null when every text
 *        was translated (since 1.7)
 */
public record ReviewStep(ReviewState state, String by, Instant at, String reason, String incomplete, String untranslated) {

    public ReviewStep {
        Objects.requireNonNull(state, "state");
    }

    /** A step with every text translated (or one that is not a publication). */
    public ReviewStep(ReviewState state, String by, Instant at, String reason, String incomplete) {
        this(state, by, at, reason, incomplete, null);
    }

    /** A step taken with nothing missing. */
    public ReviewStep(ReviewState state, String by, Instant at, String reason) {
        this(state, by, at, reason, null);
    }
}
