package mou.core.cycle;

import mou.core.model.ReviewAction;

/**
 * Submit, return or approve a group's year ({@link ReviewAction#PUBLISH} is {@link CycleService#publish}'s).
 *
 * @param acting who acts: the group submits, the program office returns and approves
 * @param groupId the group
 * @param year the year
 * @param action what is done
 * @param reason why (required to return a year: what to change)
 */
public record ReviewYear(Acting acting, String groupId, int year, ReviewAction action, String reason) {
}
