package mou.core.cycle;

import mou.core.model.ReviewAction;

/**
 * Submit, return or approve a group's year ({@link ReviewAction#PUBLISH} is {@link CycleService#publish}'s).
 *
 * @param acting who acts: the group submits, the program office returns and approves; its
 *        {@link Acting#readAt()}, when given, is the {@link PartVersion} of the group's year
 *        ({@link mou.core.model.GroupYear}, its content and review steps) as the person read it: a
 *        year changed since is refused as a {@link CycleException.Kind#CONFLICT} (since 1.4)
 * @param groupId the group
 * @param year the year
 * @param action what is done
 * @param reason why (required to return a year: what to change)
 * @param incomplete to submit a year that still misses parts ({@link mou.core.model.Gap}): why it is
 *        submitted so, recorded in its review step and the history for the program office to see;
 *        null to refuse to submit it while something is missing (since 1.1)
 */
public record ReviewYear(Acting acting, String groupId, int year, ReviewAction action, String reason, String incomplete) {

    /** A step that refuses an incomplete year. */
    public ReviewYear(Acting acting, String groupId, int year, ReviewAction action, String reason) {
        this(acting, groupId, year, action, reason, null);
    }
}
