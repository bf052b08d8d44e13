package mou.core.model;

import java.time.Instant;

/**
 * One change recorded in the workspace's append-only history: when, who, what, why, and the value
 * before and after.
 *
 * @param at when the change was saved, in UTC
 * @param by who made it
 * @param action what was done, as the command names it, e.g. {@code "rate"}, {@code "submit"}, {@code "import"}
 * @param groupId the working group whose data changed, or null for the workspace as a whole
 * @param year the year that changed, or null
 * @param subject the id of what changed inside the year (an activity, figure or event id, a
 *        narrative part, a quarter such as {@code Q3}), or null for the year as a whole
 * @param why the reason given, or null
 * @param before the value before, as plain JSON-like values (String, Number, Boolean, List, Map), or null when it is new
 * @param after the value after, likewise, or null when it was removed
 */
public record HistoryEntry(
        Instant at,
        String by,
        String action,
        String groupId,
        Integer year,
        String subject,
        String why,
        Object before,
        Object after) {
}
