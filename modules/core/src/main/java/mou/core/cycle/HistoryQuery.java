package mou.core.cycle;

/**
 * Which recorded changes to show; each filter that is null matches every entry.
 *
 * @param acting who asks (may name nobody)
 * @param groupId the group
 * @param subject an activity, figure or event id, a narrative part or a quarter ({@code Q3})
 * @param year the year
 * @param by the person who made the change, as the history records the name (letter case and the
 *        spaces around it do not matter)
 * @param newest at most this many of the newest matching entries, for a page that shows a long
 *        history a part at a time ({@link History#matched()} says how many matched in all); null for
 *        every one (since 1.3)
 */
public record HistoryQuery(Acting acting, String groupId, String subject, Integer year, String by, Integer newest) {

    public HistoryQuery {
        if (newest != null && newest < 0) {
            throw new IllegalArgumentException("newest must not be negative: " + newest);
        }
    }

    /** Every matching entry. */
    public HistoryQuery(Acting acting, String groupId, String subject, Integer year, String by) {
        this(acting, groupId, subject, year, by, null);
    }
}
