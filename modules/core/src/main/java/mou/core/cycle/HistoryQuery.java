package mou.core.cycle;

/**
 * Which recorded changes to show; each filter that is null matches every entry.
 *
 * @param acting who asks (may name nobody)
 * @param groupId the group
 * @param subject an activity, figure or event id, a narrative part or a quarter ({@code Q3})
 * @param year the year
 * @param by the person who made the change
 */
public record HistoryQuery(Acting acting, String groupId, String subject, Integer year, String by) {
}
